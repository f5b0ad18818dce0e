#include "support/bank_fixtures.h"

#include "game/bank/bank_validator.h"

#include <catch2/catch.hpp>

using nlohmann::json;

namespace {

game::Bank loadFixture() {
    const auto result = game::readBank(fixtures::validBank().dump(), "test.json");
    REQUIRE(result.problems.empty());
    REQUIRE(result.bank.has_value());
    return *result.bank;
}

} // namespace

TEST_CASE("a read bank keeps every field of every kind", "[bank]") {
    const game::Bank bank = loadFixture();
    CHECK(bank.id == "test");
    CHECK(bank.revision == 3);
    CHECK(bank.fraudType == game::FraudType::FakePolice);
    CHECK(bank.fileName == "test.json");
    REQUIRE(bank.items.size() == 6);

    const game::Item& single = *bank.item("test.single");
    CHECK(single.kind == game::ItemKind::Single);
    CHECK(single.bankId == "test");
    CHECK(single.bankRevision == 3);
    CHECK(single.fraudType == game::FraudType::FakePolice);
    CHECK(single.options.size() == 4);
    CHECK(single.isAnswerKey("B"));
    CHECK_FALSE(single.isAnswerKey("A"));
    CHECK(single.isFor(game::Audience::Elderly));
    CHECK_FALSE(single.isFor(game::Audience::Finance));

    CHECK(bank.item("test.multi")->answerKeys == std::vector<std::string>{"A", "B"});
    CHECK_FALSE(bank.item("test.tf")->answerTrue);

    const game::Item& spot = *bank.item("test.spot");
    REQUIRE(spot.flags.size() == 2);
    CHECK(spot.message.channel == game::Channel::Sms);
    CHECK(spot.message.text.substr(spot.flags[0].offset, spot.flags[0].span.size()) == "已被冻结");
    CHECK(spot.flags[0].why == "制造恐慌");

    CHECK(bank.item("test.order")->steps.at(2).key == "c");
}

TEST_CASE("a scenario can be walked by step id", "[bank]") {
    const game::Bank bank = loadFixture();
    const game::Scenario& scenario = bank.item("test.call")->scenario;
    CHECK(scenario.channel == game::Channel::Call);
    const game::Step* open = scenario.step(scenario.start);
    REQUIRE(open != nullptr);
    CHECK(open->lines.at(0).redFlag == "陌生来电自称警察");
    CHECK(open->choices.at(1).action == game::ChoiceAction::Call110);
    CHECK(scenario.hangupTarget(*open) == "hung-up");
    CHECK(scenario.contactAt(*open).name == "王警官");
    const game::Step* press = scenario.step(open->choices.at(0).next);
    REQUIRE(press != nullptr);
    CHECK(press->timeLimit == 20);
    CHECK(press->onTimeout == "paid");
    const game::Ending* paid = scenario.ending(press->onTimeout);
    REQUIRE(paid != nullptr);
    CHECK(paid->outcome == game::Outcome::MoneyLost);
    CHECK(paid->amount == 50000);
    CHECK(scenario.step("paid") == nullptr);
}

TEST_CASE("an item's own fraud type overrides its bank's", "[bank]") {
    json bank = fixtures::validBank();
    fixtures::itemOf(bank, "test.tf")["fraud_type"] = "card_trading";
    const auto result = game::readBank(bank.dump(), "test.json");
    REQUIRE(result.bank.has_value());
    CHECK(result.bank->item("test.tf")->fraudType == game::FraudType::CardTrading);
    CHECK(result.bank->item("test.single")->fraudType == game::FraudType::FakePolice);
}

TEST_CASE("an item filter picks by kind, fraud type, audience and difficulty", "[bank]") {
    json raw = fixtures::validBank();
    fixtures::itemOf(raw, "test.tf")["difficulty"] = 1;
    fixtures::itemOf(raw, "test.tf")["audience"] = {"finance"};
    const auto result = game::readBank(raw.dump(), "test.json");
    REQUIRE(result.bank.has_value());
    const std::vector<game::Bank> banks = {*result.bank};

    game::ItemFilter easy;
    easy.maxDifficulty = 1;
    const auto chosen = game::selectItems(banks, easy);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen[0]->id == "test.tf");

    game::ItemFilter quiz;
    quiz.kinds = {game::ItemKind::Single, game::ItemKind::Multi};
    quiz.audiences = {game::Audience::Pupil};
    CHECK(game::selectItems(banks, quiz).size() == 2);

    game::ItemFilter other;
    other.fraudTypes = {game::FraudType::Romance};
    CHECK(game::selectItems(banks, other).empty());
    CHECK(game::findItem(banks, "test.call") != nullptr);
}

TEST_CASE("fraud type codes have Chinese and English names", "[bank]") {
    CHECK(game::fraudTypes().size() == 15);
    for (const auto& info : game::fraudTypes()) {
        INFO(info.code);
        CHECK(game::parseFraudType(info.code) == info.type);
        CHECK(&game::fraudTypeInfo(info.type) == &info);
        CHECK_FALSE(info.zh.empty());
        CHECK_FALSE(info.en.empty());
    }
    CHECK(game::fraudTypeInfo(game::FraudType::FakePolice).zh == "冒充公检法及政府机关");
    CHECK_FALSE(game::parseFraudType("phishing").has_value());
    CHECK(game::codeOf(game::ChoiceAction::Call110) == "call_110");
    CHECK(game::codeOf(game::Outcome::GenuineRefused) == "genuine_refused");
    CHECK(game::audienceNameZh(game::Audience::Elderly) == "老年人");
}
