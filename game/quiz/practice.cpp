#include "game/quiz/practice.h"

#include "game/seeded_random.h"

#include <algorithm>

namespace game {
namespace {

ItemFilter levelFilter(FraudType level, std::optional<Audience> audience) {
    ItemFilter filter;
    filter.kinds = {ItemKind::Single, ItemKind::Multi, ItemKind::TrueFalse, ItemKind::SpotFlags, ItemKind::Ordering};
    filter.fraudTypes = {level};
    if (audience) filter.audiences = {*audience};
    return filter;
}

} // namespace

std::vector<PracticeLevel> practiceLevels(std::span<const Bank> banks, std::optional<Audience> audience) {
    std::vector<PracticeLevel> levels;
    const auto add = [&](FraudType type) {
        const auto count = selectItems(banks, levelFilter(type, audience)).size();
        if (count > 0) levels.push_back({type, static_cast<int>(count)});
    };
    add(FraudType::General);
    for (const auto& info : fraudTypes())
        if (info.type != FraudType::General) add(info.type);
    return levels;
}

PaperRules practiceLevelRules(FraudType level, std::optional<Audience> audience) {
    PaperRules rules;
    rules.sections.push_back({levelFilter(level, audience), kPracticeLevelItems});
    rules.feedbackAfterEach = true;
    return rules;
}

std::optional<Audience> audienceOf(PersonRole role) {
    switch (role) {
    case PersonRole::Pupil: return Audience::Pupil;
    case PersonRole::Student: return Audience::Student;
    case PersonRole::Teacher:
    case PersonRole::Staff: return Audience::Staff;
    case PersonRole::Finance: return Audience::Finance;
    case PersonRole::Elderly: return Audience::Elderly;
    case PersonRole::Merchant: return Audience::Merchant;
    case PersonRole::Resident: return Audience::Resident;
    case PersonRole::Organiser:
    case PersonRole::Other: break;
    }
    return std::nullopt;
}

Paper drawPracticeLevel(FraudType level, std::optional<Audience> audience, std::span<const Bank> banks,
                        std::uint64_t seed) {
    Paper paper = drawPaper(practiceLevelRules(level, audience), banks, seed);
    if (audience && paper.items.size() < static_cast<size_t>(kPracticeLevelItems)) {
        const Paper everyone = drawPaper(practiceLevelRules(level, std::nullopt), banks, seed);
        for (const auto& item : everyone.items) {
            if (paper.items.size() >= static_cast<size_t>(kPracticeLevelItems)) break;
            const bool taken = std::any_of(paper.items.begin(), paper.items.end(),
                                           [&](const PaperItem& p) { return p.itemId == item.itemId; });
            if (taken) continue;
            paper.items.push_back(item);
            paper.maxScore += item.points;
        }
        paper.passScore = paper.maxScore * practiceLevelRules(level, audience).passPercent / 100.0;
        paper.shortfalls = everyone.shortfalls;
    }
    paper.level = fraudTypeInfo(level).code;
    return paper;
}

int starsFor(double score, double maxScore) {
    if (maxScore <= 0) return 0;
    const double percent = score / maxScore * 100.0;
    constexpr double tolerance = 1e-9;
    if (percent + tolerance >= 100) return 3;
    if (percent + tolerance >= 80) return 2;
    if (percent + tolerance >= 60) return 1;
    return 0;
}

int bestStars(std::span<const LevelBest> best, FraudType level) {
    const std::string_view code = fraudTypeInfo(level).code;
    const auto it = std::find_if(best.begin(), best.end(), [&](const LevelBest& b) { return b.level == code; });
    return it == best.end() ? 0 : starsFor(it->score, it->maxScore);
}

PaperRules reviewBookRules(std::span<const ReviewEntry> due) {
    std::vector<const ReviewEntry*> byDue;
    for (const auto& entry : due) byDue.push_back(&entry);
    std::stable_sort(byDue.begin(), byDue.end(),
                     [](const ReviewEntry* a, const ReviewEntry* b) { return a->dueAt < b->dueAt; });
    PaperRules rules;
    for (const ReviewEntry* entry : byDue) rules.fixedItems.push_back(entry->itemId);
    rules.feedbackAfterEach = true;
    return rules;
}

Paper reviewPaper(std::span<const ReviewEntry> due, std::span<const Bank> banks, std::uint64_t seed) {
    PaperRules rules = reviewBookRules(due);
    SeededRandom random(seed ^ 0x7265766965770000ULL); // its own stream, apart from the option shuffles
    random.shuffle(std::span(rules.fixedItems));
    Paper paper = drawPaper(rules, banks, seed);
    paper.level = kReviewLevel;
    return paper;
}

} // namespace game
