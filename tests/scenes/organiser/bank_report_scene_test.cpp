// The organiser's bank report: what was loaded, and what was left out and why.
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using testing::HeadlessUi;

SCENARIO("the bank report lists the loaded banks and every skipped bank and item with its reason", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-report"));
    const auto& library = ui.services().banks;
    REQUIRE(library.banks.size() == 2);     // the good bank, and the bank with one broken item
    REQUIRE(library.skipped.size() == 2);   // the broken item, and the broken bank

    WHEN("the organiser opens the report from the organiser scene") {
        ui.open(scenes::SceneId::Organiser);
        REQUIRE(ui.click("题库检查（已载入 2 个题库，跳过 2 处）"));
        ui.step(2);
        THEN("the loaded banks are listed with their item counts and files") {
            CHECK(ui.topScene() == "bank-report");
            CHECK(ui.sees("载入 2 个题库，共 3 道题；跳过 2 处。"));
            CHECK(ui.sees("完好的题库  r2"));
            CHECK(ui.sees("虚假贷款 / 代办信用卡"));
            CHECK(ui.sees("a-good.json"));
            CHECK(ui.sees("有一道坏题的题库  r1"));
            CHECK_FALSE(ui.sees("坏掉的题库"));
        }
        THEN("the broken item and the broken bank are listed with their files and reasons") {
            CHECK(ui.sees("被跳过的题库和题目"));
            const auto item = std::find_if(library.skipped.begin(), library.skipped.end(),
                                           [](const auto& e) { return e.itemId == "half-bank.bad-answer"; });
            REQUIRE(item != library.skipped.end());
            CHECK(ui.sees("b-broken-item.json  half-bank.bad-answer  /items/1"));
            CHECK_FALSE(item->reason.empty());
            CHECK(ui.sees(item->reason));
            const auto bank = std::find_if(library.skipped.begin(), library.skipped.end(),
                                           [](const auto& e) { return e.itemId.empty(); });
            REQUIRE(bank != library.skipped.end());
            CHECK(ui.sees("c-broken-bank.json  整个题库"));
            CHECK_FALSE(bank->reason.empty());
            CHECK(ui.sees(bank->reason));
            CHECK(ui.sees("运行 scamdrill validate"));
            CHECK(ui.missingGlyphs().empty());
        }
        AND_WHEN("Back is clicked") {
            REQUIRE(ui.click("返回"));
            THEN("the organiser scene is shown again") { CHECK(ui.topScene() == "organiser"); }
        }
    }
}

TEST_CASE("the reason a broken item was skipped names the bad answer key", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-report"));
    ui.open(scenes::SceneId::BankReport);
    const auto& skipped = ui.services().banks.skipped;
    const auto item = std::find_if(skipped.begin(), skipped.end(), [](const auto& e) { return e.itemId == "half-bank.bad-answer"; });
    REQUIRE(item != skipped.end());
    CHECK(item->reason.find("Z") != std::string::npos);
    CHECK(ui.sees(item->reason));
}
