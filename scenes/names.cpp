#include "scenes/names.h"

#include "game/utf8.h"

#include <cctype>

namespace scenes {

std::string nameOf(const game::StringTable& s, game::UnitKind kind) {
    return s.get("unit.kind." + std::string(game::codeOf(kind)));
}
std::string nameOf(const game::StringTable& s, game::PersonRole role) {
    return s.get("role." + std::string(game::codeOf(role)));
}
std::string nameOf(const game::StringTable& s, game::SessionStatus status) {
    return s.get("session.status." + std::string(game::codeOf(status)));
}
std::string nameOf(const game::StringTable& s, game::FraudType type) {
    const auto& info = game::fraudTypeInfo(type);
    return std::string(s.language() == game::Language::En ? info.en : info.zh);
}
std::string nameOf(const game::StringTable& s, game::Audience audience) {
    return std::string(s.language() == game::Language::En ? game::audienceNameEn(audience) : game::audienceNameZh(audience));
}

std::string tallyText(const game::StringTable& s, const game::ScenarioTally& tally) {
    // Only the parts the player met: no "0 / 0".
    std::string parts;
    if (tally.scams > 0) parts = s.format("tally.scams", {std::to_string(tally.scamsStopped), std::to_string(tally.scams)});
    if (tally.genuine > 0)
        parts += (parts.empty() ? "" : " · ")
                 + s.format("tally.genuine", {std::to_string(tally.genuineRefused), std::to_string(tally.genuine)});
    if (tally.unreadable > 0)
        parts += (parts.empty() ? "" : " · ") + s.format("tally.unreadable", {std::to_string(tally.unreadable)});
    return parts.empty() ? parts : s.format("tally.text", {parts});
}

std::string callerInitial(const game::Contact& contact) {
    if (!contact.avatar.empty()) return contact.avatar;
    const auto chars = game::decodeUtf8(contact.name);
    for (const char32_t c : chars)
        if (c >= 0x4E00 && c <= 0x9FFF) return game::encodeUtf8(c);
    for (const char32_t c : chars)
        if (c < 0x80 && std::isalnum(static_cast<int>(c))) return game::encodeUtf8(c);
    return "?";
}

std::string starsText(int stars) {
    std::string shown;
    for (int i = 0; i < 3; ++i) shown += i < stars ? "★" : "☆";
    return shown;
}

const std::vector<game::UnitKind>& allUnitKinds() {
    using K = game::UnitKind;
    static const std::vector<K> all{K::Township, K::Village, K::School, K::Grade, K::Class, K::Department, K::Company, K::Other};
    return all;
}
const std::vector<game::PersonRole>& allPersonRoles() {
    using R = game::PersonRole;
    static const std::vector<R> all{R::Resident, R::Elderly, R::Pupil, R::Student, R::Teacher,
                                    R::Staff,    R::Finance, R::Merchant, R::Organiser, R::Other};
    return all;
}
const std::vector<game::Audience>& allAudiences() {
    using A = game::Audience;
    static const std::vector<A> all{A::Pupil, A::Student, A::Staff, A::Finance, A::Elderly, A::Merchant, A::Resident};
    return all;
}

} // namespace scenes
