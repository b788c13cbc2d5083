#include "pactgraph/store/StoreError.h"

#include <utility>

namespace pactgraph::store {

std::string_view errorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::unreachable:
      return "unreachable";
    case ErrorKind::auth:
      return "auth";
    case ErrorKind::server:
      return "server";
    case ErrorKind::tooLarge:
      return "too-large";
    case ErrorKind::interrupted:
      return "interrupted";
    case ErrorKind::countMismatch:
      return "count-mismatch";
    case ErrorKind::protocol:
      return "protocol";
    case ErrorKind::notFound:
      return "not-found";
  }
  return "unknown";
}

StoreError::StoreError(ErrorKind kind, std::string endpoint, std::string cause)
    : std::runtime_error(endpoint + ": " + cause),
      kind_(kind),
      endpoint_(std::move(endpoint)),
      cause_(std::move(cause)) {}

std::string StoreError::line() const {
  return "error[store." + std::string(errorKindName(kind_)) + "]: " + endpoint_ + ": " + cause_;
}

std::string redactUrl(std::string_view url) {
  const auto cut = url.find_first_of("?#");
  std::string_view head = url.substr(0, cut);
  const auto scheme = head.find("://");
  if (scheme == std::string_view::npos) return std::string(head);
  const auto authorityStart = scheme + 3;
  const auto authorityEnd = head.find('/', authorityStart);
  const auto at = head.substr(0, authorityEnd).rfind('@');
  if (at == std::string_view::npos || at < authorityStart) return std::string(head);
  return std::string(head.substr(0, authorityStart)) + std::string(head.substr(at + 1));
}

}  // namespace pactgraph::store
