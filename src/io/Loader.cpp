#include "pactgraph/io/Loader.h"

#include <algorithm>
#include <optional>

#include "pactgraph/io/Json.h"
#include "pactgraph/model/Datatypes.h"
#include "pactgraph/util/Concurrency.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::io {

namespace fs = std::filesystem;
using model::LangText;
using model::Value;
using util::Origin;

namespace {

bool isSchemaFile(const fs::path& path) {
  const std::string name = path.filename().string();
  return name == "schema.json" || (name.size() > 12 && name.ends_with(".schema.json"));
}

// Reads one document's records into the graph, reporting shape problems.
class DocumentReader {
 public:
  DocumentReader(const LineIndex& lines, model::Graph& graph, util::Diagnostics& diagnostics)
      : lines_(lines), graph_(graph), diagnostics_(diagnostics) {}

  void read(const JsonValue& root) {
    if (!root.isObject()) {
      wrongType(root, "", "an object with \"nodes\", \"citations\" and \"statements\"");
      return;
    }
    checkKeys(root, "", {"$schema", "nodes", "citations", "statements", "dataset"});
    if (const JsonValue* dataset = root.member("dataset")) readDataset(*dataset);
    readSection(root, "nodes", &DocumentReader::readNode);
    readSection(root, "citations", &DocumentReader::readCitation);
    readSection(root, "statements", &DocumentReader::readStatement);
  }

 private:
  using RecordReader = void (DocumentReader::*)(const JsonValue&, const std::string&);

  Origin origin(const JsonValue& value, const std::string& pointer) const {
    return {lines_.position(value.offset), pointer};
  }

  void wrongType(const JsonValue& value, const std::string& pointer, std::string_view expected) {
    diagnostics_.error("data.wrong-type", origin(value, pointer),
                       "expected " + std::string(expected) + ", found " + std::string(kindName(value.kind)));
  }

  void checkKeys(const JsonValue& object, const std::string& pointer, const std::vector<std::string>& allowed) {
    for (std::size_t i = 0; i < object.members.size(); ++i) {
      const std::string& key = object.members[i].key;
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string hint = util::didYouMean(key, allowed);
      if (hint.empty()) {
        hint = "allowed here:";
        for (const auto& name : allowed) hint += " " + name;
      }
      diagnostics_.error("data.unknown-key",
                         {lines_.position(object.keyOffsets[i]), pointer + "/" + escapePointerToken(key)},
                         "unknown key " + util::quotedValue(key), hint);
    }
  }

  void readSection(const JsonValue& root, std::string_view name, RecordReader reader) {
    const JsonValue* section = root.member(name);
    if (!section) return;
    const std::string pointer = "/" + std::string(name);
    if (!section->isArray()) {
      wrongType(*section, pointer, "an array of records");
      return;
    }
    for (std::size_t i = 0; i < section->items.size(); ++i) {
      const JsonValue& record = section->items[i];
      const std::string recordPointer = pointer + "/" + std::to_string(i);
      if (!record.isObject()) {
        wrongType(record, recordPointer, "an object (one record)");
        continue;
      }
      (this->*reader)(record, recordPointer);
    }
  }

  // A required or optional string member; reports missing/wrong type.
  std::optional<std::string> stringMember(const JsonValue& record, const std::string& pointer, std::string_view key,
                                          bool required, util::StoredOrigin* where = nullptr) {
    const JsonValue* value = record.member(key);
    if (!value) {
      if (required) {
        diagnostics_.error("data.missing-key", origin(record, pointer), "this record needs " + util::quotedValue(key));
      }
      return std::nullopt;
    }
    const std::string memberPointer = pointer + "/" + escapePointerToken(key);
    if (!value->isString()) {
      wrongType(*value, memberPointer, "a string");
      return std::nullopt;
    }
    if (where) *where = origin(*value, memberPointer);
    return value->text;
  }

  // An empty map or list says nothing; data/schema.json refuses it too.
  void emptyContainer(const JsonValue& value, const std::string& pointer, std::string_view what) {
    const bool map = value.isObject();
    diagnostics_.error(
        map ? "data.empty-map" : "data.empty-list", origin(value, pointer), "an empty " + std::string(what),
        map ? "give at least one language, or leave the key out" : "give at least one value, or leave the key out");
  }

