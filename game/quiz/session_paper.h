#pragma once
// A person's paper in a training session: their unfinished attempt in that session is
// resumed, else a new paper is drawn from the session's rules. Says why when neither can be.
#include "game/bank/bank.h"
#include "game/quiz/attempt_run.h"
#include "game/records/store.h"

#include <cstdint>
#include <span>
#include <string>
#include <variant>

namespace game {

// Why a person's paper for a session could not start.
struct SessionPaperProblem {
    enum class Kind {
        BadRules, // the session's paper rules cannot be read (reason says what is wrong)
        NoItems,  // the rules match no item in the loaded banks
    };
    Kind kind = Kind::BadRules;
    std::string reason; // BadRules: the rules' problem, for the organiser; else empty
};

// The attempt to play, or why there is none.
using SessionPaper = std::variant<AttemptRun, SessionPaperProblem>;

// The person's paper in the session: their unfinished attempt in this session (never one of
// another session or of practice) resumed where it stopped; otherwise a new paper drawn from
// the session's rules with seed and started at now.
[[nodiscard]] SessionPaper sessionPaper(Store& store, std::span<const Bank> banks, PersonId person,
                                        const TrainingSession& session, std::uint64_t seed, Timestamp now);

} // namespace game
