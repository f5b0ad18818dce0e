#include "game/records/store_rows.h"

#include "game/codes.h"

namespace game {
namespace {

constexpr auto kUnitKinds = codeTable<UnitKind>({
    {UnitKind::Township, "township"},
    {UnitKind::Village, "village"},
    {UnitKind::School, "school"},
    {UnitKind::Grade, "grade"},
    {UnitKind::Class, "class"},
    {UnitKind::Department, "department"},
    {UnitKind::Company, "company"},
    {UnitKind::Other, "other"},
});

constexpr auto kPersonRoles = codeTable<PersonRole>({
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
});

constexpr auto kSessionStatuses = codeTable<SessionStatus>({
    {SessionStatus::Draft, "draft"},
    {SessionStatus::Open, "open"},
    {SessionStatus::Closed, "closed"},
});

constexpr auto kSignInMethods = codeTable<SignInMethod>({
    {SignInMethod::Roster, "roster"},
    {SignInMethod::AddedAtDoor, "added_at_door"},
    {SignInMethod::ByOrganiser, "by_organiser"},
});

constexpr auto kAttemptCounted = codeTable<AttemptCounted>({
    {AttemptCounted::Best, "best"},
    {AttemptCounted::Latest, "latest"},
});

constexpr auto kOrganisationKinds = codeTable<OrganisationKind>({
    {OrganisationKind::School, "school"},
    {OrganisationKind::Township, "township"},
    {OrganisationKind::WorkUnit, "work_unit"},
    {OrganisationKind::BankBranch, "bank_branch"},
});

} // namespace

std::string_view codeOf(UnitKind kind) { return kUnitKinds.codeOf(kind); }
std::string_view codeOf(PersonRole role) { return kPersonRoles.codeOf(role); }
std::string_view codeOf(SessionStatus status) { return kSessionStatuses.codeOf(status); }
std::string_view codeOf(SignInMethod method) { return kSignInMethods.codeOf(method); }
std::string_view codeOf(AttemptCounted counted) { return kAttemptCounted.codeOf(counted); }
std::string_view codeOf(OrganisationKind kind) { return kOrganisationKinds.codeOf(kind); }

std::optional<UnitKind> unitKindFromCode(std::string_view code) { return kUnitKinds.fromCode(code); }
std::optional<PersonRole> personRoleFromCode(std::string_view code) { return kPersonRoles.fromCode(code); }
std::optional<SessionStatus> sessionStatusFromCode(std::string_view code) { return kSessionStatuses.fromCode(code); }
std::optional<SignInMethod> signInMethodFromCode(std::string_view code) { return kSignInMethods.fromCode(code); }
std::optional<AttemptCounted> attemptCountedFromCode(std::string_view code) { return kAttemptCounted.fromCode(code); }
std::optional<OrganisationKind> organisationKindFromCode(std::string_view code) {
    return kOrganisationKinds.fromCode(code);
}

} // namespace game