  // { "en": "text", ... }. `emptyIsReported`: false for "label", whose
  // absence validation reports as data.missing-label whichever way it is missing.
  std::vector<LangText> languageMap(const JsonValue& value, const std::string& pointer, bool emptyIsReported = true) {
    std::vector<LangText> out;
    if (!value.isObject()) {
      wrongType(value, pointer, "an object of language tag → text, like {\"en\": \"…\"}");
      return out;
    }
    if (value.members.empty() && emptyIsReported) emptyContainer(value, pointer, "language map");
    for (const auto& [language, text] : value.members) {
      const std::string textPointer = pointer + "/" + escapePointerToken(language);
      if (!text.isString()) {
        wrongType(text, textPointer, "a string");
        continue;
      }
      out.push_back({language, text.text, origin(text, textPointer)});
    }
    return out;
  }

  // { "en": ["variant", ...], ... }
  std::vector<LangText> languageListMap(const JsonValue& value, const std::string& pointer) {
    std::vector<LangText> out;
    if (!value.isObject()) {
      wrongType(value, pointer, "an object of language tag → list of names, like {\"en\": [\"…\"]}");
      return out;
    }
    if (value.members.empty()) emptyContainer(value, pointer, "language map");
    for (const auto& [language, list] : value.members) {
      const std::string listPointer = pointer + "/" + escapePointerToken(language);
      if (list.isString()) {
        out.push_back({language, list.text, origin(list, listPointer)});
        continue;
      }
      if (!list.isArray()) {
        wrongType(list, listPointer, "an array of strings");
        continue;
      }
      if (list.items.empty()) emptyContainer(list, listPointer, "list of names");
      for (std::size_t i = 0; i < list.items.size(); ++i) {
        const std::string itemPointer = listPointer + "/" + std::to_string(i);
        if (!list.items[i].isString()) {
          wrongType(list.items[i], itemPointer, "a string");
          continue;
        }
        out.push_back({language, list.items[i].text, origin(list.items[i], itemPointer)});
      }
    }
    return out;
  }

  std::optional<Value> value(const JsonValue& json, const std::string& pointer, bool isReference) {
    Value out;
    out.origin = origin(json, pointer);
    out.isReference = isReference;
    switch (json.kind) {
      case JsonValue::Kind::string:
        out.shape = Value::Shape::string;
        out.text = json.text;
        return out;
      case JsonValue::Kind::number:
        out.shape = Value::Shape::number;
        out.text = json.text;
        return out;
      case JsonValue::Kind::boolean:
        out.shape = Value::Shape::boolean;
        out.text = json.text;
        return out;
      case JsonValue::Kind::object:
        out.shape = Value::Shape::languageMap;
        out.languages = languageMap(json, pointer);
        return out;
      default:
        wrongType(json, pointer, "a string, a number, a boolean or a language map");
        return std::nullopt;
    }
  }

  // "props" / "qualifiers": { "property": value or [values] }
  std::vector<model::Attribute> attributes(const JsonValue& json, const std::string& pointer) {
    std::vector<model::Attribute> out;
    if (!json.isObject()) {
      wrongType(json, pointer, "an object of property → value");
      return out;
    }
    for (std::size_t i = 0; i < json.members.size(); ++i) {
      const std::string& property = json.members[i].key;
      const JsonValue& raw = json.members[i].value;
      const std::string propertyPointer = pointer + "/" + escapePointerToken(property);
      const Origin keyOrigin{lines_.position(json.keyOffsets[i]), propertyPointer};
      const auto add = [&](const JsonValue& item, const std::string& itemPointer) {
        if (auto v = value(item, itemPointer, false)) out.push_back({property, std::move(*v), keyOrigin, {}});
      };
      if (raw.isArray()) {
        if (raw.items.empty()) emptyContainer(raw, propertyPointer, "list of values");
        for (std::size_t k = 0; k < raw.items.size(); ++k) add(raw.items[k], propertyPointer + "/" + std::to_string(k));
      } else {
        add(raw, propertyPointer);
      }
    }
    return out;
  }

  // String members of `record` into their fields (left as they are when absent).
  void readStrings(const JsonValue& record, const std::string& pointer, bool required,
                   std::initializer_list<std::pair<const char*, std::string*>> fields) {
    for (const auto& [key, field] : fields) {
      if (auto text = stringMember(record, pointer, key, required)) *field = *text;
    }
  }

