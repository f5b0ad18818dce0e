// A person's paper in a session: their unfinished attempt there resumed, else a new
// paper from the session's rules, or the reason there can be none.
#include "game/quiz/session_paper.h"
#include "support/paper_fixtures.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// A store with 张伟 and two open sessions over the paper fixtures.
struct Desk {
    game::BankLibrary library = fixtures::paperBanks();
    game::Store store = game::Store::open(":memory:");
    game::UnitId unit = store.addUnit("一小", game::UnitKind::School);
    game::PersonId zhang = addPerson("张伟");
    game::TrainingSession november = addSession("十一月测验", {{"fixed_items", {"drill.g1", "drill.g2", "drill.g3"}}});
    game::TrainingSession december = addSession("十二月测验", {{"fixed_items", {"drill.g4", "drill.g5"}}});

    game::PersonId addPerson(const std::string& name) {
        game::Person p;
        p.name = name;
        p.unit = unit;
        return store.addPerson(p);
    }
    game::TrainingSession addSession(const std::string& title, const nlohmann::json& rules) {
        game::TrainingSession s;
        s.title = title;
        s.unit = unit;
        s.paperRules = rules;
        s.id = store.createSession(s);
        return s;
    }
    game::SessionPaper paperOf(game::PersonId person, const game::TrainingSession& session, std::uint64_t seed = 7,
                               game::Timestamp now = t0) {
        return game::sessionPaper(store, library.banks, person, session, seed, now);
    }
};

game::Response pickA() {
    game::Response r;
    r.keys = {"A"};
    return r;
}

} // namespace

SCENARIO("a person's unfinished attempt in the session is resumed where it stopped", "[paper]") {
    Desk desk;
    auto first = desk.paperOf(desk.zhang, desk.november);
    REQUIRE(std::holds_alternative<game::AttemptRun>(first));
    auto& run = std::get<game::AttemptRun>(first);
    run.answer(pickA(), std::chrono::milliseconds{100}, t0);
    const auto attempt = run.id();
    WHEN("he comes back to the same session") {
        auto again = desk.paperOf(desk.zhang, desk.november, 99);
        THEN("the same attempt continues at its second item, and no new attempt is started") {
            REQUIRE(std::holds_alternative<game::AttemptRun>(again));
            const auto& resumed = std::get<game::AttemptRun>(again);
            CHECK(resumed.id() == attempt);
            CHECK(resumed.answeredCount() == 1);
            REQUIRE(resumed.currentItem());
            CHECK(resumed.currentItem()->id == "drill.g2");
            CHECK(desk.store.attemptsOfSession(desk.november.id).size() == 1);
        }
    }
    WHEN("someone else signs in to the same session") {
        const auto wang = desk.addPerson("王芳");
        auto theirs = desk.paperOf(wang, desk.november);
        THEN("they get a paper of their own") {
            REQUIRE(std::holds_alternative<game::AttemptRun>(theirs));
            CHECK(std::get<game::AttemptRun>(theirs).id() != attempt);
            CHECK(std::get<game::AttemptRun>(theirs).answeredCount() == 0);
        }
    }
}

SCENARIO("an unfinished attempt elsewhere is not resumed: a new paper is drawn", "[paper]") {
    Desk desk;
    GIVEN("an unfinished attempt in another session, and one in practice") {
        auto other = desk.paperOf(desk.zhang, desk.december);
        REQUIRE(std::holds_alternative<game::AttemptRun>(other));
        const auto practiceRun = game::AttemptRun::start(desk.store, desk.library.banks,
                                                         std::get<game::AttemptRun>(other).paper(), desk.zhang, std::nullopt, t0);
        WHEN("he opens the November session") {
            auto paper = desk.paperOf(desk.zhang, desk.november);
            THEN("a new attempt of November's paper starts") {
                REQUIRE(std::holds_alternative<game::AttemptRun>(paper));
                const auto& run = std::get<game::AttemptRun>(paper);
                CHECK(run.id() != std::get<game::AttemptRun>(other).id());
                CHECK(run.id() != practiceRun.id());
                CHECK(run.answeredCount() == 0);
                REQUIRE(run.currentItem());
                CHECK(run.currentItem()->id == "drill.g1");
                const auto stored = desk.store.attempt(run.id());
                REQUIRE(stored);
                CHECK(stored->session == std::optional<game::SessionId>(desk.november.id));
            }
        }
    }
    GIVEN("his attempt in the session is finished") {
        auto first = desk.paperOf(desk.zhang, desk.november);
        auto& run = std::get<game::AttemptRun>(first);
        while (!run.finished()) run.answer(pickA(), std::chrono::milliseconds{100}, t0);
        (void)run.finish(t0);
        THEN("signing in again draws a new paper") {
            auto again = desk.paperOf(desk.zhang, desk.november);
            REQUIRE(std::holds_alternative<game::AttemptRun>(again));
            CHECK(std::get<game::AttemptRun>(again).id() != run.id());
        }
    }
}

SCENARIO("a new paper is drawn with the seed and started at the time given", "[paper]") {
    Desk desk;
    const auto shuffled = desk.addSession("随机测验", {{"sections", {{{"count", 4}, {"kinds", {"single"}}}}}});
    const auto later = t0 + std::chrono::hours{3};
    auto paper = desk.paperOf(desk.zhang, shuffled, 12345, later);
    REQUIRE(std::holds_alternative<game::AttemptRun>(paper));
    const auto& run = std::get<game::AttemptRun>(paper);
    const auto expected = game::drawPaper(game::paperRulesFromJson(shuffled.paperRules), desk.library.banks, 12345);
    CHECK(run.paper().seed == 12345);
    CHECK(game::toJson(run.paper()) == game::toJson(expected));
    const auto stored = desk.store.attempt(run.id());
    REQUIRE(stored);
    CHECK(stored->startedAt == later);
    CHECK(stored->seed == 12345);
    const auto other = desk.addPerson("李娜");
    CHECK(game::toJson(std::get<game::AttemptRun>(desk.paperOf(other, shuffled, 999)).paper()) != game::toJson(expected));
}

SCENARIO("a session whose paper cannot start says why", "[paper]") {
    Desk desk;
    WHEN("its rules cannot be read") {
        const auto broken = desk.addSession("坏规则", {{"sections", {{{"count", 0}}}}});
        auto paper = desk.paperOf(desk.zhang, broken);
        THEN("the rules are named as the problem, with the reason, and no attempt is started") {
            REQUIRE(std::holds_alternative<game::SessionPaperProblem>(paper));
            const auto& problem = std::get<game::SessionPaperProblem>(paper);
            CHECK(problem.kind == game::SessionPaperProblem::Kind::BadRules);
            CHECK_THAT(problem.reason, Catch::Contains("count"));
            CHECK(desk.store.attemptsOfSession(broken.id).empty());
        }
    }
    WHEN("its rules match no item") {
        const auto empty = desk.addSession("无题", {{"sections", {{{"count", 3}, {"fraud_types", {"romance"}}}}}});
        auto paper = desk.paperOf(desk.zhang, empty);
        THEN("there are no items, and no attempt is started") {
            REQUIRE(std::holds_alternative<game::SessionPaperProblem>(paper));
            CHECK(std::get<game::SessionPaperProblem>(paper).kind == game::SessionPaperProblem::Kind::NoItems);
            CHECK(desk.store.attemptsOfSession(empty.id).empty());
        }
    }
}
