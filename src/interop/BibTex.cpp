#include "pactgraph/interop/BibTex.h"

#include <btparse.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <regex>

#include "pactgraph/model/Date.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

// btparse leaks one string of an entry it gives up on (in
// bt_postprocess_value, seen when a file with @string macros also has a
// syntax error). The leak is the library's, not ours: LeakSanitizer is told
// about it here so that the sanitizer runs stay strict for our own code.
// Without a sanitizer nothing calls this function.
extern "C" const char* __lsan_default_suppressions() { return "leak:bt_postprocess_value\n"; }

namespace pactgraph::interop {

namespace {

// Precomposed letters per accent command: base letters and their accented
// forms, code point for code point.
struct Accent {
  std::string_view bases;
  std::string_view composed;
  std::string_view combining;  // fallback: base + combining mark
};
const std::map<std::string, Accent, std::less<>>& accents() {
  static const std::map<std::string, Accent, std::less<>> table = {
      {"'", {"aeiouyAEIOUYcnszCNSZlrLR", "áéíóúýÁÉÍÓÚÝćńśźĆŃŚŹĺŕĹŔ", "\u0301"}},
      {"`", {"aeiouAEIOU", "àèìòùÀÈÌÒÙ", "\u0300"}},
      {"^", {"aeiouAEIOUcgshjwyCGSHJWY", "âêîôûÂÊÎÔÛĉĝŝĥĵŵŷĈĜŜĤĴŴŶ", "\u0302"}},
      {"\"", {"aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ", "\u0308"}},
      {"~", {"anoANO", "ãñõÃÑÕ", "\u0303"}},
      {"=", {"aeiouAEIOU", "āēīōūĀĒĪŌŪ", "\u0304"}},
      {".", {"zZIeEcCgG", "żŻİėĖċĊġĠ", "\u0307"}},
      {"u", {"aguAGU", "ăğŭĂĞŬ", "\u0306"}},
      {"v", {"csznrdteCSZNRDTE", "čšžňřďťěČŠŽŇŘĎŤĚ", "\u030C"}},
      {"H", {"oOuU", "őŐűŰ", "\u030B"}},
      {"c", {"cCsStT", "çÇşŞţŢ", "\u0327"}},
      {"k", {"aeAEiIuU", "ąęĄĘįĮųŲ", "\u0328"}},
      {"r", {"aAuU", "åÅůŮ", "\u030A"}},
      {"d", {"", "", "\u0323"}},
      {"b", {"", "", "\u0331"}},
  };
  return table;
}

const std::map<std::string, std::string, std::less<>>& symbols() {
  static const std::map<std::string, std::string, std::less<>> table = {
      {"ss", "ß"},
      {"o", "ø"},
      {"O", "Ø"},
      {"ae", "æ"},
      {"AE", "Æ"},
      {"oe", "œ"},
      {"OE", "Œ"},
      {"aa", "å"},
      {"AA", "Å"},
      {"l", "ł"},
      {"L", "Ł"},
      {"i", "ı"},
      {"j", "ȷ"},
      {"&", "&"},
      {"%", "%"},
      {"$", "$"},
      {"_", "_"},
      {"#", "#"},
      {"{", "{"},
      {"}", "}"},
      {"textendash", "–"},
      {"textemdash", "—"},
      {"textquoteleft", "‘"},
      {"textquoteright", "’"},
      {"textquotedblleft", "“"},
      {"textquotedblright", "”"},
      {"S", "§"},
      {"P", "¶"},
      {"dh", "ð"},
      {"DH", "Ð"},
      {"th", "þ"},
      {"TH", "Þ"},
      {" ", " "},
      {",", "\u2009"},
      {"textit", ""},
      {"emph", ""},
      {"textbf", ""},
      {"textsc", ""},
      {"textsuperscript", ""},
      {"mkbibquote", ""},
      {"enquote", ""},
      {"textup", ""},
      {"textrm", ""},
      {"url", ""},
      {"relax", ""},
      {"/", ""},
      {"-", ""},
  };
  return table;
}

std::string compose(const std::string& accent, std::string base) {
  if (base == "ı" || base == "\\i") base = "i";
  if (base == "ȷ" || base == "\\j") base = "j";
  const auto it = accents().find(accent);
  if (base.size() == 1) {
    const auto position = it->second.bases.find(base[0]);
    if (position != std::string_view::npos) {
      std::size_t i = 0;
      for (std::size_t k = 0; k < position; ++k) i += util::decodeUtf8(it->second.composed, i).length;
      return std::string(it->second.composed.substr(i, util::decodeUtf8(it->second.composed, i).length));
    }
  }
  return base + std::string(it->second.combining);
}

// Captures what btparse prints on standard error while it is alive.
class StderrCapture {
 public:
  StderrCapture() : file_(std::tmpfile()) {
    std::fflush(stderr);
    saved_ = dup(2);
    if (file_ != nullptr && saved_ >= 0) dup2(fileno(file_), 2);
  }
  ~StderrCapture() {
    restore();
    if (file_ != nullptr) std::fclose(file_);
  }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  // Stops capturing and returns the text.
  std::string finish() {
    restore();
    std::string text;
    if (file_ == nullptr) return text;
    std::rewind(file_);
    char buffer[4096];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file_)) > 0) text.append(buffer, n);
    std::fclose(file_);
    file_ = nullptr;
    return text;
  }

 private:
  void restore() {
    if (saved_ >= 0) {
      std::fflush(stderr);
      dup2(saved_, 2);
      close(saved_);
      saved_ = -1;
    }
  }
  std::FILE* file_;
  int saved_ = -1;
};

