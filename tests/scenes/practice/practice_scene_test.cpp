// Practice (自主闯关): levels with stars, and the wrong-answer book bringing a
// missed item back when it is due.
#include "support/quiz_player.h"
#include "support/session_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using testing::HeadlessUi;
using namespace std::chrono_literals;

namespace {
// The levels of 张伟, picked from everyone's roster by his pinyin initials.
testing::Roster openLevels(HeadlessUi& ui) {
    auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}, {"王芳", "2024002"}});
    ui.open(scenes::SceneId::Practice);
    CHECK(ui.sees("你是谁？"));
    REQUIRE(ui.click("找到你自己"));
    ui.type("zw");
    ui.key("Enter");
    REQUIRE(ui.sees("张伟，选一关开始："));
    return roster;
}
} // namespace

SCENARIO("a player picks themselves and sees the levels with stars", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = openLevels(ui);
    THEN("no scenario has been played yet") { CHECK_FALSE(ui.sees("你的情景记录")); }
    THEN("each fraud type of the banks is a level with no stars yet, and the book is empty") {
        CHECK(ui.trace().findWidget("☆☆☆  冒充电商物流客服"));
        CHECK(ui.trace().findWidget("☆☆☆  冒充公检法及政府机关"));
        const auto book = ui.trace().findWidget("错题本：0 题，今天没有要复习的");
        REQUIRE(book);
        CHECK_FALSE(book->enabled);
        ui.step(2);
        CHECK(ui.missingGlyphs().empty());
    }
    WHEN("返回 is clicked") {
        REQUIRE(ui.click("返回"));
        THEN("the roster search is back, for the next player") {
            CHECK(ui.sees("你是谁？"));
            CHECK(ui.topScene() == "practice");
        }
    }
    (void)roster;
}

SCENARIO("a level played well earns stars shown after it and on the level", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = openLevels(ui);
    REQUIRE(ui.click("冒充电商物流客服"));
    REQUIRE(ui.topScene() == "quiz");
    CHECK(ui.sees("闯关 · 冒充电商物流客服  ·  张伟"));
    CHECK(ui.sees("第 1 / 1 题"));
    testing::pickByMouse(ui, true);
    REQUIRE(ui.click("确定"));
    CHECK(ui.sees("回答正确！")); // practice explains after each answer
    REQUIRE(ui.click("看成绩"));
    REQUIRE(ui.topScene() == "results");
    ui.step(2);
    CHECK(ui.sees("10 / 10 分"));
    CHECK(ui.sees("★★★"));
    const auto& texts = ui.trace().texts(); // a level earns stars, not a pass
    CHECK(std::find(texts.begin(), texts.end(), "合格") == texts.end());
    CHECK_FALSE(ui.sees("未合格"));
    CHECK(ui.missingGlyphs().empty());
    REQUIRE(ui.click("完成"));
    THEN("the level shows its stars and nothing went into the book") {
        CHECK(ui.topScene() == "practice");
        CHECK(ui.trace().findWidget("★★★  冒充电商物流客服"));
        CHECK(ui.trace().findWidget("☆☆☆  冒充公检法及政府机关"));
        CHECK(ui.store().reviewsOf(roster.people[0]).empty());
        const auto attempts = ui.store().attemptsOfPerson(roster.people[0]);
        REQUIRE(attempts.size() == 1);
        CHECK_FALSE(attempts[0].session);
        CHECK(attempts[0].paper.at("level") == "fake_customer_service");
    }
}

