// `pactgraph report DATA -o FILE`: one self-contained HTML page — network,
// timeline, actors, events, treaties, sources — that works offline.
#include <iostream>
#include <memory>

#include "../Output.h"
#include "../Pipeline.h"
#include "AnalysisSupport.h"
#include "Commands.h"
#include "pactgraph/analysis/Evidence.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/report/Report.h"
#include "pactgraph/util/Escape.h"

namespace pactgraph::cli {

namespace {

struct ReportState {
  InputOptions input;
  std::string output;  // empty or "-": standard output
  std::string title;
  std::string zoom;  // EDTF date or interval of the timeline's detail window; empty: automatic
  bool includeDeprecated = false;
};

int runReport(const ReportState& state) {
  report::ReportOptions options;
  options.title = state.title;
  options.includeDeprecated = state.includeDeprecated;
  if (!state.zoom.empty()) {
    std::string error;
    const auto date = model::parseEdtf(state.zoom, &error);
    if (!date) throw UsageError("bad-date", "--zoom \"" + state.zoom + "\" is not a date: " + error);
    options.zoom = analysis::dayRange(*date);
    if (options.zoom->earliest.empty() || options.zoom->latest.empty()) {
      throw UsageError("bad-date", "--zoom \"" + state.zoom + "\" must have a beginning and an end");
    }
  }
  util::Progress progress(state.input.progressMode(), std::cerr);
  const LoadedGraph loaded = loadValidated(state.input, &progress);
  options.progress = &progress;
  const analysis::TypeHierarchy types = typeHierarchy(loaded.ontology);
  const report::ReportAnalyses analyses = reportAnalyses(loaded.graph, types, options.includeDeprecated, &progress);
  report::ReportSummary summary;
  const std::string html = report::renderReport(loaded.graph, types, analyses, options, &summary);
  if (!state.input.quiet && summary.drawnActors < summary.actors) {
    std::cerr << "note: " << summary.actors << " actors: the network shows the " << summary.drawnActors
              << " of highest PageRank";
    if (summary.sampledSources > 0) {
      std::cerr << "; betweenness and closeness are estimated from " << summary.sampledSources << " sampled sources";
    }
    std::cerr << "\n";
  }
  if (!isStandardOutput(state.output)) progress.stage("write " + state.output);
  writeOutput(state.output, html);
  progress.finish();
  if (!isStandardOutput(state.output) && !state.input.quiet) {
    std::cout << "wrote " << util::terminalSafe(state.output) << " (" << html.size() << " bytes)\n";
  }
  return kOk;
}

}  // namespace

Subcommand addReportCommand(CLI::App& app) {
  auto state = std::make_shared<ReportState>();
  CLI::App* command = app.add_subcommand(
      "report", "Write a self-contained HTML report: actor network, timeline, actors, events, treaties, sources");
  addInputOptions(*command, state->input);
  addOutputOption(*command, state->output, "Output HTML file (default: standard output)");
  command->add_option("--title", state->title,
                      "Page title (default: the label of the treaty or agreement with the most claims)");
  command
      ->add_option("--zoom", state->zoom,
                   "Detail window of the timeline as an EDTF interval, e.g. 1949-12/1950-02 (default: the busiest "
                   "three months)")
      ->type_name("DATES");
  command->add_flag("--include-deprecated", state->includeDeprecated,
                    "Use every claim in the network and timeline, also deprecated and outranked ones");
  return {command, [state] { return runReport(*state); }};
}

}  // namespace pactgraph::cli
