#include "game/quiz/attempt_policy.h"

#include <algorithm>
#include <tuple>

namespace game {

bool isScored(const Attempt& attempt) { return attempt.finishedAt.has_value() && attempt.score.has_value(); }

std::optional<Attempt> countedAttempt(std::span<const Attempt> attempts, const AttemptPolicy& policy) {
    const Attempt* counted = nullptr;
    for (const Attempt& a : attempts) {
        if (!isScored(a)) continue;
        if (!counted) {
            counted = &a;
        } else if (policy.counted == AttemptCounted::Latest) {
            if (std::tie(*a.finishedAt, a.id) > std::tie(*counted->finishedAt, counted->id)) counted = &a;
        } else {
            // Scores as shares of their papers, so papers of different sizes compare fairly.
            const auto share = [](const Attempt& x) { return x.maxScore > 0 ? *x.score / x.maxScore : 0.0; };
            const bool better = share(a) > share(*counted) ||
                                (share(a) == share(*counted) && std::tie(*a.finishedAt, a.id) < std::tie(*counted->finishedAt, counted->id));
            if (better) counted = &a;
        }
    }
    if (!counted) return std::nullopt;
    return *counted;
}

NextAttempt nextAttempt(std::span<const Attempt> attempts, const AttemptPolicy& policy) {
    NextAttempt next;
    next.finished = static_cast<int>(std::count_if(attempts.begin(), attempts.end(), isScored));
    const auto open = std::find_if(attempts.begin(), attempts.end(), [](const Attempt& a) { return !a.finishedAt; });
    if (open != attempts.end()) {
        next.outcome = SignInOutcome::Resume;
        next.attempt = *open;
        if (policy.allowed) next.left = std::max(0, *policy.allowed - next.finished - 1);
        return next;
    }
    if (policy.allowed && next.finished >= *policy.allowed) {
        next.outcome = SignInOutcome::ShowResult;
        next.attempt = countedAttempt(attempts, policy);
        next.left = 0;
        return next;
    }
    next.outcome = SignInOutcome::NewPaper;
    if (policy.allowed) next.left = *policy.allowed - next.finished - 1;
    return next;
}

} // namespace game
