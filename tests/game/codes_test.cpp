// The code tables: every enum value has a code that reads back as the same value,
// and a code no table holds reads as none.
#include "game/bank/bank_codes.h"
#include "game/codes.h"
#include "game/records/store_error.h"
#include "game/records/store_rows.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace {

// Checks every value from the first enumerator to last: a code of its own that reads back as the value.
template <class Enum, class FromCode>
void checkRoundTrip(Enum last, FromCode fromCode) {
    std::set<std::string> seen;
    for (int i = 0; i <= static_cast<int>(last); ++i) {
        const auto value = static_cast<Enum>(i);
        const std::string code(game::codeOf(value));
        INFO("value " << i << " code \"" << code << "\"");
        CHECK_FALSE(code.empty());
        CHECK(seen.insert(code).second);
        CHECK(fromCode(code) == value);
    }
    CHECK_FALSE(fromCode("no_such_code").has_value());
    CHECK_FALSE(fromCode("").has_value());
    CHECK_FALSE(fromCode(std::string(game::codeOf(Enum{})) + " ").has_value());
}

enum class Light { Red, Amber, Green };
constexpr auto kLights = game::codeTable<Light>({{Light::Red, "red"}, {Light::Amber, "amber"}, {Light::Green, "green"}});

} // namespace

SCENARIO("a code table reads both ways from one list", "[codes]") {
    GIVEN("a table of three values") {
        THEN("each value has its code and each code its value") {
            STATIC_REQUIRE(kLights.codeOf(Light::Amber) == "amber");
            STATIC_REQUIRE(kLights.fromCode("green") == Light::Green);
            CHECK(kLights.codes() == std::array<std::string_view, 3>{"red", "amber", "green"});
            STATIC_REQUIRE(kLights.inDeclarationOrder());
        }
        THEN("a code it does not hold reads as none, whatever its case or spacing") {
            CHECK_FALSE(kLights.fromCode("Red").has_value());
            CHECK_FALSE(kLights.fromCode("red ").has_value());
            CHECK_FALSE(kLights.fromCode("blue").has_value());
        }
    }
    GIVEN("a table listed out of declaration order") {
        constexpr auto shuffled = game::codeTable<Light>({{Light::Green, "green"}, {Light::Red, "red"}});
        THEN("it says so, and still reads both ways") {
            STATIC_REQUIRE_FALSE(shuffled.inDeclarationOrder());
            CHECK(shuffled.codeOf(Light::Red) == "red");
            CHECK(shuffled.fromCode("green") == Light::Green);
        }
    }
}

TEST_CASE("every records code reads back as its value", "[codes]") {
    checkRoundTrip(game::UnitKind::Other, game::unitKindFromCode);
    checkRoundTrip(game::PersonRole::Other, game::personRoleFromCode);
    checkRoundTrip(game::SessionStatus::Closed, game::sessionStatusFromCode);
    checkRoundTrip(game::SignInMethod::ByOrganiser, game::signInMethodFromCode);
    CHECK(game::codeOf(game::SignInMethod::AddedAtDoor) == "added_at_door");
}

TEST_CASE("every store error kind has a code of its own", "[codes]") {
    using Kind = game::StoreError::Kind;
    std::set<std::string> seen;
    for (int i = 0; i <= static_cast<int>(Kind::Other); ++i) {
        const std::string code(game::codeOf(static_cast<Kind>(i)));
        INFO(code);
        CHECK_FALSE(code.empty());
        CHECK(seen.insert(code).second);
    }
    CHECK(game::codeOf(Kind::DiskFull) == "disk_full");
}

TEST_CASE("every bank code reads back as its value, and the code lists follow declaration order", "[codes]") {
    checkRoundTrip(game::ItemKind::Scenario, game::itemKindFromCode);
    checkRoundTrip(game::Audience::Resident, game::audienceFromCode);
    checkRoundTrip(game::Channel::Email, game::channelFromCode);
    checkRoundTrip(game::Outcome::GenuineRefused, game::outcomeFromCode);
    checkRoundTrip(game::LineKind::Link, game::lineKindFromCode);
    checkRoundTrip(game::ChoiceAction::Ignore, game::choiceActionFromCode);
    // The bank readers take a code's index in these lists as its value.
    CHECK(game::itemKindCodes()[static_cast<std::size_t>(game::ItemKind::SpotFlags)] == "spot_flags");
    CHECK(game::outcomeCodes()[static_cast<std::size_t>(game::Outcome::MoneyLost)] == "money_lost");
    CHECK(game::choiceActionCodes().size() == static_cast<std::size_t>(game::ChoiceAction::Ignore) + 1);
}
