#include "pactgraph/interop/SourceRecord.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "pactgraph/model/Datatypes.h"
#include "pactgraph/model/Date.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::interop {

namespace {

// Latin letters with diacritics → ASCII, for ids only (labels keep the names as written).
const std::map<std::string, std::string, std::less<>>& foldTable() {
  static const std::map<std::string, std::string, std::less<>> table = [] {
    std::map<std::string, std::string, std::less<>> t;
    const auto add = [&](std::string_view letters, std::string_view ascii) {
      std::size_t i = 0;
      for (char a : ascii) {
        const auto cp = util::decodeUtf8(letters, i);
        t.emplace(std::string(letters.substr(i, cp.length)), std::string(1, a));
        i += cp.length;
      }
    };
    add("àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "aaaaaaaaaaaaaaaaaa");
    add("çćčĉÇĆČ", "ccccccc");
    add("ďđĎĐ", "dddd");
    add("èéêëēėęěÈÉÊËĒĖĘĚ", "eeeeeeeeeeeeeeee");
    add("ğĞ", "gg");
    add("ìíîïīİıÌÍÎÏĪ", "iiiiiiiiiiii");
    add("łŁľĽĺĹ", "llllll");
    add("ñńňÑŃŇ", "nnnnnn");
    add("òóôõöøōőÒÓÔÕÖØŌŐ", "oooooooooooooooo");
    add("ŕřŔŘ", "rrrr");
    add("śšşŚŠŞ", "ssssss");
    add("ťţŤŢ", "tttt");
    add("ùúûüūůűųÙÚÛÜŪŮŰŲ", "uuuuuuuuuuuuuuuu");
    add("ýÿÝŸ", "yyyy");
    add("źżžŹŻŽ", "zzzzzz");
    t.emplace("ß", "ss");
    t.emplace("æ", "ae");
    t.emplace("Æ", "ae");
    t.emplace("œ", "oe");
    t.emplace("Œ", "oe");
    return t;
  }();
  return table;
}

std::string yearOf(const SourceRecord& record) {
  const auto* issued = record.values("issued");
  if (issued == nullptr || issued->empty()) return {};
  const auto date = model::parseEdtf(issued->front());
  return date ? std::to_string(date->begin.year) : std::string{};
}

// The family part of "Family, Given" (the whole literal name otherwise).
std::string familyOf(const std::string& name) { return name.substr(0, name.find(',')); }

std::string makeLabel(const SourceRecord& record) {
  const std::vector<std::string>* people = record.values("creator");
  if (people == nullptr) people = record.values("editor");
  std::string label;
  if (people != nullptr && !people->empty()) {
    const auto& p = *people;
    if (p.size() == 1) {
      label = familyOf(p[0]);
    } else if (p.size() == 2) {
      label = familyOf(p[0]) + " and " + familyOf(p[1]);
    } else {
      label = familyOf(p[0]) + " et al.";
    }
  } else if (const auto* title = record.values("title")) {
    // Up to 60 bytes of the title, cut at a code-point boundary.
    label = title->front();
    if (label.size() > 60) {
      std::size_t cut = 0;
      while (cut < label.size()) {
        const auto cp = util::decodeUtf8(label, cut);
        if (cut + std::max<std::size_t>(cp.length, 1) > 57) break;
        cut += std::max<std::size_t>(cp.length, 1);
      }
      label = label.substr(0, cut) + "…";
    }
  }
  const std::string year = yearOf(record);
  if (!year.empty()) label += (label.empty() ? "" : " ") + year;
  return label;
}

// Reading order of the props of a written node: title, people, the author
// list, dates, the other variables, then the note fields.
int group(const CslField& field) {
  if (field.property == "title") return 0;
  switch (field.kind) {
    case CslKind::names:
      return field.name == "author" ? 1 : 2;
    case CslKind::date:
      return 4;
    case CslKind::text:
      return 5;
    case CslKind::note:
      return 6;
  }
  return 7;
}

}  // namespace

void SourceRecord::add(const std::string& property, std::string value) {
  for (auto& [name, values] : props) {
    if (name == property) {
      values.push_back(std::move(value));
      return;
    }
  }
  props.push_back({property, {std::move(value)}});
}

const std::vector<std::string>* SourceRecord::values(const std::string& property) const {
  for (const auto& [name, values] : props) {
    if (name == property) return &values;
  }
  return nullptr;
}

std::string formatPersonName(const std::string& family, const std::string& given, const std::string& suffix) {
  std::string out = family;
  if (!given.empty() || !suffix.empty()) out += ", " + given;
  if (!suffix.empty()) out += ", " + suffix;
  return out;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> splitList(std::string_view text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find_first_of(" ,;", start), text.size());
    if (end > start) items.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

void reportLeftOut(util::Diagnostics& diagnostics, const std::string& prefix, const util::Origin& origin,
                   const std::vector<std::string>& leftOut, const std::string& annotation) {
  if (leftOut.empty()) return;
  std::string list;
  for (const auto& name : leftOut) list += (list.empty() ? "" : ", ") + name;
  diagnostics.warning(prefix + ".not-modelled", origin, "left out, the ontology has no property for them: " + list,
                      "to keep one, give a source property `" + annotation + "` in the ontology");
}

std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = util::decodeUtf8(text, i);
    const std::size_t length = std::max<std::size_t>(cp.length, 1);
    std::string piece;
    const char c = text[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      piece = std::string(1, c);
    } else if (c >= 'A' && c <= 'Z') {
      piece = std::string(1, static_cast<char>(c - 'A' + 'a'));
    } else if (const auto it = foldTable().find(text.substr(i, length)); it != foldTable().end()) {
      piece = it->second;
    }
    if (piece.empty()) {
      dash = !out.empty();
    } else {
      if (dash) out += '-';
      dash = false;
      out += piece;
    }
    i += length;
  }
  if (out.size() > 180) out.resize(180);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

void finishRecords(std::vector<SourceRecord>& records, const Crosswalk& crosswalk, const std::string& prefix,
                   util::Diagnostics& diagnostics, const std::vector<std::string>& takenIds) {
  const std::string xsdDate = std::string(model::vocab::xsd) + "date";
  std::set<std::string> used(takenIds.begin(), takenIds.end());
  for (auto& record : records) {
    // Values that do not fit their property's range are left out, said so.
    for (auto& entry : record.props) {
      const std::string& property = entry.first;
      auto& values = entry.second;
      const std::string range = crosswalk.rangeOf(property);
      std::erase_if(values, [&](const std::string& value) {
        std::string problem;
        if (range == xsdDate) {
          if (!model::parseEdtf(value, &problem)) problem = "not a date pactgraph reads (EDTF): " + problem;
        } else {
          problem = model::checkLexical(range, value);
        }
        if (value.empty()) problem = "empty";
        if (!problem.empty()) {
          diagnostics.warning(prefix + ".bad-value", record.origin,
                              "the " + property + " \"" + value + "\" was left out: " + problem);
        }
        return !problem.empty();
      });
    }
    std::erase_if(record.props, [](const auto& entry) { return entry.second.empty(); });
    if (!record.has("title")) {
      diagnostics.error(prefix + ".missing-title", record.origin, "a source needs a title (pg:Source requires one)",
                        "give the item a title in the reference manager");
    }
    if (const auto* creators = record.values("creator"); creators != nullptr && !record.has("creatorList")) {
      std::string list;
      for (const auto& name : *creators) list += (list.empty() ? "" : "; ") + name;
      record.props.push_back({"creatorList", {list}});
    }
    std::string id = slugify(record.key);
    if (id.empty()) {
      const auto* people = record.values("creator");
      if (people == nullptr) people = record.values("editor");
      std::string base = people != nullptr && !people->empty() ? slugify(familyOf(people->front())) : std::string{};
      if (base.empty() && record.has("title")) {
        // The title's first words, up to 40 characters.
        base = slugify(record.values("title")->front());
        if (base.size() > 40) base = base.substr(0, base.rfind('-', 40));
      }
      if (base.empty()) base = "source";
      const std::string year = yearOf(record);
      id = year.empty() ? base : base + "-" + year;
    }
    if (used.contains(id)) {
      int n = 2;
      while (used.contains(id + "-" + std::to_string(n))) ++n;
      id += "-" + std::to_string(n);
    }
    used.insert(id);
    record.id = id;
    record.label = makeLabel(record);
    if (record.label.empty()) record.label = id;
  }
}

std::string writeSourceNodes(const std::vector<SourceRecord>& records, const Crosswalk& crosswalk) {
  using Json = nlohmann::ordered_json;
  Json nodes = Json::array();
  for (const auto& record : records) {
    // Props in reading order; properties outside the crosswalk (creatorList) after the author.
    std::vector<std::pair<std::pair<int, std::string>, const std::pair<std::string, std::vector<std::string>>*>> order;
    for (const auto& entry : record.props) {
      const CslField* field = crosswalk.fieldForProperty(entry.first);
      const std::pair<int, std::string> key = field ? std::pair{group(*field), field->name} : std::pair{3, entry.first};
      order.push_back({key, &entry});
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Json props = Json::object();
    for (const auto& [key, entry] : order) {
      const CslField* field = crosswalk.fieldForProperty(entry->first);
      const bool list = entry->second.size() > 1 || (field != nullptr && field->kind == CslKind::names);
      props[entry->first] = list ? Json(entry->second) : Json(entry->second.front());
    }
    Json node = Json::object();
    node["id"] = record.id;
    node["type"] = record.type;
    node["label"] = Json::object({{"en", record.label}});
    node["props"] = std::move(props);
    nodes.push_back(std::move(node));
  }
  Json file = Json::object();
  file["nodes"] = std::move(nodes);
  return file.dump(2) + "\n";
}

}  // namespace pactgraph::interop
