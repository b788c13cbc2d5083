#include "pactgraph/store/Http.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "pactgraph/store/StoreError.h"

namespace pactgraph::store {

namespace {

void initialiseCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("curl_global_init failed");
  });
}

// Owns a curl_slist.
class HeaderList {
 public:
  HeaderList() = default;
  HeaderList(const HeaderList&) = delete;
  HeaderList& operator=(const HeaderList&) = delete;
  ~HeaderList() { curl_slist_free_all(list_); }
  void add(const std::string& line) {
    curl_slist* next = curl_slist_append(list_, line.c_str());
    if (next == nullptr) throw std::bad_alloc();
    list_ = next;
  }
  curl_slist* get() const { return list_; }

 private:
  curl_slist* list_ = nullptr;
};

std::size_t appendToString(char* data, std::size_t size, std::size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

bool retryableStatus(long status) { return status == 502 || status == 503 || status == 504; }

// Transport failures worth another attempt: the peer went away mid-request.
bool retryableTransport(CURLcode code) {
  return code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR || code == CURLE_GOT_NOTHING ||
         code == CURLE_PARTIAL_FILE;
}

// Thrown inside sendOnce for a transport failure; converted to StoreError
// by send() once no retry is left.
struct TransportFailure {
  CURLcode code;
  ErrorKind kind;
  std::string cause;
};

// Where a request was when it timed out, from libcurl's transfer info.
struct TimeoutPhase {
  bool connecting = false;  // no connection was ever established
  bool reused = false;      // the request went out on a kept-alive connection
  std::size_t bodySent = 0, bodySize = 0;
  std::size_t received = 0;  // response body bytes
};

TimeoutPhase timeoutPhaseOf(CURL* curl, std::size_t bodySize) {
  TimeoutPhase phase;
  phase.bodySize = bodySize;
  long newConnections = 0;
  long requestBytes = 0;
  curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &newConnections);
  curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestBytes);
  curl_off_t connectTime = 0, uploaded = 0, downloaded = 0;
  curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connectTime);
  curl_easy_getinfo(curl, CURLINFO_SIZE_UPLOAD_T, &uploaded);
  curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
  // A reused connection has no connect time and counts no new connection,
  // like one that never came up (libcurl counts a connection once it is
  // established): what tells them apart is that a request went out on it.
  phase.connecting = connectTime == 0 && requestBytes == 0;
  phase.reused = newConnections == 0 && requestBytes > 0;
  phase.bodySent = static_cast<std::size_t>(uploaded);
  phase.received = static_cast<std::size_t>(downloaded);
  return phase;
}

// What a stalled transfer was doing: sending, waiting for the answer, or
// receiving it. (libcurl measures the speed over the last few seconds, so
// the stall it gives up on may be some seconds longer than the timeout.)
std::string describeStall(const TimeoutPhase& phase, std::chrono::milliseconds stallTimeout) {
  std::string what;
  if (phase.received > 0) {
    what = "the response stopped after " + std::to_string(phase.received) + " bytes";
  } else if (phase.bodySent < phase.bodySize) {
    what = "the upload stalled after " + std::to_string(phase.bodySent) + " of " + std::to_string(phase.bodySize) +
           " bytes";
  } else {
    what = "timed out waiting for a response after the whole request was sent";
  }
  what += " (stall timeout: " + std::to_string((stallTimeout.count() + 999) / 1000) + " s)";
  what += phase.reused ? ", on a reused (kept-alive) connection" : ", on a new connection";
  return what + "; request abandoned";
}

}  // namespace

