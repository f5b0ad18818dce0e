// The roster forms: what a typed name and number become.
#include "game/roster/roster_form.h"

#include <catch2/catch.hpp>

SCENARIO("a person typed into the roster form becomes a person on the unit's roster", "[roster]") {
    const game::Timestamp now = game::timestampFromUnixMs(1'795'000'000'000);
    game::PersonForm form{"张伟", game::PersonRole::Teacher, "2024001"};
    GIVEN("a name, a role and a number") {
        const auto person = game::toPerson(form, game::UnitId{4}, now);
        REQUIRE(person);
        THEN("the person has them and the time they were added") {
            CHECK(person->name == "张伟");
            CHECK(person->unit == game::UnitId{4});
            CHECK(person->role == game::PersonRole::Teacher);
            CHECK(person->number == std::optional<std::string>("2024001"));
            CHECK(person->createdAt == now);
        }
        THEN("the form of that person shows the same fields") {
            const auto back = game::personFormOf(*person);
            CHECK(back.name == form.name);
            CHECK(back.role == form.role);
            CHECK(back.number == form.number);
        }
    }
    GIVEN("a number of only spaces") {
        form.number = "   ";
        THEN("the person has neither") {
            const auto person = game::toPerson(form, game::UnitId{4}, now);
            REQUIRE(person);
            CHECK_FALSE(person->number);
        }
    }
    GIVEN("a name of only spaces, or none") {
        THEN("there is no person") {
            form.name = "   ";
            CHECK_FALSE(game::toPerson(form, game::UnitId{4}, now));
            form.name.clear();
            CHECK_FALSE(game::toPerson(form, game::UnitId{4}, now));
        }
    }
    THEN("a unit's name is a name when it has more than spaces") {
        CHECK(game::isNamed("城东小学"));
        CHECK(game::isNamed(" 一小 "));
        CHECK_FALSE(game::isNamed("  "));
        CHECK_FALSE(game::isNamed(""));
    }
}
