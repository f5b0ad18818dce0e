// The results screen when a stored answer cannot be read: it says so, item by item, and does
// not show the answer as an empty one.
#include "game/quiz/paper.h"
#include "scenes/quiz/results_scene.h"
#include "scenes/scene_stack.h"
#include "support/headless_ui.h"
#include "support/session_fixtures.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

TEST_CASE("the results say which item's stored answer could not be read", "[results]") {
    HeadlessUi ui;
    const auto roster = testing::addRoster(ui.store(), "城东村", {{"李娜", ""}});
    game::PaperRules rules;
    rules.fixedItems = {"general.001", "general.002"};
    const auto paper = game::drawPaper(rules, ui.services().banks.banks, 7);
    REQUIRE(paper.items.size() == 2);
    game::Attempt attempt;
    attempt.person = roster.people.at(0);
    attempt.paper = game::toJson(paper);
    attempt.maxScore = paper.maxScore;
    const auto id = ui.store().startAttempt(attempt);
    testing::RawDatabase raw(ui.folder() / "scamdrill.db");
    // The first scored wrong, the second right; neither response can be read by this version.
    raw.exec("INSERT INTO answers (attempt_id, item_id, position, response, correct, points, time_taken_ms, answered_at) VALUES"
             " (" + std::to_string(id.value) + ", 'general.001', 0, '{\"keys\": \"B\"}', 0, 0, 1000, 0),"
             " (" + std::to_string(id.value) + ", 'general.002', 1, 'not json', 1, " +
             std::to_string(paper.items[1].points) + ", 1000, 0)");
    ui.stack().push(std::make_unique<scenes::ResultsScene>(ui.services(), id, "练习", "李娜"));
    ui.step(2);
    CHECK(ui.sees("第 1 题保存的答案读不出来"));
    CHECK(ui.sees("第 2 题保存的答案读不出来"));
    CHECK(ui.sees("你的答案：（保存的答案读不出来）"));
    CHECK(ui.sees("答对 1 题"));
    ui.step(2); // characters drawn for the first time are added to the atlas between frames
    CHECK(ui.missingGlyphs().empty());
}
