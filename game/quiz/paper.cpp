#include "game/quiz/paper.h"

#include "game/seeded_random.h"

#include <algorithm>
#include <stdexcept>

namespace game {
namespace {

using nlohmann::json;

constexpr int kPaperVersion = 1;

bool asksForScenarios(const ItemFilter& filter) {
    return std::find(filter.kinds.begin(), filter.kinds.end(), ItemKind::Scenario) != filter.kinds.end();
}

bool onPaper(const std::vector<const Item*>& drawn, const Item* item) {
    return std::find(drawn.begin(), drawn.end(), item) != drawn.end();
}

// Draws up to section.count items not drawn yet; the chosen ones keep their bank order.
void drawSection(const PaperSection& section, std::size_t number, std::span<const Bank> banks, SeededRandom& random,
                 std::vector<const Item*>& drawn, std::vector<std::string>& shortfalls) {
    std::vector<const Item*> candidates;
    for (const Item* item : selectItems(banks, section.filter)) {
        if (item->kind == ItemKind::Scenario && !asksForScenarios(section.filter)) continue;
        if (!onPaper(drawn, item)) candidates.push_back(item);
    }
    const auto wanted = static_cast<std::size_t>(std::max(section.count, 0));
    if (candidates.size() < wanted) {
        shortfalls.push_back("section " + std::to_string(number) + " wanted " + std::to_string(wanted) + " items, " +
                             std::to_string(candidates.size()) + " matched");
    }
    // Choose by index so that the chosen items can be put back in bank order.
    std::vector<std::size_t> indices(candidates.size());
    for (std::size_t i = 0; i < indices.size(); ++i) indices[i] = i;
    random.shuffle(std::span(indices));
    indices.resize(std::min(wanted, indices.size()));
    std::sort(indices.begin(), indices.end());
    for (const auto index : indices) drawn.push_back(candidates[index]);
}

void drawFixed(const PaperRules& rules, std::span<const Bank> banks, std::vector<const Item*>& drawn,
               std::vector<std::string>& shortfalls) {
    for (const auto& id : rules.fixedItems) {
        const Item* item = findItem(banks, id);
        if (!item) shortfalls.push_back("item " + id + " is not in the loaded banks");
        else if (onPaper(drawn, item)) shortfalls.push_back("item " + id + " is listed twice; it is asked once");
        else drawn.push_back(item);
    }
}

// The option or step keys in the order shown.
std::vector<std::string> shownOrder(const Item& item, bool shuffleOptions, SeededRandom& random) {
    std::vector<std::string> keys;
    if (item.kind == ItemKind::Single || item.kind == ItemKind::Multi) {
        for (const auto& option : item.options) keys.push_back(option.key);
        if (shuffleOptions) random.shuffle(std::span(keys));
    } else if (item.kind == ItemKind::Ordering) {
        for (const auto& step : item.steps) keys.push_back(step.key);
        const auto right = keys;
        random.shuffle(std::span(keys));
        // Never show the steps already in the right order.
        if (keys.size() > 1 && keys == right) std::rotate(keys.begin(), keys.begin() + 1, keys.end());
    }
    return keys;
}

template <class T>
T field(const json& object, const char* key, const std::string& where) {
    if (!object.contains(key)) throw std::invalid_argument(where + ": missing field \"" + key + "\"");
    try {
        return object.at(key).get<T>();
    } catch (const json::exception&) {
        throw std::invalid_argument(where + ": field \"" + key + "\" has the wrong type: " + object.at(key).dump());
    }
}

template <class T>
T fieldOr(const json& object, const char* key, const std::string& where, T fallback) {
    return object.contains(key) ? field<T>(object, key, where) : fallback;
}

} // namespace

Paper drawPaper(const PaperRules& rules, std::span<const Bank> banks, std::uint64_t seed) {
    Paper paper;
    paper.seed = seed;
    paper.partialCredit = rules.partialCredit;
    paper.feedbackAfterEach = rules.feedbackAfterEach;
    SeededRandom random(seed);
    std::vector<const Item*> drawn;
    if (!rules.fixedItems.empty()) {
        drawFixed(rules, banks, drawn, paper.shortfalls);
    } else {
        for (std::size_t i = 0; i < rules.sections.size(); ++i)
            drawSection(rules.sections[i], i + 1, banks, random, drawn, paper.shortfalls);
        if (rules.shuffleItems) random.shuffle(std::span(drawn));
    }
    for (const Item* item : drawn) {
        PaperItem entry{item->id, shownOrder(*item, rules.shuffleOptions, random), item->points, item->bankId,
                        item->bankRevision};
        paper.maxScore += entry.points;
        paper.items.push_back(std::move(entry));
    }
    paper.passScore = paper.maxScore * rules.passPercent / 100.0;
    return paper;
}

json toJson(const Paper& paper) {
    json items = json::array();
    for (const auto& item : paper.items) {
        items.push_back({{"id", item.itemId},
                         {"order", item.order},
                         {"points", item.points},
                         {"bank", item.bankId},
                         {"bank_revision", item.bankRevision}});
    }
    json out = {{"version", kPaperVersion},        {"seed", paper.seed},
                {"items", items},                  {"max_score", paper.maxScore},
                {"pass_score", paper.passScore},   {"partial_credit", paper.partialCredit},
                {"feedback_after_each", paper.feedbackAfterEach}, {"shortfalls", paper.shortfalls}};
    if (!paper.level.empty()) out["level"] = paper.level;
    return out;
}

Paper paperFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("paper: must be a JSON object, not " + in.dump());
    const int version = field<int>(in, "version", "paper");
    if (version > kPaperVersion) {
        throw std::invalid_argument("paper: version " + std::to_string(version) +
                                    " was written by a newer ScamDrill; this version reads up to " +
                                    std::to_string(kPaperVersion));
    }
    Paper paper;
    paper.seed = field<std::uint64_t>(in, "seed", "paper");
    paper.maxScore = field<double>(in, "max_score", "paper");
    paper.passScore = field<double>(in, "pass_score", "paper");
    paper.partialCredit = fieldOr(in, "partial_credit", "paper", false);
    paper.feedbackAfterEach = fieldOr(in, "feedback_after_each", "paper", false);
    paper.shortfalls = fieldOr(in, "shortfalls", "paper", std::vector<std::string>{});
    paper.level = fieldOr(in, "level", "paper", std::string{});
    const json& items = in.contains("items") ? in["items"] : json();
    if (!items.is_array()) throw std::invalid_argument("paper: field \"items\" must be a list");
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = "paper item " + std::to_string(i);
        if (!items[i].is_object()) throw std::invalid_argument(where + ": must be an object");
        PaperItem item;
        item.itemId = field<std::string>(items[i], "id", where);
        item.order = fieldOr(items[i], "order", where, std::vector<std::string>{});
        item.points = field<int>(items[i], "points", where);
        item.bankId = fieldOr(items[i], "bank", where, std::string{});
        item.bankRevision = fieldOr(items[i], "bank_revision", where, 1);
        paper.items.push_back(std::move(item));
    }
    return paper;
}

} // namespace game
