// Sign-in: finding yourself on the roster by name, number or pinyin initials,
// confirming, adding yourself at the door, and one person after another.
#include "support/quiz_player.h"
#include "support/session_fixtures.h"

#include "scenes/scene_list.h"
#include "scenes/training/sign_in_scene.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

namespace {
const std::vector<std::pair<std::string, std::string>> kRoster{
    {"张伟", "2024001"}, {"王芳", "2024002"}, {"李娜", "20240021"}, {"张三", "2024004"}, {"赵敏", "2024005"}};

// A school with the roster and an open session of the drill fixture's five items.
struct SignInDesk {
    HeadlessUi ui{game::Language::ZhCN, testing::sceneData("banks-quiz")};
    testing::Roster roster = testing::addRoster(ui.store(), "城东小学", kRoster);
    game::SessionId session = testing::openSession(ui, roster.unit, "十一月反诈测验", testing::fixedDrillRules(false));

    // Opens the session from the list of open sessions, as a player would.
    void goToSignIn() {
        ui.open(scenes::SceneId::OpenSessions);
        REQUIRE(ui.click("十一月反诈测验"));
        REQUIRE(ui.topScene() == "sign-in");
    }
    // Types into the roster search.
    void search(std::string_view text) {
        REQUIRE(ui.click("找到你自己"));
        ui.type(text);
    }
};
} // namespace

SCENARIO("a player finds themselves on the roster", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    CHECK(ui.sees("十一月反诈测验"));
    CHECK(ui.sees("已签到 0 人"));
    WHEN("nothing is typed") {
        THEN("the roster is listed") {
            for (const auto& [name, number] : kRoster) CHECK(ui.trace().findWidget(name));
        }
    }
    WHEN("zw is typed") {
        desk.search("zw");
        THEN("张伟 is found by his pinyin initials and the others are not listed") {
            CHECK(ui.trace().findWidget("1   张伟"));
            CHECK_FALSE(ui.trace().findWidget("张三"));
            CHECK_FALSE(ui.trace().findWidget("王芳"));
            CHECK_FALSE(ui.trace().findWidget("赵敏"));
        }
        AND_WHEN("Enter is pressed") {
            ui.key("Enter");
            THEN("he is asked to confirm") { CHECK(ui.sees("你是 张伟 吗？")); }
        }
    }
    WHEN("a name is typed") {
        desk.search("王芳");
        THEN("that person is found") {
            CHECK(ui.trace().findWidget("王芳"));
            CHECK_FALSE(ui.trace().findWidget("张伟"));
        }
    }
    WHEN("a number is typed") {
        desk.search("2024002");
        THEN("the exact number comes first, a longer number that starts with it after") {
            CHECK(ui.trace().findWidget("1   王芳"));
            CHECK(ui.trace().findWidget("2   李娜"));
            CHECK_FALSE(ui.trace().findWidget("张伟"));
        }
        AND_WHEN("Enter is pressed") {
            ui.key("Enter");
            THEN("the best match is picked") { CHECK(ui.sees("你是 王芳 吗？")); }
        }
    }
    WHEN("a name nobody has is typed") {
        desk.search("欧阳");
        THEN("the player is told and pointed to adding themselves") {
            CHECK(ui.sees("没有找到"));
            ui.key("Enter");
            CHECK_FALSE(ui.sees("你是"));
        }
    }
}