  // "dataset": { "title", "description", "version", "license", "released",
  //   "creators": [{"family", "given", "orcid", "affiliation"} | {"name", …}],
  //   "keywords": [..], "homepage", "downloadUrl" }
  void readDataset(const JsonValue& record) {
    const std::string pointer = "/dataset";
    if (!record.isObject()) {
      wrongType(record, pointer, "an object describing the dataset");
      return;
    }
    checkKeys(
        record, pointer,
        {"title", "description", "version", "license", "released", "creators", "keywords", "homepage", "downloadUrl"});
    model::DatasetMetadata dataset;
    dataset.origin = origin(record, pointer);
    readStrings(record, pointer, true,
                {{"title", &dataset.title},
                 {"description", &dataset.description},
                 {"version", &dataset.version},
                 {"license", &dataset.license},
                 {"released", &dataset.released}});
    readStrings(record, pointer, false, {{"homepage", &dataset.homepage}, {"downloadUrl", &dataset.downloadUrl}});
    if (const JsonValue* keywords = record.member("keywords")) {
      if (!keywords->isArray()) {
        wrongType(*keywords, pointer + "/keywords", "an array of strings");
      } else {
        for (std::size_t i = 0; i < keywords->items.size(); ++i) {
          if (keywords->items[i].isString()) {
            dataset.keywords.push_back(keywords->items[i].text);
          } else {
            wrongType(keywords->items[i], pointer + "/keywords/" + std::to_string(i), "a string");
          }
        }
      }
    }
    const JsonValue* creators = record.member("creators");
    if (creators == nullptr) {
      diagnostics_.error("data.missing-key", dataset.origin, "this record needs \"creators\"");
    } else if (!creators->isArray()) {
      wrongType(*creators, pointer + "/creators", "an array of creators");
    } else {
      for (std::size_t i = 0; i < creators->items.size(); ++i) {
        const JsonValue& item = creators->items[i];
        const std::string itemPointer = pointer + "/creators/" + std::to_string(i);
        if (!item.isObject()) {
          wrongType(item, itemPointer, "an object (one creator)");
          continue;
        }
        checkKeys(item, itemPointer, {"name", "family", "given", "orcid", "affiliation"});
        model::DatasetCreator creator;
        creator.origin = origin(item, itemPointer);
        readStrings(item, itemPointer, false,
                    {{"name", &creator.name},
                     {"family", &creator.family},
                     {"given", &creator.given},
                     {"orcid", &creator.orcid},
                     {"affiliation", &creator.affiliation}});
        dataset.creators.push_back(std::move(creator));
      }
    }
    graph_.datasets.push_back(std::move(dataset));
  }

  void readNode(const JsonValue& record, const std::string& pointer) {
    checkKeys(record, pointer, {"id", "type", "label", "altLabel", "description", "props"});
    model::Node node;
    node.origin = origin(record, pointer);
    if (auto id = stringMember(record, pointer, "id", true)) node.id = *id;
    if (auto type = stringMember(record, pointer, "type", true, &node.typeOrigin)) node.type = *type;
    // A missing or empty label is a validation error (data.missing-label).
    if (const JsonValue* label = record.member("label")) node.labels = languageMap(*label, pointer + "/label", false);
    if (const JsonValue* alt = record.member("altLabel")) node.altLabels = languageListMap(*alt, pointer + "/altLabel");
    if (const JsonValue* description = record.member("description")) {
      node.descriptions = languageMap(*description, pointer + "/description");
    }
    if (const JsonValue* props = record.member("props")) node.attributes = attributes(*props, pointer + "/props");
    graph_.nodes.push_back(std::move(node));
  }

