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

#include <cassert>

namespace scenes {

const std::vector<SceneEntry>& sceneList() {
    static const std::vector<SceneEntry> list = {
        {SceneId::Title, [](Services& s) { return std::make_unique<TitleScene>(s); }},
        {SceneId::Settings, [](Services& s) { return std::make_unique<SettingsScene>(s); }},
        {SceneId::OpenSessions, [](Services& s) { return std::make_unique<OpenSessionsScene>(s); }},
        {SceneId::Practice, [](Services& s) { return std::make_unique<PracticeScene>(s); }},
        {SceneId::Organiser, [](Services& s) { return std::make_unique<OrganiserScene>(s); }},
        {SceneId::Units, [](Services& s) { return std::make_unique<UnitsScene>(s); }},
        {SceneId::ManageSessions, [](Services& s) { return std::make_unique<ManageSessionsScene>(s); }},
        {SceneId::BankReport, [](Services& s) { return std::make_unique<BankReportScene>(s); }},
        {SceneId::Resume, [](Services& s) { return std::make_unique<ResumeScene>(s); }},
        {SceneId::Region, [](Services& s) { return std::make_unique<RegionScene>(s); }},
    };
    return list;
}

std::unique_ptr<Scene> makeScene(SceneId id, Services& services) {
    for (const auto& entry : sceneList())
        if (entry.id == id) return entry.make(services);
    assert(!"makeScene: this scene needs more than the services; construct it directly");
    return nullptr;
}

} // namespace scenes
