// The scenario list: the tabs and the search work on the list read when it opened; how each
// scenario ended for the player last time is read when the list opens and again when it is
// back on top, never while it is drawn.
#include "scenes/scenario/scenario_list_scene.h"
#include "scenes/scene_stack.h"
#include "scenes/ui.h"
#include "support/headless_ui.h"
#include "support/session_fixtures.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

namespace {

// A scene that only covers the list until it is closed (as a scenario played from it would).
class CoverScene : public scenes::Scene {
public:
    void draw(scenes::SceneStack&) override {
        scenes::ui::beginScreen("##cover");
        scenes::ui::text("…");
        scenes::ui::endScreen();
    }
    [[nodiscard]] scenes::SceneId id() const override { return scenes::SceneId::Quiz; }
};

// 李娜 of 城东村, with the scenario list open for her.
game::Person openList(HeadlessUi& ui) {
    const auto roster = testing::addRoster(ui.store(), "城东村", {{"李娜", ""}});
    const auto person = ui.store().person(roster.people.at(0));
    REQUIRE(person);
    ui.stack().push(std::make_unique<scenes::ScenarioListScene>(ui.services(), *person));
    ui.step(2);
    return *person;
}

// Writes a finished practice answer of the person to a scenario, as the quiz would, with this response text.
void answerBehindItsBack(HeadlessUi& ui, const game::Person& person, const std::string& itemId, const std::string& response) {
    game::Attempt attempt;
    attempt.person = person.id;
    attempt.startedAt = ui.services().now();
    const auto id = ui.store().startAttempt(attempt);
    testing::RawDatabase raw(ui.folder() / "scamdrill.db");
    raw.exec("INSERT INTO answers (attempt_id, item_id, position, response, correct, points, time_taken_ms, answered_at)"
             " VALUES (" + std::to_string(id.value) + ", '" + itemId + "', 0, '" + response + "', 0, 0, 1000, 0)");
}

} // namespace

SCENARIO("the scenario list shows each tab's scenarios and searches them in memory", "[scenario-scenes]") {
    HeadlessUi ui;
    openList(ui);
    THEN("the calls are listed, with nothing played yet") {
        CHECK(ui.sees("你的银行卡涉嫌洗钱"));
        CHECK_FALSE(ui.sees("上次："));
        CHECK_FALSE(ui.sees("医保卡已停用"));
    }
    WHEN("the SMS tab is chosen and part of a title typed") {
        REQUIRE(ui.click("短信"));
        ui.step(2);
        CHECK(ui.sees("医保卡已停用"));
        REQUIRE(ui.click("搜索标题"));
        ui.type("医保");
        ui.step(2);
        THEN("only the titles with it are left") {
            CHECK(ui.sees("医保卡已停用"));
            CHECK_FALSE(ui.sees("你的银行卡涉嫌洗钱"));
        }
    }
}

SCENARIO("the scenario list reads the last outcomes when it opens and when it is back on top", "[scenario-scenes]") {
    HeadlessUi ui;
    const auto person = openList(ui);
    WHEN("an answer is stored while the list is on screen") {
        answerBehindItsBack(ui, person, "fake-police.call-01", R"({"ending":"paid"})");
        ui.step(3);
        THEN("the frames drawn do not read it") { CHECK_FALSE(ui.sees("上次：被骗了钱")); }
        AND_WHEN("a scene opened over the list closes") {
            ui.stack().push(std::make_unique<CoverScene>());
            ui.step(2);
            ui.stack().pop();
            ui.step(2);
            THEN("the list reads it again and shows how it ended") { CHECK(ui.sees("上次：被骗了钱")); }
        }
    }
    WHEN("the last answer to a scenario cannot be read") {
        answerBehindItsBack(ui, person, "fake-police.call-01", R"({"ending":"paid"})");
        answerBehindItsBack(ui, person, "fake-police.call-01", R"({"ending":["paid"]})");
        ui.stack().push(std::make_unique<CoverScene>());
        ui.step(2);
        ui.stack().pop();
        ui.step(2);
        THEN("the list says so instead of showing the earlier ending") {
            CHECK(ui.sees("上次：记录读不出来"));
            CHECK_FALSE(ui.sees("上次：被骗了钱"));
        }
    }
}
