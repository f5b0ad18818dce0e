// What the practice screen shows of a person: best stars per level, the book with what
// is due at a moment, and how the scenarios they played ended.
#include "game/quiz/attempt_run.h"
#include "game/quiz/practice.h"
#include "game/quiz/practice_record.h"
#include "support/paper_fixtures.h"
#include "support/responses.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

game::Paper fixedPaper(const game::BankLibrary& library, std::vector<std::string> ids, std::string level) {
    game::PaperRules rules;
    rules.fixedItems = std::move(ids);
    rules.shuffleOptions = false;
    auto paper = game::drawPaper(rules, library.banks, 5);
    paper.level = std::move(level);
    return paper;
}

} // namespace

SCENARIO("a person's practice record", "[paper]") {
    const auto library = fixtures::paperBanks();
    auto store = game::Store::open(":memory:");
    game::Person p;
    p.name = "张伟";
    p.unit = store.addUnit("一小", game::UnitKind::School);
    const auto zhang = store.addPerson(p);
    p.name = "王芳";
    const auto wang = store.addPerson(p);
    GIVEN("a general level with one miss, and two scenarios: a scam stopped, a scam that took his money") {
        auto level = game::AttemptRun::start(store, library.banks, fixedPaper(library, {"drill.g1", "drill.g2", "drill.g3"}, "general"),
                                             zhang, std::nullopt, t0);
        level.answer(fixtures::keys({"A"}), std::chrono::milliseconds{100}, t0);
        level.answer(fixtures::keys({"B"}), std::chrono::milliseconds{100}, t0); // drill.g2 missed: into the book
        level.answer(fixtures::keys({"A"}), std::chrono::milliseconds{100}, t0);
        (void)level.finish(t0);
        for (const char* end : {"hung-up", "paid"}) {
            auto call = game::AttemptRun::start(store, library.banks, fixedPaper(library, {"test.call"}, "scenario"), zhang,
                                                std::nullopt, t0);
            const auto reached = fixtures::ending(end);
            call.answer(reached, std::chrono::milliseconds{100}, t0);
            (void)call.finish(t0);
        }
        auto theirs = game::AttemptRun::start(store, library.banks, fixedPaper(library, {"test.call"}, "scenario"), wang,
                                              std::nullopt, t0);
        theirs.answer(fixtures::ending("hung-up"), std::chrono::milliseconds{100}, t0);
        const auto record = game::practiceRecordOf(store, library.banks, zhang);
        THEN("the level has the stars of its best score") {
            CHECK(game::bestStars(record.best, game::FraudType::General) == 1); // 4 of 6 points
            CHECK(game::bestStars(record.best, game::FraudType::FakePolice) == 0);
        }
        THEN("the missed item and the lost scenario are in his book, due tomorrow") {
            REQUIRE(record.book.size() == 2);
            CHECK(record.book[0].itemId == "drill.g2");
            CHECK(record.book[1].itemId == "test.call");
            CHECK(game::dueEntries(record.book, t0).empty());
            CHECK(game::dueEntries(record.book, t0 + std::chrono::hours{24}).size() == 2);
        }
        THEN("his scenarios are tallied, not hers") {
            CHECK(record.scenarios.scams == 2);
            CHECK(record.scenarios.scamsStopped == 1);
            CHECK(record.scenarios.genuine == 0);
        }
    }
    THEN("someone who never played has an empty record") {
        const auto record = game::practiceRecordOf(store, library.banks, wang);
        CHECK(record.best.empty());
        CHECK(record.book.empty());
        CHECK(record.scenarios.scams == 0);
    }
}

TEST_CASE("what is due in a book moves with the clock", "[paper]") {
    const game::PersonId person{1};
    const std::vector<game::ReviewEntry> book = {{person, "a", 0, t0, false, t0},
                                                 {person, "b", 1, t0 + std::chrono::hours{1}, true, t0},
                                                 {person, "c", 2, t0 + std::chrono::hours{48}, true, t0}};
    const auto idsDueAt = [&](game::Timestamp now) {
        std::vector<std::string> ids;
        for (const auto& e : game::dueEntries(book, now)) ids.push_back(e.itemId);
        return ids;
    };
    CHECK(idsDueAt(t0 - std::chrono::milliseconds{1}).empty());
    CHECK(idsDueAt(t0) == std::vector<std::string>{"a"}); // due at the moment itself
    CHECK(idsDueAt(t0 + std::chrono::hours{2}) == std::vector<std::string>{"a", "b"});
    CHECK(idsDueAt(t0 + std::chrono::hours{48}) == std::vector<std::string>{"a", "b", "c"});
}
