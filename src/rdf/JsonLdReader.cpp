// JSON-LD in: the expansion and toRDF steps of JSON-LD 1.1 for the subset
// Reader.h lists, done directly on the JSON tree (nlohmann/json) with the
// context the writer follows (JsonLdContext.h). Every feature outside the
// subset is refused with the JSON Pointer of where it stands, so a document
// never reads as fewer triples than it holds.
#include "JsonLdReader.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "JsonLdContext.h"
#include "pactgraph/model/Vocabulary.h"
#include "pactgraph/rdf/Writer.h"
#include "pactgraph/util/Iri.h"

namespace pactgraph::rdf::detail {

namespace {

using Json = nlohmann::json;

// "/@graph/3/pg:party" for error messages (RFC 6901 escaping).
std::string pointer(const std::string& parent, const std::string& key) {
  std::string escaped;
  for (const char c : key) escaped += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
  return parent + "/" + escaped;
}

// The canonical xsd:double form JSON-LD's toRDF writes (1.5E0, 1.0E21):
// 16 significant digits, trailing zeros of the mantissa dropped.
std::string canonicalDouble(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.15E", value);
  std::string text = buffer;
  const auto e = text.find('E');
  std::string mantissa = text.substr(0, e);
  while (mantissa.ends_with('0') && !mantissa.ends_with(".0")) mantissa.pop_back();
  std::string exponent = text.substr(e + 1);
  const bool negative = exponent.starts_with('-');
  exponent.erase(0, 1);  // the sign
  exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
  return mantissa + "E" + (negative ? "-" : "") + exponent;
}

class Reader {
 public:
  Reader(const ReadOptions& options, const std::string& name) : options_(options), name_(name) {}

  std::vector<model::Quad> read(std::string_view text) {
    Json document;
    try {
      document = Json::parse(text);
    } catch (const Json::exception& error) {
      throw ReadError(name_ + ": " + error.what());
    }
    if (document.is_array()) {
      useContext(Json::object(), "");
      for (std::size_t i = 0; i < document.size(); ++i)
        node(document[i], model::Term::iri({}), "/" + std::to_string(i));
    } else if (document.is_object()) {
      useContext(document.contains("@context") ? document["@context"] : Json::object(), "/@context");
      const bool onlyGraph = document.contains("@graph") && !document.contains("@id") &&
                             document.size() == (document.contains("@context") ? 2u : 1u);
      if (onlyGraph) {
        items(document["@graph"], model::Term::iri({}), "/@graph");
      } else {
        node(document, model::Term::iri({}), "");
      }
    } else {
      fail("", "a JSON-LD document is an object or an array of node objects");
    }
    return std::move(quads_);
  }

 private:
  [[noreturn]] void fail(const std::string& where, const std::string& message) const {
    throw ReadError(name_ + ": " + (where.empty() ? std::string("/") : where) + ": " + message);
  }

  void useContext(const Json& context, const std::string& where) {
    std::string document;
    if (context.is_string()) {
      if (options_.jsonLdContext.empty()) {
        fail(where,
             "the context \"" + context.get<std::string>() + "\" is a reference, and no context was given for it");
      }
      document = options_.jsonLdContext;
    } else if (context.is_object()) {
      document = context.dump();
    } else {
      fail(where, "the context must be one object or a reference (arrays of contexts are not supported)");
    }
    try {
      context_.emplace(JsonLdContext::parse(document));
    } catch (const WriteError& error) {
      fail(where, error.what());
    }
  }

  // Node objects of a @graph (an array or one object) into `graph`.
  void items(const Json& value, const model::Term& graph, const std::string& where) {
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) node(value[i], graph, where + "/" + std::to_string(i));
    } else {
      node(value, graph, where);
    }
  }

