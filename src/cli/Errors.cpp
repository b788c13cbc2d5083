#include "Errors.h"

#include "pactgraph/rdf/Writer.h"
#include "pactgraph/store/Connection.h"
#include "pactgraph/store/StoreError.h"
#include "pactgraph/util/Contract.h"
#include "pactgraph/util/Diagnostics.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

void printError(std::ostream& err, const std::string& id, const std::string& message, const std::string& hint) {
  util::Diagnostic diagnostic;
  diagnostic.severity = util::Severity::error;
  diagnostic.id = id;
  diagnostic.message = message;
  diagnostic.hint = hint;
  err << util::format(diagnostic) << '\n';
}

int runGuarded(const std::function<int()>& action, std::ostream& err) {
  try {
    return action();
  } catch (const ReportedFailure& failure) {
    return failure.exitCode();
  } catch (const UsageError& error) {
    printError(err, error.id(), error.what(), error.hint());
    return kUsage;
  } catch (const store::SettingsError& error) {
    printError(err, "usage." + error.id(), error.what());
    return kUsage;
  } catch (const DataError& error) {
    printError(err, error.id(), error.what(), error.hint());
    return kInvalidData;
  } catch (const ReadError& error) {
    printError(err, "io.read", error.what());
    return kIoFailure;
  } catch (const util::IoError& error) {
    // A failed commit that restored every target wrote nothing; otherwise
    // the message itself says which file holds what.
    printError(err, "io.write", std::string(error.what()) + (error.outputsUntouched() ? "; nothing was written" : ""));
    return kIoFailure;
  } catch (const rdf::WriteError& error) {
    printError(err, "rdf.write", std::string(error.what()) + "; nothing was written");
    return kIoFailure;
  } catch (const store::StoreError& error) {
    printError(err, "store." + std::string(store::errorKindName(error.kind())),
               error.endpoint().empty() ? error.cause() : error.endpoint() + ": " + error.cause());
    return error.kind() == store::ErrorKind::notFound ? kInvalidData : kIoFailure;
  } catch (const util::ContractViolation& error) {
    printError(err, "internal.contract", error.what(),
               "this is a bug in pactgraph, not in your data: please report it with the command you ran");
    return kInternal;
  } catch (const std::exception& error) {
    printError(err, "internal.unexpected", error.what(),
               "this is a bug in pactgraph, not in your data: please report it with the command you ran");
    return kInternal;
  }
}

}  // namespace pactgraph::cli
