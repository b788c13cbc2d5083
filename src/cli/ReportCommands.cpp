#include "ReportCommands.h"

#include <iostream>

#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/analysis/TypeHierarchy.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/report/Report.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::cli {

namespace {

int runReport(const ReportCommandState& state) {
  report::ReportOptions options;
  options.title = state.title;
  options.includeDeprecated = state.includeDeprecated;
  if (!state.zoom.empty()) {
    std::string error;
    const auto date = model::parseEdtf(state.zoom, &error);
    if (!date) {
      std::cerr << "error[usage.bad-date]: --zoom \"" << state.zoom << "\" is not a date: " << error << "\n";
      return ExitCode::kUsage;
    }
    options.zoom = analysis::dayRange(*date);
    if (options.zoom->earliest.empty() || options.zoom->latest.empty()) {
      std::cerr << "error[usage.bad-date]: --zoom \"" << state.zoom << "\" must have a beginning and an end\n";
      return ExitCode::kUsage;
    }
  }
  util::Progress progress(state.input.progressMode(), std::cerr);
  int exitCode = ExitCode::kOk;
  auto loaded = loadValidated(state.input, std::cerr, exitCode, &progress);
  if (!loaded) return exitCode;
  options.progress = &progress;
  report::ReportSummary summary;
  const std::string html = report::renderReport(loaded->graph, {loaded->ontology.classAncestry()}, options, &summary);
  if (!state.input.quiet && summary.drawnActors < summary.actors) {
    std::cerr << "note: " << summary.actors << " actors: the network shows the " << summary.drawnActors
              << " of highest PageRank";
    if (summary.sampledSources > 0) {
      std::cerr << "; betweenness and closeness are estimated from " << summary.sampledSources << " sampled sources";
    }
    std::cerr << "\n";
  }
  if (!state.output.empty() && state.output != "-") progress.stage("write " + state.output);
  if (state.output.empty() || state.output == "-") {
    std::cout << html;
    std::cout.flush();
    return std::cout ? ExitCode::kOk : ExitCode::kIoFailure;
  }
  util::OutputTransaction output;
  output.stage(state.output, html);
  output.commit();
  progress.finish();
  if (!state.input.quiet) std::cout << "wrote " << state.output << " (" << html.size() << " bytes)\n";
  return ExitCode::kOk;
}

}  // namespace

void addReportCommands(CLI::App& app, ReportCommandState& state) {
  state.report = app.add_subcommand(
      "report", "Write a self-contained HTML report: actor network, timeline, actors, events, treaties, sources");
  state.report->add_option("DATA", state.input.data, "Data files or directories of *.json files")
      ->required()
      ->type_name("PATH");
  state.report
      ->add_option("--ontology", state.input.ontologyPath,
                   "Ontology (Turtle) to validate against instead of the built-in ontology/pactgraph.ttl")
      ->type_name("FILE");
  state.report->add_option("-o,--output", state.output, "Output HTML file (default: standard output)")
      ->type_name("FILE");
  state.report->add_option("--title", state.title,
                           "Page title (default: the label of the treaty or agreement with the most claims)");
  state.report
      ->add_option("--zoom", state.zoom,
                   "Detail window of the timeline as an EDTF interval, e.g. 1949-12/1950-02 (default: the busiest "
                   "three months)")
      ->type_name("DATES");
  state.report->add_flag("--include-deprecated", state.includeDeprecated,
                         "Also use claims of deprecated rank in the network and timeline");
  auto* quiet = state.report->add_flag("-q,--quiet", state.input.quiet, "Print only errors");
  auto* progress = state.report->add_flag("--progress", state.input.progress,
                                          "Report each stage with its time and peak memory on stderr (default: "
                                          "when stderr is a terminal)");
  quiet->excludes(progress);
}

std::optional<int> runReportCommands(const ReportCommandState& state) {
  if (!state.report || !*state.report) return std::nullopt;
  try {
    return runReport(state);
  } catch (const util::IoError& error) {
    reportWriteFailure(error, std::cerr);
    return ExitCode::kIoFailure;
  }
}

}  // namespace pactgraph::cli