  // An IRI as written: expanded, a blank node label skolemised, a relative
  // reference resolved against the base.
  std::string iri(const std::string& value, bool vocab, const std::string& where) {
    const auto expanded = context_->expandIri(value, vocab);
    if (expanded && expanded->starts_with("_:")) return blankNode(expanded->substr(2));
    if (expanded) return *expanded;
    if (options_.baseIri.empty())
      fail(where, "\"" + value + "\" is not a term, compact IRI or absolute IRI (there is no @vocab or @base)");
    return util::resolveIri(options_.baseIri, value);
  }

  // Blank nodes are labelled b0, b1, … in order of appearance, as JSON-LD
  // processors do: a label of the document names the same node throughout.
  std::string blankNode(const std::string& label) {
    auto [it, added] = blankLabels_.try_emplace(label);
    if (added) it->second = options_.skolemPrefix + "b" + std::to_string(blankCount_++);
    return it->second;
  }

  // A node object; returns its subject.
  model::Term node(const Json& object, const model::Term& graph, const std::string& where) {
    if (!object.is_object()) fail(where, "expected a node object");
    model::Term subject;
    if (const auto id = object.find("@id"); id != object.end()) {
      if (!id->is_string()) fail(pointer(where, "@id"), "@id must be a string");
      subject = model::Term::iri(iri(id->get<std::string>(), false, pointer(where, "@id")));
    } else {
      subject = model::Term::iri(
          blankNode("\n" + std::to_string(anonymousCount_++)));  // no label of a document has a line break
    }
    for (const auto& [key, value] : object.items()) {
      const std::string at = pointer(where, key);
      if (key == "@id" || (key == "@context" && where.empty())) continue;
      if (key == "@graph") {
        items(value, subject, at);
      } else if (key == "@type") {
        for (const auto& type : value.is_array() ? value : Json::array({value})) {
          if (!type.is_string()) fail(at, "@type must be a string or an array of strings");
          add(subject, model::Term::iri(std::string(model::vocab::rdf) + "type"),
              model::Term::iri(iri(type.get<std::string>(), true, at)), graph);
        }
      } else if (key.starts_with('@')) {
        fail(at, key + " is not supported");
      } else {
        property(subject, key, value, graph, at);
      }
    }
    return subject;
  }

  void property(const model::Term& subject, const std::string& key, const Json& value, const model::Term& graph,
                const std::string& where) {
    const JsonLdTerm* term = context_->term(key);
    if (term && term->reverse) fail(where, "reverse properties are not supported");
    const std::string predicate = term ? term->iri : iri(key, true, where);
    if (predicate.starts_with(options_.skolemPrefix)) fail(where, "a blank node cannot be a predicate");
    const model::Term predicateTerm = model::Term::iri(predicate);
    if (term && term->values == JsonLdTerm::Values::languageMap) {
      if (!value.is_object()) fail(where, "a language map is an object of language → text");
      for (const auto& [language, texts] : value.items()) {
        for (const auto& text : texts.is_array() ? texts : Json::array({texts})) {
          if (text.is_null()) continue;
          if (!text.is_string()) fail(pointer(where, language), "a language map holds strings");
          add(subject, predicateTerm,
              language == "@none" ? model::Term::string(text.get<std::string>())
                                  : model::Term::langString(text.get<std::string>(), language),
              graph);
        }
      }
      return;
    }
    values(subject, predicateTerm, term, value, graph, where);
  }