SCENARIO("a player confirms who they are and the paper starts", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    desk.search("zw");
    ui.key("Enter");
    REQUIRE(ui.sees("你是 张伟 吗？"));
    CHECK(ui.sees("2024001"));
    WHEN("不是 is clicked") {
        REQUIRE(ui.click("不是"));
        THEN("the roster search is back and nobody is signed in") {
            CHECK_FALSE(ui.sees("你是 张伟 吗？"));
            CHECK(ui.trace().findWidget("找到你自己"));
            CHECK(ui.store().signIns(desk.session).empty());
            CHECK(ui.topScene() == "sign-in");
        }
    }
    WHEN("Escape is pressed") {
        ui.key("Escape");
        THEN("it is the same as 不是, and the sign-in screen stays") {
            CHECK(ui.topScene() == "sign-in");
            CHECK_FALSE(ui.sees("你是 张伟 吗？"));
            CHECK(ui.store().signIns(desk.session).empty());
        }
    }
    WHEN("是我 is clicked") {
        ui.advance(std::chrono::minutes(3));
        REQUIRE(ui.click("是我，开始答题"));
        THEN("he is signed in from the roster at that moment and his paper starts") {
            const auto signIns = ui.store().signIns(desk.session);
            REQUIRE(signIns.size() == 1);
            CHECK(signIns[0].person == desk.roster.people[0]);
            CHECK(signIns[0].method == game::SignInMethod::Roster);
            CHECK(signIns[0].signedAt == ui.services().now());
            CHECK(ui.topScene() == "quiz");
            CHECK(ui.sees("第 1 / 5 题"));
            CHECK(ui.sees("十一月反诈测验  ·  张伟"));
            const auto attempts = ui.store().attemptsOfSession(desk.session);
            REQUIRE(attempts.size() == 1);
            CHECK(attempts[0].person == desk.roster.people[0]);
        }
    }
    WHEN("Enter is pressed again") {
        ui.key("Enter");
        THEN("the keyboard alone signs him in") {
            CHECK(ui.store().signIns(desk.session).size() == 1);
            CHECK(ui.topScene() == "quiz");
        }
    }
}

SCENARIO("a player who is not on the roster adds themselves at the door", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    const auto grade = ui.store().addUnit("三年级一班", game::UnitKind::Class, desk.roster.unit);
    desk.goToSignIn();
    REQUIRE(ui.click("我不在名单上"));
    CHECK(ui.sees("现场登记"));
    WHEN("a name and a unit are given") {
        REQUIRE(ui.click("姓名"));
        ui.type("陈静");
        REQUIRE(ui.click("所在单位"));
        REQUIRE(ui.click("三年级一班"));
        REQUIRE(ui.click("登记并开始答题"));
        THEN("the person is created in that unit and signed in as added at the door") {
            const auto people = ui.store().peopleInUnit(grade, false);
            REQUIRE(people.size() == 1);
            CHECK(people[0].name == "陈静");
            CHECK(people[0].createdAt == ui.services().now());
            const auto signIns = ui.store().signIns(desk.session);
            REQUIRE(signIns.size() == 1);
            CHECK(signIns[0].person == people[0].id);
            CHECK(signIns[0].method == game::SignInMethod::AddedAtDoor);
            CHECK(ui.topScene() == "quiz");
            CHECK(ui.sees("陈静"));
        }
    }
    WHEN("no name is given") {
        REQUIRE(ui.click("登记并开始答题"));
        THEN("it asks for the name and adds nobody") {
            CHECK(ui.sees("请先填写姓名。"));
            CHECK(ui.store().peopleInUnit(desk.roster.unit, true).size() == kRoster.size());
            CHECK(ui.store().signIns(desk.session).empty());
        }
    }
    WHEN("取消 is clicked") {
        REQUIRE(ui.click("取消"));
        THEN("the roster search is back") {
            CHECK(ui.trace().findWidget("找到你自己"));
            CHECK_FALSE(ui.sees("现场登记"));
        }
    }
}

