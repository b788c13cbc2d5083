// Readers of the four SPARQL 1.1 results formats (see SparqlResults.h for
// the deviations of real servers that they accept).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "pactgraph/store/SparqlResults.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

namespace {

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An ASK answered as a one-column table becomes its boolean: one row of
// 1/0/true/false, or no row at all for false (Virtuoso, minimal ini).
void askFromTable(SelectResult& result, bool askQuery) {
  if (result.boolean || result.variables.size() != 1) return;
  if (!askQuery && result.variables.front() != "__ASK_RETVAL") return;
  if (result.rows.empty()) {
    result.boolean = false;
    result.variables.clear();
    return;
  }
  if (result.rows.size() != 1 || !result.rows.front().front()) return;
  const std::string value = lowerAscii(result.rows.front().front()->value);
  if (value != "1" && value != "0" && value != "true" && value != "false") return;
  result.boolean = value == "1" || value == "true";
  result.variables.clear();
  result.rows.clear();
}

// Appends the UTF-8 encoding of `code`, which must be a Unicode scalar value.
void appendUtf8(std::string& out, std::uint32_t code) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) throw std::invalid_argument("invalid character escape");
  util::appendUtf8(out, static_cast<char32_t>(code));
}

std::uint32_t parseHex(std::string_view digits) {
  if (digits.empty() || digits.size() > 8) throw std::invalid_argument("bad hexadecimal escape");
  std::uint32_t value = 0;
  for (const char c : digits) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) throw std::invalid_argument("bad hexadecimal escape");
    value = value * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(c))
                                                        ? c - '0'
                                                        : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
  }
  return value;
}

// ---- JSON -------------------------------------------------------------------

RdfValue valueFromJson(const nlohmann::json& cell) {
  if (!cell.is_object() || !cell.contains("type") || !cell.contains("value") || !cell["type"].is_string() ||
      !cell["value"].is_string()) {
    throw std::invalid_argument("a binding lacks \"type\" or \"value\"");
  }
  const std::string type = cell["type"].get<std::string>();
  RdfValue value;
  value.value = cell["value"].get<std::string>();
  if (type == "uri") {
    value.kind = RdfValue::Kind::iri;
  } else if (type == "bnode") {
    value.kind = RdfValue::Kind::blank;
  } else if (type == "literal" || type == "typed-literal") {
    value.kind = RdfValue::Kind::literal;
    if (cell.contains("datatype") && cell["datatype"].is_string()) value.datatype = cell["datatype"].get<std::string>();
    if (cell.contains("xml:lang") && cell["xml:lang"].is_string()) value.language = cell["xml:lang"].get<std::string>();
    if (!value.language.empty()) value.datatype.clear();
  } else {
    throw std::invalid_argument("unknown binding type \"" + type + "\"");
  }
  return value;
}

// ---- XML --------------------------------------------------------------------

// A reader of the XML subset SPARQL results use: elements with attributes,
// text with entity and character references, CDATA; the prolog, comments,
// processing instructions and DOCTYPE are skipped. Namespace prefixes are
// dropped from element names (every element of the format is in one
// namespace), attribute names keep theirs (`xml:lang`).
struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<XmlElement> children;
  std::string text;  // character data directly inside, concatenated

  const std::string* attribute(std::string_view key) const {
    for (const auto& [attributeName, value] : attributes) {
      if (attributeName == key) return &value;
    }
    return nullptr;
  }
};

class XmlReader {
 public:
  explicit XmlReader(std::string_view text) : text_(text) {}

  XmlElement document() {
    skipMisc();
    if (!at("<")) throw std::invalid_argument("not XML: no root element");
    XmlElement root = element();
    skipMisc();
    if (pos_ != text_.size()) throw std::invalid_argument("XML: content after the root element");
    return root;
  }

 private:
  bool at(std::string_view token) const { return text_.substr(pos_, token.size()) == token; }

  void skipPast(std::string_view token) {
    const auto end = text_.find(token, pos_);
    if (end == std::string_view::npos) throw std::invalid_argument("XML: unterminated markup");
    pos_ = end + token.size();
  }

  void skipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  // Whitespace, the XML declaration, comments, processing instructions, DOCTYPE.
  void skipMisc() {
    for (;;) {
      skipSpace();
      if (at("<?")) {
        skipPast("?>");
      } else if (at("<!--")) {
        skipPast("-->");
      } else if (at("<!DOCTYPE")) {
        skipPast(">");
      } else {
        return;
      }
    }
  }

