// Every subcommand of `pactgraph`, one file each (<Name>Command.cpp): its
// options, and a run that calls the libraries. main() registers them in
// this order, which is the order of `pactgraph --help`.
#pragma once

#include <CLI/CLI.hpp>

#include "../Command.h"
#include "../Errors.h"

namespace pactgraph::cli {

// RDF from the curated data
Subcommand addBuildCommand(CLI::App& app);
Subcommand addValidateCommand(CLI::App& app);
Subcommand addExportCommand(CLI::App& app);
Subcommand addConvertCommand(CLI::App& app);
Subcommand addGenerateCommand(CLI::App& app);
// analyses
Subcommand addAnalyzeCommand(CLI::App& app);
Subcommand addPathCommand(CLI::App& app);
Subcommand addTimelineCommand(CLI::App& app);
Subcommand addAuditCommand(CLI::App& app);
Subcommand addNetworkCommand(CLI::App& app);
Subcommand addReportCommand(CLI::App& app);
// triple stores
Subcommand addPushCommand(CLI::App& app);
Subcommand addQueryCommand(CLI::App& app);
// `store`, the group that holds `store status` and `store export`; added to
// `app` on first use.
CLI::App& storeGroup(CLI::App& app);
Subcommand addStoreStatusCommand(CLI::App& storeGroup);
Subcommand addStoreExportCommand(CLI::App& storeGroup);
// scale tests
Subcommand addSynthCommand(CLI::App& app);

}  // namespace pactgraph::cli
