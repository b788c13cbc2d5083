#include "pactgraph/store/SparqlResults.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "pactgraph/util/Escape.h"
#include "pactgraph/util/Text.h"

namespace pactgraph::store {

namespace {

using nlohmann::ordered_json;

}  // namespace

std::string plainText(const std::optional<RdfValue>& value) {
  if (!value) return {};
  if (value->kind == RdfValue::Kind::blank) return "_:" + value->value;
  return value->value;
}

std::string formatTable(const SelectResult& result) {
  if (result.boolean) return std::string(*result.boolean ? "true" : "false") + "\n";
  std::vector<std::vector<std::string>> cells;
  cells.push_back(result.variables);
  for (const auto& row : result.rows) {
    std::vector<std::string> line;
    for (const auto& value : row) {
      std::string text = plainText(value);
      std::replace(text.begin(), text.end(), '\n', ' ');
      line.push_back(std::move(text));
    }
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths(result.variables.size(), 0);
  for (const auto& line : cells) {
    for (std::size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], util::countCodePoints(line[i]));
  }
  std::string out;
  auto emit = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0) text += "  ";
      text += line[i];
      if (i + 1 < line.size()) text.append(widths[i] - util::countCodePoints(line[i]), ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  emit(cells.front());
  std::string rule;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (i > 0) rule += "  ";
    rule.append(std::max<std::size_t>(widths[i], 1), '-');
  }
  out += rule + "\n";
  for (std::size_t r = 1; r < cells.size(); ++r) emit(cells[r]);
  out += "(" + std::to_string(result.rows.size()) + (result.rows.size() == 1 ? " row)\n" : " rows)\n");
  return out;
}

std::string formatCsv(const SelectResult& result) {
  if (result.boolean) return std::string("boolean\r\n") + (*result.boolean ? "true" : "false") + "\r\n";
  std::string out;
  for (std::size_t i = 0; i < result.variables.size(); ++i) out += (i ? "," : "") + util::csvField(result.variables[i]);
  out += "\r\n";
  for (const auto& row : result.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + util::csvField(plainText(row[i]));
    out += "\r\n";
  }
  return out;
}

std::string formatJson(const SelectResult& result) {
  ordered_json root;
  if (result.boolean) {
    root["head"] = ordered_json::object();
    root["boolean"] = *result.boolean;
    return root.dump(2) + "\n";
  }
  root["head"] = {{"vars", result.variables}};
  ordered_json bindings = ordered_json::array();
  for (const auto& row : result.rows) {
    ordered_json solution = ordered_json::object();
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (!row[i]) continue;
      const RdfValue& value = *row[i];
      ordered_json cell;
      cell["type"] = value.kind == RdfValue::Kind::iri     ? "uri"
                     : value.kind == RdfValue::Kind::blank ? "bnode"
                                                           : "literal";
      cell["value"] = value.value;
      if (!value.language.empty()) cell["xml:lang"] = value.language;
      if (!value.datatype.empty()) cell["datatype"] = value.datatype;
      solution[result.variables[i]] = cell;
    }
    bindings.push_back(solution);
  }
  root["results"] = {{"bindings", bindings}};
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace pactgraph::store
