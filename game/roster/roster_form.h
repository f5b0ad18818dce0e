#pragma once
// What the organiser types for a unit or a person on a roster, and the row it
// makes: a name of only spaces is no name, and a blank number is none.
#include "game/records/store_rows.h"

#include <optional>
#include <string>
#include <string_view>

namespace game {

// True when a typed name has more than spaces in it (every unit and person needs one).
[[nodiscard]] bool isNamed(std::string_view typed);

// The fields of the person form.
struct PersonForm {
    std::string name;
    PersonRole role = PersonRole::Resident;
    std::string number; // staff or student number; blank for none
};

// The form showing a stored person.
[[nodiscard]] PersonForm personFormOf(const Person& person);

// The person a form describes on a unit's roster, added at now (an update keeps the first
// time); none when the name is blank.
[[nodiscard]] std::optional<Person> toPerson(const PersonForm& form, UnitId unit, Timestamp now);

} // namespace game
