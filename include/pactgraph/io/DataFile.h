// Reading one data file without surprises: only regular files are read
// (a FIFO, a device or a socket named `*.json` is refused before it is
// opened, so nothing blocks and nothing endless is read), never more than a
// size limit, and a read error is an I/O error, never an empty file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "pactgraph/util/Diagnostics.h"

namespace pactgraph::io {

// The largest data file read by default: 32 MiB. pactgraph's own files are
// below 100 KB and a generated file of 50,000 records (`synth`) about 6 MB;
// loading takes about ten times a file's size in memory. `--max-file-size`
// overrides it.
inline constexpr std::uint64_t kDefaultMaxFileSize = std::uint64_t{32} << 20;

// The contents of `path`, or nothing after adding one diagnostic at `path`:
//   io.read         it does not exist, cannot be opened, or reading failed
//                   (the system's reason, e.g. "input/output error")
//   io.not-a-file   it is a directory, FIFO, device or socket (checked with
//                   stat(2) before opening, and again on the descriptor,
//                   which is opened non-blocking)
//   io.too-large    it holds more than `maxBytes` bytes (checked before
//                   reading, and while reading for files that grow or whose
//                   size the system does not know)
std::optional<std::string> readDataFile(const std::filesystem::path& path, std::uint64_t maxBytes,
                                        util::Diagnostics& diagnostics);

}  // namespace pactgraph::io
