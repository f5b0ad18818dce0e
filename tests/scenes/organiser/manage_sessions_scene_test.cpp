// The organiser's training sessions: created through the form, saved with
// paper rules the paper code reads back, opened for sign-in.
#include "support/session_fixtures.h"

#include "game/local_time.h"
#include "game/quiz/paper_rules.h"
#include "scenes/scene_list.h"

#include <catch2/catch.hpp>

using testing::HeadlessUi;

SCENARIO("an organiser creates an exam for a unit with some fraud types", "[session-scenes]") {
    HeadlessUi ui;
    const auto school = ui.store().addUnit("城东小学", game::UnitKind::School);
    const auto grade = ui.store().addUnit("三年级一班", game::UnitKind::Class, school);
    ui.open(scenes::SceneId::ManageSessions);
    CHECK(ui.sees("新建一场培训"));

    WHEN("the form is filled in, two fraud types and exam style ticked, scenarios left out, and it is saved") {
        retype(ui, "标题", "三年级反诈测验", 40);
        REQUIRE(ui.click("参训单位"));
        REQUIRE(ui.click("三年级一班"));
        REQUIRE(ui.click("组织者"));
        ui.type("李老师");
        REQUIRE(ui.click("地点"));
        ui.type("三楼机房");
        retype(ui, "开始时间", "2026-11-29 09:30");
        retype(ui, "结束时间", "2026-11-29 10:30");
        REQUIRE(ui.click("+##plus")); // 题目数量 10 -> 11
        REQUIRE(ui.click("冒充公检法及政府机关"));
        REQUIRE(ui.click("冒充电商物流客服"));
        testing::turnWheel(ui, -10); // the rest of the form is further down
        REQUIRE(ui.click("包含情景模拟题")); // ticked by default: a quiz-only paper
        REQUIRE(ui.click("考试模式"));
        REQUIRE(ui.click("保存"));
        THEN("the session is stored with those details and rules the paper code reads back") {
            CHECK(ui.sees("已保存：三年级反诈测验"));
            const auto sessions = ui.store().sessionsForUnit(grade);
            REQUIRE(sessions.size() == 1);
            const auto& session = sessions[0];
            CHECK(session.title == "三年级反诈测验");
            CHECK(session.organiser == "李老师");
            CHECK(session.place == "三楼机房");
            CHECK(session.startsAt == *game::parseLocalTime("2026-11-29 09:30"));
            CHECK(session.endsAt == *game::parseLocalTime("2026-11-29 10:30"));
            CHECK(session.status == game::SessionStatus::Draft);
            const auto rules = game::paperRulesFromJson(session.paperRules);
            CHECK_FALSE(rules.feedbackAfterEach);
            CHECK_FALSE(rules.partialCredit);
            CHECK(rules.passPercent == 60);
            REQUIRE(rules.sections.size() == 1);
            const auto& section = rules.sections[0];
            CHECK(section.count == 11);
            CHECK(section.filter.fraudTypes
                  == std::vector<game::FraudType>{game::FraudType::FakeCustomerService, game::FraudType::FakePolice});
            CHECK(section.filter.kinds
                  == std::vector<game::ItemKind>{game::ItemKind::Single, game::ItemKind::Multi, game::ItemKind::TrueFalse,
                                                 game::ItemKind::SpotFlags, game::ItemKind::Ordering});
            CHECK(section.filter.audiences.empty());
        }
        AND_WHEN("it is opened for sign-in") {
            REQUIRE(ui.click("开放签到"));
            THEN("it is open, and players see it in the session list") {
                CHECK(ui.sees("已开放签到：三年级反诈测验"));
                const auto open = ui.store().sessionsWithStatus(game::SessionStatus::Open);
                REQUIRE(open.size() == 1);
                CHECK(open[0].title == "三年级反诈测验");
                ui.step(2);
                CHECK(ui.trace().findWidget("结束签到"));
                ui.open(scenes::SceneId::OpenSessions);
                CHECK(ui.trace().findWidget("三年级反诈测验"));
            }
            AND_WHEN("it is closed again") {
                REQUIRE(ui.click("结束签到"));
                THEN("it no longer takes sign-ins") {
                    CHECK(ui.sees("已结束：三年级反诈测验"));
                    CHECK(ui.store().sessionsWithStatus(game::SessionStatus::Open).empty());
                    CHECK(ui.store().sessionsForUnit(grade).at(0).status == game::SessionStatus::Closed);
                }
            }
        }
    }
}

