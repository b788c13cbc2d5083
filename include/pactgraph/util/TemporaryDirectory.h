// A private directory under the system's temporary directory, removed with
// everything in it when the object goes away (files a command writes only
// to hand them on: the N-Triples `push` streams to a store).
#pragma once

#include <filesystem>
#include <string>

namespace pactgraph::util {

class TemporaryDirectory {
 public:
  // Creates `<temp>/<prefix>XXXXXX` (mode 0700). Throws IoError.
  explicit TemporaryDirectory(const std::string& prefix = "pactgraph-");
  ~TemporaryDirectory();
  TemporaryDirectory(const TemporaryDirectory&) = delete;
  TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace pactgraph::util
