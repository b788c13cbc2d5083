#include "pactgraph/interop/CslJson.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "pactgraph/io/Json.h"
#include "pactgraph/model/Date.h"

namespace pactgraph::interop {

namespace {

using io::JsonValue;
using Json = nlohmann::json;

// A citation key, not a reference manager's internal id (a URI, a number).
bool looksLikeKey(const std::string& id) {
  if (id.empty() || id.find_first_of("/: \t") != std::string::npos) return false;
  return !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Text of a scalar (string, or a number's lexeme), or nothing.
std::optional<std::string> scalar(const JsonValue& value) {
  if (value.kind == JsonValue::Kind::string || value.kind == JsonValue::Kind::number) return value.text;
  return std::nullopt;
}

std::string pad(long value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*ld", width, value);
  return buffer;
}

class ItemReader {
 public:
  ItemReader(const Crosswalk& crosswalk, const io::LineIndex& lines, util::Diagnostics& diagnostics)
      : crosswalk_(crosswalk), lines_(lines), diagnostics_(diagnostics) {}

  util::Origin origin(const JsonValue& value, const std::string& pointer) const {
    return {lines_.position(value.offset), pointer};
  }

  std::optional<SourceRecord> read(const JsonValue& item, const std::string& pointer) {
    if (!item.isObject()) {
      diagnostics_.error("csl.not-an-item", origin(item, pointer),
                         std::string("a CSL item is an object, found ") + std::string(io::kindName(item.kind)));
      return std::nullopt;
    }
    SourceRecord record;
    record.origin = origin(item, pointer);
    const JsonValue* type = item.member("type");
    const std::string typeName = type != nullptr && type->isString() ? type->text : std::string{};
    if (const std::string* cls = crosswalk_.classForCslType(typeName)) {
      record.type = *cls;
    } else {
      record.type = "Source";
      diagnostics_.warning("csl.unknown-type", origin(type ? *type : item, pointer + "/type"),
                           "no class of the ontology has the CSL type \"" + typeName + "\"; imported as a Source",
                           "give a Source class `pg:cslType \"" + typeName + "\"` in the ontology");
    }
    // The key is kept as pg:citationKey when it is one (Better BibTeX's
    // citation-key) or when the node id cannot spell it; an id that is
    // already a slug is simply the node id (as export csl-json writes it).
    if (const JsonValue* key = item.member("citation-key"); key != nullptr && key->isString()) {
      record.key = key->text;
      record.add("citationKey", record.key);
    } else if (const JsonValue* id = item.member("id")) {
      if (auto text = scalar(*id); text && looksLikeKey(*text)) {
        record.key = *text;
        if (slugify(record.key) != record.key) record.add("citationKey", record.key);
      }
    }

    std::vector<std::string> leftOut;
    const JsonValue* note = nullptr;
    for (std::size_t i = 0; i < item.members.size(); ++i) {
      const std::string& name = item.members[i].key;
      const JsonValue& value = item.members[i].value;
      const std::string memberPointer = pointer + "/" + io::escapePointerToken(name);
      if (name == "type" || name == "id" || name == "citation-key") continue;
      if (name == "note") {
        note = &value;  // read last: its values follow the variables'
        continue;
      }
      const CslField* field = crosswalk_.fieldForCslVariable(name);
      if (field == nullptr) {
        leftOut.push_back(name);
        continue;
      }
      switch (field->kind) {
        case CslKind::names:
          readNames(value, memberPointer, *field, record);
          break;
        case CslKind::date:
          readDate(value, memberPointer, *field, record);
          break;
        case CslKind::text:
        case CslKind::note:
          if (auto text = scalar(value)) {
            if (field->multiple) {
              for (auto& one : splitList(*text)) record.add(field->property, std::move(one));
            } else {
              record.add(field->property, *text);
            }
          } else {
            diagnostics_.warning("csl.bad-value", origin(value, memberPointer),
                                 "\"" + name + "\" should be a string; left out");
          }
          break;
      }
    }
    if (note != nullptr) readNote(*note, record, leftOut);
    reportLeftOut(diagnostics_, "csl", record.origin, leftOut, "pg:cslVariable");
    return record;
  }

 private:
  void readNote(const JsonValue& value, SourceRecord& record, std::vector<std::string>& leftOut) {
    if (!value.isString()) {
      leftOut.push_back("note");
      return;
    }
    bool unmodelled = false;
    std::size_t start = 0;
    const std::string& text = value.text;
    while (start <= text.size()) {
      const auto end = std::min(text.find('\n', start), text.size());
      const std::string line = trimmed(std::string_view(text).substr(start, end - start));
      start = end + 1;
      if (line.empty()) continue;
      const auto colon = line.find(':');
      // An identifier's label (OCLC: …), or a text variable holding a
      // further value of a property CSL gives one value (publisher-place: …).
      const CslField* field = nullptr;
      if (colon != std::string::npos) {
        const std::string label = trimmed(line.substr(0, colon));
        field = crosswalk_.fieldForNoteLabel(label);
        if (field == nullptr) {
          field = crosswalk_.fieldForCslVariable(label);
          if (field != nullptr && field->kind != CslKind::text) field = nullptr;
        }
      }
      if (field != nullptr && !trimmed(line.substr(colon + 1)).empty()) {
        record.add(field->property, trimmed(line.substr(colon + 1)));
      } else {
        unmodelled = true;
      }
    }
    if (unmodelled) leftOut.push_back("note (lines other than the identifiers pg:cslNoteField names)");
  }

  void readNames(const JsonValue& value, const std::string& pointer, const CslField& field, SourceRecord& record) {
    if (!value.isArray()) {
      diagnostics_.warning("csl.bad-name", origin(value, pointer),
                           "\"" + field.name + "\" should be a list of names; left out");
      return;
    }
    for (std::size_t i = 0; i < value.items.size(); ++i) {
      const JsonValue& name = value.items[i];
      const std::string namePointer = pointer + "/" + std::to_string(i);
      const auto part = [&](std::string_view key) -> std::string {
        const JsonValue* v = name.member(key);
        return v != nullptr && v->isString() ? trimmed(v->text) : std::string{};
      };
      if (!name.isObject()) {
        diagnostics_.warning("csl.bad-name", origin(name, namePointer), "a name is an object; left out");
        continue;
      }
      std::string family = part("family");
      std::string given = part("given");
      if (const std::string particle = part("non-dropping-particle"); !particle.empty())
        family = particle + " " + family;
      if (const std::string particle = part("dropping-particle"); !particle.empty())
        given += (given.empty() ? "" : " ") + particle;
      const std::string literal = part("literal");
      if (!literal.empty() && family.empty()) {
        record.add(field.property, literal);
      } else if (!family.empty()) {
        record.add(field.property, formatPersonName(family, given, part("suffix")));
      } else {
        diagnostics_.warning("csl.bad-name", origin(name, namePointer),
                             "a name without family or literal part; left out");
      }
    }
  }

  void readDate(const JsonValue& value, const std::string& pointer, const CslField& field, SourceRecord& record) {
    const auto bad = [&](const std::string& why) {
      diagnostics_.warning("csl.bad-date", origin(value, pointer), "\"" + field.name + "\" " + why + "; left out");
    };
    if (!value.isObject()) return bad("should be a date object");
    for (const char* textual : {"raw", "literal", "edtf"}) {
      if (const JsonValue* raw = value.member(textual); raw != nullptr && raw->isString()) {
        if (model::parseEdtf(trimmed(raw->text))) {
          record.add(field.property, trimmed(raw->text));
          return;
        }
      }
    }
    const JsonValue* parts = value.member("date-parts");
    if (parts == nullptr || !parts->isArray() || parts->items.empty() || parts->items.size() > 2) {
      return bad("has no date-parts (or a raw date) pactgraph can read");
    }
    const JsonValue* circa = value.member("circa");
    const bool approximate = circa != nullptr && !(circa->kind == JsonValue::Kind::boolean && circa->text == "false") &&
                             circa->kind != JsonValue::Kind::null;
    std::string edtf;
    for (const auto& date : parts->items) {
      if (!date.isArray() || date.items.empty() || date.items.size() > 3) return bad("has malformed date-parts");
      std::string one;
      for (std::size_t k = 0; k < date.items.size(); ++k) {
        const auto text = scalar(date.items[k]);
        if (!text || text->empty() || text->size() > 4 ||
            !std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; })) {
          return bad("has a date part that is not a number");
        }
        one += (k == 0 ? "" : "-") + pad(std::stol(*text), k == 0 ? 4 : 2);
      }
      edtf += (edtf.empty() ? "" : "/") + one + (approximate ? "~" : "");
    }
    std::string problem;
    if (!model::parseEdtf(edtf, &problem)) return bad("is not a valid date (" + problem + ")");
    record.add(field.property, edtf);
  }

  const Crosswalk& crosswalk_;
  const io::LineIndex& lines_;
  util::Diagnostics& diagnostics_;
};

// "Family, Given[, Suffix]" → a CSL name; a name without a comma is literal.
Json cslName(const std::string& name) {
  const auto comma = name.find(", ");
  if (comma == std::string::npos) return Json{{"literal", name}};
  Json out = Json::object();
  out["family"] = name.substr(0, comma);
  std::string given = name.substr(comma + 2);
  if (const auto second = given.find(", "); second != std::string::npos) {
    out["suffix"] = given.substr(second + 2);
    given = given.substr(0, second);
  }
  if (!given.empty()) out["given"] = given;
  return out;
}

Json cslDate(const std::string& edtf) {
  const auto date = model::parseEdtf(edtf);
  if (!date) return Json{{"raw", edtf}};  // validated data always parses
  const auto parts = [](const model::SimpleDate& d) {
    Json one = Json::array({d.year});
    if (d.precision != model::DatePrecision::year) one.push_back(d.month);
    if (d.precision == model::DatePrecision::day) one.push_back(d.day);
    return one;
  };
  Json out = Json::object();
  out["date-parts"] = Json::array({parts(date->begin)});
  if (date->end) out["date-parts"].push_back(parts(*date->end));
  const bool approximate = date->begin.approximate || (date->end && date->end->approximate);
  const bool uncertain = date->begin.uncertain || (date->end && date->end->uncertain);
  if (approximate) out["circa"] = true;
  // CSL has no "uncertain": the EDTF form travels as raw, which import prefers.
  if (uncertain) out["raw"] = edtf;
  return out;
}

}  // namespace

std::vector<SourceRecord> readCslJson(std::string_view text, const std::string& fileName, const Crosswalk& crosswalk,
                                      util::Diagnostics& diagnostics) {
  std::vector<SourceRecord> records;
  const io::LineIndex lines(fileName, text);
  const auto root = io::parseJson(text, lines, diagnostics);
  if (!root) return records;
  ItemReader reader(crosswalk, lines, diagnostics);
  // Zotero and Better BibTeX write an array; CSL-JSON "items" objects are accepted too.
  const JsonValue* items = &*root;
  std::string pointer;
  if (root->isObject() && root->member("items") != nullptr) {
    items = root->member("items");
    pointer = "/items";
  }
  if (!items->isArray()) {
    diagnostics.error("csl.not-a-list", reader.origin(*items, pointer.empty() ? "" : pointer),
                      "a CSL-JSON document is a list of items", "export the collection from Zotero as CSL JSON");
    return records;
  }
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    if (auto record = reader.read(items->items[i], pointer + "/" + std::to_string(i)))
      records.push_back(std::move(*record));
  }
  return records;
}

