// pactgraph — command-line entry point: registers the subcommands
// (src/cli/commands/, one file each), parses, and runs the one given through
// the guarded runner that maps every failure to its exit code (Errors.h).
#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>
#include <vector>

#include "Errors.h"
#include "Options.h"
#include "commands/Commands.h"
#include "commands/DiffCommand.h"
#include "commands/ImportCommand.h"
#include "commands/PackageCommand.h"

int main(int argc, char** argv) {
  using namespace pactgraph::cli;
  // A file-size limit (ulimit -f) must surface as a failed write (EFBIG),
  // which rolls the output back, not as a signal that kills the process
  // while a temporary file is half written.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"pactgraph — provenance-rich knowledge graphs of diplomatic history, exported as linked data"};
  app.set_version_flag("--version", "pactgraph 0.1.0");
  app.require_subcommand(1);

  const std::vector<Subcommand> commands = {
      addBuildCommand(app),
      addValidateCommand(app),
      addExportCommand(app),
      addConvertCommand(app),
      addGenerateCommand(app),
      addAnalyzeCommand(app),
      addPathCommand(app),
      addTimelineCommand(app),
      addAuditCommand(app),
      addNetworkCommand(app),
      addReportCommand(app),
      // sources from reference managers and RDF back into data, diffs, release packages
      // (export csl-json and export quickstatements are subcommands of export)
      addImportCommand(app),
      addDiffCommand(app),
      addPackageCommand(app),
      // triple stores
      addPushCommand(app),
      addQueryCommand(app),
      addStoreStatusCommand(storeGroup(app)),
      addStoreExportCommand(storeGroup(app)),
      // scale tests
      addSynthCommand(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kOk : kUsage;
  }
  if (const auto blank = blankPathOption(app)) {
    printError(std::cerr, "usage.blank-path", *blank + " needs a file or directory name, got an empty one",
               "an empty path would mean the working directory; name it, e.g. `.` or `out`");
    return kUsage;
  }
  return runGuarded(
      [&]() -> int {
        for (const auto& command : commands) {
          if (command.app->parsed()) return command.run();
        }
        return kUsage;
      },
      std::cerr);
}
