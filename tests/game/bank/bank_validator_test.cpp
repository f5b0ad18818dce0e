#include "support/bank_fixtures.h"

#include "game/bank/bank_validator.h"

#include <catch2/catch.hpp>

#include <functional>

using fixtures::hasProblem;
using fixtures::itemOf;
using fixtures::problemsOf;
using game::Severity;
using nlohmann::json;

namespace {

// One way to break the fixture bank, and the problem it must cause.
struct BrokenCase {
    const char* what;
    std::function<void(json&)> breakIt;
    Severity severity;
    const char* itemId;
    const char* pointer;
    const char* fragment;
};

json& scenarioOf(json& bank) { return itemOf(bank, "test.call"); }

const std::vector<BrokenCase>& bankLevelCases() {
    static const std::vector<BrokenCase> cases = {
        {"wrong format", [](json& b) { b["format"] = "quiz"; }, Severity::Error, "", "/format", "a ScamDrill bank says \"scamdrill-bank\""},
        {"newer version", [](json& b) { b["version"] = 2; }, Severity::Error, "", "/version", "install a newer ScamDrill"},
        {"missing title", [](json& b) { b.erase("title"); }, Severity::Error, "", "/title", "missing required field \"title\""},
        {"unknown bank field", [](json& b) { b["autor"] = "x"; }, Severity::Error, "", "/autor", "unknown field \"autor\""},
        {"bad bank id", [](json& b) { b["id"] = "Test Bank"; }, Severity::Error, "", "/id", "lowercase letters"},
        {"revision 0", [](json& b) { b["revision"] = 0; }, Severity::Error, "", "/revision", "\"revision\" is 0; it must be from 1"},
        {"unknown fraud type", [](json& b) { b["fraud_type"] = "phishing"; }, Severity::Error, "", "/fraud_type", "it must be one of: order_brushing"},
        {"items not an array", [](json& b) { b["items"] = json::object(); }, Severity::Error, "", "/items", "must be an array"},
        {"no items", [](json& b) { b["items"] = json::array(); }, Severity::Warning, "", "/items", "no items"},
    };
    return cases;
}

const std::vector<BrokenCase>& itemCases() {
    static const std::vector<BrokenCase> cases = {
        {"missing field", [](json& b) { itemOf(b, "test.single").erase("explanation"); }, Severity::Error, "test.single",
         "/items/0/explanation", "missing required field \"explanation\""},
        {"misspelt field", [](json& b) { itemOf(b, "test.single")["explaination"] = "x"; }, Severity::Error, "test.single",
         "/items/0/explaination", "unknown field \"explaination\" (did you mean \"explanation\"?)"},
        {"field of another kind", [](json& b) { itemOf(b, "test.tf")["options"] = json::array(); }, Severity::Error, "test.tf",
         "/items/2/options", "unknown field \"options\""},
        {"wrong type", [](json& b) { itemOf(b, "test.single")["difficulty"] = "2"; }, Severity::Error, "test.single",
         "/items/0/difficulty", "\"difficulty\" must be a whole number, not a string (\"2\")"},
        {"difficulty out of range", [](json& b) { itemOf(b, "test.single")["difficulty"] = 4; }, Severity::Error, "test.single",
         "/items/0/difficulty", "\"difficulty\" is 4; it must be from 1 to 3"},
        {"empty audience", [](json& b) { itemOf(b, "test.multi")["audience"] = json::array(); }, Severity::Error, "test.multi",
         "/items/1/audience", "needs at least 1"},
        {"unknown audience", [](json& b) { itemOf(b, "test.multi")["audience"][1] = "kids"; }, Severity::Error, "test.multi",
         "/items/1/audience/1", "audience \"kids\" is not one of: pupil"},
        {"points 0", [](json& b) { itemOf(b, "test.tf")["points"] = 0; }, Severity::Error, "test.tf", "/items/2/points", "it must be from 1"},
        {"empty explanation", [](json& b) { itemOf(b, "test.tf")["explanation"] = " "; }, Severity::Error, "test.tf",
         "/items/2/explanation", "\"explanation\" is empty"},
        {"bad item id", [](json& b) { itemOf(b, "test.tf")["id"] = "Test TF"; }, Severity::Error, "Test TF", "/items/2/id", "lowercase letters"},
        {"duplicate id in bank", [](json& b) { itemOf(b, "test.multi")["id"] = "test.single"; }, Severity::Error, "test.single",
         "/items/1/id", "id \"test.single\" is already used by item 0 of this bank"},
        {"item not an object", [](json& b) { b["items"].push_back(5); }, Severity::Error, "", "/items/6", "each item must be an object"},
        {"unknown kind", [](json& b) { itemOf(b, "test.tf")["kind"] = "tf"; }, Severity::Error, "test.tf", "/items/2/kind",
         "\"kind\" is \"tf\"; it must be one of: single, multi, truefalse, spot_flags, ordering, scenario"},
        {"empty red flags", [](json& b) { itemOf(b, "test.single")["red_flags"] = json::array(); }, Severity::Warning, "test.single",
         "/items/0/red_flags", "\"red_flags\" is empty"},
        {"unknown placeholder", [](json& b) { itemOf(b, "test.single")["explanation"] = "请拨打{hotline.fire}"; }, Severity::Warning,
         "test.single", "/items/0/explanation", "unknown placeholder {hotline.fire}"},
        {"answer names no option", [](json& b) { itemOf(b, "test.single")["answer"] = {"E"}; }, Severity::Error, "test.single",
         "/items/0/answer/0", "answer \"E\" names no option (options are A-D)"},
        {"single with two answers", [](json& b) { itemOf(b, "test.single")["answer"] = {"A", "B"}; }, Severity::Error, "test.single",
         "/items/0/answer", "a single-choice item has exactly one answer, but this one lists 2"},
        {"answer as a string", [](json& b) { itemOf(b, "test.single")["answer"] = "B"; }, Severity::Error, "test.single",
         "/items/0/answer", "\"answer\" must be an array [...], not a string (\"B\")"},
        {"repeated answer", [](json& b) { itemOf(b, "test.multi")["answer"] = {"A", "A"}; }, Severity::Error, "test.multi",
         "/items/1/answer/1", "answer lists \"A\" twice"},
        {"multi with one answer", [](json& b) { itemOf(b, "test.multi")["answer"] = {"A"}; }, Severity::Warning, "test.multi",
         "/items/1/answer", "a multi item with only one answer"},
        {"option keys out of order", [](json& b) { itemOf(b, "test.single")["options"][1]["key"] = "C"; }, Severity::Error,
         "test.single", "/items/0/options/1/key", "option 2 has key \"C\"; keys go A, B, C... in order, so this one must be \"B\""},
        {"too many options", [](json& b) {
             auto& options = itemOf(b, "test.multi")["options"];
             for (const char* key : {"D", "E", "F", "G"}) options.push_back({{"key", key}, {"text", "x"}});
         }, Severity::Error, "test.multi", "/items/1/options", "\"options\" has 7 entries; it needs from 2 to 6"},
        {"truefalse answer as text", [](json& b) { itemOf(b, "test.tf")["answer"] = "false"; }, Severity::Error, "test.tf",
         "/items/2/answer", "\"answer\" must be true or false"},
        {"span not found", [](json& b) { itemOf(b, "test.spot")["flags"][0]["span"] = "已经冻结"; }, Severity::Error, "test.spot",
         "/items/3/flags/0/span", "span \"已经冻结\" is not in the message text"},
        {"overlapping spans", [](json& b) { itemOf(b, "test.spot")["flags"].push_back({{"span", "冻结，请"}}); }, Severity::Error,
         "test.spot", "/items/3/flags/2/span", "span \"冻结，请\" overlaps span \"已被冻结\""},
        {"span occurs twice", [](json& b) { itemOf(b, "test.spot")["message"]["text"] = "已被冻结，已被冻结 http://x.example"; },
         Severity::Warning, "test.spot", "/items/3/flags/0/span", "occurs more than once"},
        {"unknown message channel", [](json& b) { itemOf(b, "test.spot")["message"]["channel"] = "fax"; }, Severity::Error,
         "test.spot", "/items/3/message/channel", "\"channel\" is \"fax\"; it must be one of: call, sms, chat, web, email"},
        {"too few ordering steps", [](json& b) { itemOf(b, "test.order")["steps"].erase(2); }, Severity::Error, "test.order",
         "/items/4/steps", "\"steps\" has 2 entries; it needs from 3 to 8"},
        {"repeated ordering key", [](json& b) { itemOf(b, "test.order")["steps"][1]["key"] = "a"; }, Severity::Error, "test.order",
         "/items/4/steps/1/key", "key \"a\" is used by an earlier step"},
    };
    return cases;
}

const std::vector<BrokenCase>& scenarioCases() {
    static const std::vector<BrokenCase> cases = {
        {"choice pointing nowhere", [](json& b) { scenarioOf(b)["steps"][0]["choices"][0]["next"] = "nowhere"; }, Severity::Error,
         "test.call", "/items/5/steps/0/choices/0/next",
         "\"next\" is \"nowhere\", which is no step or ending of this scenario (steps: open, press; endings: hung-up, paid)"},
        {"start pointing nowhere", [](json& b) { scenarioOf(b)["start"] = "begin"; }, Severity::Error, "test.call", "/items/5/start",
         "\"start\" is \"begin\", which is no step of this scenario"},
        {"on_timeout pointing nowhere", [](json& b) { scenarioOf(b)["steps"][1]["on_timeout"] = "later"; }, Severity::Error,
         "test.call", "/items/5/steps/1/on_timeout", "\"on_timeout\" is \"later\", which is no step or ending"},
        {"hangup pointing nowhere", [](json& b) { scenarioOf(b)["hangup"] = "gone"; }, Severity::Error, "test.call", "/items/5/hangup",
         "\"hangup\" is \"gone\", which is no step or ending"},
        {"unreachable step", [](json& b) {
             scenarioOf(b)["steps"].push_back({{"id", "lonely"}, {"channel", "sms"}, {"lines", json::array()},
                                               {"choices", {{{"text", "ok"}, {"next", "hung-up"}}}}});
         }, Severity::Error, "test.call", "/items/5/steps/2", "no path from the start reaches step \"lonely\""},
        {"path that never ends", [](json& b) {
             scenarioOf(b)["steps"][0]["choices"].push_back({{"text", "聊天"}, {"next", "loop"}});
             scenarioOf(b)["steps"].push_back({{"id", "loop"}, {"channel", "chat"}, {"lines", json::array()},
                                               {"choices", {{{"text", "再聊"}, {"next", "loop"}}}}});
         }, Severity::Error, "test.call", "/items/5/steps/2", "no path from step \"loop\" reaches an ending"},
        {"ending with no outcome", [](json& b) { scenarioOf(b)["endings"][0].erase("outcome"); }, Severity::Error, "test.call",
         "/items/5/endings/0/outcome", "ending has no outcome; add \"outcome\": one of safe, money_lost, info_leaked, genuine_refused"},
        {"money lost without amount", [](json& b) { scenarioOf(b)["endings"][1].erase("amount"); }, Severity::Error, "test.call",
         "/items/5/endings/1/amount", "a \"money_lost\" ending needs \"amount\""},
        {"amount not positive", [](json& b) { scenarioOf(b)["endings"][1]["amount"] = 0; }, Severity::Error, "test.call",
         "/items/5/endings/1/amount", "\"amount\" is 0; it must be more than 0"},
        {"time limit without on_timeout", [](json& b) { scenarioOf(b)["steps"][1].erase("on_timeout"); }, Severity::Error,
         "test.call", "/items/5/steps/1/time_limit", "\"time_limit\" needs \"on_timeout\""},
        {"call without hang-up target", [](json& b) { scenarioOf(b).erase("hangup"); }, Severity::Error, "test.call",
         "/items/5/steps/0", "call step \"open\" has nowhere to go when the player hangs up"},
        {"unreachable ending", [](json& b) {
             scenarioOf(b)["endings"].push_back({{"id", "unused"}, {"outcome", "safe"}, {"title", "t"}, {"debrief", "d"}});
         }, Severity::Warning, "test.call", "/items/5/endings/2", "no path from the start reaches ending \"unused\""},
        {"repeated step id", [](json& b) { scenarioOf(b)["steps"][1]["id"] = "open"; }, Severity::Error, "test.call",
         "/items/5/steps/1/id", "step id \"open\" is used twice"},
        {"ending id of a step", [](json& b) {
             scenarioOf(b)["endings"].push_back({{"id", "press"}, {"outcome", "safe"}, {"title", "t"}, {"debrief", "d"}});
         }, Severity::Error, "test.call", "/items/5/endings/2/id", "ending id \"press\" is already used by a step"},
        {"submit_form without a form", [](json& b) { scenarioOf(b)["steps"][0]["choices"][0]["action"] = "submit_form"; },
         Severity::Error, "test.call", "/items/5/steps/0/choices/0/action", "action \"submit_form\" needs a \"form\""},
        {"transfer card without amount", [](json& b) { scenarioOf(b)["steps"][0]["lines"][0]["kind"] = "transfer"; },
         Severity::Error, "test.call", "/items/5/steps/0/lines/0/amount", "missing required field \"amount\""},
        {"unknown choice action", [](json& b) { scenarioOf(b)["steps"][0]["choices"][0]["action"] = "pay"; }, Severity::Error,
         "test.call", "/items/5/steps/0/choices/0/action", "\"action\" is \"pay\"; it must be one of: reply, tap_link"},
        {"email scenario channel", [](json& b) { scenarioOf(b)["channel"] = "email"; }, Severity::Error, "test.call",
         "/items/5/channel", "it must be one of: call, sms, chat, web"},
        {"no safe ending", [](json& b) { scenarioOf(b)["endings"][0]["outcome"] = "info_leaked"; }, Severity::Warning, "test.call",
         "/items/5/endings", "no ending is \"safe\""},
        {"missing contact name", [](json& b) { scenarioOf(b)["contact"].erase("name"); }, Severity::Error, "test.call",
         "/items/5/contact/name", "missing required field \"name\""},
        {"outgoing chat step", [](json& b) {
             scenarioOf(b)["steps"][0]["channel"] = "chat";
             scenarioOf(b)["steps"][0]["outgoing"] = true;
         }, Severity::Warning, "test.call", "/items/5/steps/0/outgoing", "\"outgoing\" is only for \"call\" steps"},
        {"outgoing not true or false", [](json& b) { scenarioOf(b)["steps"][0]["outgoing"] = "yes"; }, Severity::Error,
         "test.call", "/items/5/steps/0/outgoing", "outgoing"},
    };
    return cases;
}

void checkCases(const std::vector<BrokenCase>& cases) {
    for (const auto& broken : cases) {
        json bank = fixtures::validBank();
        broken.breakIt(bank);
        const auto problems = problemsOf(bank);
        INFO("case: " << broken.what << "\n" << fixtures::describe(problems));
        CHECK(hasProblem(problems, broken.severity, broken.itemId, broken.pointer, broken.fragment));
        for (const auto& problem : problems) CHECK(problem.line > 0);
    }
}

} // namespace

