// The `report` subcommand of `pactgraph`: the self-contained HTML report
// (network, timeline, tables, citations). Wiring only: options are parsed
// here, the page is made by pactgraph_report.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "Pipeline.h"

namespace pactgraph::cli {

// The options of `report`, filled by CLI11.
struct ReportCommandState {
  InputOptions input;
  std::string output;  // -o FILE; empty or "-": standard output
  std::string title;
  std::string zoom;  // EDTF date or interval of the timeline's detail window; empty: automatic
  bool includeDeprecated = false;

  CLI::App* report = nullptr;
};

// Adds the subcommand to `app`; `state` must outlive parsing and
// runReportCommands.
void addReportCommands(CLI::App& app, ReportCommandState& state);

// Runs `report` when it was parsed and returns its exit code, or nothing
// when it was not given.
std::optional<int> runReportCommands(const ReportCommandState& state);

}  // namespace pactgraph::cli
