// The records store's units, people, training sessions and sign-ins.
#include "game/bank/bank_library.h"
#include "game/records/store.h"
#include "game/scenario/scenario_tally.h"
#include "support/store_fixtures.h"
#include "support/temp_folder.h"

#include <catch2/catch.hpp>

using game::Store;
using game::StoreError;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

game::Person personNamed(std::string name, game::UnitId unit) {
    game::Person p;
    p.name = std::move(name);
    p.unit = unit;
    p.role = game::PersonRole::Pupil;
    p.createdAt = t0;
    return p;
}

std::vector<std::string> namesOf(const std::vector<game::Person>& people) {
    std::vector<std::string> names;
    for (const auto& p : people) names.push_back(p.name);
    return names;
}

// A session of 一小's, an hour from t0, in draft.
game::TrainingSession sessionFor(game::UnitId unit) {
    game::TrainingSession s;
    s.title = "反诈知识测验";
    s.unit = unit;
    s.organiser = "王老师";
    s.place = "多功能厅";
    s.startsAt = t0;
    s.endsAt = t0 + std::chrono::hours{1};
    return s;
}

StoreError::Kind failureOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const StoreError& error) {
        return error.kind();
    }
    FAIL("no StoreError");
    return StoreError::Kind::Other;
}

} // namespace

TEST_CASE("units form a tree listed parents first, siblings by name", "[store]") {
    auto store = Store::open(":memory:");
    const auto town = store.addUnit("Chengguan 城关镇", game::UnitKind::Township);
    const auto schoolB = store.addUnit("b school", game::UnitKind::School, town);
    const auto schoolA = store.addUnit("a school", game::UnitKind::School, town);
    const auto classA1 = store.addUnit("class 1", game::UnitKind::Class, schoolA);
    const auto company = store.addUnit("Zhongxin 公司", game::UnitKind::Company); // names sort by UTF-8 bytes

    const auto tree = store.listUnits();
    REQUIRE(tree.size() == 5);
    CHECK(tree[0].unit.id == town);
    CHECK(tree[0].depth == 0);
    CHECK(tree[1].unit.id == schoolA);
    CHECK(tree[1].depth == 1);
    CHECK(tree[2].unit.id == classA1);
    CHECK(tree[2].depth == 2);
    CHECK(tree[3].unit.id == schoolB);
    CHECK(tree[4].unit.id == company);
    CHECK(tree[2].unit.parent == schoolA);
    CHECK(tree[2].unit.kind == game::UnitKind::Class);

    store.renameUnit(classA1, "一年级一班");
    CHECK(store.unit(classA1)->name == "一年级一班");
    CHECK_FALSE(store.unit(game::UnitId{999}).has_value());
    CHECK(failureOf([&] { store.renameUnit(game::UnitId{999}, "x"); }) == StoreError::Kind::NotFound);
    CHECK(failureOf([&] { (void)store.addUnit("orphan", game::UnitKind::Class, game::UnitId{999}); }) ==
          StoreError::Kind::Constraint);
}

TEST_CASE("hostile names are stored as text and the tables stay intact", "[store]") {
    testing::TempFolder temp;
    const auto file = temp.path() / "scamdrill.db";
    const std::vector<std::string> hostile = {"'); DROP TABLE people;--", "Robert'); --", "\"; DELETE FROM units; --",
                                              "100%_off", "王 '小' 明"};
    {
        auto store = Store::open(file);
        const auto unit = store.addUnit("'); DROP TABLE units;--", game::UnitKind::Other);
        for (const auto& name : hostile) {
            auto p = personNamed(name, unit);
            p.number = name;
            (void)store.addPerson(p);
        }
    }
    auto store = Store::open(file);
    const auto tree = store.listUnits();
    REQUIRE(tree.size() == 1);
    CHECK(tree[0].unit.name == "'); DROP TABLE units;--");
    const auto people = store.peopleInUnit(tree[0].unit.id, false);
    REQUIRE(people.size() == hostile.size());
    for (const auto& name : hostile) {
        const auto found = store.findPeople(name);
        REQUIRE(found.size() == 1);
        CHECK(found[0].name == name);
        CHECK(found[0].number == name);
    }
    // % and _ are plain characters in a search, not patterns.
    CHECK(namesOf(store.findPeople("%")) == std::vector<std::string>{"100%_off"});
    testing::RawDatabase raw(file);
    CHECK(raw.integer("SELECT count(*) FROM people") == static_cast<std::int64_t>(hostile.size()));
}

