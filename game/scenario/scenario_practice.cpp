#include "game/scenario/scenario_practice.h"

#include "game/quiz/paper_rules.h"

namespace game {

std::vector<const Item*> scenariosOn(std::span<const Bank> banks, Channel channel) {
    const auto tabOf = [](Channel c) { return c == Channel::Email ? Channel::Sms : c; };
    std::vector<const Item*> items;
    for (const auto& bank : banks)
        for (const auto& item : bank.items)
            if (item.kind == ItemKind::Scenario && tabOf(item.scenario.channel) == tabOf(channel)) items.push_back(&item);
    return items;
}

Paper scenarioPaper(const Item& item, std::span<const Bank> banks, std::uint64_t seed) {
    PaperRules rules;
    rules.fixedItems = {item.id};
    rules.feedbackAfterEach = true;
    Paper paper = drawPaper(rules, banks, seed);
    paper.level = std::string(kScenarioLevel);
    return paper;
}

} // namespace game
