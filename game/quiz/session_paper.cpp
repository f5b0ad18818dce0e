#include "game/quiz/session_paper.h"

#include "game/quiz/paper_rules.h"

#include <stdexcept>

namespace game {

SessionPaper sessionPaper(Store& store, std::span<const Bank> banks, PersonId person, const TrainingSession& session,
                          std::uint64_t seed, Timestamp now) {
    for (const auto& attempt : store.unfinishedAttempts(person))
        if (attempt.session == session.id) return AttemptRun::resume(store, banks, attempt.id);
    PaperRules rules;
    try {
        rules = paperRulesFromJson(session.paperRules);
    } catch (const std::invalid_argument& e) {
        return SessionPaperProblem{SessionPaperProblem::Kind::BadRules, e.what()};
    }
    Paper paper = drawPaper(rules, banks, seed);
    if (paper.items.empty()) return SessionPaperProblem{SessionPaperProblem::Kind::NoItems, {}};
    return AttemptRun::start(store, banks, std::move(paper), person, session.id, now);
}

} // namespace game
