#include "game/bank/bank.h"
#include "game/bank/bank_reader.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

using nlohmann::json;

namespace {

json loadSchema() {
    std::ifstream in(testing::builtInQuestions() / "scamdrill-bank.schema.json");
    REQUIRE(in);
    return json::parse(in);
}

std::set<std::string> asSet(const json& list) { return list.get<std::set<std::string>>(); }

std::set<std::string> asSet(std::span<const std::string_view> codes) { return {codes.begin(), codes.end()}; }

} // namespace

// The schema is for editors; the validator is the law. These checks keep them from drifting apart.
TEST_CASE("the JSON Schema matches what the validator accepts", "[bank]") {
    const json schema = loadSchema();
    const json& defs = schema.at("definitions");
    CHECK(asSet(schema.at("required")) ==
          std::set<std::string>{"format", "version", "id", "title", "fraud_type", "revision", "items"});
    CHECK(schema.at("properties").at("version").at("const") == game::kBankFormatVersion);
    CHECK(schema.at("properties").at("format").at("const") == "scamdrill-bank");

    std::set<std::string> fraudCodes;
    for (const auto& info : game::fraudTypes()) fraudCodes.emplace(info.code);
    CHECK(asSet(defs.at("fraudType").at("enum")) == fraudCodes);

    const json& item = defs.at("item");
    CHECK(asSet(item.at("properties").at("kind").at("enum")) == asSet(game::itemKindCodes()));
    CHECK(asSet(item.at("properties").at("audience").at("items").at("enum")) == asSet(game::audienceCodes()));
    CHECK(asSet(item.at("required")) ==
          std::set<std::string>{"id", "kind", "difficulty", "audience", "points", "explanation", "red_flags"});
    CHECK(asSet(item.at("properties").at("message").at("properties").at("channel").at("enum")) == asSet(game::channelCodes()));
    CHECK(asSet(defs.at("ending").at("properties").at("outcome").at("enum")) == asSet(game::outcomeCodes()));
    CHECK(asSet(defs.at("line").at("properties").at("kind").at("enum")) == asSet(game::lineKindCodes()));
    CHECK(asSet(defs.at("choice").at("properties").at("action").at("enum")) == asSet(game::choiceActionCodes()));
    CHECK(asSet(defs.at("channel").at("enum")) == asSet(game::channelCodes().first(4)));
    // every kind has its own rule in the schema
    std::set<std::string> kindsWithRules;
    for (const auto& rule : item.at("allOf")) kindsWithRules.insert(rule.at("if").at("properties").at("kind").at("const").get<std::string>());
    CHECK(kindsWithRules == asSet(game::itemKindCodes()));
}