TEST_CASE("people are added, edited and found by unit, name and number", "[store]") {
    auto store = Store::open(":memory:");
    const auto school = store.addUnit("一小", game::UnitKind::School);
    const auto class1 = store.addUnit("一班", game::UnitKind::Class, school);
    const auto class2 = store.addUnit("二班", game::UnitKind::Class, school);
    auto zhang = personNamed("张伟", class1);
    zhang.number = "20240117";
    const auto zhangId = store.addPerson(zhang);
    (void)store.addPerson(personNamed("李娜", class2));
    (void)store.addPerson(personNamed("Teacher Wang", school));

    const auto read = store.person(zhangId);
    REQUIRE(read.has_value());
    CHECK(read->number == "20240117");
    CHECK(read->role == game::PersonRole::Pupil);
    CHECK(read->createdAt == t0);

    CHECK(namesOf(store.peopleInUnit(class1, false)) == std::vector<std::string>{"张伟"});
    CHECK(store.peopleInUnit(school, false).size() == 1);
    CHECK(store.peopleInUnit(school, true).size() == 3);
    CHECK(namesOf(store.findPeople("2024")) == std::vector<std::string>{"张伟"});
    CHECK(store.findPeople("0117").empty()); // a number matches from its start
    CHECK(namesOf(store.findPeople("teacher")) == std::vector<std::string>{"Teacher Wang"});
    CHECK(store.findPeople("李", class1).empty());
    CHECK(store.findPeople("李", school).size() == 1);

    auto moved = *read;
    moved.unit = class2;
    moved.role = game::PersonRole::Teacher;
    store.updatePerson(moved);
    const auto after = store.person(zhangId);
    CHECK(after->unit == class2);
    CHECK(after->role == game::PersonRole::Teacher);

    SECTION("foreign keys and rules are enforced") {
        CHECK(failureOf([&] { (void)store.addPerson(personNamed("nobody's", game::UnitId{999})); }) ==
              StoreError::Kind::Constraint);
        CHECK(failureOf([&] { (void)store.addPerson(personNamed("   ", class1)); }) == StoreError::Kind::Constraint);
        auto ghost = personNamed("ghost", class1);
        ghost.id = game::PersonId{999};
        CHECK(failureOf([&] { store.updatePerson(ghost); }) == StoreError::Kind::NotFound);
    }
}