SCENARIO("people sign in one after another on one machine", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    GIVEN("张伟 signed in and finished his paper") {
        desk.search("zw");
        ui.key("Enter");
        ui.key("Enter");
        REQUIRE(ui.topScene() == "quiz");
        testing::playByKeyboard(ui);
        REQUIRE(ui.topScene() == "results");
        REQUIRE(ui.click("完成"));
        THEN("the sign-in screen is back, empty, for the next person") {
            CHECK(ui.topScene() == "sign-in");
            CHECK(ui.sees("已签到 1 人"));
            CHECK_FALSE(ui.sees("你是"));
        }
        WHEN("李娜 signs in by her number, then 王芳 by name") {
            ui.advance(std::chrono::minutes(10));
            desk.search("20240021");
            ui.key("Enter");
            REQUIRE(ui.sees("你是 李娜 吗？"));
            ui.key("Enter");
            REQUIRE(ui.topScene() == "quiz");
            CHECK(ui.sees("李娜"));
            testing::playByKeyboard(ui, {"drill.single"});
            REQUIRE(ui.click("完成"));
            ui.advance(std::chrono::minutes(10));
            desk.search("王芳");
            REQUIRE(ui.click("王芳"));
            REQUIRE(ui.click("是我，开始答题"));
            THEN("all three are signed in, in order, each with an attempt of their own") {
                const auto signIns = ui.store().signIns(desk.session);
                REQUIRE(signIns.size() == 3);
                CHECK(signIns[0].person == desk.roster.people[0]);
                CHECK(signIns[1].person == desk.roster.people[2]);
                CHECK(signIns[2].person == desk.roster.people[1]);
                CHECK(signIns[0].signedAt < signIns[1].signedAt);
                CHECK(signIns[1].signedAt < signIns[2].signedAt);
                const auto attempts = ui.store().attemptsOfSession(desk.session);
                REQUIRE(attempts.size() == 3);
                CHECK(attempts[0].score == Approx(50));
                CHECK(attempts[1].score == Approx(40));
                CHECK_FALSE(attempts[2].finishedAt);
                CHECK(ui.topScene() == "quiz");
                CHECK(ui.sees("十一月反诈测验  ·  王芳"));
            }
        }
    }
}

SCENARIO("a player who left their paper signs in again and carries on", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    desk.search("zw");
    ui.key("Enter");
    ui.key("Enter");
    testing::pickByKeyboard(ui, true);
    ui.key("Enter");
    REQUIRE(ui.sees("第 2 / 5 题"));
    WHEN("the screen is left and he signs in again") {
        desk.goToSignIn();
        desk.search("zw");
        ui.key("Enter");
        ui.key("Enter");
        THEN("his attempt continues at item 2 and he is signed in once") {
            CHECK(ui.sees("第 2 / 5 题"));
            CHECK(ui.store().attemptsOfSession(desk.session).size() == 1);
            CHECK(ui.store().signIns(desk.session).size() == 1);
        }
    }
}

SCENARIO("a closed session refuses sign-ins", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    WHEN("the organiser closes the session while the sign-in screen is up") {
        desk.goToSignIn();
        ui.store().closeSession(desk.session, ui.services().now()); // behind the screen's back: it read the session when it opened
        ui.step(2);
        REQUIRE(ui.trace().findWidget("找到你自己"));
        AND_WHEN("a player then picks himself and confirms") {
            ui.key("1");
            ui.key("Enter");
            REQUIRE(ui.sees("吗？"));
            ui.key("Enter");
            THEN("the sign-in is refused, and the screen reads the session again and says it is closed") {
                CHECK(ui.store().signIns(desk.session).empty());
                CHECK(ui.store().attemptsOfSession(desk.session).empty());
                CHECK(ui.topScene() == "sign-in");
                CHECK(ui.sees("这场培训已经结束签到。"));
                CHECK_FALSE(ui.trace().findWidget("找到你自己"));
                CHECK_FALSE(ui.trace().findWidget("我不在名单上"));
            }
        }
    }
    WHEN("the session is closed while another screen is over the sign-in screen") {
        desk.goToSignIn();
        ui.stack().push(scenes::makeScene(scenes::SceneId::Settings, ui.services()));
        ui.step(2);
        ui.store().closeSession(desk.session, ui.services().now());
        ui.stack().pop();
        ui.step(2);
        THEN("the sign-in screen, on top again, reads it again and offers no roster") {
            CHECK(ui.topScene() == "sign-in");
            CHECK(ui.sees("这场培训已经结束签到。"));
            CHECK_FALSE(ui.trace().findWidget("找到你自己"));
        }
    }
    WHEN("the session list is opened after closing") {
        ui.store().closeSession(desk.session, ui.services().now());
        ui.open(scenes::SceneId::OpenSessions);
        THEN("the closed session is not offered") {
            CHECK_FALSE(ui.trace().findWidget("十一月反诈测验"));
            CHECK(ui.sees("现在没有开放签到的培训"));
        }
    }
    WHEN("a sign-in screen is opened for a closed session") {
        ui.store().closeSession(desk.session, ui.services().now());
        ui.open(scenes::SceneId::OpenSessions);
        ui.stack().push(std::make_unique<scenes::SignInScene>(ui.services(), desk.session));
        ui.step(2);
        THEN("it refuses") {
            CHECK(ui.sees("这场培训已经结束签到。"));
            REQUIRE(ui.click("签到结束，返回"));
            CHECK(ui.topScene() == "open-sessions");
        }
    }
}

