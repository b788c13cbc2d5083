#include "pactgraph/util/OutputTransaction.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "pactgraph/util/Concurrency.h"

namespace pactgraph::util {

namespace fs = std::filesystem;

namespace {

std::string systemReason(int error) { return std::strerror(error); }

}  // namespace

OutputTransaction::~OutputTransaction() {
  if (!committed_) rollback();
}

namespace {

// Buffered writes to a file descriptor; errors become IoError naming `target`.
class FileSink : public TextSink {
 public:
  FileSink(int fd, std::string target) : fd_(fd), target_(std::move(target)) { buffer_.reserve(kBufferSize); }
  void write(std::string_view text) override {
    if (buffer_.size() + text.size() > kBufferSize) flush();
    if (text.size() >= kBufferSize) {
      writeAll(text);
    } else {
      buffer_.append(text);
    }
  }
  void flush() {
    writeAll(buffer_);
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBufferSize = 1 << 20;
  void writeAll(std::string_view text) {
    std::size_t written = 0;
    while (written < text.size()) {
      const ssize_t n = ::write(fd_, text.data() + written, text.size() - written);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw IoError("cannot write " + target_ + ": " + systemReason(errno));
      }
      written += static_cast<std::size_t>(n);
    }
  }
  int fd_;
  std::string target_;
  std::string buffer_;
};

}  // namespace

void OutputTransaction::stage(const fs::path& target, std::string_view contents) {
  stage(target, [&](TextSink& sink) { sink.write(contents); });
}

void OutputTransaction::stage(const fs::path& target, const std::function<void(TextSink&)>& produce) {
  writeTemporary(createTemporary(target), target, produce);
}

void OutputTransaction::stageAll(const std::vector<Producer>& files, unsigned jobs) {
  std::vector<int> descriptors;
  descriptors.reserve(files.size());
  try {
    for (const auto& file : files) descriptors.push_back(createTemporary(file.target));
  } catch (...) {
    for (const int fd : descriptors) ::close(fd);
    throw;
  }
  forEachIndex(files.size(), jobs,
               [&](std::size_t i) { writeTemporary(descriptors[i], files[i].target, files[i].produce); });
}

int OutputTransaction::createTemporary(const fs::path& target) {
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  // Create missing directories one level at a time, remembering which ones we
  // made so that a rollback can remove them again.
  std::vector<fs::path> missing;
  for (fs::path p = parent; !p.empty() && !fs::exists(p); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    std::error_code ec;
    if (!fs::create_directory(*it, ec) && ec) {
      throw IoError("cannot create directory " + it->string() + ": " + ec.message());
    }
    createdDirectories_.push_back(*it);
  }

  std::string pattern = (parent / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    throw IoError("cannot create a temporary file in " + parent.string() + ": " + systemReason(errno));
  }
  staged_.push_back({pattern, target, {}});
  return fd;
}

void OutputTransaction::writeTemporary(int fd, const fs::path& target, const std::function<void(TextSink&)>& produce) {
  try {
    FileSink sink(fd, target.string());
    produce(sink);
    sink.flush();
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    throw IoError("cannot write " + target.string() + ": " + systemReason(error));
  }
  if (::close(fd) != 0) {
    throw IoError("cannot write " + target.string() + ": " + systemReason(errno));
  }
}

void OutputTransaction::commit() {
  // 1. Every target must be replaceable before anything changes.
  for (const auto& file : staged_) {
    std::error_code ec;
    if (fs::is_directory(fs::symlink_status(file.target, ec))) {
      throw IoError("cannot replace " + file.target.string() + ": it is a directory");
    }
  }
  // 2. Keep the previous version of each existing target.
  keepPreviousVersions();
  // 3. Rename; on a failure put back what was renamed.
  for (std::size_t i = 0; i < staged_.size(); ++i) {
    if (::rename(staged_[i].temporary.c_str(), staged_[i].target.c_str()) == 0) continue;
    const std::string reason = systemReason(errno);
    const auto unrestored = restore(i);
    discardPreviousVersions();
    std::string message = "cannot move the new " + staged_[i].target.string() + " into place: " + reason;
    if (unrestored.empty()) {
      if (i > 0) message += " (the " + std::to_string(i) + " file(s) replaced before it were restored)";
      throw IoError(message);
    }
    message += "; restoring failed, so these files hold the NEW output:";
    for (const auto& path : unrestored) message += " " + path.string();
    message += "; every other target holds its previous content";
    throw IoError(message, false);
  }
  committed_ = true;
  discardPreviousVersions();
}

void OutputTransaction::keepPreviousVersions() {
  for (auto& file : staged_) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(file.target, ec))) continue;
    const fs::path parent = file.target.parent_path().empty() ? fs::path(".") : file.target.parent_path();
    // A unique name: mkstemp's file is replaced by the link (same directory,
    // so the link and the later rename stay on one file system).
    std::string pattern = (parent / ("." + file.target.filename().string() + ".previous-XXXXXX")).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw IoError("cannot keep the previous " + file.target.string() + ": " + systemReason(errno));
    ::close(fd);
    ::unlink(pattern.c_str());
    if (::link(file.target.c_str(), pattern.c_str()) != 0) {
      fs::copy_file(file.target, pattern, fs::copy_options::overwrite_existing, ec);
      if (ec) {
        discardPreviousVersions();
        throw IoError("cannot keep the previous " + file.target.string() + ": " + ec.message());
      }
    }
    file.previous = pattern;
  }
}

std::vector<fs::path> OutputTransaction::restore(std::size_t renamed) noexcept {
  std::vector<fs::path> unrestored;
  for (std::size_t i = renamed; i-- > 0;) {
    const auto& file = staged_[i];
    bool ok = true;
    if (!file.previous.empty()) {
      ok = ::rename(file.previous.c_str(), file.target.c_str()) == 0;
    } else {
      std::error_code ec;
      fs::remove(file.target, ec);  // it did not exist before
      ok = !ec;
    }
    if (!ok) unrestored.push_back(file.target);
  }
  return unrestored;
}

void OutputTransaction::discardPreviousVersions() noexcept {
  for (auto& file : staged_) {
    if (file.previous.empty()) continue;
    std::error_code ignored;
    fs::remove(file.previous, ignored);
    file.previous.clear();
  }
}

void OutputTransaction::rollback() noexcept {
  for (const auto& file : staged_) {
    std::error_code ignored;
    fs::remove(file.temporary, ignored);
  }
  for (auto it = createdDirectories_.rbegin(); it != createdDirectories_.rend(); ++it) {
    std::error_code ignored;
    fs::remove(*it, ignored);  // only succeeds while empty, which is the point
  }
}

std::string readFile(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    throw IoError("cannot read " + path.string() + ": is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw IoError("cannot read " + path.string() + ": " + systemReason(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    throw IoError("cannot read " + path.string() + ": read error");
  }
  return std::move(buffer).str();
}

}  // namespace pactgraph::util