std::string writeCslJson(const model::Graph& graph, const Crosswalk& crosswalk) {
  std::vector<const model::Node*> sources;
  for (const auto& node : graph.nodes) {
    if (crosswalk.isSourceClass(node.type)) sources.push_back(&node);
  }
  std::sort(sources.begin(), sources.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
  Json items = Json::array();
  for (const auto* node : sources) {
    Json item = Json::object();
    item["type"] = crosswalk.cslTypeOf(node->type);
    item["id"] = node->id;
    std::map<std::string, std::string> noteLines;  // label → value(s), sorted by label
    for (const auto& attribute : node->attributes) {
      const CslField* field = crosswalk.fieldForProperty(attribute.property);
      if (field == nullptr || attribute.value.shape == model::Value::Shape::languageMap) continue;
      const std::string& value = attribute.value.text;
      if (attribute.property == "citationKey") item["id"] = value;
      switch (field->kind) {
        case CslKind::names:
          item[field->name].push_back(cslName(value));
          break;
        case CslKind::date:
          item[field->name] = cslDate(value);
          break;
        case CslKind::text:
          if (!item.contains(field->name)) {
            item[field->name] = value;
          } else if (field->multiple) {
            item[field->name] = item[field->name].get<std::string>() + " " + value;
          } else {
            // CSL gives the variable one value: the others go to the note
            // as `variable: value` lines (citeproc-js and Zotero read them).
            noteLines[field->name] += (noteLines[field->name].empty() ? "" : "\n" + field->name + ": ") + value;
          }
          break;
        case CslKind::note:
          noteLines[field->name] += (noteLines[field->name].empty() ? "" : "\n" + field->name + ": ") + value;
          break;
      }
    }
    std::string note;
    for (const auto& [label, value] : noteLines) note += (note.empty() ? "" : "\n") + label + ": " + value;
    if (!note.empty()) item["note"] = note;
    items.push_back(std::move(item));
  }
  return items.dump(4) + "\n";
}

}  // namespace pactgraph::interop