SCENARIO("a missed item goes into the wrong-answer book and comes back when due", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = openLevels(ui);
    const auto zhang = roster.people[0];
    REQUIRE(ui.click("冒充公检法及政府机关"));
    REQUIRE(ui.topScene() == "quiz");
    CHECK(ui.sees("第 1 / 4 题"));
    testing::playByMouse(ui, {"drill.truefalse"});
    REQUIRE(ui.topScene() == "results");
    ui.step(2);
    CHECK(ui.sees("30 / 40 分"));
    CHECK(ui.sees("★☆☆"));
    CHECK(ui.sees("错题回顾（1 题）"));
    REQUIRE(ui.click("完成"));

    THEN("the level has one star and the missed item is in his book, due tomorrow") {
        CHECK(ui.trace().findWidget("★☆☆  冒充公检法及政府机关"));
        const auto book = ui.store().reviewsOf(zhang);
        REQUIRE(book.size() == 1);
        CHECK(book[0].itemId == "drill.truefalse");
        CHECK(book[0].dueAt == ui.services().now() + 24h);
        CHECK(ui.store().reviewsOf(roster.people[1]).empty()); // each person has their own book
        const auto button = ui.trace().findWidget("错题本：1 题，今天没有要复习的");
        REQUIRE(button);
        CHECK_FALSE(button->enabled);
    }
    WHEN("a day has passed") {
        ui.advance(24h);
        ui.step(2);
        THEN("the item is due and the book button plays it") {
            REQUIRE(ui.trace().findWidget("错题本：1 题该复习了"));
            REQUIRE(ui.click("错题本：1 题该复习了"));
            REQUIRE(ui.topScene() == "quiz");
            CHECK(ui.sees("错题本  ·  张伟"));
            CHECK(ui.sees("第 1 / 1 题"));
            CHECK(ui.sees("警察可以通过视频电话给你看逮捕令，让你配合转账。"));
            CHECK(testing::currentAttempt(ui).paper.at("level") == "review");
            testing::pickByMouse(ui, true);
            REQUIRE(ui.click("确定"));
            CHECK(ui.sees("回答正确！"));
            const auto entry = ui.store().review(zhang, "drill.truefalse");
            REQUIRE(entry);
            CHECK(entry->lastCorrect);
            CHECK(entry->stage == 1);
            CHECK(entry->dueAt == ui.services().now() + 3 * 24h);
            REQUIRE(ui.click("看成绩"));
            REQUIRE(ui.click("完成"));
            CHECK(ui.trace().findWidget("错题本：1 题，今天没有要复习的"));
        }
    }
}

SCENARIO("the scenario list says each scenario's difficulty and how it ended last time", "[session-scenes]") {
    HeadlessUi ui; // the built-in banks
    (void)openLevels(ui);
    REQUIRE(ui.click("情景模拟"));
    ui.step(2);
    REQUIRE(ui.topScene() == "scenario-list");
    CHECK(ui.sees("“你的银行卡涉嫌洗钱”    难度：中等"));
    CHECK_FALSE(ui.sees("上次："));
    WHEN("the player hangs up on the fake police and calls 110") {
        REQUIRE(ui.click("“你的银行卡涉嫌洗钱”"));
        REQUIRE(ui.click("开始"));
        REQUIRE(ui.click("接听"));
        ui.key("2"); // 挂断电话，自己拨打110核实
        ui.step(2);
        REQUIRE(ui.click("完成")); // the debrief
        REQUIRE(ui.click("完成")); // the results
        ui.step(2);
        THEN("the list says it was handled right") {
            REQUIRE(ui.topScene() == "scenario-list");
            CHECK(ui.sees("“你的银行卡涉嫌洗钱”    难度：中等    上次：处理得对"));
        }
        AND_WHEN("the player goes back to the levels") {
            REQUIRE(ui.topScene() == "scenario-list");
            REQUIRE(ui.click("返回"));
            THEN("the practice screen, on top again, counts the scam stopped") {
                REQUIRE(ui.topScene() == "practice");
                CHECK(ui.sees("你的情景记录：情景题：识破骗局 1 / 1"));
            }
        }
    }
}

SCENARIO("the practice screen shows what it read when the player was picked, until it is on top again", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = openLevels(ui);
    GIVEN("a miss recorded for him elsewhere (another machine) while his levels are up") {
        game::ReviewEntry entry;
        entry.person = roster.people[0];
        entry.itemId = "drill.truefalse";
        entry.dueAt = ui.services().now();
        entry.reviewedAt = ui.services().now();
        ui.store().upsertReview(entry);
        ui.step(3);
        THEN("the screen does not read the records again by itself") {
            CHECK(ui.trace().findWidget("错题本：0 题，今天没有要复习的"));
        }
        WHEN("he plays a level and comes back") {
            REQUIRE(ui.click("冒充电商物流客服"));
            testing::playByMouse(ui);
            REQUIRE(ui.click("完成"));
            THEN("the book is read again: the item is due") {
                REQUIRE(ui.topScene() == "practice");
                CHECK(ui.trace().findWidget("错题本：1 题该复习了"));
                CHECK(ui.trace().findWidget("★★★  冒充电商物流客服"));
            }
        }
    }
}
