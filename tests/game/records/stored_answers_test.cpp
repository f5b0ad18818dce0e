// Stored answers are parsed once, in the store: the JSON each kind of item was written with
// reads back as before, the follow-up of a scenario rides with its record, and an answer that
// cannot be read is reported the same way by the results, the tallies and the last outcomes.
#include "game/quiz/results.h"
#include "game/records/store.h"
#include "game/scenario/scenario_tally.h"
#include "support/temp_folder.h"
#include "support/scenario_fixtures.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

using game::FollowUp;
using game::Store;

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// A store file with one person and one unfinished attempt, and a raw connection to write answers
// as an earlier version (or a damaged file) left them.
struct StoredAnswers {
    testing::TempFolder temp;
    std::filesystem::path file = temp.path() / "scamdrill.db";
    Store store = Store::open(file);
    game::PersonId person;
    game::AttemptId attempt;

    StoredAnswers() {
        game::Person p;
        p.name = "王芳";
        p.unit = store.addUnit("城东村", game::UnitKind::Village);
        p.createdAt = t0;
        person = store.addPerson(p);
        game::Attempt a;
        a.person = person;
        a.startedAt = t0;
        attempt = store.startAttempt(a);
    }

    // Writes an answer row with this response text, as it is in the file.
    void write(const std::string& itemId, int position, const std::string& response, bool correct = false) {
        testing::RawDatabase raw(file);
        std::string quoted;
        for (const char c : response) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        raw.exec("INSERT INTO answers (attempt_id, item_id, position, response, correct, points, time_taken_ms, answered_at)"
                 " VALUES (" + std::to_string(attempt.value) + ", '" + itemId + "', " + std::to_string(position) + ", '" +
                 quoted + "', " + (correct ? "1, 10" : "0, 0") + ", 1000, " + std::to_string(game::unixMs(t0)) + ")");
    }

    // The one answer to an item, read back through the store.
    game::AnswerRecord read(const std::string& itemId) {
        for (auto& answer : store.answersOf(attempt))
            if (answer.itemId == itemId) return answer;
        FAIL("no answer to " << itemId);
        return {};
    }
};

// A scenario answer as this version writes it: ended by hanging up, then 110 chosen.
game::Response hungUpThenCalled110() {
    game::TakenAction hangUp;
    hangUp.stepId = "call";
    hangUp.channel = game::Channel::Call;
    hangUp.kind = game::ActionKind::Hangup;
    hangUp.target = "hung-up";
    hangUp.at = t0 + std::chrono::seconds(9);
    hangUp.elapsed = std::chrono::seconds(3);
    game::ScenarioRecord record{"drill.cross", "hung-up", game::Outcome::Safe, "call", {hangUp}, FollowUp::Call110};
    game::Response response;
    response.endingId = "hung-up";
    response.scenario = record;
    return response;
}

} // namespace

SCENARIO("answers stored by earlier versions read exactly as they were written", "[store][stored-answers]") {
    StoredAnswers db;
    GIVEN("one answer of each kind as the quiz has always stored them") {
        db.write("single", 0, R"({"keys":["B"]})");
        db.write("ordering", 1, R"({"keys":["c","a","b"]})");
        db.write("truefalse", 2, R"({"truth":false})");
        db.write("spot", 3, R"({"pieces":[1,4]})");
        db.write("blank", 4, R"({})");
        db.write("old-scenario", 5, R"({"ending":"paid"})");
        THEN("each is read into the same response") {
            CHECK(db.read("single").response.keys == std::vector<std::string>{"B"});
            CHECK(db.read("ordering").response.keys == std::vector<std::string>{"c", "a", "b"});
            CHECK(db.read("truefalse").response.truth == std::optional<bool>(false));
            CHECK(db.read("spot").response.pieces == std::vector<int>{1, 4});
            CHECK(db.read("blank").response == game::Response{});
            CHECK(db.read("old-scenario").response.endingId == "paid");
            CHECK_FALSE(db.read("old-scenario").response.scenario.has_value());
            for (const auto& answer : db.store.answersOf(db.attempt)) CHECK(answer.readable());
        }
    }
    GIVEN("scenario answers with their record, and the follow-up beside it as the scenario screen added it") {
        db.write("asked", 0,
                 R"({"ending":"hung-up","follow_up":"call_110","scenario":{"item":"drill.cross","ending":"hung-up",)"
                 R"("outcome":"safe","stopped_at":"call","actions":[{"step":"call","channel":"call","kind":"hangup",)"
                 R"("target":"hung-up","at":1700000009000,"elapsed_ms":3000}]}})");
        db.write("not-asked", 1,
                 R"({"ending":"leaked","scenario":{"item":"drill.cross","ending":"leaked","outcome":"info_leaked",)"
                 R"("actions":[{"step":"call","channel":"call","kind":"choice","choice":1,"text":"念出验证码",)"
                 R"("target":"leaked","at":1700000009000,"elapsed_ms":3000}]}})");
        THEN("the follow-up is read into the record; with none, the record has none") {
            CHECK(db.read("asked").response == hungUpThenCalled110());
            const auto notAsked = db.read("not-asked").response;
            REQUIRE(notAsked.scenario.has_value());
            CHECK_FALSE(notAsked.scenario->followUp.has_value());
            CHECK(notAsked.scenario->actions.at(0).text == "念出验证码");
            CHECK(notAsked.scenario->outcome == game::Outcome::InfoLeaked);
        }
    }
}

