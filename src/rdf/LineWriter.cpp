// N-Triples and N-Quads in the canonical form of RDF 1.2 (c14n): one
// statement per line, single spaces, " .\n" at the end; in literals
// \b \t \n \f \r \" \\ as ECHAR, other C0 controls, U+007F, U+FFFE and
// U+FFFF as \u00XX / \uFFFE (uppercase hex), everything else raw UTF-8;
// "x"^^xsd:string written as "x"; language tags lowercased.
//
// Serd 0.30 is not used for these: it writes \u0008 for \b, passes U+FFFE
// raw, and cuts a literal at U+0000.
#include <string_view>

#include "Writers.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::rdf::detail {

namespace {

const std::string kXsdString = std::string(model::vocab::xsd) + "string";

void appendLiteralText(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '\b':
        out += "\\b";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\f':
        out += "\\f";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
      out += static_cast<unsigned char>(text[i + 2]) == 0xBE ? "\\uFFFE" : "\\uFFFF";  // noncharacters
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
}

void appendTerm(std::string& out, const model::Term& term) {
  if (term.isIri()) {
    out += '<';
    out += term.value;
    out += '>';
    return;
  }
  out += '"';
  appendLiteralText(out, term.value);
  out += '"';
  if (!term.language.empty()) {
    out += '@';
    out += util::toLowerAscii(term.language);  // c14n: language tags in lowercase
  } else if (!term.datatype.empty() && term.datatype != kXsdString) {
    out += "^^<";
    out += term.datatype;
    out += '>';
  }
}

}  // namespace

void writeLines(const QuadStore& store, bool withGraphs, util::TextSink& sink) {
  std::string line;  // reused: no allocation per quad once it has grown
  for (const auto& quad : store.quads()) {
    line.clear();
    appendTerm(line, store.term(quad.subject));
    line += ' ';
    appendTerm(line, store.term(quad.predicate));
    line += ' ';
    appendTerm(line, store.term(quad.object));
    if (withGraphs && quad.graph != QuadStore::kDefaultGraph) {
      line += ' ';
      appendTerm(line, store.term(quad.graph));
    }
    line += " .\n";
    sink.write(line);
  }
}

}  // namespace pactgraph::rdf::detail
