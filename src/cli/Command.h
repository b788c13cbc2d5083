// A subcommand of `pactgraph`, as main() sees it: the CLI11 subcommand it
// added, and what to run when that subcommand was given. Each subcommand
// lives in its own file `src/cli/commands/<Name>Command.cpp` with one
// function `Subcommand add<Name>Command(CLI::App& app)`, which declares the
// options (into a state object the `run` closure owns) and returns the pair.
// `run` returns an exit code or throws (Errors.h maps every exception).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace pactgraph::cli {

struct Subcommand {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

}  // namespace pactgraph::cli