SCENARIO("a saved session is picked from the list, edited and saved in place", "[session-scenes]") {
    HeadlessUi ui;
    const auto school = ui.store().addUnit("城东小学", game::UnitKind::School);
    ui.open(scenes::SceneId::ManageSessions);
    REQUIRE(ui.click("医保卡 / 社保卡"));
    REQUIRE(ui.click("保存"));
    REQUIRE(ui.store().sessionsForUnit(school).size() == 1);
    REQUIRE(ui.click("新建场次"));
    CHECK(ui.sees("新建一场培训"));
    WHEN("the session is picked again") {
        REQUIRE(ui.click("防范电信网络诈骗知识测验"));
        THEN("the form shows its rules, and saving changes the same session") {
            CHECK(ui.sees("修改这场培训"));
            REQUIRE(ui.click("医保卡 / 社保卡"));
            REQUIRE(ui.click("医保卡 / 社保卡")); // ticked as saved: untick, tick again
            testing::turnWheel(ui, -10);
            REQUIRE(ui.click("考试模式"));
            REQUIRE(ui.click("保存"));
            const auto sessions = ui.store().sessionsForUnit(school);
            REQUIRE(sessions.size() == 1);
            const auto rules = game::paperRulesFromJson(sessions[0].paperRules);
            REQUIRE(rules.sections.size() == 1);
            CHECK(rules.sections[0].filter.fraudTypes == std::vector<game::FraudType>{game::FraudType::MedicalInsurance});
            CHECK_FALSE(rules.feedbackAfterEach);
        }
    }
}

SCENARIO("a session with times that cannot be read is refused", "[session-scenes]") {
    HeadlessUi ui;
    const auto school = ui.store().addUnit("城东小学", game::UnitKind::School);
    ui.open(scenes::SceneId::ManageSessions);
    WHEN("the start time is typed in words") {
        retype(ui, "开始时间", "明天上午九点");
        REQUIRE(ui.click("保存"));
        THEN("a message says how to write it and nothing is saved") {
            CHECK(ui.sees("时间格式应为 2026-11-29 09:30"));
            CHECK(ui.store().sessionsForUnit(school).empty());
            REQUIRE(ui.click("知道了"));
            CHECK(ui.topScene() == "manage-sessions");
        }
    }
    WHEN("the end is before the start") {
        retype(ui, "开始时间", "2026-11-29 10:30");
        retype(ui, "结束时间", "2026-11-29 09:30");
        REQUIRE(ui.click("保存"));
        THEN("it is refused the same way") {
            CHECK(ui.sees("结束时间不能早于开始时间"));
            CHECK(ui.store().sessionsForUnit(school).empty());
        }
    }
    WHEN("the title is emptied") {
        retype(ui, "标题", "", 40);
        REQUIRE(ui.click("保存"));
        THEN("it asks for a title") {
            CHECK(ui.sees("请填写培训标题。"));
            CHECK(ui.store().sessionsForUnit(school).empty());
        }
    }
}

TEST_CASE("the sessions scene asks for a unit first when there is none", "[session-scenes]") {
    HeadlessUi ui;
    ui.open(scenes::SceneId::ManageSessions);
    CHECK(ui.sees("请先在“单位与人员”里建立单位。"));
    CHECK_FALSE(ui.trace().findWidget("保存"));
}

