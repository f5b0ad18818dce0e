// The organiser's session form and the stored session: both ways, what the form
// cannot show, and the reasons a form cannot be saved.
#include "game/local_time.h"
#include "game/quiz/paper_rules.h"
#include "game/quiz/session_form.h"

#include <catch2/catch.hpp>

#include <algorithm>

using game::RulesNotShown;
using game::SessionFormError;

namespace {

const game::Timestamp kNow = *game::parseLocalTime("2026-11-29 09:30");

// A filled-in form for the unit #7.
game::SessionForm filledForm() {
    auto form = game::newSessionForm("三年级反诈测验", kNow);
    form.unit = game::UnitId{7};
    form.organiser = "李老师";
    form.place = "三楼机房";
    form.endsAt = "2026-11-29 10:30";
    form.section->itemCount = 12;
    form.section->scenarios = false;
    form.section->fraudTypes = {game::FraudType::FakePolice, game::FraudType::FakeCustomerService};
    form.section->audience = game::Audience::Elderly;
    form.section->minDifficulty = 2;
    form.partialCredit = true;
    form.examStyle = true;
    form.passPercent = 75;
    return form;
}

// A stored session with these paper rules.
game::TrainingSession storedWith(const game::PaperRules& rules) {
    game::TrainingSession session;
    session.id = game::SessionId{3};
    session.title = "老年人防骗讲座";
    session.unit = game::UnitId{7};
    session.startsAt = kNow;
    session.endsAt = kNow + std::chrono::hours(2);
    session.status = game::SessionStatus::Open;
    session.paperRules = game::toJson(rules);
    return session;
}

game::PaperSection quizSection(int count) {
    game::PaperSection section;
    section.count = count;
    section.filter.kinds.assign(game::formQuizKinds().begin(), game::formQuizKinds().end());
    return section;
}

bool has(const std::vector<SessionFormError>& errors, SessionFormError error) {
    return std::find(errors.begin(), errors.end(), error) != errors.end();
}

} // namespace

SCENARIO("a session form becomes a session and reads back the same", "[session-form]") {
    GIVEN("a filled-in form") {
        const auto form = filledForm();
        WHEN("it is saved as a new session") {
            const auto saved = game::toSession(form, game::TrainingSession{});
            REQUIRE(saved.errors.empty());
            THEN("the session has the details, and its rules say the paper, pass mark and style") {
                const auto& session = saved.session;
                CHECK(session.title == "三年级反诈测验");
                CHECK(session.unit == game::UnitId{7});
                CHECK(session.organiser == "李老师");
                CHECK(session.place == "三楼机房");
                CHECK(session.startsAt == kNow);
                CHECK(session.endsAt == kNow + std::chrono::hours(1));
                CHECK(session.status == game::SessionStatus::Draft);
                const auto rules = game::paperRulesFromJson(session.paperRules);
                REQUIRE(rules.sections.size() == 1);
                const auto& filter = rules.sections[0].filter;
                CHECK(rules.sections[0].count == 12);
                CHECK(filter.kinds == std::vector<game::ItemKind>(game::formQuizKinds().begin(), game::formQuizKinds().end()));
                // In the order of the fraud type list, whatever order they were ticked in.
                CHECK(filter.fraudTypes
                      == std::vector<game::FraudType>{game::FraudType::FakeCustomerService, game::FraudType::FakePolice});
                CHECK(filter.audiences == std::vector<game::Audience>{game::Audience::Elderly});
                CHECK(filter.minDifficulty == 2);
                CHECK(filter.maxDifficulty == 3);
                CHECK(rules.partialCredit);
                CHECK_FALSE(rules.feedbackAfterEach);
                CHECK(rules.passPercent == 75);
            }
            THEN("the form of the saved session is the form that was saved, with nothing it cannot show") {
                auto session = saved.session;
                session.id = game::SessionId{1};
                const auto back = game::fromSession(session);
                CHECK(back.notShown.empty());
                CHECK(back.title == form.title);
                CHECK(back.unit == form.unit);
                CHECK(back.organiser == form.organiser);
                CHECK(back.place == form.place);
                CHECK(back.startsAt == form.startsAt);
                CHECK(back.endsAt == form.endsAt);
                REQUIRE(back.section);
                CHECK(back.section->itemCount == 12);
                CHECK_FALSE(back.section->scenarios);
                CHECK(back.section->fraudTypes == form.section->fraudTypes);
                CHECK(back.section->audience == game::Audience::Elderly);
                CHECK(back.section->minDifficulty == 2);
                CHECK(back.partialCredit);
                CHECK(back.examStyle);
                CHECK(back.passPercent == 75);
                CHECK(game::toSession(back, session).session.paperRules == session.paperRules);
            }
        }
        WHEN("scenarios are ticked and the style is practice") {
            auto practice = form;
            practice.section->scenarios = true;
            practice.examStyle = false;
            const auto rules = game::paperRulesFromJson(game::toSession(practice, {}).session.paperRules);
            THEN("the paper draws scenarios too and explains after each answer") {
                CHECK(rules.sections.at(0).filter.kinds.back() == game::ItemKind::Scenario);
                CHECK(rules.feedbackAfterEach);
            }
        }
    }
}