  std::string name() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) &&
           std::string_view("/>=").find(text_[pos_]) == std::string_view::npos) {
      ++pos_;
    }
    if (pos_ == start) throw std::invalid_argument("XML: a name was expected");
    return std::string(text_.substr(start, pos_ - start));
  }

  static std::string localPart(const std::string& qualified) {
    const auto colon = qualified.find(':');
    return colon == std::string::npos ? qualified : qualified.substr(colon + 1);
  }

  // Decodes character data up to `stop` (not included), resolving references.
  std::string characters(char stop) {
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != stop) {
      if (text_[pos_] != '&') {
        out += text_[pos_++];
        continue;
      }
      const auto end = text_.find(';', pos_);
      if (end == std::string_view::npos) throw std::invalid_argument("XML: unterminated reference");
      const std::string_view ref = text_.substr(pos_ + 1, end - pos_ - 1);
      if (ref == "lt") {
        out += '<';
      } else if (ref == "gt") {
        out += '>';
      } else if (ref == "amp") {
        out += '&';
      } else if (ref == "quot") {
        out += '"';
      } else if (ref == "apos") {
        out += '\'';
      } else if (ref.starts_with("#x") || ref.starts_with("#X")) {
        appendUtf8(out, parseHex(ref.substr(2)));
      } else if (ref.starts_with("#") && ref.size() > 1 && ref.size() < 9 &&
                 std::all_of(ref.begin() + 1, ref.end(), [](unsigned char c) { return std::isdigit(c); })) {
        appendUtf8(out, static_cast<std::uint32_t>(std::stoul(std::string(ref.substr(1)))));
      } else {
        throw std::invalid_argument("XML: unknown entity &" + std::string(ref) + ";");
      }
      pos_ = end + 1;
    }
    return out;
  }

  XmlElement element() {
    ++pos_;  // '<'
    XmlElement out;
    out.name = localPart(name());
    for (;;) {
      skipSpace();
      if (at("/>")) {
        pos_ += 2;
        return out;
      }
      if (at(">")) {
        ++pos_;
        break;
      }
      std::string key = name();
      skipSpace();
      if (!at("=")) throw std::invalid_argument("XML: attribute without a value");
      ++pos_;
      skipSpace();
      if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\'')) {
        throw std::invalid_argument("XML: unquoted attribute value");
      }
      const char quote = text_[pos_++];
      std::string value = characters(quote);
      if (pos_ >= text_.size()) throw std::invalid_argument("XML: unterminated attribute value");
      ++pos_;
      out.attributes.emplace_back(std::move(key), std::move(value));
    }
    for (;;) {
      if (pos_ >= text_.size()) throw std::invalid_argument("XML: unterminated element <" + out.name + ">");
      if (at("</")) {
        pos_ += 2;
        if (localPart(name()) != out.name) throw std::invalid_argument("XML: mismatched end tag of <" + out.name + ">");
        skipSpace();
        if (!at(">")) throw std::invalid_argument("XML: malformed end tag");
        ++pos_;
        return out;
      }
      if (at("<![CDATA[")) {
        pos_ += 9;
        const auto end = text_.find("]]>", pos_);
        if (end == std::string_view::npos) throw std::invalid_argument("XML: unterminated CDATA");
        out.text += text_.substr(pos_, end - pos_);
        pos_ = end + 3;
      } else if (at("<!--") || at("<?")) {
        skipPast(at("<!--") ? "-->" : "?>");
      } else if (at("<")) {
        out.children.push_back(element());
      } else {
        out.text += characters('<');
      }
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

const XmlElement* child(const XmlElement& parent, std::string_view name) {
  for (const auto& element : parent.children) {
    if (element.name == name) return &element;
  }
  return nullptr;
}

RdfValue valueFromXml(const XmlElement& term) {
  RdfValue value;
  value.value = term.text;
  if (term.name == "uri") {
    value.kind = RdfValue::Kind::iri;
  } else if (term.name == "bnode") {
    value.kind = RdfValue::Kind::blank;
  } else if (term.name == "literal") {
    if (const auto* language = term.attribute("xml:lang")) value.language = *language;
    if (const auto* datatype = term.attribute("datatype"); datatype && value.language.empty()) {
      value.datatype = *datatype;
    }
  } else {
    throw std::invalid_argument("unknown binding term <" + term.name + ">");
  }
  return value;
}

// ---- CSV and TSV ------------------------------------------------------------

// Splits delimiter-separated text into records of fields. `quoted`: fields
// may be enclosed in double quotes with "" inside (RFC 4180); otherwise a
// field runs to the next delimiter or line end. Line ends are LF or CRLF.
std::vector<std::vector<std::string>> records(std::string_view text, char delimiter, bool quoted) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  bool fieldStarted = false;
  const auto endRecord = [&] {
    record.push_back(std::move(field));
    field.clear();
    out.push_back(std::move(record));
    record.clear();
    fieldStarted = false;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (quoted && c == '"' && !fieldStarted) {
      fieldStarted = true;
      ++i;
      for (;;) {
        if (i >= text.size()) throw std::invalid_argument("CSV: unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      continue;
    }
    if (c == delimiter) {
      record.push_back(std::move(field));
      field.clear();
      fieldStarted = false;
      ++i;
    } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      endRecord();
      i += c == '\r' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      ++i;
    }
  }
  if (fieldStarted || !field.empty() || !record.empty()) endRecord();
  return out;
}

bool looksLikeIri(std::string_view text) { return util::isAbsoluteIri(text) && text.find(' ') == std::string::npos; }

// A CSV value: no type information, so guessed (see SparqlResults.h).
std::optional<RdfValue> csvValue(const std::string& text) {
  if (text.empty()) return std::nullopt;
  if (text.starts_with("_:")) return RdfValue{RdfValue::Kind::blank, text.substr(2), "", ""};
  if (looksLikeIri(text)) return RdfValue{RdfValue::Kind::iri, text, "", ""};
  return RdfValue{RdfValue::Kind::literal, text, "", ""};
}

// A TSV cell: an RDF term in Turtle / N-Triples syntax, or empty.
std::optional<RdfValue> tsvValue(std::string_view cell) {
  if (cell.empty()) return std::nullopt;
  RdfValue value;
  if (cell.front() == '<') {
    if (cell.back() != '>') throw std::invalid_argument("TSV: unterminated IRI " + std::string(cell));
    value.kind = RdfValue::Kind::iri;
    value.value = std::string(cell.substr(1, cell.size() - 2));
    return value;
  }
  if (cell.starts_with("_:")) {
    value.kind = RdfValue::Kind::blank;
    value.value = std::string(cell.substr(2));
    return value;
  }
  if (cell.front() == '"' || cell.front() == '\'') {
    const char quote = cell.front();
    std::size_t i = 1;
    for (;; ++i) {
      if (i >= cell.size()) throw std::invalid_argument("TSV: unterminated literal " + std::string(cell));
      const char c = cell[i];
      if (c == quote) break;
      if (c != '\\') {
        value.value += c;
        continue;
      }
      if (++i >= cell.size()) throw std::invalid_argument("TSV: dangling escape");
      switch (cell[i]) {
        case 't':
          value.value += '\t';
          break;
        case 'b':
          value.value += '\b';
          break;
        case 'n':
          value.value += '\n';
          break;
        case 'r':
          value.value += '\r';
          break;
        case 'f':
          value.value += '\f';
          break;
        case '"':
          value.value += '"';
          break;
        case '\'':
          value.value += '\'';
          break;
        case '\\':
          value.value += '\\';
          break;
        case 'u':
        case 'U': {
          const std::size_t digits = cell[i] == 'u' ? 4 : 8;
          if (i + digits >= cell.size()) throw std::invalid_argument("TSV: short \\u escape");
          appendUtf8(value.value, parseHex(cell.substr(i + 1, digits)));
          i += digits;
          break;
        }
        default:
          throw std::invalid_argument("TSV: unknown escape \\" + std::string(1, cell[i]));
      }
    }
    const std::string_view rest = cell.substr(i + 1);
    if (rest.starts_with("@")) {
      value.language = std::string(rest.substr(1));
    } else if (rest.starts_with("^^<") && rest.ends_with(">")) {
      value.datatype = std::string(rest.substr(3, rest.size() - 4));
    } else if (!rest.empty()) {
      throw std::invalid_argument("TSV: unexpected text after a literal: " + std::string(cell));
    }
    return value;
  }
  // Bare Turtle literals: numbers and booleans.
  value.value = std::string(cell);
  if (cell == "true" || cell == "false") {
    value.datatype = std::string(kXsd) + "boolean";
    return value;
  }
  if (cell.find_first_not_of("+-0123456789.eE") != std::string_view::npos) {
    throw std::invalid_argument("TSV: not an RDF term: " + std::string(cell));
  }
  const bool exponent = cell.find_first_of("eE") != std::string_view::npos;
  const bool point = cell.find('.') != std::string_view::npos;
  value.datatype = std::string(kXsd) + (exponent ? "double" : point ? "decimal" : "integer");
  return value;
}

SelectResult tableFromRecords(std::vector<std::vector<std::string>> rows, const char* format) {
  if (rows.empty()) throw std::invalid_argument(std::string(format) + ": no header line");
  SelectResult result;
  result.variables = std::move(rows.front());
  if (result.variables.size() == 1 && result.variables.front().empty()) {
    throw std::invalid_argument(std::string(format) + ": empty header line");
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() == 1 && rows[r].front().empty()) continue;  // a blank line
    if (rows[r].size() != result.variables.size()) {
      throw std::invalid_argument(std::string(format) + ": row " + std::to_string(r) + " has " +
                                  std::to_string(rows[r].size()) + " fields, the header " +
                                  std::to_string(result.variables.size()));
    }
    result.rows.emplace_back();
  }
  return result;
}

}  // namespace

