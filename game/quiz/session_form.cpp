#include "game/quiz/session_form.h"

#include "game/codes.h"
#include "game/local_time.h"
#include "game/quiz/paper_rules.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

namespace game {
namespace {

constexpr std::array kQuizKinds{ItemKind::Single, ItemKind::Multi, ItemKind::TrueFalse, ItemKind::SpotFlags,
                                ItemKind::Ordering};

constexpr auto kFormErrors = codeTable<SessionFormError>({
    {SessionFormError::NoTitle, "no_title"},
    {SessionFormError::NoUnit, "no_unit"},
    {SessionFormError::BadStartTime, "bad_start_time"},
    {SessionFormError::BadEndTime, "bad_end_time"},
    {SessionFormError::EndsBeforeStart, "ends_before_start"},
    {SessionFormError::ItemCount, "item_count"},
    {SessionFormError::DifficultyRange, "difficulty_range"},
    {SessionFormError::PassPercent, "pass_percent"},
});

constexpr auto kNotShown = codeTable<RulesNotShown>({
    {RulesNotShown::Unreadable, "unreadable"},
    {RulesNotShown::FixedItems, "fixed_items"},
    {RulesNotShown::SeveralSections, "several_sections"},
    {RulesNotShown::OtherKinds, "other_kinds"},
    {RulesNotShown::SeveralAudiences, "several_audiences"},
});

std::optional<PaperRules> readRules(const nlohmann::json& json) {
    try {
        return paperRulesFromJson(json);
    } catch (const std::invalid_argument&) {
        return std::nullopt;
    }
}

std::vector<ItemKind> kindsOf(bool scenarios) {
    std::vector<ItemKind> kinds(kQuizKinds.begin(), kQuizKinds.end());
    if (scenarios) kinds.push_back(ItemKind::Scenario);
    return kinds;
}

bool hasKind(const std::vector<ItemKind>& kinds, ItemKind kind) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

// True when the kinds are the form's (in any order): the quiz kinds, with or without scenarios.
bool formKinds(std::vector<ItemKind> kinds) {
    std::sort(kinds.begin(), kinds.end());
    return kinds == kindsOf(hasKind(kinds, ItemKind::Scenario));
}

SectionForm sectionFormOf(const PaperSection& section) {
    SectionForm form;
    form.itemCount = section.count;
    form.scenarios = hasKind(section.filter.kinds, ItemKind::Scenario);
    form.fraudTypes.insert(section.filter.fraudTypes.begin(), section.filter.fraudTypes.end());
    if (!section.filter.audiences.empty()) form.audience = section.filter.audiences.front();
    form.minDifficulty = section.filter.minDifficulty;
    form.maxDifficulty = section.filter.maxDifficulty;
    return form;
}

PaperSection sectionOf(const SectionForm& form) {
    PaperSection section;
    section.count = form.itemCount;
    section.filter.kinds = kindsOf(form.scenarios);
    section.filter.fraudTypes.assign(form.fraudTypes.begin(), form.fraudTypes.end());
    if (form.audience) section.filter.audiences.push_back(*form.audience);
    section.filter.minDifficulty = form.minDifficulty;
    section.filter.maxDifficulty = form.maxDifficulty;
    return section;
}

// What of the rules' sections the form cannot show; empty when it can show them all.
std::vector<RulesNotShown> beyondForm(const PaperRules& rules) {
    std::vector<RulesNotShown> notShown;
    if (!rules.fixedItems.empty()) notShown.push_back(RulesNotShown::FixedItems);
    if (rules.sections.size() > 1) notShown.push_back(RulesNotShown::SeveralSections);
    if (rules.sections.size() == 1) {
        const ItemFilter& filter = rules.sections.front().filter;
        if (!formKinds(filter.kinds)) notShown.push_back(RulesNotShown::OtherKinds);
        if (filter.audiences.size() > 1) notShown.push_back(RulesNotShown::SeveralAudiences);
    }
    return notShown;
}

std::vector<SessionFormError> problemsOf(const SessionForm& form, const std::optional<Timestamp>& starts,
                                         const std::optional<Timestamp>& ends) {
    std::vector<SessionFormError> errors;
    if (form.title.find_first_not_of(' ') == std::string::npos) errors.push_back(SessionFormError::NoTitle);
    if (!form.unit) errors.push_back(SessionFormError::NoUnit);
    if (!starts) errors.push_back(SessionFormError::BadStartTime);
    if (!ends) errors.push_back(SessionFormError::BadEndTime);
    if (starts && ends && *ends < *starts) errors.push_back(SessionFormError::EndsBeforeStart);
    if (const auto& section = form.section) {
        if (section->itemCount < 1 || section->itemCount > mostItemsInSection)
            errors.push_back(SessionFormError::ItemCount);
        if (section->minDifficulty < lowestDifficulty || section->maxDifficulty > highestDifficulty
            || section->minDifficulty > section->maxDifficulty)
            errors.push_back(SessionFormError::DifficultyRange);
    }
    if (!(form.passPercent >= 0 && form.passPercent <= 100)) errors.push_back(SessionFormError::PassPercent);
    return errors;
}

} // namespace

std::span<const ItemKind> formQuizKinds() { return kQuizKinds; }

std::string_view codeOf(SessionFormError error) { return kFormErrors.codeOf(error); }
std::string_view codeOf(RulesNotShown reason) { return kNotShown.codeOf(reason); }

SessionForm newSessionForm(std::string title, Timestamp now) {
    SessionForm form;
    form.title = std::move(title);
    form.startsAt = formatLocalTime(now);
    form.endsAt = formatLocalTime(now + std::chrono::hours(1));
    form.section = SectionForm{};
    return form;
}

SessionForm fromSession(const TrainingSession& session) {
    SessionForm form = newSessionForm(session.title, session.startsAt);
    form.unit = session.unit;
    form.organiser = session.organiser;
    form.place = session.place;
    form.endsAt = formatLocalTime(session.endsAt);
    const auto rules = readRules(session.paperRules);
    if (!rules) {
        form.notShown.push_back(RulesNotShown::Unreadable);
        return form;
    }
    form.partialCredit = rules->partialCredit;
    form.examStyle = !rules->feedbackAfterEach;
    form.passPercent = rules->passPercent;
    form.notShown = beyondForm(*rules);
    if (form.notShown.empty()) form.section = sectionFormOf(rules->sections.front());
    else form.section.reset();
    return form;
}

SessionFromForm toSession(const SessionForm& form, const TrainingSession& base) {
    const auto starts = parseLocalTime(form.startsAt);
    const auto ends = parseLocalTime(form.endsAt);
    SessionFromForm out{base, problemsOf(form, starts, ends)};
    if (!out.errors.empty()) return out;
    TrainingSession& session = out.session;
    session.title = form.title;
    session.unit = *form.unit;
    session.organiser = form.organiser;
    session.place = form.place;
    session.startsAt = *starts;
    session.endsAt = *ends;
    const auto stored = readRules(base.paperRules);
    PaperRules rules = stored.value_or(PaperRules{});
    // Unreadable rules are replaced whole; readable ones keep what the form does not show.
    if (form.section || !stored) rules.sections = {sectionOf(form.section.value_or(SectionForm{}))};
    rules.partialCredit = form.partialCredit;
    rules.feedbackAfterEach = !form.examStyle;
    rules.passPercent = form.passPercent;
    session.paperRules = toJson(rules);
    return out;
}

} // namespace game
