// Drawing papers: seeded and reproducible, sections, shortfalls, fixed lists, JSON.
#include "game/quiz/paper.h"
#include "game/seeded_random.h"
#include "support/paper_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using game::ItemKind;
using game::PaperRules;

namespace {

std::vector<std::string> idsOf(const game::Paper& paper) {
    std::vector<std::string> ids;
    for (const auto& item : paper.items) ids.push_back(item.itemId);
    return ids;
}

PaperRules sections(std::vector<game::PaperSection> list) {
    PaperRules rules;
    rules.sections = std::move(list);
    return rules;
}

game::PaperSection section(std::vector<ItemKind> kinds, std::vector<game::FraudType> types, int count) {
    game::PaperSection s;
    s.filter.kinds = std::move(kinds);
    s.filter.fraudTypes = std::move(types);
    s.count = count;
    return s;
}

} // namespace

TEST_CASE("splitmix64 gives the reference sequence and unbiased bounded numbers", "[paper]") {
    game::SeededRandom random(1234567);
    CHECK(random.next() == 6457827717110365317ULL);
    CHECK(random.next() == 3203168211198807973ULL);
    CHECK(random.next() == 9817491932198370423ULL);
    CHECK(random.next() == 4593380528125082431ULL);
    CHECK(random.next() == 16408922859458223821ULL);

    game::SeededRandom bounded(7);
    std::set<std::uint64_t> seen;
    for (int i = 0; i < 200; ++i) {
        const auto value = bounded.below(5);
        CHECK(value < 5);
        seen.insert(value);
    }
    CHECK(seen.size() == 5);
}

TEST_CASE("a fixed seed shuffles to a hard-coded order (a change of generator is caught)", "[paper]") {
    std::vector<int> values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    game::SeededRandom random(20240601);
    random.shuffle(std::span(values));
    CHECK(values == std::vector<int>{6, 1, 8, 2, 3, 5, 9, 7, 0, 4});
}

SCENARIO("the same rules, banks and seed always draw the same paper", "[paper]") {
    const auto library = fixtures::paperBanks();
    const PaperRules rules = game::defaultPaperRules();
    GIVEN("the default rules (10 items of every kind but scenario)") {
        WHEN("the paper is drawn twice with one seed") {
            const auto first = game::drawPaper(rules, library.banks, 99);
            const auto second = game::drawPaper(rules, library.banks, 99);
            THEN("both papers are the same, item for item and option for option") {
                REQUIRE(first.items.size() == 10);
                CHECK(game::toJson(first) == game::toJson(second));
            }
        }
        WHEN("it is drawn with other seeds") {
            const auto first = game::drawPaper(rules, library.banks, 99);
            bool differs = false;
            for (std::uint64_t seed = 100; seed < 105; ++seed)
                differs = differs || idsOf(game::drawPaper(rules, library.banks, seed)) != idsOf(first);
            THEN("the item order differs") { CHECK(differs); }
        }
        WHEN("a fixed seed is drawn") {
            const auto paper = game::drawPaper(rules, library.banks, 42);
            THEN("the paper is the hard-coded one") {
                CHECK(idsOf(paper) == std::vector<std::string>{"drill.o2", "drill.g3", "drill.o3", "test.order", "drill.g2",
                                                                  "drill.s1", "drill.g4", "drill.o4", "drill.o1", "test.tf"});
                CHECK(paper.items[1].order == std::vector<std::string>{"A", "B", "C"});
                CHECK(paper.items[3].order == std::vector<std::string>{"a", "c", "b"});
                CHECK(paper.items[4].order == std::vector<std::string>{"A", "C", "B"});
                CHECK(paper.items[6].order == std::vector<std::string>{"C", "A", "B"});
            }
        }
    }
}

SCENARIO("sections draw distinct items and report what they could not fill", "[paper]") {
    const auto library = fixtures::paperBanks();
    GIVEN("two overlapping sections: 4 single items, then 8 items of any kind") {
        const auto rules = sections({section({ItemKind::Single}, {}, 4), section({}, {}, 8)});
        WHEN("drawn with many seeds") {
            THEN("no item is drawn twice and scenarios never appear") {
                for (std::uint64_t seed = 0; seed < 30; ++seed) {
                    const auto paper = game::drawPaper(rules, library.banks, seed);
                    const auto ids = idsOf(paper);
                    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
                    CHECK(ids.size() == 12);
                    CHECK(std::find(ids.begin(), ids.end(), "test.call") == ids.end());
                    CHECK(paper.shortfalls.empty());
                }
            }
        }
    }
    GIVEN("a section that wants more order-brushing items than the banks hold") {
        const auto rules = sections({section({}, {game::FraudType::General}, 2),
                                     section({}, {game::FraudType::OrderBrushing}, 6)});
        const auto paper = game::drawPaper(rules, library.banks, 5);
        THEN("the paper holds what matched and says what is missing") {
            CHECK(paper.items.size() == 6);
            REQUIRE(paper.shortfalls.size() == 1);
            CHECK(paper.shortfalls[0] == "section 2 wanted 6 items, 4 matched");
        }
    }
    GIVEN("a section that asks for scenarios by kind") {
        const auto paper = game::drawPaper(sections({section({ItemKind::Scenario}, {}, 1)}), library.banks, 1);
        THEN("the scenario is drawn") { CHECK(idsOf(paper) == std::vector<std::string>{"test.call"}); }
    }
}

