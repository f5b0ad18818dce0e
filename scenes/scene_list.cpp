#include "scenes/scene_list.h"

#include "scenes/organiser/bank_report_scene.h"
#include "scenes/organiser/organiser_scene.h"
#include "scenes/practice/practice_scene.h"
#include "scenes/organiser/region_scene.h"
#include "scenes/quiz/resume_scene.h"
#include "scenes/training/open_sessions_scene.h"
#include "scenes/organiser/manage_sessions_scene.h"
#include "scenes/title/settings_scene.h"
#include "scenes/title/title_scene.h"
#include "scenes/organiser/units_scene.h"

namespace scenes {

const std::vector<SceneEntry>& sceneList() {
    static const std::vector<SceneEntry> list = {
        {"title", [](Services& s) { return std::make_unique<TitleScene>(s); }},
        {"settings", [](Services& s) { return std::make_unique<SettingsScene>(s); }},
        {"session", [](Services& s) { return std::make_unique<SessionListScene>(s); }},
        {"practice", [](Services& s) { return std::make_unique<PracticeScene>(s); }},
        {"organiser", [](Services& s) { return std::make_unique<OrganiserScene>(s); }},
        {"units", [](Services& s) { return std::make_unique<UnitsScene>(s); }},
        {"sessions", [](Services& s) { return std::make_unique<SessionsScene>(s); }},
        {"bank-report", [](Services& s) { return std::make_unique<BankReportScene>(s); }},
        {"resume", [](Services& s) { return std::make_unique<ResumeScene>(s); }},
        {"region", [](Services& s) { return std::make_unique<RegionScene>(s); }},
    };
    return list;
}

std::unique_ptr<Scene> makeScene(std::string_view name, Services& services) {
    for (const auto& entry : sceneList())
        if (entry.name == name) return entry.make(services);
    return nullptr;
}

} // namespace scenes