SCENARIO("people sign in to an open session once", "[store]") {
    auto store = Store::open(":memory:");
    const auto school = store.addUnit("一小", game::UnitKind::School);
    const auto zhang = store.addPerson(personNamed("张伟", school));
    const auto li = store.addPerson(personNamed("李娜", school));
    auto s = sessionFor(school);
    s.paperRules = {{"count", 10}, {"fraudTypes", {"impersonation"}}};
    const auto session = store.createSession(s);

    GIVEN("a session in draft") {
        const auto read = store.session(session);
        REQUIRE(read.has_value());
        CHECK(read->status == game::SessionStatus::Draft);
        CHECK(read->paperRules == s.paperRules);
        CHECK(read->endsAt == s.endsAt);
        THEN("nobody can sign in yet") {
            CHECK(failureOf([&] { (void)store.signIn(session, zhang, t0, game::SignInMethod::Roster); }) ==
                  StoreError::Kind::SessionNotOpen);
        }
    }
    GIVEN("the session is open") {
        store.openSession(session);
        CHECK(store.sessionsWithStatus(game::SessionStatus::Open).size() == 1);
        WHEN("one person signs in twice and another once") {
            const auto first = store.signIn(session, zhang, t0, game::SignInMethod::Roster);
            const auto second =
                store.signIn(session, zhang, t0 + std::chrono::minutes{5}, game::SignInMethod::AddedAtDoor);
            (void)store.signIn(session, li, t0 + std::chrono::minutes{1}, game::SignInMethod::AddedAtDoor);
            THEN("the first sign-in is kept and each person appears once") {
                CHECK(second.id == first.id);
                CHECK(second.signedAt == t0);
                CHECK(second.method == game::SignInMethod::Roster);
                const auto all = store.signIns(session);
                REQUIRE(all.size() == 2);
                CHECK(all[0].person == zhang);
                CHECK(all[1].person == li);
                CHECK(all[1].method == game::SignInMethod::AddedAtDoor);
            }
        }
        WHEN("it is closed") {
            store.closeSession(session, t0);
            THEN("sign-ins are refused") {
                CHECK(failureOf([&] { (void)store.signIn(session, li, t0, game::SignInMethod::Roster); }) ==
                      StoreError::Kind::SessionNotOpen);
                CHECK(store.session(session)->status == game::SessionStatus::Closed);
            }
        }
    }
}

TEST_CASE("sessions are edited and listed by unit", "[store]") {
    auto store = Store::open(":memory:");
    const auto town = store.addUnit("城关镇", game::UnitKind::Township);
    const auto village = store.addUnit("东村", game::UnitKind::Village, town);
    game::TrainingSession s;
    s.title = "老年人防骗讲座";
    s.unit = village;
    s.startsAt = t0;
    s.endsAt = t0;
    const auto early = store.createSession(s);
    s.startsAt = t0 + std::chrono::days{1};
    const auto late = store.createSession(s);

    CHECK(store.sessionsForUnit(town).empty());
    const auto listed = store.sessionsForUnit(town, true);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].id == late);
    CHECK(listed[1].id == early);

    auto edited = *store.session(early);
    edited.title = "'); DROP TABLE sessions;--";
    edited.paperRules = {{"pass_percent", 80}};
    store.updateSession(edited);
    CHECK(store.session(early)->title == "'); DROP TABLE sessions;--");
    CHECK(store.session(early)->paperRules == edited.paperRules);
    edited.id = game::SessionId{999};
    CHECK(failureOf([&] { store.updateSession(edited); }) == StoreError::Kind::NotFound);
    CHECK(failureOf([&] { store.openSession(game::SessionId{999}); }) == StoreError::Kind::NotFound);
}

TEST_CASE("a batch of writes is kept whole or not at all", "[store]") {
    auto store = Store::open(":memory:");
    const auto school = store.addUnit("一小", game::UnitKind::School);
    CHECK_THROWS_AS(store.inOneTransaction([&] {
        (void)store.addPerson(personNamed("张伟", school));
        (void)store.addPerson(personNamed("", school)); // refused: empty name
    }),
                    StoreError);
    CHECK(store.peopleInUnit(school, false).empty());
    store.inOneTransaction([&] {
        (void)store.addPerson(personNamed("张伟", school));
        (void)store.addPerson(personNamed("李娜", school));
    });
    CHECK(store.peopleInUnit(school, false).size() == 2);
}

