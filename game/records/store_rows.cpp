#include "game/records/store_rows.h"

#include <array>
#include <utility>

namespace game {
namespace {

template <class Enum, std::size_t N>
using Names = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Names<UnitKind, 7> unitKinds{{
    {UnitKind::Township, "township"},
    {UnitKind::Village, "village"},
    {UnitKind::School, "school"},
    {UnitKind::Class, "class"},
    {UnitKind::Department, "department"},
    {UnitKind::Company, "company"},
    {UnitKind::Other, "other"},
}};

constexpr Names<PersonRole, 10> personRoles{{
    {PersonRole::Pupil, "pupil"},
    {PersonRole::Student, "student"},
    {PersonRole::Teacher, "teacher"},
    {PersonRole::Staff, "staff"},
    {PersonRole::Finance, "finance"},
    {PersonRole::Elderly, "elderly"},
    {PersonRole::Merchant, "merchant"},
    {PersonRole::Resident, "resident"},
    {PersonRole::Organiser, "organiser"},
    {PersonRole::Other, "other"},
}};

constexpr Names<SessionMode, 5> sessionModes{{
    {SessionMode::Training, "training"},
    {SessionMode::Exam, "exam"},
    {SessionMode::Practice, "practice"},
    {SessionMode::Contest, "contest"},
    {SessionMode::Kiosk, "kiosk"},
}};

constexpr Names<SessionStatus, 3> sessionStatuses{{
    {SessionStatus::Draft, "draft"},
    {SessionStatus::Open, "open"},
    {SessionStatus::Closed, "closed"},
}};

constexpr Names<SignInMethod, 3> signInMethods{{
    {SignInMethod::Roster, "roster"},
    {SignInMethod::AddedAtDoor, "added_at_door"},
    {SignInMethod::ByOrganiser, "by_organiser"},
}};

template <class Enum, std::size_t N>
std::string_view nameIn(const Names<Enum, N>& names, Enum value) {
    for (const auto& [v, name] : names) {
        if (v == value) return name;
    }
    return "other";
}

template <class Enum, std::size_t N>
std::optional<Enum> valueIn(const Names<Enum, N>& names, std::string_view text) {
    for (const auto& [v, name] : names) {
        if (name == text) return v;
    }
    return std::nullopt;
}

} // namespace

std::string_view toText(UnitKind kind) { return nameIn(unitKinds, kind); }
std::string_view toText(PersonRole role) { return nameIn(personRoles, role); }
std::string_view toText(SessionMode mode) { return nameIn(sessionModes, mode); }
std::string_view toText(SessionStatus status) { return nameIn(sessionStatuses, status); }
std::string_view toText(SignInMethod method) { return nameIn(signInMethods, method); }

std::optional<UnitKind> unitKindFromText(std::string_view text) { return valueIn(unitKinds, text); }
std::optional<PersonRole> personRoleFromText(std::string_view text) { return valueIn(personRoles, text); }
std::optional<SessionMode> sessionModeFromText(std::string_view text) { return valueIn(sessionModes, text); }
std::optional<SessionStatus> sessionStatusFromText(std::string_view text) {
    return valueIn(sessionStatuses, text);
}
std::optional<SignInMethod> signInMethodFromText(std::string_view text) { return valueIn(signInMethods, text); }

} // namespace game
