// The store's views for the screens: everyone, a session's sign-in count, the attempts
// to offer for resuming with their progress, best scores per level, and a person's
// answers to chosen items. Each is one query whatever the size of the records.
#include "game/records/store.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// Two schools, three people, a session; attempts are added by the tests.
struct Records {
    game::Store store = game::Store::open(":memory:");
    game::UnitId east = store.addUnit("城东小学", game::UnitKind::School);
    game::UnitId west = store.addUnit("城西中学", game::UnitKind::School);
    game::PersonId zhang = person("张伟", east);
    game::PersonId wang = person("王芳", west);
    game::PersonId li = person("李娜", east);
    game::SessionId session = openSession("十一月测验");

    game::PersonId person(const std::string& name, game::UnitId unit) {
        game::Person p;
        p.name = name;
        p.unit = unit;
        return store.addPerson(p);
    }
    game::SessionId openSession(const std::string& title) {
        game::TrainingSession s;
        s.title = title;
        s.unit = east;
        const auto id = store.createSession(s);
        store.openSession(id);
        return id;
    }
    // An attempt whose paper has `items` items and the level (empty for none), started at `at`.
    game::AttemptId attempt(game::PersonId who, std::optional<game::SessionId> in, int items, const std::string& level,
                            double maxScore, game::Timestamp at = t0) {
        game::Attempt a;
        a.person = who;
        a.session = in;
        a.paper = {{"items", nlohmann::json::array()}, {"level", level}};
        for (int i = 0; i < items; ++i) a.paper["items"].push_back({{"id", "q" + std::to_string(i)}});
        a.startedAt = at;
        a.maxScore = maxScore;
        return store.startAttempt(a);
    }
    void answer(game::AttemptId in, const std::string& item, int position, double points) {
        game::AnswerRecord a;
        a.itemId = item;
        a.position = position;
        a.response.keys = {"A"};
        a.correct = points > 0;
        a.points = points;
        a.answeredAt = t0;
        store.recordAnswer(in, a);
    }
};

} // namespace

TEST_CASE("everyone on every roster, by name", "[store]") {
    Records records;
    const auto everyone = records.store.allPeople();
    REQUIRE(everyone.size() == 3);
    CHECK(everyone[0].name == "张伟");
    CHECK(everyone[1].name == "李娜");
    CHECK(everyone[2].name == "王芳");
    CHECK(everyone[1].unit == records.east);
    CHECK(everyone[2].unit == records.west);
}

TEST_CASE("a session's sign-ins are counted, each person once", "[store]") {
    Records records;
    CHECK(records.store.signInCount(records.session) == 0);
    records.store.signIn(records.session, records.zhang, t0, game::SignInMethod::Roster);
    records.store.signIn(records.session, records.wang, t0, game::SignInMethod::AddedAtDoor);
    records.store.signIn(records.session, records.zhang, t0, game::SignInMethod::Roster); // again: kept once
    CHECK(records.store.signInCount(records.session) == 2);
    CHECK(records.store.signInCount(records.openSession("十二月测验")) == 0);
}

