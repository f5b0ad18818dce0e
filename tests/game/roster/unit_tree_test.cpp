// The units below a unit (for adding yourself at a session's door), and the person
// a name typed at the door makes.
#include "game/records/store.h"
#include "game/roster/door_sign_in.h"
#include "game/roster/unit_tree.h"
#include "support/store_fixtures.h"

#include <catch2/catch.hpp>

namespace {
std::vector<std::string> namesOf(const std::vector<game::Unit>& units) {
    std::vector<std::string> names;
    for (const auto& u : units) names.push_back(u.name);
    return names;
}
} // namespace

SCENARIO("a unit's subtree is the unit and everything below it, in tree order", "[roster]") {
    auto store = game::Store::open(":memory:");
    const auto town = store.addUnit("石会镇", game::UnitKind::Township);
    const auto school = store.addUnit("石会小学", game::UnitKind::School, town);
    const auto grade = store.addUnit("三年级一班", game::UnitKind::Class, school);
    (void)store.addUnit("一年级一班", game::UnitKind::Class, school);
    const auto village = store.addUnit("东村", game::UnitKind::Village, town);
    (void)store.addUnit("城东街道", game::UnitKind::Township);
    const auto tree = store.listUnits();
    THEN("a school gives itself and its classes, not its sister village") {
        CHECK(namesOf(game::unitAndBelow(tree, school)) == std::vector<std::string>{"石会小学", "一年级一班", "三年级一班"});
    }
    THEN("the township gives its whole tree, not the next township") {
        CHECK(namesOf(game::unitAndBelow(tree, town))
              == std::vector<std::string>{"石会镇", "东村", "石会小学", "一年级一班", "三年级一班"});
    }
    THEN("a unit with nothing below gives itself") {
        CHECK(namesOf(game::unitAndBelow(tree, grade)) == std::vector<std::string>{"三年级一班"});
        CHECK(namesOf(game::unitAndBelow(tree, village)) == std::vector<std::string>{"东村"});
    }
    THEN("a unit not in the list gives nothing") { CHECK(game::unitAndBelow(tree, game::UnitId{999}).empty()); }
}

SCENARIO("a name typed at the door becomes a person of the unit, without the spaces around it", "[roster]") {
    const auto now = game::timestampFromUnixMs(1'700'000'000'000);
    const game::UnitId unit{3};
    WHEN("a name with spaces around it, ASCII and full-width, is typed") {
        const auto person = game::personAtDoor("  \u3000陈静 \u3000", unit, now);
        THEN("the person has the name alone, the unit and the time") {
            REQUIRE(person);
            CHECK(person->name == "陈静");
            CHECK(person->unit == unit);
            CHECK(person->createdAt == now);
        }
    }
    THEN("spaces inside a name are kept") {
        REQUIRE(game::personAtDoor(" Tom Li ", unit, now));
        CHECK(game::personAtDoor(" Tom Li ", unit, now)->name == "Tom Li");
    }
    THEN("nothing but spaces is no name") {
        CHECK_FALSE(game::personAtDoor("", unit, now));
        CHECK_FALSE(game::personAtDoor("   ", unit, now));
        CHECK_FALSE(game::personAtDoor("\u3000 \u3000", unit, now));
    }
}
