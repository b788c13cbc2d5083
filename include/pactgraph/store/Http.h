// A minimal blocking HTTP client for the store protocols, over libcurl
// (curl.h stays in src/store/Http.cpp). Bodies are held in memory, so they
// can be sent again: HTTP Digest answers the first attempt with a 401
// challenge and the body goes out a second time, and retries resend it too.
//
// Timeouts are a connect timeout and a stall ("low speed") timeout, never a
// total one: a large upload that keeps moving is never cut off, a silent
// peer is. Transient failures (connection reset or closed mid-request, 502,
// 503, 504) are retried a bounded number of times with exponential backoff;
// every other outcome is returned or thrown at once.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pactgraph::store {

enum class AuthScheme { none, basic, digest };

// Never printed or logged by this module.
struct Credentials {
  std::string user;
  std::string password;
};

struct HttpOptions {
  AuthScheme auth = AuthScheme::none;
  Credentials credentials;  // used unless `auth` is none
  std::chrono::milliseconds connectTimeout{10000};
  // A transfer slower than 1 byte/s for this long is abandoned (this also
  // bounds how long the store may think before answering).
  std::chrono::milliseconds stallTimeout{120000};
  // Extra attempts after a transient failure, and the first pause between
  // attempts (doubled each time; a 503's Retry-After is honoured up to 30 s).
  int retries = 3;
  std::chrono::milliseconds backoff{500};
};

struct HttpRequest {
  std::string method = "GET";  // GET, POST, PUT, DELETE
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;  // sent when not empty, or always for PUT / POST
  // Whether to use HttpOptions::auth. With Digest, libcurl first sends a
  // POST/PUT with an empty body and expects a 401 challenge, so requests to
  // an endpoint that does not challenge (Virtuoso's public /sparql) must
  // not authenticate: the server would act on the empty request.
  bool authenticate = true;
};

struct HttpResponse {
  long status = 0;
  std::string contentType;
  std::string body;
  int attempts = 1;  // how many times the request was sent (retries + 1)
};

class HttpClient {
 public:
  explicit HttpClient(HttpOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends `request` and returns whatever status the server gave (after
  // retrying transient ones). Throws StoreError for transport failures:
  // `unreachable` (refused, DNS, connect timeout) and `interrupted`
  // (connection closed, reset or stalled) once the retries are used up.
  HttpResponse send(const HttpRequest& request);

  const HttpOptions& options() const { return options_; }

 private:
  struct Handle;
  HttpResponse sendOnce(const HttpRequest& request);

  HttpOptions options_;
  std::unique_ptr<Handle> handle_;
};

// `application/x-www-form-urlencoded` / URL query encoding of `text`
// (RFC 3986 unreserved characters kept, everything else %XX).
std::string urlEncode(const std::string& text);

// The human-readable message inside an error response body: the text of an
// HTML page (Virtuoso, Fuseki), or the body itself, whitespace collapsed and
// cut to `maxLength` bytes on a UTF-8 boundary.
std::string errorMessageOf(const std::string& body, std::size_t maxLength = 300);

}  // namespace pactgraph::store
