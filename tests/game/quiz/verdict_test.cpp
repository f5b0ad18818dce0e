// The verdict on an answer in detail: picks right and wrong in the order shown, a
// multiple choice left incomplete, steps in their place, and each piece of a message.
#include "game/quiz/verdict.h"
#include "support/paper_fixtures.h"
#include "support/responses.h"

#include <catch2/catch.hpp>

namespace {

game::PaperItem shownAs(const std::string& id, std::vector<std::string> order) {
    game::PaperItem shown;
    shown.itemId = id;
    shown.order = std::move(order);
    return shown;
}

std::vector<std::string> keysOf(const std::vector<game::OptionVerdict>& options) {
    std::vector<std::string> out;
    for (const auto& o : options) out.push_back(o.key);
    return out;
}

} // namespace

SCENARIO("a multiple choice: each pick right or wrong in the order shown, and what was left out", "[verdict]") {
    const auto library = fixtures::paperBanks();
    const auto& multi = fixtures::itemIn(library, "test.multi"); // A 打110, B 打96110 (answers), C 转账
    const auto shown = shownAs("test.multi", {"C", "B", "A"});
    WHEN("only one right option is picked") {
        const auto verdict = game::verdictOn(multi, shown, fixtures::keys({"A"}));
        THEN("it is incomplete, one answer missing") {
            CHECK(verdict.incomplete);
            CHECK(verdict.missing == 1);
            REQUIRE(verdict.picks().size() == 1);
            CHECK(verdict.picks()[0].key == "A");
            CHECK(verdict.picks()[0].answer);
            CHECK(verdict.picks()[0].place == 2); // shown third: C.
        }
    }
    WHEN("a right and a wrong option are picked") {
        const auto verdict = game::verdictOn(multi, shown, fixtures::keys({"A", "C"}));
        THEN("it is wrong, not incomplete; the picks come in the order shown, the wrong one marked") {
            CHECK_FALSE(verdict.incomplete);
            CHECK(verdict.missing == 1);
            CHECK(keysOf(verdict.picks()) == std::vector<std::string>{"C", "A"});
            CHECK_FALSE(verdict.picks()[0].answer);
            CHECK(verdict.picks()[1].answer);
        }
    }
    WHEN("every answer is picked") {
        const auto verdict = game::verdictOn(multi, shown, fixtures::keys({"B", "A"}));
        THEN("nothing is missing and nothing is incomplete") {
            CHECK(verdict.missing == 0);
            CHECK_FALSE(verdict.incomplete);
        }
    }
    WHEN("nothing was answered") {
        const auto verdict = game::verdictOn(multi, shown, {});
        THEN("it is not incomplete, and the right options are still known in the order shown") {
            CHECK_FALSE(verdict.incomplete);
            CHECK(verdict.picks().empty());
            CHECK(keysOf(verdict.answers()) == std::vector<std::string>{"B", "A"});
            CHECK(verdict.answers()[0].place == 1);
        }
    }
}

SCENARIO("a single choice is never incomplete", "[verdict]") {
    const auto library = fixtures::paperBanks();
    const auto& single = fixtures::itemIn(library, "test.single"); // B is the answer
    const auto verdict = game::verdictOn(single, shownAs("test.single", {"D", "C", "B", "A"}), fixtures::keys({"A"}));
    CHECK_FALSE(verdict.incomplete);
    CHECK(verdict.missing == 0);
    CHECK(keysOf(verdict.picks()) == std::vector<std::string>{"A"});
    CHECK(verdict.picks()[0].place == 3);
    CHECK(keysOf(verdict.answers()) == std::vector<std::string>{"B"});
}

SCENARIO("an ordering: each step of the player's order in its place or not", "[verdict]") {
    const auto library = fixtures::paperBanks();
    const auto& order = fixtures::itemIn(library, "test.order"); // a, b, c
    const auto verdict = game::verdictOn(order, shownAs("test.order", {"c", "b", "a"}), fixtures::keys({"a", "c", "b"}));
    REQUIRE(verdict.steps.size() == 3);
    CHECK(verdict.steps[0].key == "a");
    CHECK(verdict.steps[0].inPlace);
    CHECK(verdict.steps[1].key == "c");
    CHECK_FALSE(verdict.steps[1].inPlace);
    CHECK_FALSE(verdict.steps[2].inPlace);
}

SCENARIO("spot the flags: each piece found, missed, wrongly picked or plain", "[verdict]") {
    const auto library = fixtures::paperBanks();
    const auto& spot = fixtures::itemIn(library, "test.spot");
    const auto all = game::messagePieces(spot);
    std::vector<int> flags, plain;
    for (size_t i = 0; i < all.size(); ++i) (all[i].flag >= 0 ? flags : plain).push_back(static_cast<int>(i));
    REQUIRE(flags.size() == 2);
    REQUIRE(plain.size() >= 1);
    const auto verdict = game::verdictOn(spot, shownAs("test.spot", {}), fixtures::pieces({flags[0], plain[0]}));
    REQUIRE(verdict.pieces.size() == all.size());
    CHECK(verdict.pieces[static_cast<size_t>(flags[0])] == game::PieceVerdict::Found);
    CHECK(verdict.pieces[static_cast<size_t>(flags[1])] == game::PieceVerdict::Missed);
    CHECK(verdict.pieces[static_cast<size_t>(plain[0])] == game::PieceVerdict::WronglyPicked);
    for (size_t i = 1; i < plain.size(); ++i) CHECK(verdict.pieces[static_cast<size_t>(plain[i])] == game::PieceVerdict::Plain);
}

SCENARIO("a scenario is told by the title of the ending reached", "[verdict]") {
    const auto library = fixtures::paperBanks();
    const auto& call = fixtures::itemIn(library, "test.call");
    CHECK(game::verdictOn(call, shownAs("test.call", {}), fixtures::ending("paid")).endingTitle == "钱没了");
    CHECK(game::verdictOn(call, shownAs("test.call", {}), fixtures::ending("no-such-ending")).endingTitle.empty());
}

SCENARIO("an answer can be confirmed once something is given", "[verdict]") {
    using game::ItemKind;
    game::Response nothing;
    for (const auto kind : {ItemKind::Single, ItemKind::Multi, ItemKind::TrueFalse, ItemKind::SpotFlags, ItemKind::Ordering})
        CHECK_FALSE(game::givesAnswer(kind, nothing));
    CHECK(game::givesAnswer(ItemKind::Single, fixtures::keys({"A"})));
    CHECK(game::givesAnswer(ItemKind::Ordering, fixtures::keys({"b", "a"})));
    CHECK(game::givesAnswer(ItemKind::SpotFlags, fixtures::pieces({0})));
    CHECK_FALSE(game::givesAnswer(ItemKind::TrueFalse, fixtures::keys({"A"})));
    CHECK(game::givesAnswer(ItemKind::TrueFalse, fixtures::truth(false)));
    CHECK_FALSE(game::givesAnswer(ItemKind::Scenario, fixtures::ending("paid"))); // a scenario is answered by its ending, not confirmed
}
