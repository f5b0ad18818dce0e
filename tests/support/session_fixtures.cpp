#include "support/session_fixtures.h"

#include "scenes/quiz/quiz_scene.h"

#include <chrono>
#include <stdexcept>

namespace testing {

std::filesystem::path sceneData(std::string_view name) {
    return std::filesystem::path(SCAMDRILL_TEST_DATA) / "scenes" / std::string(name);
}

void retype(HeadlessUi& ui, std::string_view fieldLabel, std::string_view text, int eraseChars) {
    if (!ui.click(fieldLabel)) throw std::runtime_error("no field " + std::string(fieldLabel));
    ui.key("End");
    for (int i = 0; i < eraseChars; ++i) ui.key("Backspace");
    ui.type(text);
}

void turnWheel(HeadlessUi& ui, float notches) {
    ImGui::GetIO().MouseWheel = notches;
    ui.step(2);
}

Roster addRoster(game::Store& store, std::string_view unitName,
                 const std::vector<std::pair<std::string, std::string>>& people) {
    Roster roster;
    roster.unit = store.addUnit(unitName, game::UnitKind::School);
    for (const auto& [name, number] : people) {
        game::Person person;
        person.name = name;
        person.unit = roster.unit;
        person.role = game::PersonRole::Staff;
        if (!number.empty()) person.number = number;
        roster.people.push_back(store.addPerson(person));
    }
    return roster;
}

game::SessionId openSession(HeadlessUi& ui, game::UnitId unit, const std::string& title, const nlohmann::json& paperRules) {
    game::TrainingSession session;
    session.title = title;
    session.unit = unit;
    session.organiser = "李老师";
    session.place = "三楼机房";
    session.startsAt = ui.services().now();
    session.endsAt = session.startsAt + std::chrono::hours(2);
    session.paperRules = paperRules;
    const auto id = ui.store().createSession(session);
    ui.store().openSession(id);
    return id;
}

const std::vector<std::string>& drillItemIds() {
    static const std::vector<std::string> ids{"drill.single", "drill.multi", "drill.truefalse", "drill.spot", "drill.order"};
    return ids;
}

nlohmann::json fixedDrillRules(bool feedbackAfterEach) {
    return {{"fixed_items", drillItemIds()},
            {"shuffle_items", false},
            {"shuffle_options", false},
            {"pass_percent", 60},
            {"feedback_after_each", feedbackAfterEach}};
}

DrillQuiz startDrillQuiz(HeadlessUi& ui, bool feedbackAfterEach) {
    DrillQuiz quiz{addRoster(ui.store(), "城东小学", {{"张伟", "2024001"}}), {}};
    quiz.session = openSession(ui, quiz.roster.unit, "十一月反诈测验", fixedDrillRules(feedbackAfterEach));
    ui.open(scenes::SceneId::OpenSessions);
    const auto person = ui.store().person(quiz.roster.people.front());
    const auto session = ui.store().session(quiz.session);
    ui.stack().push(scenes::startQuiz(ui.services(), *person, *session));
    ui.step(3);
    return quiz;
}

} // namespace testing