TEST_CASE("the fixture bank is valid", "[bank]") {
    const auto problems = problemsOf(fixtures::validBank());
    INFO(fixtures::describe(problems));
    CHECK(problems.empty());
}

TEST_CASE("each broken bank field is reported with its pointer", "[bank]") {
    const auto cases = bankLevelCases();
    REQUIRE(cases.size() >= 3); // an empty list would check nothing
    checkCases(cases);
}

TEST_CASE("each broken item field is reported with its item and pointer", "[bank]") {
    const auto cases = itemCases();
    REQUIRE(cases.size() >= 3); // an empty list would check nothing
    checkCases(cases);
}

TEST_CASE("each broken scenario is reported with its item and pointer", "[bank]") {
    const auto cases = scenarioCases();
    REQUIRE(cases.size() >= 3); // an empty list would check nothing
    checkCases(cases);
}

TEST_CASE("a genuine scenario may have no red flags", "[bank]") {
    json bank = fixtures::validBank();
    auto& scenario = itemOf(bank, "test.call");
    scenario["genuine"] = true;
    scenario["red_flags"] = json::array();
    const auto problems = problemsOf(bank);
    INFO(fixtures::describe(problems));
    CHECK(problems.empty());
}

TEST_CASE("every problem is reported, not just the first", "[bank]") {
    json bank = fixtures::validBank();
    itemOf(bank, "test.single")["answer"] = {"E"};
    itemOf(bank, "test.tf")["difficulty"] = 9;
    scenarioOf(bank).erase("hangup");
    const auto problems = problemsOf(bank);
    INFO(fixtures::describe(problems));
    CHECK(hasProblem(problems, Severity::Error, "test.single", "/items/0/answer/0", "names no option"));
    CHECK(hasProblem(problems, Severity::Error, "test.tf", "/items/2/difficulty", "is 9"));
    CHECK(hasProblem(problems, Severity::Error, "test.call", "/items/5/steps/0", "hangs up"));
    CHECK(hasProblem(problems, Severity::Error, "test.call", "/items/5/steps/1", "hangs up"));
}

