#pragma once
// Rows the records store computes for the screens, so a screen reads what it shows
// (a count, a best score) instead of every row behind it.
#include "game/records/store_rows.h"

#include <optional>
#include <string>

namespace game {

// An attempt left unfinished, as the resume screen offers it.
struct ResumableAttempt {
    AttemptId id;
    PersonId person;
    std::string personName;                  // empty when the person is gone
    std::optional<SessionId> session;        // none in practice
    std::optional<std::string> sessionTitle; // none in practice, or when the session is gone
    Timestamp startedAt{};
    int answered = 0; // answers given so far
    int items = 0;    // items on its paper
};

// A person's best finished attempt on one practice level (highest share of its max score).
struct LevelBest {
    std::string level; // the paper's level code ("fake_police", "review", "scenario")
    double score = 0;
    double maxScore = 0;
};

} // namespace game
