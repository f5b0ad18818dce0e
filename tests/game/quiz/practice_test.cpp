// Practice levels by fraud type, stars, and papers of the wrong-answer book.
#include "game/quiz/attempt_run.h"
#include "game/quiz/practice.h"
#include "support/paper_fixtures.h"

#include <catch2/catch.hpp>

#include <set>

using game::FraudType;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

} // namespace

SCENARIO("practice levels: one per fraud type with playable items, general first", "[paper]") {
    const auto library = fixtures::paperBanks();
    GIVEN("every audience") {
        const auto levels = game::practiceLevels(library.banks, std::nullopt);
        THEN("general, order brushing, fake police and game trade (scenarios not counted)") {
            REQUIRE(levels.size() == 4);
            CHECK(levels[0].fraudType == FraudType::General);
            CHECK(levels[0].itemCount == 6);
            CHECK(levels[1].fraudType == FraudType::OrderBrushing);
            CHECK(levels[2].fraudType == FraudType::FakePolice);
            CHECK(levels[2].itemCount == 5);
            CHECK(levels[3].fraudType == FraudType::GameTrade);
        }
    }
    GIVEN("pupils only") {
        const auto levels = game::practiceLevels(library.banks, game::Audience::Pupil);
        THEN("only types with items for pupils") {
            REQUIRE(levels.size() == 3);
            CHECK(levels[0].fraudType == FraudType::OrderBrushing);
        }
    }
    GIVEN("a level's paper") {
        const auto paper = game::drawPracticeLevel(FraudType::FakePolice, std::nullopt, library.banks, 8);
        THEN("five items of that type, no scenario, feedback after each, the level kept in the JSON") {
            REQUIRE(paper.items.size() == 5);
            for (const auto& item : paper.items) CHECK(item.itemId != "test.call");
            CHECK(paper.feedbackAfterEach);
            CHECK(paper.level == "fake_police");
            CHECK(game::toJson(paper)["level"] == "fake_police");
        }
    }
    GIVEN("a level with two items for the elderly") {
        const auto paper = game::drawPracticeLevel(FraudType::General, game::Audience::Elderly, library.banks, 3);
        THEN("those two come first and other general items fill the paper to five, scored as drawn") {
            REQUIRE(paper.items.size() == 5);
            const std::set<std::string> firstTwo = {paper.items[0].itemId, paper.items[1].itemId};
            CHECK(firstTwo == std::set<std::string>{"drill.g1", "drill.g2"});
            std::set<std::string> all;
            for (const auto& item : paper.items) all.insert(item.itemId);
            CHECK(all.size() == 5);
            CHECK(paper.maxScore == 10);
            CHECK(paper.passScore == 6);
            CHECK(paper.shortfalls.empty());
        }
    }
}

SCENARIO("a person's role chooses the audience of their practice", "[paper]") {
    CHECK(game::audienceOf(game::PersonRole::Pupil) == game::Audience::Pupil);
    CHECK(game::audienceOf(game::PersonRole::Teacher) == game::Audience::Staff);
    CHECK(game::audienceOf(game::PersonRole::Elderly) == game::Audience::Elderly);
    CHECK(game::audienceOf(game::PersonRole::Resident) == game::Audience::Resident);
    CHECK_FALSE(game::audienceOf(game::PersonRole::Organiser).has_value());
}

SCENARIO("stars from a finished attempt's percentage, best per level", "[paper]") {
    THEN("60% one star, 80% two, 100% three") {
        CHECK(game::starsFor(5.9, 10) == 0);
        CHECK(game::starsFor(6, 10) == 1);
        CHECK(game::starsFor(7.99, 10) == 1);
        CHECK(game::starsFor(8, 10) == 2);
        CHECK(game::starsFor(9.99, 10) == 2);
        CHECK(game::starsFor(10, 10) == 3);
        CHECK(game::starsFor(0, 0) == 0);
    }
    GIVEN("a person's best scores on several levels") {
        const std::vector<game::LevelBest> best = {{"fake_police", 9, 10}, {"general", 10, 10}, {"review", 10, 10}};
        THEN("the stars of each level's best score, none for a level not played") {
            CHECK(game::bestStars(best, FraudType::FakePolice) == 2);
            CHECK(game::bestStars(best, FraudType::General) == 3);
            CHECK(game::bestStars(best, FraudType::Romance) == 0);
            CHECK(game::bestStars(best, FraudType::OrderBrushing) == 0);
        }
    }
    GIVEN("a level played through the store") {
        const auto library = fixtures::paperBanks();
        auto store = game::Store::open(":memory:");
        game::Person p;
        p.unit = store.addUnit("村", game::UnitKind::Village);
        p.name = "王芳";
        const auto person = store.addPerson(p);
        auto run = game::AttemptRun::start(store, library.banks,
                                           game::drawPracticeLevel(FraudType::OrderBrushing, std::nullopt, library.banks, 3),
                                           person, std::nullopt, t0);
        while (!run.finished()) {
            game::Response r;
            r.truth = false;
            run.answer(r, std::chrono::milliseconds{500}, t0);
        }
        (void)run.finish(t0);
        THEN("its stars come from the stored attempt") {
            CHECK(game::bestStars(store.bestLevelScores(person), FraudType::OrderBrushing) == 3);
        }
    }
}

SCENARIO("a paper of the due wrong-answer book items", "[paper]") {
    const auto library = fixtures::paperBanks();
    const game::PersonId person{1};
    const std::vector<game::ReviewEntry> due = {{person, "drill.g2", 0, t0 + std::chrono::hours{2}, false, t0},
                                                {person, "test.tf", 1, t0, true, t0},
                                                {person, "gone.009", 0, t0, false, t0}};
    THEN("the rules list the due items, earliest due first, with feedback after each") {
        const auto rules = game::reviewBookRules(due);
        CHECK(rules.fixedItems == std::vector<std::string>{"test.tf", "gone.009", "drill.g2"});
        CHECK(rules.feedbackAfterEach);
    }
    THEN("the paper holds the items still in the banks, level review, the rest noted") {
        const auto paper = game::reviewPaper(due, library.banks, 4);
        std::set<std::string> ids;
        for (const auto& item : paper.items) ids.insert(item.itemId);
        CHECK(ids == std::set<std::string>{"drill.g2", "test.tf"});
        CHECK(paper.level == "review");
        CHECK(paper.shortfalls == std::vector<std::string>{"item gone.009 is not in the loaded banks"});
        CHECK(game::toJson(game::reviewPaper(due, library.banks, 4)) == game::toJson(paper));
    }
}
