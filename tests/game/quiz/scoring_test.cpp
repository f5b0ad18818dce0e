// Judging answers of every kind, partial credit, and the tappable pieces of a message.
#include "game/quiz/scoring.h"
#include "support/paper_fixtures.h"

#include <catch2/catch.hpp>

using game::judge;
using game::Response;

namespace {

Response keys(std::vector<std::string> list) {
    Response r;
    r.keys = std::move(list);
    return r;
}

Response pieces(std::vector<int> list) {
    Response r;
    r.pieces = std::move(list);
    return r;
}

// "points/correct" for a compact comparison.
std::string verdict(const game::Judgement& j) {
    return (j.correct ? "right " : "wrong ") + std::to_string(j.points).substr(0, 4);
}

std::vector<std::string> texts(const std::vector<game::MessagePiece>& list) {
    std::vector<std::string> out;
    for (const auto& piece : list) out.push_back(piece.text + (piece.flag >= 0 ? "#" + std::to_string(piece.flag) : ""));
    return out;
}

} // namespace

SCENARIO("single choice, true/false and scenario items are right or wrong", "[paper]") {
    const auto library = fixtures::paperBanks();
    GIVEN("a single item whose answer is B") {
        const auto& item = fixtures::itemIn(library, "test.single");
        THEN("only B alone earns the points") {
            CHECK(verdict(judge(item, keys({"B"}), 5, false)) == "right 5.00");
            CHECK(verdict(judge(item, keys({"A"}), 5, true)) == "wrong 0.00");
            CHECK(verdict(judge(item, keys({"B", "A"}), 5, true)) == "wrong 0.00");
            CHECK(verdict(judge(item, keys({}), 5, false)) == "wrong 0.00");
        }
        THEN("the paper's points are used") { CHECK(judge(item, keys({"B"}), 8, false).points == 8); }
    }
    GIVEN("a true/false item whose answer is false") {
        const auto& item = fixtures::itemIn(library, "test.tf");
        Response r;
        THEN("false is right, true is wrong, no answer is wrong") {
            CHECK(verdict(judge(item, r, 5, false)) == "wrong 0.00");
            r.truth = false;
            CHECK(verdict(judge(item, r, 5, false)) == "right 5.00");
            r.truth = true;
            CHECK(verdict(judge(item, r, 5, false)) == "wrong 0.00");
        }
    }
    GIVEN("a scenario with a safe and a money-lost ending") {
        const auto& item = fixtures::itemIn(library, "test.call");
        Response r;
        THEN("only the safe ending earns the points") {
            r.endingId = "hung-up";
            CHECK(verdict(judge(item, r, 5, false)) == "right 5.00");
            r.endingId = "paid";
            CHECK(verdict(judge(item, r, 5, true)) == "wrong 0.00");
            r.endingId = "nowhere";
            CHECK(verdict(judge(item, r, 5, false)) == "wrong 0.00");
        }
    }
}

SCENARIO("multiple choice: all or nothing, or partial credit", "[paper]") {
    const auto library = fixtures::paperBanks();
    const auto& item = fixtures::itemIn(library, "test.multi"); // answer A and B of A, B, C
    GIVEN("all-or-nothing scoring") {
        THEN("only exactly A and B, in any order, earn the points") {
            CHECK(verdict(judge(item, keys({"B", "A"}), 5, false)) == "right 5.00");
            CHECK(verdict(judge(item, keys({"A"}), 5, false)) == "wrong 0.00");
            CHECK(verdict(judge(item, keys({"A", "B", "C"}), 5, false)) == "wrong 0.00");
        }
    }
    GIVEN("partial credit") {
        THEN("(right - wrong) / answers of the points, floored at 0, right only when exact") {
            CHECK(verdict(judge(item, keys({"A", "B"}), 5, true)) == "right 5.00");
            CHECK(verdict(judge(item, keys({"A"}), 5, true)) == "wrong 2.50");
            CHECK(verdict(judge(item, keys({"A", "B", "C"}), 5, true)) == "wrong 2.50");
            CHECK(verdict(judge(item, keys({"A", "C"}), 5, true)) == "wrong 0.00");
            CHECK(verdict(judge(item, keys({"C"}), 5, true)) == "wrong 0.00");
            CHECK(verdict(judge(item, keys({"A", "A"}), 5, true)) == "wrong 2.50"); // a key counts once
        }
    }
}