SCENARIO("the sessions screen reads the records when it opens, after its own writes and when it is on top again",
         "[session-scenes]") {
    HeadlessUi ui;
    const auto roster = testing::addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}});
    game::TrainingSession draft;
    draft.title = "十一月反诈测验";
    draft.unit = roster.unit;
    draft.startsAt = ui.services().now();
    draft.endsAt = draft.startsAt;
    draft.paperRules = testing::fixedDrillRules(false);
    const auto session = ui.store().createSession(draft);
    ui.open(scenes::SceneId::ManageSessions);
    REQUIRE(ui.click("十一月反诈测验"));
    CHECK(ui.sees("已签到 0 人 · 答卷 0 份"));

    WHEN("it is opened for sign-in here") {
        REQUIRE(ui.click("开放签到"));
        THEN("the list and the buttons show it open at once") {
            const auto row = ui.trace().findWidget("十一月反诈测验");
            REQUIRE(row);
            CHECK(row->label.find("签到中") != std::string::npos);
            CHECK(ui.trace().findWidget("结束签到"));
        }
    }
    WHEN("someone signs in and plays a scam elsewhere while the screen stays open") {
        ui.store().openSession(session);
        (void)ui.store().signIn(session, roster.people[0], ui.services().now(), game::SignInMethod::Roster);
        game::Attempt attempt;
        attempt.person = roster.people[0];
        attempt.session = session;
        attempt.startedAt = ui.services().now();
        const auto id = ui.store().startAttempt(attempt);
        game::AnswerRecord answer;
        answer.itemId = "fake-police.call-01";
        answer.response.endingId = "hung-up";
        (void)ui.store().recordAnswer(id, answer);
        ui.step(3);
        THEN("drawing does not read them") { CHECK(ui.sees("已签到 0 人 · 答卷 0 份")); }
        AND_WHEN("a screen opened over it closes again") {
            ui.stack().push(scenes::makeScene(scenes::SceneId::Settings, ui.services()));
            ui.step(2);
            REQUIRE(ui.topScene() == "settings");
            ui.stack().pop();
            ui.step(2);
            THEN("it shows the sign-in, the paper, the scam stopped and the session open") {
                CHECK(ui.sees("已签到 1 人 · 答卷 1 份"));
                CHECK(ui.sees("识破骗局 1 / 1"));
                const auto row = ui.trace().findWidget("十一月反诈测验");
                REQUIRE(row);
                CHECK(row->label.find("签到中") != std::string::npos);
            }
        }
    }
}

SCENARIO("a session whose paper rules the form cannot show is edited without losing them", "[session-scenes]") {
    HeadlessUi ui;
    const auto school = ui.store().addUnit("城东小学", game::UnitKind::School);
    game::PaperRules rules;
    for (const int count : {5, 3}) {
        game::PaperSection section;
        section.count = count;
        section.filter.kinds = {game::ItemKind::Single};
        rules.sections.push_back(section);
    }
    game::TrainingSession stored;
    stored.title = "分两部分的测验";
    stored.unit = school;
    stored.startsAt = ui.services().now();
    stored.endsAt = stored.startsAt;
    stored.paperRules = game::toJson(rules);
    (void)ui.store().createSession(stored);
    ui.open(scenes::SceneId::ManageSessions);
    REQUIRE(ui.click("分两部分的测验"));
    THEN("the form says what it cannot change and leaves out the section fields") {
        CHECK(ui.sees("分几部分出题"));
        CHECK_FALSE(ui.sees("只出某些题型")); // two sections are one reason, not two
        CHECK_FALSE(ui.trace().findWidget("题目数量"));
        CHECK(ui.trace().findWidget("及格线（%）"));
    }
    WHEN("its title is changed and it is saved") {
        retype(ui, "标题", "分两部分的测验（补考）", 40);
        REQUIRE(ui.click("保存"));
        THEN("the title is new and both sections are as they were") {
            const auto sessions = ui.store().sessionsForUnit(school);
            REQUIRE(sessions.size() == 1);
            CHECK(sessions[0].title == "分两部分的测验（补考）");
            const auto back = game::paperRulesFromJson(sessions[0].paperRules);
            REQUIRE(back.sections.size() == 2);
            CHECK(back.sections[0].count == 5);
            CHECK(back.sections[1].count == 3);
            CHECK(back.sections[1].filter.kinds == std::vector<game::ItemKind>{game::ItemKind::Single});
        }
    }
}

TEST_CASE("the sessions screen speaks English too, errors included", "[session-scenes]") {
    HeadlessUi ui(game::Language::En);
    (void)ui.store().addUnit("East School", game::UnitKind::School);
    ui.open(scenes::SceneId::ManageSessions);
    retype(ui, "Ends", "2020-01-01 09:00");
    REQUIRE(ui.click("Save"));
    CHECK(ui.sees("The end cannot be before the start."));
    CHECK(ui.missingGlyphs().empty());
}
