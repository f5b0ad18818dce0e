// Practising scenarios from the list: which scenarios each tab offers, and the one-item
// paper a scenario is played as.
#include "support/scenario_fixtures.h"

#include "game/scenario/scenario_practice.h"

#include <catch2/catch.hpp>

SCENARIO("each tab of the scenario list offers the scenarios that start in its channel", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    THEN("the SMS-first scam is a text message, the genuine call a call; no tab has both") {
        const auto sms = game::scenariosOn(library.banks, game::Channel::Sms);
        REQUIRE(sms.size() == 1);
        CHECK(sms[0]->id == "drill.cross");
        const auto calls = game::scenariosOn(library.banks, game::Channel::Call);
        REQUIRE(calls.size() == 1);
        CHECK(calls[0]->id == "drill.genuine");
        CHECK(game::scenariosOn(library.banks, game::Channel::Email).size() == 1); // e-mails are with the messages
        CHECK(game::scenariosOn(library.banks, game::Channel::Web).empty());
    }
}

SCENARIO("a scenario is practised as a paper of that item alone, with feedback", "[scenario-run]") {
    const auto library = fixtures::scenarioBanks();
    const auto paper = game::scenarioPaper(*library.item("drill.genuine"), library.banks, 42);
    REQUIRE(paper.items.size() == 1);
    CHECK(paper.items[0].itemId == "drill.genuine");
    CHECK(paper.items[0].points == 10);
    CHECK(paper.feedbackAfterEach);
    CHECK(paper.level == game::kScenarioLevel);
    CHECK(paper.shortfalls.empty());
}