SCENARIO("a scenario answer is written with its follow-up inside its record and read back equal", "[store][stored-answers]") {
    StoredAnswers db;
    game::AnswerRecord answer;
    answer.itemId = "drill.cross";
    answer.response = hungUpThenCalled110();
    answer.correct = true;
    answer.points = 10;
    answer.answeredAt = t0;
    (void)db.store.recordAnswer(db.attempt, answer);
    THEN("the stored JSON keeps the ending for judging and the follow-up with the record") {
        testing::RawDatabase raw(db.file);
        CHECK(raw.text("SELECT json_extract(response, '$.ending') FROM answers") == "hung-up");
        CHECK(raw.text("SELECT json_extract(response, '$.scenario.follow_up') FROM answers") == "call_110");
        CHECK(raw.text("SELECT json_extract(response, '$.scenario.actions[0].kind') FROM answers") == "hangup");
    }
    THEN("it reads back as it was given") { CHECK(db.read("drill.cross").response == answer.response); }
}

SCENARIO("an answer whose stored response cannot be read is reported, not taken for an empty one", "[store][stored-answers]") {
    StoredAnswers db;
    GIVEN("responses that are not JSON, of the wrong types, or with codes this version does not know") {
        db.write("garbled", 0, "{\"keys\": [\"B\"");
        db.write("wrong-type", 1, R"({"keys":"B"})");
        db.write("bad-action", 2,
                 R"({"ending":"hung-up","scenario":{"item":"drill.cross","actions":[{"step":"call","channel":"call",)"
                 R"("kind":"shrug","target":"hung-up","at":1,"elapsed_ms":1}]}})");
        db.write("bad-follow-up", 3, R"({"ending":"hung-up","follow_up":"call_911","scenario":{"item":"drill.cross","actions":[]}})");
        db.write("fine", 4, R"({"keys":["A"]})", true);
        THEN("the store still reads every answer, each unreadable one with its reason and an empty response") {
            const auto answers = db.store.answersOf(db.attempt);
            REQUIRE(answers.size() == 5);
            CHECK_THAT(db.read("garbled").unreadable, Catch::Contains("not JSON"));
            CHECK_THAT(db.read("wrong-type").unreadable, Catch::Contains("\"keys\""));
            CHECK_THAT(db.read("bad-action").unreadable, Catch::Contains("shrug"));
            CHECK_THAT(db.read("bad-follow-up").unreadable, Catch::Contains("call_911"));
            CHECK(db.read("wrong-type").response == game::Response{});
            CHECK(db.read("fine").readable());
        }
        THEN("it cannot be written back over what is stored") {
            auto unreadable = db.read("garbled");
            CHECK_THROWS_AS(db.store.recordAnswer(db.attempt, unreadable), std::invalid_argument);
        }
    }
}

SCENARIO("results, tallies and last outcomes treat an unreadable answer one way", "[store][stored-answers]") {
    StoredAnswers db;
    const auto library = fixtures::scenarioBanks();
    game::Paper paper;
    paper.items = {{"drill.cross", {}, 10, "drill-scenarios", 1}, {"drill.genuine", {}, 10, "drill-scenarios", 1}};
    paper.maxScore = 20;
    paper.passScore = 10;
    GIVEN("a scam stopped, then the genuine call whose stored answer is damaged (but was scored right)") {
        db.write("drill.cross", 0, R"({"ending":"hung-up"})", true);
        db.write("drill.genuine", 1, R"({"ending":["listened"]})", true);
        const auto answers = db.store.answersOf(db.attempt);
        THEN("the results count its points and name its place on the paper as unreadable") {
            const auto results = game::resultsOf(paper, answers, library.banks);
            CHECK(results.score == 20);
            CHECK(results.right == 2);
            CHECK(results.unreadable == std::vector<std::size_t>{1});
            CHECK(results.wrong.empty());
        }
        THEN("the tally counts it as unreadable, and in nothing else") {
            const auto tally = game::tallyScenarios(answers, library.banks);
            CHECK(tally.scams == 1);
            CHECK(tally.scamsStopped == 1);
            CHECK(tally.genuine == 0);
            CHECK(tally.unreadable == 1);
        }
        THEN("its last outcome is unknown, not left out") {
            const auto last = game::lastOutcomes(answers, library.banks);
            REQUIRE(last.size() == 2);
            CHECK(last.at("drill.cross") == game::Outcome::Safe);
            CHECK_FALSE(last.at("drill.genuine").has_value());
        }
    }
    GIVEN("a damaged answer scored wrong") {
        db.write("drill.cross", 0, R"({"ending":7})");
        const auto results = game::resultsOf(paper, db.store.answersOf(db.attempt), library.banks);
        THEN("it is among the wrong answers, marked unreadable rather than shown as an empty answer") {
            REQUIRE(results.wrong.size() == 2);
            CHECK(results.wrong[0].answered);
            CHECK(results.wrong[0].unreadable);
            CHECK_FALSE(results.wrong[1].answered);
            CHECK_FALSE(results.wrong[1].unreadable);
            CHECK(results.unreadable == std::vector<std::size_t>{0});
        }
    }
}