struct BtSession {
  BtSession() {
    bt_initialize();
    bt_set_stringopts(BTE_REGULAR, BTO_FULL);
    bt_set_stringopts(BTE_MACRODEF, BTO_FULL);
    static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
      std::string number = std::to_string(m + 1);
      bt_add_macro_text(const_cast<char*>(months[m]), number.data(), nullptr, 0);
    }
  }
  ~BtSession() { bt_cleanup(); }
};

// TeX's dashes and quotes: the longest that starts at `i`, or nullptr.
const std::pair<std::string_view, std::string_view>* ligatureAt(std::string_view tex, std::size_t i) {
  static const std::pair<std::string_view, std::string_view> ligatures[] = {
      {"---", "—"}, {"--", "–"}, {"``", "“"}, {"''", "”"}};
  for (const auto& ligature : ligatures) {
    if (tex.substr(i, ligature.first.size()) == ligature.first) return &ligature;
  }
  return nullptr;
}

int monthNumber(const std::string& text) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int m = text.size() <= 2 ? std::stoi(text) : 0;
    return m >= 1 && m <= 12 ? m : 0;
  }
  const std::string lower = util::toLowerAscii(text);
  for (int m = 0; m < 12; ++m) {
    if (lower.size() >= 3 && lower.compare(0, 3, names[m]) == 0) return m + 1;
  }
  return 0;
}

}  // namespace