SCENARIO("ordering: the exact order, or a share of adjacent pairs in the right order", "[paper]") {
    const auto library = fixtures::paperBanks();
    const auto& item = fixtures::itemIn(library, "test.order"); // a, b, c
    THEN("all-or-nothing needs the exact order") {
        CHECK(verdict(judge(item, keys({"a", "b", "c"}), 10, false)) == "right 10.0");
        CHECK(verdict(judge(item, keys({"b", "a", "c"}), 10, false)) == "wrong 0.00");
    }
    THEN("partial credit counts adjacent pairs whose first step comes first") {
        CHECK(verdict(judge(item, keys({"b", "a", "c"}), 10, true)) == "wrong 5.00");
        CHECK(verdict(judge(item, keys({"a", "c", "b"}), 10, true)) == "wrong 5.00");
        CHECK(verdict(judge(item, keys({"c", "b", "a"}), 10, true)) == "wrong 0.00");
    }
    THEN("a response that is not an arrangement of the steps earns nothing") {
        CHECK(verdict(judge(item, keys({"a", "b"}), 10, true)) == "wrong 0.00");
        CHECK(verdict(judge(item, keys({"a", "a", "b"}), 10, true)) == "wrong 0.00");
        CHECK(verdict(judge(item, keys({"a", "b", "x"}), 10, true)) == "wrong 0.00");
    }
}

SCENARIO("spot the red flags: the picked pieces must be exactly the flags", "[paper]") {
    const auto library = fixtures::paperBanks();
    GIVEN("a message with two flags") {
        const auto& item = fixtures::itemIn(library, "test.spot");
        const auto cut = game::messagePieces(item);
        THEN("the message is cut at punctuation, each flag one piece, punctuation kept before") {
            CHECK(texts(cut) == std::vector<std::string>{"您的医保卡", "已被冻结，#0", "请点击 ", "http://x.example #1", "解冻。"});
        }
        THEN("the flag pieces earn the points; partial credit like multiple choice") {
            CHECK(verdict(judge(item, pieces({3, 1}), 5, false)) == "right 5.00");
            CHECK(verdict(judge(item, pieces({1}), 5, false)) == "wrong 0.00");
            CHECK(verdict(judge(item, pieces({1}), 5, true)) == "wrong 2.50");
            CHECK(verdict(judge(item, pieces({1, 3, 0}), 5, true)) == "wrong 2.50");
            CHECK(verdict(judge(item, pieces({1, 0}), 5, true)) == "wrong 0.00");
            CHECK(verdict(judge(item, pieces({1, 3, 99}), 5, false)) == "wrong 0.00");
        }
    }
    GIVEN("a chat message with three flags") {
        const auto& item = fixtures::itemIn(library, "drill.s1");
        const auto cut = game::messagePieces(item);
        THEN("the pieces join back into the message") {
            CHECK(texts(cut) ==
                  std::vector<std::string>{"低价出售顶级装备！#0", "加我QQ", "私下交易，#1", "先付定金，", "别走平台。#2"});
            std::string joined;
            for (const auto& piece : cut) joined += piece.text;
            CHECK(joined == item.message.text);
        }
        THEN("partial points are rounded to hundredths") {
            CHECK(judge(item, pieces({0}), 4, true).points == Approx(1.33).margin(1e-9));
        }
    }
    GIVEN("plain text with runs of punctuation and a line break") {
        game::Item item;
        item.kind = game::ItemKind::SpotFlags;
        item.message.text = "快点！！马上转账…\n否则,后果自负";
        item.flags = {{"马上转账", "", 0}}; // a wrong offset is looked up again
        THEN("a run of punctuation stays with the piece before it") {
            CHECK(texts(game::messagePieces(item)) ==
                  std::vector<std::string>{"快点！！", "马上转账…\n#0", "否则,", "后果自负"});
        }
    }
    THEN("other kinds have no pieces") { CHECK(game::messagePieces(fixtures::itemIn(library, "test.single")).empty()); }
}

TEST_CASE("a response round-trips through JSON and bad JSON is refused", "[paper]") {
    Response r;
    r.keys = {"B", "A"};
    r.truth = false;
    r.pieces = {0, 3};
    r.endingId = "hung-up";
    const auto json = game::toJson(r);
    CHECK(json == nlohmann::json{{"keys", {"B", "A"}}, {"truth", false}, {"pieces", {0, 3}}, {"ending", "hung-up"}});
    const auto back = game::responseFromJson(json);
    CHECK(back.keys == r.keys);
    CHECK(back.truth == r.truth);
    CHECK(back.pieces == r.pieces);
    CHECK(back.endingId == r.endingId);
    CHECK(game::toJson(Response{}) == nlohmann::json::object());
    CHECK_THROWS_AS(game::responseFromJson({{"keys", "A"}}), std::invalid_argument);
    CHECK_THROWS_AS(game::responseFromJson({{"pieces", {"x"}}}), std::invalid_argument);
    CHECK_THROWS_AS(game::responseFromJson(nlohmann::json(3)), std::invalid_argument);
}
