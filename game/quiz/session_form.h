#pragma once
// The organiser's session form and the training session it stands for: a form
// from a stored session (saying what of its paper rules the form cannot show),
// and the session to save from a form (or why it cannot be saved). What the form
// does not show is kept as it was, never dropped or rewritten.
#include "game/bank/bank.h"
#include "game/records/store_rows.h"

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// The kinds a form's paper draws from: every quiz kind, and scenarios when ticked.
[[nodiscard]] std::span<const ItemKind> formQuizKinds();

// The one section of a paper the form edits.
struct SectionForm {
    int itemCount = 10;
    bool scenarios = true;             // also draw scenario items (calls, SMS, chats, web pages)
    std::set<FraudType> fraudTypes;    // none means every type
    std::optional<Audience> audience;  // none means everyone
    int minDifficulty = 1;
    int maxDifficulty = 3;
};

// What of a session's paper rules the form cannot show.
enum class RulesNotShown {
    Unreadable,       // the stored rules cannot be read: the form shows the defaults, and saving replaces them
    FixedItems,       // a fixed list of items: kept as stored
    SeveralSections,  // more than one section: kept as stored
    OtherKinds,       // a section drawing other kinds than the form's: kept as stored
    SeveralAudiences, // a section for more than one audience: kept as stored
};

// The fields of the session form. Times are as typed ("2026-11-29 09:30", local time).
struct SessionForm {
    std::string title;
    std::optional<UnitId> unit;
    std::string organiser;
    std::string place;
    std::string startsAt;
    std::string endsAt;
    std::optional<SectionForm> section; // none when the stored sections are beyond the form (they are kept)
    bool partialCredit = false;
    bool examStyle = false;             // results at the end, not an explanation after each answer
    double passPercent = 60;            // of the paper's points
    std::vector<RulesNotShown> notShown; // what the stored rules hold that the form cannot show
};

// Why a form cannot be saved.
enum class SessionFormError {
    NoTitle,         // the title is empty
    NoUnit,          // no unit is chosen
    BadStartTime,    // the start is not a time ("2026-11-29 09:30")
    BadEndTime,      // the end is not a time
    EndsBeforeStart, // the end is before the start
    ItemCount,       // the item count is outside 1..mostItemsInSection
    DifficultyRange, // the difficulties are outside 1..3, or the lowest is above the highest
    PassPercent,     // the pass mark is outside 0..100
};

// The stable codes of the reasons above ("no_title", "several_sections"), for string-table keys.
[[nodiscard]] std::string_view codeOf(SessionFormError error);
[[nodiscard]] std::string_view codeOf(RulesNotShown reason);

// What saving a form gives: the session to store, or every reason it cannot be saved.
struct SessionFromForm {
    TrainingSession session;              // only meaningful when errors is empty
    std::vector<SessionFormError> errors; // in the order of the form's fields
};

// The form of a new session: the title given (in the UI's language), from now to an hour later.
[[nodiscard]] SessionForm newSessionForm(std::string title, Timestamp now);

// The form showing a stored session.
[[nodiscard]] SessionForm fromSession(const TrainingSession& session);

// The session a form describes, over base (the stored session when editing, else a new one):
// base's id and status are kept, and so is every part of its paper rules the form does not show
// (shuffling, fixed items, sections beyond the form), unless the rules were unreadable.
[[nodiscard]] SessionFromForm toSession(const SessionForm& form, const TrainingSession& base);

} // namespace game