SCENARIO("a player signs in by keyboard alone", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    WHEN("Tab reaches the search, the initials are typed and Enter pressed twice") {
        ui.type("zw"); // the search field has the keyboard when sign-in opens
        ui.key("Enter");
        ui.key("Enter");
        THEN("张伟 is signed in and his paper starts") {
            const auto signIns = ui.store().signIns(desk.session);
            REQUIRE(signIns.size() == 1);
            CHECK(signIns[0].person == desk.roster.people[0]);
            CHECK(ui.topScene() == "quiz");
        }
    }
    WHEN("the Down arrow moves to the second row and Enter takes it") {
        const auto second = ui.trace().findWidget("2   ");
        REQUIRE(second);
        ui.key("Down");
        ui.key("Enter");
        THEN("that person is asked to confirm") {
            const auto name = second->label.substr(4, second->label.find("   ", 4) - 4);
            CHECK(ui.sees("你是 " + name + " 吗？"));
        }
    }
}

SCENARIO("someone added at the door is on the roster when the next person signs in", "[session-scenes]") {
    SignInDesk desk;
    auto& ui = desk.ui;
    desk.goToSignIn();
    REQUIRE(ui.click("我不在名单上"));
    REQUIRE(ui.click("姓名"));
    ui.type(" 陈静 ");
    REQUIRE(ui.click("登记并开始答题"));
    REQUIRE(ui.topScene() == "quiz");
    CHECK(ui.sees("十一月反诈测验  ·  陈静")); // the name without the spaces typed around it
    testing::playByKeyboard(ui);
    REQUIRE(ui.click("完成"));
    REQUIRE(ui.topScene() == "sign-in");
    THEN("the count and the roster were read again") {
        CHECK(ui.sees("已签到 1 人"));
        desk.search("cj");
        CHECK(ui.trace().findWidget("1   陈静"));
    }
}

SCENARIO("a session whose paper cannot start tells the organiser why", "[session-scenes]") {
    HeadlessUi ui(game::Language::ZhCN, testing::sceneData("banks-quiz"));
    const auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
    // 张伟 signs in to a session with these rules, from the list of open sessions.
    const auto signInTo = [&](const std::string& title, const nlohmann::json& rules) {
        (void)testing::openSession(ui, roster.unit, title, rules);
        ui.open(scenes::SceneId::OpenSessions);
        REQUIRE(ui.click(title));
        ui.type("zw");
        ui.key("Enter");
        REQUIRE(ui.click("是我，开始答题"));
    };
    WHEN("its paper rules cannot be read") {
        signInTo("坏规则测验", {{"sections", {{{"count", 0}}}}});
        THEN("the problem and the reason are shown, and no paper starts") {
            CHECK(ui.sees("培训“坏规则测验”的出题规则有误："));
            CHECK(ui.sees("count"));
            CHECK(ui.topScene() == "sign-in");
            CHECK(ui.store().unfinishedAttempts().empty());
        }
    }
    WHEN("its rules match no item in the banks") {
        signInTo("无题测验", {{"sections", {{{"count", 3}, {"fraud_types", {"romance"}}}}}});
        THEN("the organiser is told to widen the rules") {
            CHECK(ui.sees("题库里没有符合培训“无题测验”出题规则的题目。"));
            CHECK(ui.topScene() == "sign-in");
            CHECK(ui.store().unfinishedAttempts().empty());
        }
    }
}
