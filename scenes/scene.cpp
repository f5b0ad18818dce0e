#include "scenes/scene.h"

#include <array>
#include <utility>

namespace scenes {

namespace {
// Each id with its code, in declaration order.
constexpr std::array<std::pair<SceneId, std::string_view>, 16> kSceneCodes{{
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
}};
} // namespace

std::string_view codeOf(SceneId id) {
    for (const auto& [each, code] : kSceneCodes)
        if (each == id) return code;
    return "?";
}

} // namespace scenes