  void readCitation(const JsonValue& record, const std::string& pointer) {
    checkKeys(record, pointer, {"id", "source", "pages", "footnote", "note"});
    model::Citation citation;
    citation.origin = origin(record, pointer);
    if (auto id = stringMember(record, pointer, "id", true)) citation.id = *id;
    if (auto source = stringMember(record, pointer, "source", true, &citation.sourceOrigin))
      citation.sourceId = *source;
    if (auto pages = stringMember(record, pointer, "pages", false)) citation.pages = *pages;
    if (const JsonValue* footnote = record.member("footnote")) {
      const std::string footnotePointer = pointer + "/footnote";
      citation.footnoteOrigin = origin(*footnote, footnotePointer);
      // Integral whatever the form (12, 1.2e1, 12.0), as JSON Schema's "integer".
      std::optional<std::string> number;
      if (footnote->kind == JsonValue::Kind::number) number = model::jsonNumberAsInteger(footnote->text);
      const bool positive = number && !number->starts_with('-') && number->size() <= 9 && std::stoll(*number) > 0;
      if (!positive) {
        diagnostics_.error(
            "data.bad-footnote", citation.footnoteOrigin,
            "a footnote number is a positive integer, found " +
                (footnote->kind == JsonValue::Kind::number ? footnote->text : std::string(kindName(footnote->kind))));
      } else {
        citation.footnote = std::stoll(*number);
      }
    }
    if (const JsonValue* note = record.member("note")) citation.notes = languageMap(*note, pointer + "/note");
    graph_.citations.push_back(std::move(citation));
  }

  // One entry of a statement's "cite": "fn-43", or {"id": "fn-44", "scope": "paragraph"}.
  void readCitationReference(const JsonValue& item, const std::string& pointer, model::Statement& statement) {
    model::CitationScope scope = model::CitationScope::unspecified;
    util::StoredOrigin where = origin(item, pointer);
    std::optional<std::string> id;
    if (item.isString()) {
      id = item.text;
    } else if (item.isObject()) {
      checkKeys(item, pointer, {"id", "scope"});
      id = stringMember(item, pointer, "id", true, &where);
      util::StoredOrigin scopeOrigin;
      if (auto name = stringMember(item, pointer, "scope", true, &scopeOrigin)) {
        static const std::vector<std::string> names = {"sentence", "paragraph", "article"};
        const auto it = std::find(names.begin(), names.end(), *name);
        if (it == names.end()) {
          const std::string hint = util::didYouMean(*name, names);
          diagnostics_.error("data.bad-scope", scopeOrigin, "unknown citation scope " + util::quotedValue(*name),
                             hint.empty() ? "use sentence, paragraph or article (see data/README.md)" : hint);
          return;
        }
        scope = static_cast<model::CitationScope>(1 + (it - names.begin()));
      }
    } else {
      wrongType(item, pointer, "a citation id, or an object {\"id\": \"fn-…\", \"scope\": \"paragraph\"}");
      return;
    }
    if (!id) return;
    statement.citationIds.push_back(*id);
    statement.citationOrigins.push_back(std::move(where));
    statement.citationScopes.push_back(scope);
  }

  void readStatement(const JsonValue& record, const std::string& pointer) {
    checkKeys(record, pointer, {"subject", "predicate", "object", "value", "cite", "qualifiers", "rank", "note"});
    model::Statement statement;
    statement.origin = origin(record, pointer);
    if (auto subject = stringMember(record, pointer, "subject", true, &statement.subjectOrigin)) {
      statement.subjectId = *subject;
    }
    if (auto predicate = stringMember(record, pointer, "predicate", true, &statement.predicateOrigin)) {
      statement.predicate = *predicate;
    }
    const JsonValue* object = record.member("object");
    const JsonValue* literal = record.member("value");
    if (object && literal) {
      diagnostics_.error("data.object-and-value", statement.origin,
                         "a statement has either \"object\" (a node id) or \"value\" (a literal), not both");
    } else if (object) {
      if (!object->isString()) {
        wrongType(*object, pointer + "/object", "a string (a node id)");
      } else if (auto v = value(*object, pointer + "/object", true)) {
        statement.object = std::move(*v);
        statement.hasObject = true;
      }
    } else if (literal) {
      if (auto v = value(*literal, pointer + "/value", false)) {
        statement.object = std::move(*v);
        statement.hasObject = true;
      }
    } else {
      diagnostics_.error("data.missing-key", statement.origin,
                         "this statement needs \"object\" (a node id) or \"value\" (a literal)");
    }
    if (const JsonValue* cite = record.member("cite")) {
      const std::string citePointer = pointer + "/cite";
      if (!cite->isArray()) {
        wrongType(*cite, citePointer, "an array of citation ids or {\"id\": …, \"scope\": …} objects");
      } else {
        for (std::size_t i = 0; i < cite->items.size(); ++i)
          readCitationReference(cite->items[i], citePointer + "/" + std::to_string(i), statement);
      }
    }
    if (const JsonValue* qualifiers = record.member("qualifiers")) {
      statement.qualifiers = attributes(*qualifiers, pointer + "/qualifiers");
    }
    util::StoredOrigin rankOrigin;
    if (auto rank = stringMember(record, pointer, "rank", false, &rankOrigin)) {
      if (*rank == "preferred") {
        statement.rank = model::Rank::preferred;
      } else if (*rank == "normal") {
        statement.rank = model::Rank::normal;
      } else if (*rank == "deprecated") {
        statement.rank = model::Rank::deprecated;
      } else {
        diagnostics_.error(
            "data.bad-rank", rankOrigin, "unknown rank " + util::quotedValue(*rank),
            "use preferred, normal or deprecated" +
                std::string(util::didYouMean(*rank, {"preferred", "normal", "deprecated"}).empty()
                                ? ""
                                : "; " + util::didYouMean(*rank, {"preferred", "normal", "deprecated"})));
      }
    }
    if (const JsonValue* note = record.member("note")) statement.notes = languageMap(*note, pointer + "/note");
    graph_.statements.push_back(std::move(statement));
  }