SCENARIO("points, pass score and option orders", "[paper]") {
    const auto library = fixtures::paperBanks();
    GIVEN("a fixed list with a missing and a repeated item, 50% to pass") {
        PaperRules rules;
        rules.fixedItems = {"test.order", "drill.g1", "gone.001", "test.multi", "drill.g1"};
        rules.passPercent = 50;
        rules.shuffleOptions = false;
        const auto paper = game::drawPaper(rules, library.banks, 3);
        THEN("the items stay in the listed order, options are unshuffled, steps are shuffled") {
            CHECK(idsOf(paper) == std::vector<std::string>{"test.order", "drill.g1", "test.multi"});
            CHECK(paper.items[1].order == std::vector<std::string>{"A", "B", "C"});
            CHECK(paper.items[2].order == std::vector<std::string>{"A", "B", "C"});
            CHECK(paper.items[0].order != std::vector<std::string>{"a", "b", "c"});
            CHECK(paper.maxScore == 12);
            CHECK(paper.passScore == 6);
            CHECK(paper.items[1].bankId == "drill");
            CHECK(paper.items[1].bankRevision == 2);
            CHECK(paper.shortfalls == std::vector<std::string>{"item gone.001 is not in the loaded banks",
                                                               "item drill.g1 is listed twice; it is asked once"});
        }
    }
    GIVEN("ordering items drawn with many seeds") {
        PaperRules rules;
        rules.fixedItems = {"test.order"};
        THEN("the steps never start in the right order, and every arrangement uses each step once") {
            std::set<std::vector<std::string>> orders;
            for (std::uint64_t seed = 0; seed < 40; ++seed) {
                auto order = game::drawPaper(rules, library.banks, seed).items.at(0).order;
                CHECK(order != std::vector<std::string>{"a", "b", "c"});
                orders.insert(order);
                std::sort(order.begin(), order.end());
                CHECK(order == std::vector<std::string>{"a", "b", "c"});
            }
            CHECK(orders.size() == 5);
        }
    }
}

TEST_CASE("a paper round-trips through JSON, seed of 64 bits included", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto rules = game::defaultPaperRules();
    rules.partialCredit = true;
    rules.feedbackAfterEach = true;
    auto paper = game::drawPaper(rules, library.banks, 0xF00DCAFEDEADBEEFULL);
    paper.level = "fake_police";
    paper.shortfalls = {"section 1 wanted 10 items, 9 matched"};
    const auto json = game::toJson(paper);
    const auto back = game::paperFromJson(nlohmann::json::parse(json.dump()));
    CHECK(back.seed == 0xF00DCAFEDEADBEEFULL);
    CHECK(game::toJson(back) == json);
    CHECK(back.partialCredit);
    CHECK(back.feedbackAfterEach);
    CHECK(back.level == "fake_police");
    CHECK(idsOf(back) == idsOf(paper));

    CHECK_THROWS_WITH(game::paperFromJson({{"version", 9}}), Catch::Contains("newer ScamDrill"));
    auto broken = json;
    broken["items"][0]["points"] = "five";
    CHECK_THROWS_WITH(game::paperFromJson(broken), Catch::Contains("paper item 0") && Catch::Contains("points"));
}

TEST_CASE("paper rules round-trip through JSON and bad rules name every problem", "[paper]") {
    PaperRules rules;
    game::PaperSection s = section({ItemKind::Single, ItemKind::SpotFlags}, {game::FraudType::FakePolice}, 5);
    s.filter.audiences = {game::Audience::Elderly};
    s.filter.minDifficulty = 2;
    rules.sections = {s, section({}, {}, 3)};
    rules.shuffleItems = false;
    rules.partialCredit = true;
    rules.passPercent = 75;
    const auto json = game::toJson(rules);
    CHECK(json["sections"][0]["kinds"] == nlohmann::json({"single", "spot_flags"}));
    CHECK(json["sections"][0]["fraud_types"] == nlohmann::json({"fake_police"}));
    CHECK(json["sections"][0]["audiences"] == nlohmann::json({"elderly"}));
    const auto back = game::paperRulesFromJson(json);
    CHECK(game::toJson(back) == json);
    CHECK(back.sections[0].filter.minDifficulty == 2);
    CHECK_FALSE(back.shuffleItems);

    const auto minimal = game::paperRulesFromJson({{"fixed_items", {"a.1"}}});
    CHECK(minimal.fixedItems == std::vector<std::string>{"a.1"});
    CHECK(minimal.passPercent == 60);

    const nlohmann::json bad = {{"sections", {{{"count", 0}, {"kinds", {"essay"}}, {"fraud_types", {"phishing"}}}}},
                                {"pass_percent", 120},
                                {"shufle_items", true}};
    try {
        (void)game::paperRulesFromJson(bad);
        FAIL("bad rules were accepted");
    } catch (const std::invalid_argument& error) {
        const std::string message = error.what();
        CHECK_THAT(message, Catch::Contains("sections[0].count: must be a whole number from 1"));
        CHECK_THAT(message, Catch::Contains("sections[0].kinds[0]: unknown code \"essay\""));
        CHECK_THAT(message, Catch::Contains("sections[0].fraud_types[0]: unknown code \"phishing\""));
        CHECK_THAT(message, Catch::Contains("pass_percent: must be a number from 0 to 100"));
        CHECK_THAT(message, Catch::Contains("unknown field \"shufle_items\""));
    }
    CHECK_THROWS_WITH(game::paperRulesFromJson(nlohmann::json::object()), Catch::Contains("at least one section"));
    CHECK_THROWS_AS(game::paperRulesFromJson(nlohmann::json::array()), std::invalid_argument);
}
