// Screens read once: on a district's records, no registered scene runs an SQL statement
// after its first frame while nobody touches anything (the frame loop draws, it does not query).
#include "scenes/scene_list.h"
#include "support/district_records.h"
#include "support/headless_ui.h"

#include "app/data_folder.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using testing::HeadlessUi;

namespace {

// The district's records, made once for all test processes of this machine.
std::filesystem::path district() {
    HeadlessUi empty;
    return testing::districtRecords(std::filesystem::temp_directory_path() / "scamdrill-district", empty.services().banks.banks);
}

// Counts the statements the store runs while it is attached.
struct StatementCount {
    explicit StatementCount(game::Store& store) : m_store(store) {
        store.traceStatements([this](std::string_view sql) {
            if (statements.size() < 5) statements.emplace_back(sql);
            ++count;
        });
    }
    ~StatementCount() { m_store.traceStatements(nullptr); }
    StatementCount(const StatementCount&) = delete;
    StatementCount& operator=(const StatementCount&) = delete;
    game::Store& m_store;
    int count = 0;
    std::vector<std::string> statements; // the first few, to name in a failure
};

// Opens a scene on an empty stack and draws its first frame.
void openAndDrawOnce(HeadlessUi& ui, scenes::SceneId id) {
    while (!ui.stack().empty()) {
        ui.stack().pop();
        ui.stack().applyPending();
    }
    ui.stack().push(scenes::makeScene(id, ui.services()));
    ui.stack().applyPending();
    ui.step(1);
}

// Draws 100 frames with no input and reports the statements they ran.
void requireNoQueriesWhileIdle(HeadlessUi& ui, const std::string& what) {
    StatementCount count(ui.store());
    ui.step(100);
    INFO(what << ": " << count.count << " statements in 100 idle frames, first: "
              << (count.statements.empty() ? "" : count.statements.front()));
    CHECK(count.count == 0);
}

} // namespace

TEST_CASE("no scene queries the records while it only draws, on a district's records", "[scenes][read-once]") {
    const auto file = district();
    HeadlessUi ui(game::Language::ZhCN, app::questionsFolder(), file);
    REQUIRE(ui.services().store);
    for (const auto& entry : scenes::sceneList()) {
        openAndDrawOnce(ui, entry.id);
        REQUIRE(ui.topScene() == scenes::codeOf(entry.id));
        requireNoQueriesWhileIdle(ui, std::string(scenes::codeOf(entry.id)));
    }
}

TEST_CASE("no screen queries while it only draws after a user picked something, on a district's records",
          "[scenes][read-once]") {
    const auto file = district();
    HeadlessUi ui(game::Language::ZhCN, app::questionsFolder(), file);
    REQUIRE(ui.services().store);
    SECTION("the organiser picks a unit") {
        openAndDrawOnce(ui, scenes::SceneId::Units);
        REQUIRE(ui.click("第1小学"));
        requireNoQueriesWhileIdle(ui, "units, a school picked");
    }
    SECTION("the organiser picks a session") {
        openAndDrawOnce(ui, scenes::SceneId::ManageSessions);
        REQUIRE(ui.click("第200期全民反诈培训")); // the latest, at the top
        requireNoQueriesWhileIdle(ui, "manage-sessions, a session picked");
    }
    SECTION("a player picks an open session and sees its sign-in") {
        openAndDrawOnce(ui, scenes::SceneId::OpenSessions);
        REQUIRE(ui.click("第1期全民反诈培训"));
        ui.step(2);
        REQUIRE(ui.topScene() == "sign-in");
        requireNoQueriesWhileIdle(ui, "sign-in");
    }
    SECTION("a player finds themselves in practice, then opens the scenarios") {
        openAndDrawOnce(ui, scenes::SceneId::Practice);
        ui.step(2);        // the search field takes the keyboard
        ui.type("张伟华");
        ui.step(2);
        REQUIRE(ui.click("张伟华"));
        ui.step(2);
        requireNoQueriesWhileIdle(ui, "practice levels of a person with 20 attempts");
        REQUIRE(ui.click(ui.strings().get("practice.scenarios")));
        ui.step(2);
        REQUIRE(ui.topScene() == "scenario-list");
        requireNoQueriesWhileIdle(ui, "scenario-list");
    }
}

TEST_CASE("the district's records are what the read-once test claims", "[scenes][read-once]") {
    const auto file = district();
    auto store = game::Store::open(file);
    int answers = 0;
    store.traceStatements(nullptr);
    CHECK(store.listUnits().size() == 1 + 12 + 12 * 8);
    CHECK(store.findPeople("").size() == 5'000);
    CHECK(store.attemptsOfSession(game::SessionId{1}).size() == 250);
    answers = static_cast<int>(store.answersOfSession(game::SessionId{1}).size());
    CHECK(answers == 250 * 20);
}