SCENARIO("a session's progress is counted in the database, not read answer by answer", "[store]") {
    const auto library = game::loadBankFolder(SCAMDRILL_QUESTIONS_DIR);
    auto store = Store::open(":memory:");
    const auto school = store.addUnit("一小", game::UnitKind::School);
    const auto zhang = store.addPerson(personNamed("张伟", school));
    const auto li = store.addPerson(personNamed("李娜", school));
    const auto session = store.createSession(sessionFor(school));
    const auto other = store.createSession(sessionFor(school));
    store.openSession(session);
    (void)store.signIn(session, zhang, t0, game::SignInMethod::Roster);
    (void)store.signIn(session, li, t0, game::SignInMethod::Roster);
    auto attemptOf = [&](game::PersonId person, std::optional<game::SessionId> in) {
        game::Attempt attempt;
        attempt.person = person;
        attempt.session = in;
        attempt.startedAt = t0;
        return store.startAttempt(attempt);
    };
    auto answer = [&](game::AttemptId attempt, const char* item, int position, const char* ending) {
        game::AnswerRecord record;
        record.itemId = item;
        record.position = position;
        record.response.endingId = ending;
        record.answeredAt = t0;
        (void)store.recordAnswer(attempt, record);
    };
    // Both play the police scam (Zhang hangs up, Li pays) and a genuine call (both listen);
    // Li answers a quiz item too. Zhang's practice and the other session do not count.
    const auto zhangs = attemptOf(zhang, session);
    const auto lis = attemptOf(li, session);
    answer(zhangs, "fake-police.call-01", 0, "hung-up");
    answer(zhangs, "genuine.s01", 1, "listened");
    answer(lis, "fake-police.call-01", 0, "paid");
    answer(lis, "genuine.s01", 1, "listened");
    answer(lis, "general.q01", 2, "");
    answer(attemptOf(zhang, std::nullopt), "fake-police.call-01", 0, "paid");
    answer(attemptOf(li, other), "genuine.s01", 0, "refused");

    THEN("the sign-ins and papers are counted") {
        const auto counts = store.sessionCounts(session);
        CHECK(counts.signedIn == 2);
        CHECK(counts.papers == 2);
        CHECK(store.sessionCounts(other).papers == 1);
        CHECK(store.sessionCounts(other).signedIn == 0);
    }
    WHEN("the scenario answers are counted") {
        const std::vector<std::string> scenarios{"fake-police.call-01", "genuine.s01"};
        const auto counts = store.answerCountsOfSession(session, scenarios);
        THEN("each item and answer is one row with how often it was given, the quiz item left out") {
            REQUIRE(counts.size() == 3);
            CHECK(counts[0].answer.itemId == "fake-police.call-01");
            CHECK(counts[0].answer.response.endingId == "hung-up");
            CHECK(counts[0].times == 1);
            CHECK(counts[1].answer.response.endingId == "paid");
            CHECK(counts[2].answer.itemId == "genuine.s01");
            CHECK(counts[2].times == 2);
        }
        THEN("their tally is the tally of every answer of the session") {
            const auto counted = game::tallyScenarios(counts, library.banks);
            const auto all = store.answersOfSession(session);
            const auto oneByOne = game::tallyScenarios(all, library.banks);
            CHECK(counted.scams == 2);
            CHECK(counted.scamsStopped == 1);
            CHECK(counted.genuine == 2);
            CHECK(counted.genuineRefused == 0);
            CHECK(counted.scams == oneByOne.scams);
            CHECK(counted.scamsStopped == oneByOne.scamsStopped);
            CHECK(counted.genuine == oneByOne.genuine);
            CHECK(counted.genuineRefused == oneByOne.genuineRefused);
        }
        THEN("no items asked for, no rows") { CHECK(store.answerCountsOfSession(session, {}).empty()); }
    }
}

TEST_CASE("every session of every unit is listed in one go, latest first", "[store]") {
    auto store = Store::open(":memory:");
    const auto town = store.addUnit("城关镇", game::UnitKind::Township);
    const auto village = store.addUnit("东村", game::UnitKind::Village, town);
    const auto company = store.addUnit("中信公司", game::UnitKind::Company);
    game::TrainingSession s;
    s.title = "讲座";
    s.unit = village;
    s.startsAt = t0;
    const auto early = store.createSession(s);
    s.unit = company;
    s.startsAt = t0 + std::chrono::days{2};
    const auto late = store.createSession(s);
    s.unit = town;
    s.startsAt = t0 + std::chrono::days{1};
    const auto middle = store.createSession(s);
    const auto all = store.allSessions();
    REQUIRE(all.size() == 3);
    CHECK(all[0].id == late);
    CHECK(all[1].id == middle);
    CHECK(all[2].id == early);
}
