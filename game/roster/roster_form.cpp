#include "game/roster/roster_form.h"

namespace game {
namespace {

std::optional<std::string> filledIn(const std::string& typed) {
    if (!isNamed(typed)) return std::nullopt;
    return typed;
}

} // namespace

bool isNamed(std::string_view typed) { return typed.find_first_not_of(' ') != std::string_view::npos; }

PersonForm personFormOf(const Person& person) {
    return {person.name, person.role, person.number.value_or("")};
}

std::optional<Person> toPerson(const PersonForm& form, UnitId unit, Timestamp now) {
    if (!isNamed(form.name)) return std::nullopt;
    Person person;
    person.name = form.name;
    person.unit = unit;
    person.role = form.role;
    person.number = filledIn(form.number);
    person.createdAt = now;
    return person;
}

} // namespace game
