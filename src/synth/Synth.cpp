#include "pactgraph/synth/Synth.h"

#include <array>
#include <string_view>

#include "pactgraph/synth/Random.h"
#include "pactgraph/util/OutputTransaction.h"

namespace pactgraph::synth {

namespace {

constexpr std::array<std::string_view, 16> kGiven = {"Li",   "Wang", "Zhang",  "Chen", "Ivan",  "Pavel",
                                                     "Anna", "Olga", "Mei",    "Jun",  "Boris", "Nikolai",
                                                     "Hua",  "Lin",  "Sergei", "Yuri"};
constexpr std::array<std::string_view, 16> kFamily = {"Zhou",      "Liu",  "Petrov",  "Ivanov", "Sun", "Gao",
                                                      "Volkov",    "Hu",   "Smirnov", "Deng",   "Zhu", "Orlov",
                                                      "Kuznetsov", "Song", "Ma",      "Lebedev"};
constexpr std::array<std::string_view, 8> kRu = {"Иван",  "Павел",   "Анна",   "Ольга",
                                                 "Борис", "Николай", "Сергей", "Юрий"};
constexpr std::array<std::string_view, 8> kZh = {"周", "刘", "孙", "高", "胡", "邓", "朱", "宋"};
constexpr std::array<std::string_view, 4> kMeetingTypes = {"Meeting", "Negotiation", "Conference", "Signing"};
constexpr std::array<std::string_view, 3> kOrganizationTypes = {"Organization", "PoliticalParty", "Government"};

// Collects records of one file and flushes files of bounded size.
class Writer {
 public:
  Writer(const std::filesystem::path& directory, std::size_t perFile, util::OutputTransaction& output,
         SynthSummary& summary)
      : directory_(directory), perFile_(perFile), output_(output), summary_(summary) {}

  void node(const std::string& record) { add(nodes_, record, summary_.nodes); }
  void citation(const std::string& record) { add(citations_, record, summary_.citations); }
  void statement(const std::string& record) { add(statements_, record, summary_.statements); }

  void flush() {
    if (count_ == 0) return;
    std::string text = "{\n  \"nodes\": [";
    text +=
        nodes_ + "\n  ],\n  \"citations\": [" + citations_ + "\n  ],\n  \"statements\": [" + statements_ + "\n  ]\n}\n";
    char name[32];
    std::snprintf(name, sizeof name, "synth-%05zu.json", summary_.files.size() + 1);
    const auto path = directory_ / name;
    output_.stage(path, text);
    summary_.files.push_back(path);
    nodes_.clear();
    citations_.clear();
    statements_.clear();
    count_ = 0;
  }

 private:
  void add(std::string& section, const std::string& record, std::size_t& counter) {
    section += section.empty() ? "\n    " : ",\n    ";
    section += record;
    ++counter;
    if (++count_ >= perFile_) flush();
  }