std::optional<ResultsFormat> resultsFormatFromContentType(std::string_view contentType) {
  const std::string type = lowerAscii(contentType.substr(0, contentType.find(';')));
  const auto trimmed = [&] {
    const auto first = type.find_first_not_of(" \t");
    const auto last = type.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : type.substr(first, last - first + 1);
  }();
  if (trimmed == "application/sparql-results+json" || trimmed == "application/json") return ResultsFormat::json;
  if (trimmed == "application/sparql-results+xml" || trimmed == "application/xml" || trimmed == "text/xml") {
    return ResultsFormat::xml;
  }
  if (trimmed == "text/csv") return ResultsFormat::csv;
  if (trimmed == "text/tab-separated-values") return ResultsFormat::tsv;
  return std::nullopt;
}

bool isAskQuery(std::string_view query) {
  std::size_t i = 0;
  for (;;) {
    while (i < query.size() && std::isspace(static_cast<unsigned char>(query[i]))) ++i;
    if (i < query.size() && query[i] == '#') {
      i = query.find('\n', i);
      if (i == std::string_view::npos) return false;
      continue;
    }
    std::size_t end = i;
    while (end < query.size() && std::isalpha(static_cast<unsigned char>(query[end]))) ++end;
    const std::string keyword = lowerAscii(query.substr(i, end - i));
    if (keyword == "prefix") {
      i = query.find('>', end);  // PREFIX name: <iri>
    } else if (keyword == "base" || keyword == "define") {
      // BASE <iri>; Virtuoso's DEFINE name value (a quoted or bare value)
      const auto close = keyword == "base" ? query.find('>', end) : query.find('\n', end);
      i = close;
    } else {
      return keyword == "ask";
    }
    if (i == std::string_view::npos) return false;
    ++i;
  }
}