TEST_CASE("the attempts to resume say who, where and how far they got", "[store]") {
    Records records;
    const auto inSession = records.attempt(records.zhang, records.session, 5, "", 50, t0 + std::chrono::minutes{2});
    const auto practice = records.attempt(records.wang, std::nullopt, 4, "fake_police", 40, t0);
    const auto done = records.attempt(records.li, records.session, 3, "", 30);
    records.answer(inSession, "q0", 0, 10);
    records.answer(inSession, "q1", 1, 0);
    records.answer(done, "q0", 0, 10);
    records.store.finishAttempt(done, 10, false, t0);
    const auto resumable = records.store.resumableAttempts();
    REQUIRE(resumable.size() == 2);
    THEN("oldest first: the practice attempt, then the one in the session") {
        CHECK(resumable[0].id == practice);
        CHECK(resumable[0].personName == "王芳");
        CHECK_FALSE(resumable[0].session);
        CHECK_FALSE(resumable[0].sessionTitle);
        CHECK(resumable[0].answered == 0);
        CHECK(resumable[0].items == 4);
        CHECK(resumable[1].id == inSession);
        CHECK(resumable[1].person == records.zhang);
        CHECK(resumable[1].personName == "张伟");
        CHECK(resumable[1].session == std::optional<game::SessionId>(records.session));
        CHECK(resumable[1].sessionTitle == std::optional<std::string>("十一月测验"));
        CHECK(resumable[1].startedAt == t0 + std::chrono::minutes{2});
        CHECK(resumable[1].answered == 2);
        CHECK(resumable[1].items == 5);
    }
    THEN("an abandoned attempt is no longer offered") {
        records.store.abandonAttempt(practice, t0);
        REQUIRE(records.store.resumableAttempts().size() == 1);
        CHECK(records.store.resumableAttempts()[0].id == inSession);
    }
}

TEST_CASE("a person's best finished score on each level", "[store]") {
    Records records;
    const auto finished = [&](game::PersonId who, const std::string& level, double score, double max) {
        const auto id = records.attempt(who, std::nullopt, 5, level, max);
        records.store.finishAttempt(id, score, score >= max * 0.6, t0);
    };
    finished(records.zhang, "fake_police", 6, 10);
    finished(records.zhang, "fake_police", 9, 10);
    finished(records.zhang, "fake_police", 7, 10);
    finished(records.zhang, "general", 4, 5);
    finished(records.zhang, "", 50, 50);                            // a session paper: no level
    finished(records.wang, "romance", 10, 10);                      // someone else's
    (void)records.attempt(records.zhang, std::nullopt, 5, "romance", 10); // not finished
    const auto abandoned = records.attempt(records.zhang, std::nullopt, 5, "review", 10);
    records.store.abandonAttempt(abandoned, t0);                     // ended without a score
    const auto best = records.store.bestLevelScores(records.zhang);
    REQUIRE(best.size() == 2);
    CHECK(best[0].level == "fake_police");
    CHECK(best[0].score == 9);
    CHECK(best[0].maxScore == 10);
    CHECK(best[1].level == "general");
    CHECK(best[1].score == 4);
    CHECK(best[1].maxScore == 5);
    CHECK(records.store.bestLevelScores(records.li).empty());
}

TEST_CASE("a person's answers to chosen items only, in the order of all their answers", "[store]") {
    Records records;
    const auto first = records.attempt(records.zhang, records.session, 3, "", 30, t0);
    const auto second = records.attempt(records.zhang, std::nullopt, 2, "scenario", 10, t0 + std::chrono::hours{1});
    const auto theirs = records.attempt(records.wang, std::nullopt, 1, "scenario", 10);
    records.answer(first, "q.single", 0, 10);
    records.answer(first, "s.call", 1, 10);
    records.answer(first, "s.sms", 2, 0);
    records.answer(second, "s.call", 0, 0);
    records.answer(second, "q.tf", 1, 10);
    records.answer(theirs, "s.call", 0, 10);
    const std::vector<std::string> scenarios{"s.call", "s.sms", "s.web"};
    const auto chosen = records.store.answersOfPerson(records.zhang, scenarios);
    REQUIRE(chosen.size() == 3);
    CHECK(chosen[0].attempt == first);
    CHECK(chosen[0].itemId == "s.call");
    CHECK(chosen[1].itemId == "s.sms");
    CHECK(chosen[2].attempt == second);
    CHECK(chosen[2].itemId == "s.call");
    CHECK(chosen[2].points == 0);
    CHECK(records.store.answersOfPerson(records.zhang, std::vector<std::string>{}).empty());
    CHECK(records.store.answersOfPerson(records.zhang).size() == 5); // the others are still there
}