TEST_CASE("a newer version is refused without reading the rest", "[bank]") {
    json bank = fixtures::validBank();
    bank["version"] = 2;
    itemOf(bank, "test.single")["answer"] = {"E"};
    const auto problems = problemsOf(bank);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "this bank is written in format version 2, but this ScamDrill reads only version 1; "
                                 "install a newer ScamDrill to use it");
}

TEST_CASE("syntax errors give the line and column", "[bank]") {
    const std::string text = "{\n  \"format\": \"scamdrill-bank\",\n  \"version\": 1,\n  \"title\": \"反诈\" \"x\"\n}";
    const auto problems = game::validateBankText(text, "bad.json");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "bad.json");
    CHECK(problems[0].line == 4);
    CHECK(problems[0].column == 19); // the last character of the unexpected "x", counted in characters
    CHECK(problems[0].severity == Severity::Error);
    CHECK(problems[0].message.find("JSON syntax error") == 0);
    CHECK(game::formatProblem(problems[0]).rfind("bad.json:4:19: error: JSON syntax error", 0) == 0);
}

TEST_CASE("problems point at the line and column of the field", "[bank]") {
    const std::string text = R"({"format": "scamdrill-bank", "version": 1, "id": "t", "title": "t",
 "fraud_type": "general", "revision": 1, "items": [
  {"id": "t.1", "kind": "truefalse", "difficulty": 1, "audience": ["pupil"], "points": 5,
   "prompt": "问题", "answer": "对", "explanation": "解释", "red_flags": ["x"]}]})";
    const auto problems = game::validateBankText(text, "t.json");
    REQUIRE(problems.size() == 1);
    CHECK(game::formatProblem(problems[0]) ==
          "t.json:4:30: error: t.1 /items/0/answer: \"answer\" must be true or false, not a string (\"对\")");
}