SelectResult parseResultsJson(std::string_view text, bool askQuery) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& error) {
    throw std::invalid_argument(std::string("not JSON: ") + error.what());
  }
  if (!document.is_object()) throw std::invalid_argument("not a SPARQL results document");
  SelectResult result;
  if (document.contains("boolean")) {
    const auto& value = document["boolean"];
    if (value.is_boolean()) {
      result.boolean = value.get<bool>();
    } else if (value.is_string() && (value == "true" || value == "false")) {
      result.boolean = value == "true";
    } else {
      throw std::invalid_argument("\"boolean\" is not true or false");
    }
    return result;
  }
  if (!document.contains("head") || !document["head"].is_object() || !document["head"].contains("vars") ||
      !document["head"]["vars"].is_array() || !document.contains("results") || !document["results"].is_object() ||
      !document["results"].contains("bindings") || !document["results"]["bindings"].is_array()) {
    throw std::invalid_argument("not a SPARQL results document (no head.vars or results.bindings)");
  }
  for (const auto& variable : document["head"]["vars"]) {
    if (!variable.is_string()) throw std::invalid_argument("a variable name is not a string");
    result.variables.push_back(variable.get<std::string>());
  }
  for (const auto& solution : document["results"]["bindings"]) {
    if (!solution.is_object()) throw std::invalid_argument("a solution is not an object");
    std::vector<std::optional<RdfValue>> row(result.variables.size());
    for (std::size_t i = 0; i < result.variables.size(); ++i) {
      if (solution.contains(result.variables[i])) row[i] = valueFromJson(solution[result.variables[i]]);
    }
    result.rows.push_back(std::move(row));
  }
  askFromTable(result, askQuery);
  return result;
}