  // The values of one key (an array, a @set, or one value).
  void values(const model::Term& subject, const model::Term& predicate, const JsonLdTerm* term, const Json& value,
              const model::Term& graph, const std::string& where) {
    if (value.is_null()) return;
    if (value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        values(subject, predicate, term, value[i], graph, where + "/" + std::to_string(i));
      }
      return;
    }
    if (value.is_object() && value.contains("@set")) {
      if (value.size() != 1) fail(where, "@set stands alone in its object");
      values(subject, predicate, term, value["@set"], graph, pointer(where, "@set"));
      return;
    }
    if (auto object = this->object(term, value, graph, where)) add(subject, predicate, std::move(*object), graph);
  }

  // One value as an RDF term; nothing for a null @value.
  std::optional<model::Term> object(const JsonLdTerm* term, const Json& value, const model::Term& graph,
                                    const std::string& where) {
    const auto coercion = term ? term->values : JsonLdTerm::Values::plain;
    const std::string datatype = coercion == JsonLdTerm::Values::datatype ? term->datatype : std::string();
    if (value.is_string()) {
      const std::string text = value.get<std::string>();
      if (coercion == JsonLdTerm::Values::iri) return model::Term::iri(iri(text, false, where));
      if (coercion == JsonLdTerm::Values::vocabIri) return model::Term::iri(iri(text, true, where));
      return datatype.empty() ? model::Term::string(text) : model::Term::literal(text, datatype);
    }
    if (value.is_boolean() || value.is_number()) return nativeLiteral(value, datatype);
    if (!value.is_object()) fail(where, "expected a string, number, boolean or object");
    if (value.contains("@list")) fail(where, "@list is not supported");
    if (!value.contains("@value")) return node(value, graph, where);
    return valueObject(value, where);
  }

  // {"@value": …, "@type" | "@language": …}
  std::optional<model::Term> valueObject(const Json& value, const std::string& where) {
    std::string datatype, language;
    for (const auto& [key, item] : value.items()) {
      if (key == "@value") continue;
      if ((key != "@type" && key != "@language") || !item.is_string()) {
        fail(pointer(where, key), "a value object has @value and a string @type or @language, nothing else");
      }
      (key == "@type" ? datatype : language) = item.get<std::string>();
    }
    if (!datatype.empty() && !language.empty()) fail(where, "a value has @type or @language, not both");
    if (!datatype.empty()) datatype = iri(datatype, true, pointer(where, "@type"));
    const Json& literal = value["@value"];
    if (literal.is_null()) return std::nullopt;
    if (literal.is_boolean() || literal.is_number()) {
      if (!language.empty()) fail(where, "a number or boolean has no language");
      return nativeLiteral(literal, datatype);
    }
    if (!literal.is_string()) fail(pointer(where, "@value"), "@value must be a string, number or boolean");
    const std::string text = literal.get<std::string>();
    if (!language.empty()) return model::Term::langString(text, language);
    return datatype.empty() ? model::Term::string(text) : model::Term::literal(text, datatype);
  }

  // A JSON number or boolean as toRDF writes it: true/false as xsd:boolean,
  // an integral number below 10^21 as an integer, any other number (and any
  // under xsd:double) as a canonical xsd:double; `datatype` (a coercion or
  // @type) replaces the default datatype.
  static model::Term nativeLiteral(const Json& value, const std::string& datatype) {
    const std::string xsd(model::vocab::xsd);
    if (value.is_boolean())
      return model::Term::literal(value.get<bool>() ? "true" : "false", datatype.empty() ? xsd + "boolean" : datatype);
    if (value.is_number_integer() && datatype != xsd + "double") {
      return model::Term::literal(value.dump(), datatype.empty() ? xsd + "integer" : datatype);
    }
    const double number = value.get<double>();
    if (std::trunc(number) == number && std::fabs(number) < 1e21 && datatype != xsd + "double") {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.0f", number);
      return model::Term::literal(buffer, datatype.empty() ? xsd + "integer" : datatype);
    }
    return model::Term::literal(canonicalDouble(number), datatype.empty() ? xsd + "double" : datatype);
  }

  void add(const model::Term& subject, const model::Term& predicate, model::Term object, const model::Term& graph) {
    quads_.push_back({subject, predicate, std::move(object), graph});
  }

  const ReadOptions& options_;
  const std::string& name_;
  std::optional<JsonLdContext> context_;
  std::map<std::string, std::string> blankLabels_;
  std::size_t blankCount_ = 0;
  std::size_t anonymousCount_ = 0;
  std::vector<model::Quad> quads_;
};

}  // namespace

std::vector<model::Quad> readJsonLd(std::string_view text, const ReadOptions& options, const std::string& name) {
  return Reader(options, name).read(text);
}

}  // namespace pactgraph::rdf::detail