std::string texToUnicode(std::string_view tex, std::vector<std::string>* unknown) {
  std::string out;
  std::size_t i = 0;
  // The argument of an accent: {x}, {\i}, \i, or one character.
  const auto argument = [&]() -> std::string {
    while (i < tex.size() && tex[i] == ' ') ++i;
    if (i >= tex.size()) return {};
    if (tex[i] == '{') {
      const auto close = tex.find('}', i);
      if (close == std::string_view::npos) return std::string(tex.substr(++i));
      std::string inner(tex.substr(i + 1, close - i - 1));
      i = close + 1;
      return inner;
    }
    if (tex[i] == '\\' && i + 1 < tex.size() && (tex[i + 1] == 'i' || tex[i + 1] == 'j')) {
      i += 2;
      return tex[i - 1] == 'i' ? "ı" : "ȷ";
    }
    const std::size_t length = std::max<std::size_t>(util::decodeUtf8(tex, i).length, 1);
    std::string one(tex.substr(i, length));
    i += length;
    return one;
  };
  while (i < tex.size()) {
    const char c = tex[i];
    if (c == '{' || c == '}') {
      ++i;
    } else if (c == '~') {
      out += ' ';
      ++i;
    } else if (const auto* ligature = ligatureAt(tex, i)) {
      out += ligature->second;
      i += ligature->first.size();
    } else if (c == '\\' && i + 1 < tex.size()) {
      std::size_t end = i + 1;
      if (std::isalpha(static_cast<unsigned char>(tex[end]))) {
        while (end < tex.size() && std::isalpha(static_cast<unsigned char>(tex[end]))) ++end;
      } else {
        ++end;
      }
      const std::string name(tex.substr(i + 1, end - i - 1));
      i = end;
      if (accents().contains(name) && (name.size() == 1)) {
        std::string base = argument();
        base = texToUnicode(base, unknown);
        out += compose(name, base);
      } else if (const auto symbol = symbols().find(name); symbol != symbols().end()) {
        out += symbol->second;
        if (std::isalpha(static_cast<unsigned char>(name[0]))) {
          while (i < tex.size() && tex[i] == ' ' && symbol->second.empty() == false) {
            ++i;  // a control word eats the space after it ("\ss e" → "ße")
            break;
          }
        }
      } else {
        if (unknown != nullptr) unknown->push_back("\\" + name);
        out += "\\" + name;
      }
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

std::vector<SourceRecord> readBibTex(std::string_view text, const std::string& fileName, const Crosswalk& crosswalk,
                                     util::Diagnostics& diagnostics) {
  std::vector<SourceRecord> records;
  std::string buffer(text);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> input(fmemopen(buffer.data(), buffer.size(), "r"), std::fclose);
  if (!input || buffer.empty()) return records;
  const auto at = [&](int line) {
    util::Origin origin;
    origin.position.file = fileName;
    origin.position.line = static_cast<std::size_t>(std::max(line, 0));
    return origin;
  };
  std::string errors;
  {
    BtSession session;
    StderrCapture capture;
    std::string name = fileName;
    boolean status = 1;
    while (AST* entry = bt_parse_entry(input.get(), name.data(), 0, &status)) {
      std::unique_ptr<AST, void (*)(AST*)> owned(entry, bt_free_ast);
      if (!status || bt_entry_metatype(entry) != BTE_REGULAR) continue;
      SourceRecord record;
      record.origin = at(entry->line);
      const std::string type = util::toLowerAscii(bt_entry_type(entry));
      if (const std::string* cls = crosswalk.classForBibtexType(type)) {
        record.type = *cls;
      } else {
        record.type = "Source";
        diagnostics.warning("bibtex.unknown-type", record.origin,
                            "no class of the ontology reads @" + type + " entries; imported as a Source",
                            "give a Source class `pg:bibtexType \"" + type + "\"` in the ontology");
      }
      if (const char* key = bt_entry_key(entry)) record.key = key;
      if (!record.key.empty()) record.add("citationKey", record.key);

      std::vector<std::string> leftOut;
      std::map<std::string, std::string> taken;  // property → the field that gave it
      std::string year, month, eprint, eprintType;
      char* fieldName = nullptr;
      AST* field = nullptr;
      while ((field = bt_next_field(entry, field, &fieldName)) != nullptr) {
        const std::string lowerName = util::toLowerAscii(fieldName);
        const char* raw = bt_get_text(field);
        const std::string value = trimmed(raw != nullptr ? raw : "");
        if (lowerName == "year") {
          year = value;
          continue;
        }
        if (lowerName == "month") {
          month = value;
          continue;
        }
        if (lowerName == "eprint") {
          eprint = value;
          continue;
        }
        if (lowerName == "eprinttype" || lowerName == "archiveprefix") {
          eprintType = util::toLowerAscii(value);
          continue;
        }
        const std::string* property = crosswalk.propertyForBibtexField(lowerName);
        if (property == nullptr) {
          leftOut.push_back(lowerName);
          continue;
        }
        if (const auto previous = taken.find(*property); previous != taken.end()) {
          leftOut.push_back(lowerName + " (" + previous->second + " gave the " + *property + ")");
          continue;
        }
        taken.emplace(*property, lowerName);
        std::vector<std::string> unknownTex;
        const CslField* csl = crosswalk.fieldForProperty(*property);
        if (csl != nullptr && csl->kind == CslKind::names) {
          std::string names = value;
          bt_stringlist* list = bt_split_list(names.data(), const_cast<char*>("and"), name.data(), field->line,
                                              const_cast<char*>("name"));
          for (int k = 0; list != nullptr && k < list->num_items; ++k) {
            if (list->items[k] == nullptr) continue;
            if (std::string(list->items[k]) == "others") continue;
            bt_name* split = bt_split_name(list->items[k], name.data(), field->line, k);
            const auto part = [&](bt_namepart which) {
              std::string joined;
              for (int t = 0; t < split->part_len[which]; ++t)
                joined += (t ? " " : "") + std::string(split->parts[which][t]);
              return texToUnicode(joined, &unknownTex);
            };
            std::string family = part(BTN_LAST);
            if (const std::string von = part(BTN_VON); !von.empty()) family = von + " " + family;
            const std::string given = part(BTN_FIRST);
            // A brace-protected name ({Ministry of Foreign Affairs}) is a literal name.
            if (given.empty() && part(BTN_JR).empty()) {
              record.add(*property, family);
            } else {
              record.add(*property, formatPersonName(family, given, part(BTN_JR)));
            }
            bt_free_name(split);
          }
          if (list != nullptr) bt_free_list(list);
        } else if (csl != nullptr && csl->multiple) {
          for (auto& one : splitList(texToUnicode(value, &unknownTex))) record.add(*property, std::move(one));
        } else if (crosswalk.rangeOf(*property) == std::string(model::vocab::xsd) + "anyURI" || lowerName == "doi") {
          record.add(*property, value);  // URLs and DOIs are not TeX
        } else {
          record.add(*property, texToUnicode(value, &unknownTex));
        }
        for (const auto& command : unknownTex) {
          diagnostics.warning("bibtex.tex", at(field->line),
                              "the TeX command " + command + " in \"" + lowerName + "\" was kept as written");
        }
      }
      // BibTeX's year and month, when BibLaTeX's date gave no issue date.
      if (!year.empty()) {
        if (record.has("issued")) {
          leftOut.push_back("year (date gave the issued date)");
        } else {
          std::string edtf = year;
          if (const int m = monthNumber(month); m > 0)
            edtf += (m < 10 ? "-0" : "-") + std::to_string(m);
          else if (!month.empty())
            leftOut.push_back("month");
          if (model::parseEdtf(edtf)) {
            record.add("issued", edtf);
          } else {
            diagnostics.warning("bibtex.bad-date", record.origin, "year \"" + year + "\" is not a year; left out");
          }
        }
      }
      if (!eprint.empty()) {
        const std::string* property = crosswalk.propertyForBibtexField(eprintType);
        if (property != nullptr && !record.has(*property)) {
          record.add(*property, eprint);
        } else {
          leftOut.push_back("eprint");
        }
      }
      reportLeftOut(diagnostics, "bibtex", record.origin, leftOut, "pg:bibtexField");
      records.push_back(std::move(record));
    }
    errors = capture.finish();
  }
  // btparse's messages: "file, line 9, syntax error: found …" (warnings too).
  static const std::regex message(R"(^(.*), line (\d+)(?:, warning)?[,:] (.*)$)");
  std::size_t start = 0;
  while (start < errors.size()) {
    const auto end = std::min(errors.find('\n', start), errors.size());
    const std::string line = errors.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    std::smatch match;
    if (std::regex_match(line, match, message)) {
      const bool warning = line.find(", warning") != std::string::npos;
      const auto origin = at(std::stoi(match[2].str()));
      if (warning) {
        diagnostics.warning("bibtex.syntax", origin, match[3].str());
      } else {
        diagnostics.error("bibtex.syntax", origin, match[3].str());
      }
    } else {
      diagnostics.error("bibtex.syntax", at(0), line);
    }
  }
  return records;
}

}  // namespace pactgraph::interop