SelectResult parseResultsXml(std::string_view text, bool askQuery) {
  const XmlElement root = XmlReader(text).document();
  if (root.name != "sparql")
    throw std::invalid_argument("not a SPARQL XML results document (root <" + root.name + ">)");
  SelectResult result;
  if (const XmlElement* head = child(root, "head")) {
    for (const auto& element : head->children) {
      if (element.name != "variable") continue;
      const std::string* name = element.attribute("name");
      if (name == nullptr) throw std::invalid_argument("a <variable> without a name");
      result.variables.push_back(*name);
    }
  }
  if (const XmlElement* boolean = child(root, "boolean")) {
    const std::string value = lowerAscii(boolean->text);
    if (value != "true" && value != "false") throw std::invalid_argument("<boolean> is not true or false");
    result.variables.clear();
    result.boolean = value == "true";
    return result;
  }
  const XmlElement* results = child(root, "results");
  if (results == nullptr) throw std::invalid_argument("not a SPARQL XML results document (no <results> or <boolean>)");
  for (const auto& solution : results->children) {
    if (solution.name != "result") continue;
    std::vector<std::optional<RdfValue>> row(result.variables.size());
    for (const auto& binding : solution.children) {
      if (binding.name != "binding") continue;
      const std::string* name = binding.attribute("name");
      if (name == nullptr) throw std::invalid_argument("a <binding> without a name");
      const auto column = std::find(result.variables.begin(), result.variables.end(), *name);
      if (column == result.variables.end()) continue;  // not in the head: ignored, as in JSON
      if (binding.children.size() != 1) throw std::invalid_argument("a <binding> without exactly one term");
      row[static_cast<std::size_t>(column - result.variables.begin())] = valueFromXml(binding.children.front());
    }
    result.rows.push_back(std::move(row));
  }
  askFromTable(result, askQuery);
  return result;
}

SelectResult parseResultsCsv(std::string_view text, bool askQuery) {
  auto rows = records(text, ',', true);
  SelectResult result = tableFromRecords(rows, "CSV");
  std::size_t out = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() == 1 && rows[r].front().empty()) continue;
    auto& row = result.rows[out++];
    for (const auto& field : rows[r]) row.push_back(csvValue(field));
  }
  askFromTable(result, askQuery);
  return result;
}

SelectResult parseResultsTsv(std::string_view text, bool askQuery) {
  // Standard TSV names its columns `?x` and writes terms in Turtle syntax;
  // Virtuoso's quotes names and values as CSV does ("x"\t"http://…").
  const bool virtuosoStyle = text.starts_with("\"");
  auto rows = records(text, '\t', virtuosoStyle);
  SelectResult result = tableFromRecords(rows, "TSV");
  for (auto& variable : result.variables) {
    if (variable.starts_with("?") || variable.starts_with("$")) variable.erase(0, 1);
  }
  std::size_t out = 0;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() == 1 && rows[r].front().empty()) continue;
    auto& row = result.rows[out++];
    for (const auto& field : rows[r]) row.push_back(virtuosoStyle ? csvValue(field) : tsvValue(field));
  }
  askFromTable(result, askQuery);
  return result;
}

SelectResult parseResults(std::string_view text, ResultsFormat format, bool askQuery) {
  switch (format) {
    case ResultsFormat::json:
      return parseResultsJson(text, askQuery);
    case ResultsFormat::xml:
      return parseResultsXml(text, askQuery);
    case ResultsFormat::csv:
      return parseResultsCsv(text, askQuery);
    case ResultsFormat::tsv:
      return parseResultsTsv(text, askQuery);
  }
  throw std::invalid_argument("unknown results format");
}

}  // namespace pactgraph::store