SCENARIO("editing a session keeps its id, its status and the rules the form does not show", "[session-form]") {
    GIVEN("a stored open session whose paper keeps item and option order") {
        game::PaperRules rules;
        rules.sections = {quizSection(8)};
        rules.shuffleItems = false;
        rules.shuffleOptions = false;
        rules.passPercent = 62.5;
        const auto stored = storedWith(rules);
        WHEN("its title is changed and it is saved") {
            auto form = game::fromSession(stored);
            REQUIRE(form.notShown.empty());
            form.title = "老年人防骗讲座（第二场）";
            const auto saved = game::toSession(form, stored);
            REQUIRE(saved.errors.empty());
            THEN("the same session is saved, still open, with its order and exact pass mark kept") {
                CHECK(saved.session.id == stored.id);
                CHECK(saved.session.status == game::SessionStatus::Open);
                CHECK(saved.session.title == "老年人防骗讲座（第二场）");
                const auto back = game::paperRulesFromJson(saved.session.paperRules);
                CHECK_FALSE(back.shuffleItems);
                CHECK_FALSE(back.shuffleOptions);
                CHECK(back.passPercent == 62.5);
                CHECK(back.sections.at(0).count == 8);
            }
        }
    }
}

SCENARIO("rules the form cannot show are reported and kept as they are on save", "[session-form]") {
    game::PaperRules rules;
    rules.passPercent = 80;
    GIVEN("rules with two sections") {
        rules.sections = {quizSection(5), quizSection(3)};
        rules.sections[1].filter.fraudTypes = {game::FraudType::Romance};
        const auto stored = storedWith(rules);
        const auto form = game::fromSession(stored);
        THEN("the form says so and shows no section") {
            CHECK(form.notShown == std::vector<RulesNotShown>{RulesNotShown::SeveralSections});
            CHECK_FALSE(form.section);
            CHECK(form.passPercent == 80);
        }
        WHEN("the form is saved with a new pass mark") {
            auto edited = form;
            edited.passPercent = 70;
            const auto back = game::paperRulesFromJson(game::toSession(edited, stored).session.paperRules);
            THEN("both sections are kept as they were, and the pass mark is the new one") {
                REQUIRE(back.sections.size() == 2);
                CHECK(back.sections[0].count == 5);
                CHECK(back.sections[1].count == 3);
                CHECK(back.sections[1].filter.fraudTypes == std::vector<game::FraudType>{game::FraudType::Romance});
                CHECK(back.passPercent == 70);
            }
        }
    }
    GIVEN("a section of single-choice items only, for two audiences") {
        game::PaperSection singles;
        singles.count = 6;
        singles.filter.kinds = {game::ItemKind::Single};
        singles.filter.audiences = {game::Audience::Pupil, game::Audience::Student};
        rules.sections = {singles};
        const auto stored = storedWith(rules);
        const auto form = game::fromSession(stored);
        THEN("both things are reported") {
            CHECK(form.notShown == std::vector<RulesNotShown>{RulesNotShown::OtherKinds, RulesNotShown::SeveralAudiences});
            CHECK_FALSE(form.section);
        }
        THEN("saving keeps the section's kinds and audiences, not the form's") {
            const auto back = game::paperRulesFromJson(game::toSession(form, stored).session.paperRules);
            REQUIRE(back.sections.size() == 1);
            CHECK(back.sections[0].filter.kinds == std::vector<game::ItemKind>{game::ItemKind::Single});
            CHECK(back.sections[0].filter.audiences.size() == 2);
        }
    }
    GIVEN("a section with no kind list (any quiz kind)") {
        game::PaperSection any;
        any.count = 4;
        rules.sections = {any};
        const auto form = game::fromSession(storedWith(rules));
        THEN("it is another kind list than the form's, and is reported") {
            CHECK(form.notShown == std::vector<RulesNotShown>{RulesNotShown::OtherKinds});
        }
    }
    GIVEN("a fixed list of items") {
        rules.fixedItems = {"drill.single", "drill.multi"};
        rules.sections = {quizSection(5)};
        const auto stored = storedWith(rules);
        const auto form = game::fromSession(stored);
        THEN("it is reported, and saving keeps the list") {
            CHECK(form.notShown == std::vector<RulesNotShown>{RulesNotShown::FixedItems});
            const auto back = game::paperRulesFromJson(game::toSession(form, stored).session.paperRules);
            CHECK(back.fixedItems == rules.fixedItems);
        }
    }
    GIVEN("rules that cannot be read") {
        auto stored = storedWith(rules);
        stored.paperRules = {{"sections", "lots"}};
        const auto form = game::fromSession(stored);
        THEN("the form says so and shows the new-session defaults") {
            CHECK(form.notShown == std::vector<RulesNotShown>{RulesNotShown::Unreadable});
            REQUIRE(form.section);
            CHECK(form.section->itemCount == 10);
            CHECK(form.passPercent == 60);
        }
        THEN("saving replaces them with the form's, which can be read") {
            const auto back = game::paperRulesFromJson(game::toSession(form, stored).session.paperRules);
            REQUIRE(back.sections.size() == 1);
            CHECK(back.sections[0].count == 10);
        }
    }
}

