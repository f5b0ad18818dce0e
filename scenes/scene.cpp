#include "scenes/scene.h"

#include "game/codes.h"

namespace scenes {

namespace {
constexpr auto kSceneCodes = game::codeTable<SceneId>({
    {SceneId::Title, "title"},
    {SceneId::Settings, "settings"},
    {SceneId::OpenSessions, "open-sessions"},
    {SceneId::SignIn, "sign-in"},
    {SceneId::Quiz, "quiz"},
    {SceneId::Results, "results"},
    {SceneId::Resume, "resume"},
    {SceneId::Practice, "practice"},
    {SceneId::ScenarioList, "scenario-list"},
    {SceneId::Scenario, "scenario"},
    {SceneId::Debrief, "debrief"},
    {SceneId::Organiser, "organiser"},
    {SceneId::Units, "units"},
    {SceneId::ManageSessions, "manage-sessions"},
    {SceneId::BankReport, "bank-report"},
    {SceneId::Region, "region"},
});
} // namespace

std::string_view codeOf(SceneId id) { return kSceneCodes.codeOf(id); }

} // namespace scenes