struct HttpClient::Handle {
  CURL* curl = nullptr;
  Handle() {
    initialiseCurlOnce();
    curl = curl_easy_init();
    if (curl == nullptr) throw std::runtime_error("curl_easy_init failed");
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() { curl_easy_cleanup(curl); }
};

HttpClient::HttpClient(HttpOptions options) : options_(std::move(options)), handle_(std::make_unique<Handle>()) {}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::sendOnce(const HttpRequest& request) {
  CURL* curl = handle_->curl;
  // Reset keeps the connection cache (keep-alive) but forgets every option.
  curl_easy_reset(curl);
  char errorBuffer[CURL_ERROR_SIZE] = {};
  HttpResponse response;
  HeaderList headers;
  for (const auto& [name, value] : request.headers) headers.add(name + ": " + value);
  // No `Expect: 100-continue` round trip: not every store answers it.
  headers.add("Expect:");

  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendToString);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "pactgraph/0.1");
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options_.connectTimeout.count()));
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME,
                   std::max(1L, static_cast<long>((options_.stallTimeout.count() + 999) / 1000)));
  if (options_.auth != AuthScheme::none && request.authenticate) {
    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, options_.auth == AuthScheme::digest ? CURLAUTH_DIGEST : CURLAUTH_BASIC);
    curl_easy_setopt(curl, CURLOPT_USERNAME, options_.credentials.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, options_.credentials.password.c_str());
  }
  if (request.method == "POST" || request.method == "PUT") {
    // libcurl keeps a pointer to the in-memory body and can rewind it at
    // will (Digest's second round, redirects): nothing is streamed.
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    if (request.method == "PUT") curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
  } else if (request.method != "GET") {
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  }

  const CURLcode code = curl_easy_perform(curl);
  const std::string endpoint = redactUrl(request.url);
  if (code != CURLE_OK) {
    std::string detail = errorBuffer[0] != '\0' ? std::string(errorBuffer) : std::string(curl_easy_strerror(code));
    if (code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY) {
      throw TransportFailure{code, ErrorKind::unreachable, "cannot connect: " + detail};
    }
    if (code == CURLE_OPERATION_TIMEDOUT) {
      const TimeoutPhase phase = timeoutPhaseOf(curl, request.body.size());
      if (phase.connecting) throw TransportFailure{code, ErrorKind::unreachable, "cannot connect: " + detail};
      throw TransportFailure{code, ErrorKind::interrupted, describeStall(phase, options_.stallTimeout)};
    }
    if (retryableTransport(code)) {
      throw TransportFailure{code, ErrorKind::interrupted, "connection closed during the request: " + detail};
    }
    throw TransportFailure{code, ErrorKind::protocol, detail};
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
  char* contentType = nullptr;
  curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &contentType);
  if (contentType != nullptr) response.contentType = contentType;
  return response;
}

HttpResponse HttpClient::send(const HttpRequest& request) {
  std::chrono::milliseconds pause = options_.backoff;
  for (int attempt = 1;; ++attempt) {
    const bool lastAttempt = attempt > options_.retries;
    std::chrono::milliseconds wait = pause;
    try {
      HttpResponse response = sendOnce(request);
      response.attempts = attempt;
      if (!retryableStatus(response.status) || lastAttempt) return response;
      if (response.status == 503) {
        struct curl_header* header = nullptr;
        if (curl_easy_header(handle_->curl, "Retry-After", 0, CURLH_HEADER, -1, &header) == CURLHE_OK) {
          const std::string value = header->value;
          if (!value.empty() &&
              std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); })) {
            const long seconds = std::min(30L, std::stol(value.substr(0, 6)));
            wait = std::max(wait, std::chrono::milliseconds(seconds * 1000));
          }
        }
      }
    } catch (const TransportFailure& failure) {
      if (lastAttempt || !retryableTransport(failure.code)) {
        std::string cause = failure.cause;
        if (attempt > 1) cause += " (after " + std::to_string(attempt) + " attempts)";
        throw StoreError(failure.kind, redactUrl(request.url), cause);
      }
    }
    std::this_thread::sleep_for(wait);
    pause *= 2;
  }
}

std::string urlEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

std::string errorMessageOf(const std::string& body, std::size_t maxLength) {
  std::string text = body;
  const std::string lowered = lower(text);
  if (lowered.find("<html") != std::string::npos || lowered.find("<!doctype") != std::string::npos) {
    // Drop the <head> (its title repeats the status line), then every tag.
    const auto headStart = lowered.find("<head");
    const auto headEnd = lowered.find("</head>");
    if (headStart != std::string::npos && headEnd != std::string::npos && headEnd > headStart) {
      text.erase(headStart, headEnd + 7 - headStart);
    }
    std::string stripped;
    bool inTag = false;
    for (const char c : text) {
      if (c == '<') {
        inTag = true;
        stripped += ' ';
      } else if (c == '>') {
        inTag = false;
      } else if (!inTag) {
        stripped += c;
      }
    }
    text = stripped;
    replaceAll(text, "&lt;", "<");
    replaceAll(text, "&gt;", ">");
    replaceAll(text, "&quot;", "\"");
    replaceAll(text, "&#39;", "'");
    replaceAll(text, "&amp;", "&");
  }
  std::string out;
  for (const char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > maxLength) {
    std::size_t cut = maxLength;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

}  // namespace pactgraph::store