SCENARIO("a form that cannot be saved says every reason", "[session-form]") {
    auto form = filledForm();
    WHEN("the times cannot be read") {
        form.startsAt = "明天上午九点";
        form.endsAt = "2026-13-01 10:00";
        const auto saved = game::toSession(form, {});
        THEN("both are reported, and not the order of times") {
            CHECK(saved.errors == std::vector<SessionFormError>{SessionFormError::BadStartTime, SessionFormError::BadEndTime});
        }
    }
    WHEN("the end is before the start") {
        form.endsAt = "2026-11-29 09:00";
        CHECK(game::toSession(form, {}).errors == std::vector<SessionFormError>{SessionFormError::EndsBeforeStart});
    }
    WHEN("the end is the start") {
        form.endsAt = form.startsAt;
        CHECK(game::toSession(form, {}).errors.empty());
    }
    WHEN("the title is only spaces and no unit is chosen") {
        form.title = "   ";
        form.unit.reset();
        CHECK(game::toSession(form, {}).errors == std::vector<SessionFormError>{SessionFormError::NoTitle, SessionFormError::NoUnit});
    }
    WHEN("the numbers are outside what a paper allows") {
        form.section->itemCount = game::mostItemsInSection + 1;
        form.section->minDifficulty = 3;
        form.section->maxDifficulty = 2;
        form.passPercent = 101;
        const auto errors = game::toSession(form, {}).errors;
        THEN("each is reported") {
            CHECK(has(errors, SessionFormError::ItemCount));
            CHECK(has(errors, SessionFormError::DifficultyRange));
            CHECK(has(errors, SessionFormError::PassPercent));
            CHECK(errors.size() == 3);
        }
    }
}