  const LineIndex& lines_;
  model::Graph& graph_;
  util::Diagnostics& diagnostics_;
};

}  // namespace

void Loader::loadText(const std::string& fileName, std::string_view text) {
  ++filesRead_;
  // A file saved as UTF-16 or UTF-32 gets one message, and is then read as
  // if it had been saved as UTF-8: its records exist for the other files'
  // references, and its own problems are found in the same run.
  std::optional<std::string> transcoded;
  if (const TextEncoding encoding = detectEncoding(text); encoding != TextEncoding::utf8) {
    transcoded = transcodeToUtf8(text, encoding);
    diagnostics_.error("json.encoding", {{fileName, 1, 1, 0}, {}},
                       "the file is " + std::string(encodingName(encoding)) +
                           (transcoded ? "" : ", and not even well-formed as such") + "; data files are UTF-8",
                       "save the file as UTF-8");
    if (!transcoded) return;
    text = *transcoded;
  }
  const LineIndex lines(fileName, text);
  const auto root = parseJson(text, lines, diagnostics_);
  if (!root) return;
  DocumentReader(lines, graph_, diagnostics_).read(*root);
}

void Loader::loadPath(const fs::path& path) {
  std::error_code ec;
  const Origin where{{path.string(), 0, 0, 0}, {}};
  if (!fs::exists(path, ec)) {
    diagnostics_.error("io.read", where, "no such file or directory");
    return;
  }
  if (!fs::is_directory(path, ec)) {
    if (auto text = readDataFile(path, options_.maxFileSize, diagnostics_)) loadText(path.string(), *text);
    return;
  }
  std::vector<fs::path> files;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    diagnostics_.error("io.read", where, "cannot list the directory: " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      diagnostics_.error("io.read", where, "cannot list the directory: " + ec.message());
      return;
    }
    if (it->path().extension() == ".json" && !isSchemaFile(it->path()) && !it->is_directory(ec)) {
      files.push_back(it->path());
    }
  }
  if (files.empty()) {
    diagnostics_.error("input.no-data", where, "the directory holds no data files (*.json)",
                       "point pactgraph at a directory of data files, such as data/");
    return;
  }
  std::sort(files.begin(), files.end());
  // Each file into a part of its own (concurrently: a part is touched only
  // by the call of its index), then the parts in path order, as if the files
  // had been read one by one. At most `jobs` documents are in memory at once.
  struct Part {
    model::Graph graph;
    util::Diagnostics diagnostics;
    std::size_t filesRead = 0;
  };
  std::vector<Part> parts(files.size());
  util::forEachIndex(files.size(), options_.jobs, [&](std::size_t i) {
    Loader loader(parts[i].graph, parts[i].diagnostics, options_);
    loader.loadPath(files[i]);
    parts[i].filesRead = loader.filesRead();
  });
  for (auto& part : parts) {
    graph_.append(std::move(part.graph));
    diagnostics_.append(std::move(part.diagnostics));
    filesRead_ += part.filesRead;
  }
}

model::Graph loadGraph(const std::vector<fs::path>& paths, util::Diagnostics& diagnostics, LoaderOptions options) {
  model::Graph graph;
  Loader loader(graph, diagnostics, options);
  for (const auto& path : paths) loader.loadPath(path);
  graph.index();
  return graph;
}

}  // namespace pactgraph::io