  std::filesystem::path directory_;
  std::size_t perFile_;
  util::OutputTransaction& output_;
  SynthSummary& summary_;
  std::string nodes_, citations_, statements_;
  std::size_t count_ = 0;
};

std::string jsonString(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string date(Random& random) {
  char text[16];
  const int year = 1900 + static_cast<int>(random.between(0, 99));
  switch (random.between(0, 9)) {
    case 0:
      std::snprintf(text, sizeof text, "%04d", year);
      break;
    case 1:
      std::snprintf(text, sizeof text, "%04d-%02d", year, static_cast<int>(random.between(1, 12)));
      break;
    default:
      std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, static_cast<int>(random.between(1, 12)),
                    static_cast<int>(random.between(1, 28)));
  }
  return text;
}

}  // namespace

SynthSummary writeSynthetic(const SynthOptions& options, const std::filesystem::path& directory) {
  SynthSummary summary;
  util::OutputTransaction output;
  Writer out(directory, options.recordsPerFile, output, summary);
  Random random(options.seed);

  const std::size_t n = std::max<std::size_t>(options.entities, 20);
  const std::size_t sources = std::max<std::size_t>(n / 50, 2);
  const std::size_t persons = n * 30 / 100, organizations = n * 6 / 100, states = std::max<std::size_t>(n * 3 / 100, 2);
  const std::size_t places = n * 10 / 100, treaties = std::max<std::size_t>(n * 2 / 100, 1);
  const std::size_t meetings = n - persons - organizations - states - places - treaties * 4;
  const std::size_t citationsPerSource = 8;

  for (std::size_t i = 0; i < sources; ++i) {
    out.node("{\"id\": \"source-" + std::to_string(i) + "\", \"type\": \"Book\", \"label\": {\"en\": \"Source " +
             std::to_string(i) + "\"}, \"props\": {\"title\": \"A history, volume " + std::to_string(i) +
             "\", \"creator\": \"" + std::string(kFamily[i % kFamily.size()]) + ", " +
             std::string(kGiven[i % kGiven.size()]) + "\", \"issued\": \"" + std::to_string(1960 + i % 60) + "\"}}");
    for (std::size_t c = 0; c < citationsPerSource; ++c) {
      out.citation("{\"id\": \"c-" + std::to_string(i) + "-" + std::to_string(c) + "\", \"source\": \"source-" +
                   std::to_string(i) + "\", \"pages\": \"" + std::to_string(10 + c * 7) +
                   "\", \"footnote\": " + std::to_string(i * citationsPerSource + c + 1) + "}");
    }
  }
  const auto cite = [&] {
    std::string list = "[";
    const std::size_t count = random.between(1, 3);
    for (std::size_t k = 0; k < count; ++k) {
      if (k) list += ", ";
      list += "\"c-" + std::to_string(random.between(0, sources - 1)) + "-" +
              std::to_string(random.between(0, citationsPerSource - 1)) + "\"";
    }
    return list + "]";
  };
  // Citation lists are drawn independently, so a repeated draw of the same
  // claim is impossible: every statement below has a distinct subject/object pair.
  for (std::size_t i = 0; i < persons; ++i) {
    const std::string id = "person-" + std::to_string(i);
    out.node("{\"id\": " + jsonString(id) + ", \"type\": \"Person\", \"label\": {\"en\": \"" +
             std::string(kGiven[i % 16]) + " " + std::string(kFamily[(i / 16) % 16]) + " " + std::to_string(i) +
             "\", \"ru\": \"" + std::string(kRu[i % 8]) + " " + std::to_string(i) + "\", \"zh-Hans\": \"" +
             std::string(kZh[i % 8]) + std::to_string(i) + "\"}}");
    if (organizations > 0) {
      out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"memberOf\", \"object\": \"org-" +
                    std::to_string(random.between(0, organizations - 1)) + "\", \"cite\": " + cite() + "}");
    }
  }
  for (std::size_t i = 0; i < organizations; ++i) {
    out.node("{\"id\": \"org-" + std::to_string(i) + "\", \"type\": \"" +
             std::string(kOrganizationTypes[i % kOrganizationTypes.size()]) +
             "\", \"label\": {\"en\": \"Organization " + std::to_string(i) + "\"}}");
  }
  for (std::size_t i = 0; i < states; ++i) {
    out.node("{\"id\": \"state-" + std::to_string(i) + "\", \"type\": \"State\", \"label\": {\"en\": \"State " +
             std::to_string(i) + "\", \"ru\": \"Государство " + std::to_string(i) + "\"}}");
  }
  for (std::size_t i = 0; i < places; ++i) {
    out.node("{\"id\": \"place-" + std::to_string(i) + "\", \"type\": \"Place\", \"label\": {\"en\": \"Place " +
             std::to_string(i) + "\", \"zh-Hans\": \"地点" + std::to_string(i) + "\"}}");
  }
  for (std::size_t i = 0; i < treaties; ++i) {
    const std::string id = "treaty-" + std::to_string(i);
    out.node("{\"id\": " + jsonString(id) + ", \"type\": \"Treaty\", \"label\": {\"en\": \"Treaty " +
             std::to_string(i) + "\"}}");
    for (int a = 1; a <= 3; ++a) {
      out.node("{\"id\": \"" + id + "-article-" + std::to_string(a) +
               "\", \"type\": \"TreatyArticle\", \"label\": {\"en\": \"Article " + std::to_string(a) + " of treaty " +
               std::to_string(i) + "\"}, \"props\": {\"articleNumber\": " + std::to_string(a) +
               ", \"articleOf\": " + jsonString(id) + "}}");
    }
    const std::size_t first = random.between(0, states - 1);
    const std::size_t second = (first + 1 + random.between(0, states - 2)) % states;
    for (std::size_t party : {first, second}) {
      out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"party\", \"object\": \"state-" +
                    std::to_string(party) + "\", \"cite\": " + cite() + "}");
    }
    out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"date\", \"value\": \"" + date(random) +
                  "\", \"cite\": " + cite() + "}");
  }
  for (std::size_t i = 0; i < meetings; ++i) {
    const std::string id = "meeting-" + std::to_string(i);
    out.node("{\"id\": " + jsonString(id) + ", \"type\": \"" + std::string(kMeetingTypes[i % kMeetingTypes.size()]) +
             "\", \"label\": {\"en\": \"Meeting " + std::to_string(i) + "\"}}");
    out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"date\", \"value\": \"" + date(random) +
                  "\", \"cite\": " + cite() + "}");
    if (places > 0) {
      out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"location\", \"object\": \"place-" +
                    std::to_string(random.between(0, places - 1)) + "\", \"cite\": " + cite() + "}");
    }
    // 2–6 distinct participants: consecutive persons from a random start.
    const std::size_t count = std::min<std::size_t>(random.between(2, 6), persons);
    const std::size_t start = random.between(0, persons - 1);
    for (std::size_t k = 0; k < count; ++k) {
      const std::string role = k == 0 ? ", \"qualifiers\": {\"role\": {\"en\": \"head of delegation\"}}" : "";
      out.statement("{\"subject\": " + jsonString(id) + ", \"predicate\": \"participant\", \"object\": \"person-" +
                    std::to_string((start + k) % persons) + "\", \"cite\": " + cite() + role + "}");
    }
  }
  out.flush();
  output.commit();
  return summary;
}

}  // namespace pactgraph::synth
