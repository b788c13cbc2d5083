#include "pactgraph/io/DataFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace pactgraph::io {

namespace {

// "input/output error": the system's reason, in the lower case of the rest
// of pactgraph's messages.
std::string reason(int error) {
  std::string text = std::generic_category().message(error);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string fileKind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// "312 bytes", "1.5 KiB", "32 MiB" (no decimals when exact).
std::string describeSize(std::uint64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  std::size_t unit = 0;
  std::uint64_t scale = 1024;
  while (bytes / scale >= 1024 && unit + 1 < std::size(kUnits)) scale *= 1024, ++unit;
  char text[32];
  if (bytes % scale == 0) {
    std::snprintf(text, sizeof text, "%llu %s", static_cast<unsigned long long>(bytes / scale), kUnits[unit]);
  } else {
    std::snprintf(text, sizeof text, "%.1f %s", static_cast<double>(bytes) / static_cast<double>(scale), kUnits[unit]);
  }
  return text;
}

std::string holdsTooMuch(std::uint64_t size, std::uint64_t limit) {
  std::string held = describeSize(size);
  std::string allowed = describeSize(limit);
  if (held == allowed || size < 10240) {
    held = std::to_string(size) + " bytes";
    allowed = std::to_string(limit) + " bytes";
  }
  return "the file holds " + held + ", more than the limit of " + allowed;
}

// Closes the descriptor on every path out.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

std::optional<std::string> readDataFile(const std::filesystem::path& path, std::uint64_t maxBytes,
                                        util::Diagnostics& diagnostics) {
  const util::Origin where{{path.string(), 0, 0, 0}, {}};
  const auto notAFile = [&](mode_t mode) {
    diagnostics.error("io.not-a-file", where, "this is " + fileKind(mode) + ", not a regular file",
                      "data files are regular files; remove it, or rename it so that it does not end in .json");
    return std::nullopt;
  };
  const auto tooLarge = [&](std::string message) {
    diagnostics.error("io.too-large", where, std::move(message),
                      "split it into several files, or raise the limit with --max-file-size");
    return std::nullopt;
  };
  const auto readError = [&](const std::string& what, int error) {
    diagnostics.error("io.read", where, what + reason(error));
    return std::nullopt;
  };

  // Look before opening: opening a FIFO blocks until a writer appears, and
  // opening some devices has side effects.
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0) return readError("", errno);
  if (!S_ISREG(before.st_mode)) return notAFile(before.st_mode);
  if (static_cast<std::uint64_t>(before.st_size) > maxBytes) {
    return tooLarge(holdsTooMuch(static_cast<std::uint64_t>(before.st_size), maxBytes));
  }

  // The path may have been replaced since: open without blocking and look
  // again at what was opened.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) return readError("cannot open it: ", errno);
  struct stat opened {};
  if (::fstat(fd.get(), &opened) != 0) return readError("", errno);
  if (!S_ISREG(opened.st_mode)) return notAFile(opened.st_mode);

  std::string text;
  const auto expected = static_cast<std::uint64_t>(opened.st_size);
  if (expected > maxBytes) return tooLarge(holdsTooMuch(expected, maxBytes));
  text.reserve(static_cast<std::size_t>(expected));
  // Files of /proc and some file systems report a size of 0 or grow while
  // read: the limit holds for what is actually read.
  constexpr std::size_t kChunk = 1 << 16;
  char buffer[kChunk];
  while (true) {
    const ssize_t n = ::read(fd.get(), buffer, kChunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      return readError("reading failed: ", errno);
    }
    if (n == 0) break;
    if (text.size() + static_cast<std::size_t>(n) > maxBytes) {
      return tooLarge("the file holds more than the limit of " + describeSize(maxBytes) +
                      " (it grew while it was read)");
    }
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

}  // namespace pactgraph::io
