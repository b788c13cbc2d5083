// Where writers put their text: a string in memory, or a file written
// through a fixed buffer (memory bounded by the buffer, not by the output).
#pragma once

#include <string>
#include <string_view>

namespace pactgraph::util {

class TextSink {
 public:
  virtual ~TextSink() = default;
  virtual void write(std::string_view text) = 0;
  TextSink& operator<<(std::string_view text) {
    write(text);
    return *this;
  }
};

class StringSink : public TextSink {
 public:
  void write(std::string_view text) override { text_.append(text); }
  std::string& text() { return text_; }

 private:
  std::string text_;
};

}  // namespace pactgraph::util
