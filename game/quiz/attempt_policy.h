#pragma once
// A session's attempt policy (one attempt, or several counting the best or the latest):
// what a person gets when they sign in again, and which of their attempts is their result.
#include "game/records/store_rows.h"

#include <optional>
#include <span>

namespace game {

// What signing in to a session gives a person who may have been there before.
enum class SignInOutcome {
    NewPaper,   // a new attempt (the first, or another the policy allows)
    Resume,     // carry on with the attempt they did not finish
    ShowResult, // no attempt is left: their result is shown, not a new paper
};

// The outcome for one person, with the attempt concerned.
struct NextAttempt {
    SignInOutcome outcome = SignInOutcome::NewPaper;
    std::optional<Attempt> attempt; // Resume: the unfinished one; ShowResult: the counted one
    int finished = 0;               // attempts finished with a score
    std::optional<int> left;        // attempts left after this one starts (none: no limit)
};

// A finished attempt with a score (not one that was abandoned or is still open).
[[nodiscard]] bool isScored(const Attempt& attempt);

// The attempt that is a person's result under the policy: the best score (the earliest of equal
// scores) or the latest finished; none when no attempt was finished with a score.
[[nodiscard]] std::optional<Attempt> countedAttempt(std::span<const Attempt> attempts, const AttemptPolicy& policy);

// What a person gets on signing in, from their attempts in the session (any order): an unfinished
// attempt is resumed; with every allowed attempt used, their counted result is shown; otherwise a
// new paper. Abandoned attempts (the player declined to resume) do not use up an attempt.
[[nodiscard]] NextAttempt nextAttempt(std::span<const Attempt> attempts, const AttemptPolicy& policy);

} // namespace game