TEST_CASE("a key written twice in one object is an error", "[bank]") {
    json bank = fixtures::validBank();
    std::string text = bank.dump(2);
    const std::string from = "\"difficulty\": 2,";
    text.replace(text.find(from), from.size(), from + " \"difficulty\": 3,");
    const auto problems = game::validateBankText(text, "test.json");
    INFO(fixtures::describe(problems));
    CHECK(hasProblem(problems, Severity::Error, "test.single", "/items/0/difficulty", "field \"difficulty\" appears twice"));
}

TEST_CASE("item ids must be unique across banks, and the later file is blamed", "[bank]") {
    json first = fixtures::validBank();
    json second = fixtures::validBank();
    second["id"] = "other";
    for (auto& item : second["items"]) item["id"] = "other." + item["id"].get<std::string>();
    second["items"][2]["id"] = "test.tf";
    const std::vector<game::BankSource> sources = {{"a.json", first.dump(2)}, {"b.json", second.dump(2)}};
    const auto problems = game::validateBankTexts(sources);
    INFO(fixtures::describe(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "b.json");
    CHECK(problems[0].itemId == "test.tf");
    CHECK(problems[0].pointer == "/items/2/id");
    CHECK(problems[0].message == "id \"test.tf\" is already used by item 2 of a.json; item ids must be unique across all banks");
    CHECK(problems[0].line > 0);
}

TEST_CASE("bank ids must be unique across banks", "[bank]") {
    json second = fixtures::validBank();
    for (auto& item : second["items"]) item["id"] = "copy." + item["id"].get<std::string>();
    const std::vector<game::BankSource> sources = {{"a.json", fixtures::validBank().dump()}, {"b.json", second.dump()}};
    const auto results = game::readBanks(sources);
    REQUIRE(results.size() == 2);
    CHECK(results[0].bank.has_value());
    CHECK_FALSE(results[1].bank.has_value());
    REQUIRE(results[1].problems.size() == 1);
    CHECK(results[1].problems[0].message == "bank id \"test\" is already used by a.json; give this bank its own id");
}
