// Coverage of the built-in banks (issue 6), counted from the files themselves so the figures
// cannot drift: one bank per fraud type, items and scenarios per bank, channel, audience and
// difficulty, genuine contacts, explanations and debriefs, and no real local numbers or URLs
// written into scenario text.
#include "game/bank/bank.h"
#include "game/bank/bank_library.h"
#include "game/region.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using game::Audience;
using game::Channel;
using game::FraudType;
using game::ItemKind;

namespace {

// The built-in banks, loaded once for all the tests of this file.
const game::BankLibrary& builtInBanks() {
    static const game::BankLibrary library = game::loadBankFolder(SCAMDRILL_QUESTIONS_DIR);
    return library;
}

// What one bank file holds, counted by the rules of issue 6.
struct BankCoverage {
    std::string id;
    FraudType fraudType = FraudType::General;
    int quizItems = 0;                // every item that is not a scenario
    std::set<ItemKind> quizKinds;     // the kinds among those
    int scenarios = 0;                // scenarios in the file, whatever their own fraud_type
    std::set<int> difficulties;
};

// What all the built-in banks hold together.
struct Coverage {
    std::vector<BankCoverage> banks;
    int items = 0;
    int quizItems = 0;
    int scenarios = 0;
    int genuineScenarios = 0;
    int crossChannel = 0;                   // scenarios whose steps use sms, chat and call
    std::map<Channel, int> startingChannel; // scenarios by the channel they start on
    int webScenarios = 0;                   // start on web or have a web step
    std::map<Audience, int> audiences;
};

// Every audience of the format.
constexpr std::array everyAudience{Audience::Pupil, Audience::Student, Audience::Staff, Audience::Finance,
                                   Audience::Elderly, Audience::Merchant, Audience::Resident};

[[nodiscard]] int itemsFor(const Coverage& coverage, Audience who) {
    const auto found = coverage.audiences.find(who);
    return found == coverage.audiences.end() ? 0 : found->second;
}

[[nodiscard]] int startingOn(const Coverage& coverage, Channel channel) {
    const auto found = coverage.startingChannel.find(channel);
    return found == coverage.startingChannel.end() ? 0 : found->second;
}

[[nodiscard]] bool usesChannel(const game::Scenario& scenario, Channel channel) {
    return scenario.channel == channel
        || std::any_of(scenario.steps.begin(), scenario.steps.end(),
                       [channel](const game::Step& step) { return step.channel == channel; });
}

[[nodiscard]] Coverage measure(const game::BankLibrary& library) {
    Coverage coverage;
    for (const auto& bank : library.banks) {
        BankCoverage counted;
        counted.id = bank.id;
        counted.fraudType = bank.fraudType;
        for (const auto& item : bank.items) {
            ++coverage.items;
            counted.difficulties.insert(item.difficulty);
            for (const Audience who : item.audience) ++coverage.audiences[who];
            if (item.kind != ItemKind::Scenario) {
                ++counted.quizItems;
                counted.quizKinds.insert(item.kind);
                continue;
            }
            const game::Scenario& scenario = item.scenario;
            ++counted.scenarios;
            ++coverage.startingChannel[scenario.channel];
            if (usesChannel(scenario, Channel::Web)) ++coverage.webScenarios;
            if (scenario.genuine) ++coverage.genuineScenarios;
            if (usesChannel(scenario, Channel::Sms) && usesChannel(scenario, Channel::Chat)
                && usesChannel(scenario, Channel::Call))
                ++coverage.crossChannel;
        }
        coverage.quizItems += counted.quizItems;
        coverage.scenarios += counted.scenarios;
        coverage.banks.push_back(std::move(counted));
    }
    return coverage;
}

[[nodiscard]] std::string difficultyList(const std::set<int>& levels) {
    std::string out;
    for (const int level : levels) out += std::to_string(level);
    return out;
}

// The figures as a table, for the test log.
[[nodiscard]] std::string coverageTable(const Coverage& coverage) {
    std::ostringstream out;
    out << "content coverage of " << SCAMDRILL_QUESTIONS_DIR << "\n"
        << std::left << std::setw(24) << "bank" << std::setw(24) << "fraud_type" << std::right
        << std::setw(6) << "quiz" << std::setw(7) << "kinds" << std::setw(6) << "scen" << "  levels\n";
    for (const auto& bank : coverage.banks)
        out << std::left << std::setw(24) << bank.id << std::setw(24) << game::fraudTypeInfo(bank.fraudType).code
            << std::right << std::setw(6) << bank.quizItems << std::setw(7) << bank.quizKinds.size()
            << std::setw(6) << bank.scenarios << "  " << difficultyList(bank.difficulties) << "\n";
    out << "items " << coverage.items << " (quiz " << coverage.quizItems << ", scenarios " << coverage.scenarios
        << "), genuine scenarios " << coverage.genuineScenarios << ", cross-channel sms+chat+call "
        << coverage.crossChannel << "\nscenarios starting on:";
    for (const Channel channel : {Channel::Call, Channel::Sms, Channel::Chat, Channel::Web})
        out << " " << game::codeOf(channel) << " " << startingOn(coverage, channel);
    out << "; starting on or visiting web " << coverage.webScenarios << "\nitems per audience:";
    for (const Audience who : everyAudience) out << " " << game::codeOf(who) << " " << itemsFor(coverage, who);
    out << "\n";
    return out.str();
}

[[nodiscard]] std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += line + "\n";
    return out;
}

// Every text of a scenario a player reads: lines, choices, endings, contacts, forms.
[[nodiscard]] std::vector<std::string_view> scenarioTexts(const game::Item& item) {
    const game::Scenario& scenario = item.scenario;
    std::vector<std::string_view> texts{scenario.title, scenario.contact.name, scenario.contact.claims,
                                        item.explanation};
    for (const auto& flag : item.redFlags) texts.push_back(flag);
    for (const auto& step : scenario.steps) {
        texts.push_back(step.group);
        for (const auto& line : step.lines) texts.insert(texts.end(), {line.text, line.redFlag, line.caption, line.url});
        for (const auto& choice : step.choices) texts.push_back(choice.text);
        if (step.contact) texts.insert(texts.end(), {step.contact->name, step.contact->claims});
        if (step.form) {
            texts.insert(texts.end(), {step.form->url, step.form->title});
            for (const auto& field : step.form->fields) texts.push_back(field.label);
        }
    }
    for (const auto& ending : scenario.endings) {
        texts.insert(texts.end(), {ending.title, ending.debrief});
        for (const auto& flag : ending.redFlags) texts.push_back(flag);
    }
    return texts;
}

// The host names of the URLs written in a text: after "://", or starting with "www.".
[[nodiscard]] std::vector<std::string> urlHosts(std::string_view text) {
    const auto isHostChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    };
    std::vector<std::string> hosts;
    for (std::size_t at = 0; at < text.size(); ++at) {
        std::size_t from = std::string_view::npos;
        if (text.substr(at, 3) == "://") from = at + 3;
        else if (text.substr(at, 4) == "www." && (at < 2 || text.substr(at - 2, 2) != "//")) from = at;
        if (from == std::string_view::npos) continue;
        std::size_t end = from;
        while (end < text.size() && isHostChar(text[end])) ++end;
        hosts.emplace_back(text.substr(from, end - from));
        at = end;
    }
    return hosts;
}

[[nodiscard]] bool endsWith(std::string_view text, std::string_view tail) {
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

// A number in the +00 / 00 range that the fakes use.
[[nodiscard]] bool looksForeign(std::string_view number) { return number.starts_with("+00") || number.starts_with("00"); }

// An official hotline, or a number in the visibly fake +00 / 00 range; texts without digits
// ("通讯录：周老师") are labels, not numbers.
[[nodiscard]] bool isAllowedNumber(std::string_view number) {
    if (std::none_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    for (const std::string_view official : {"110", "96110", "12381", "12345"})
        if (number == official) return true;
    return looksForeign(number);
}

} // namespace

TEST_CASE("the built-in banks load with no errors, no warnings and nothing skipped", "[content]") {
    const auto& library = builtInBanks();
    std::vector<std::string> problems;
    for (const auto& problem : library.problems) problems.push_back(game::formatProblem(problem));
    for (const auto& skipped : library.skipped) problems.push_back(skipped.file + " " + skipped.itemId + ": " + skipped.reason);
    INFO(joined(problems));
    CHECK(library.problems.empty());
    CHECK(library.skipped.empty());
    const Coverage coverage = measure(library);
    CHECK(coverage.items == library.itemCount);
    CHECK(library.fileCount == static_cast<int>(library.banks.size()));
}

TEST_CASE("there is one bank per fraud type, plus general and genuine", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    for (const auto& info : game::fraudTypes()) {
        INFO("fraud type " << info.code);
        CHECK(std::count_if(coverage.banks.begin(), coverage.banks.end(),
                            [&info](const BankCoverage& bank) { return bank.fraudType == info.type; })
              == 1);
    }
    CHECK(game::fraudTypes().size() == 15);
}

TEST_CASE("every fraud-type bank has 12 quiz items of mixed kinds and 3 scenarios", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    int fraudTypeBanks = 0;
    for (const auto& bank : coverage.banks) {
        if (bank.fraudType == FraudType::General || bank.fraudType == FraudType::Genuine) continue;
        ++fraudTypeBanks;
        INFO("bank " << bank.id);
        CHECK(bank.quizItems >= 12);
        CHECK(bank.quizKinds.size() >= 3);
        CHECK(bank.scenarios >= 3);
    }
    CHECK(fraudTypeBanks == 13);
}

TEST_CASE("the banks hold 250 items and 60 scenarios in all", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    std::cout << coverageTable(coverage) << std::flush;
    INFO(coverageTable(coverage));
    CHECK(coverage.items >= 250);
    CHECK(coverage.scenarios >= 60);
    CHECK(coverage.quizItems + coverage.scenarios == coverage.items);
}

TEST_CASE("scenarios cover every channel, cross channels and include genuine contacts", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    INFO(coverageTable(coverage));
    CHECK(startingOn(coverage, Channel::Call) >= 15);
    CHECK(startingOn(coverage, Channel::Sms) >= 15);
    CHECK(startingOn(coverage, Channel::Chat) >= 15);
    CHECK(coverage.webScenarios >= 5);
    CHECK(coverage.crossChannel >= 3);
    CHECK(coverage.genuineScenarios >= 12);
}

TEST_CASE("every audience has at least 30 items written for it", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    REQUIRE(everyAudience.size() == game::audienceCodes().size());
    for (const Audience who : everyAudience) {
        INFO("audience " << game::codeOf(who));
        CHECK(itemsFor(coverage, who) >= 30);
    }
}

TEST_CASE("every bank has items at difficulty 1, 2 and 3", "[content]") {
    const Coverage coverage = measure(builtInBanks());
    REQUIRE_FALSE(coverage.banks.empty());
    for (const auto& bank : coverage.banks) {
        INFO("bank " << bank.id);
        CHECK(bank.difficulties == std::set<int>{1, 2, 3});
    }
}

TEST_CASE("every item explains itself and every scenario ending has a debrief", "[content]") {
    std::vector<std::string> missing;
    int endings = 0;
    for (const auto& bank : builtInBanks().banks) {
        for (const auto& item : bank.items) {
            if (item.explanation.empty()) missing.push_back(item.id + ": no explanation");
            const bool genuineScenario = item.kind == ItemKind::Scenario && item.scenario.genuine;
            if (item.redFlags.empty() && !genuineScenario) missing.push_back(item.id + ": no red flags");
            for (const auto& ending : item.scenario.endings) {
                ++endings;
                if (ending.debrief.empty()) missing.push_back(item.id + " ending " + ending.id + ": no debrief");
            }
        }
    }
    INFO(joined(missing));
    CHECK(missing.empty());
    CHECK(endings > 0);
}

TEST_CASE("scenario text names local contacts only through region placeholders", "[content]") {
    std::vector<std::string> wrong;
    int numbers = 0;
    int urls = 0;
    for (const auto& bank : builtInBanks().banks) {
        for (const auto& item : bank.items) {
            if (item.kind != ItemKind::Scenario) continue;
            for (const std::string_view text : scenarioTexts(item))
                for (const std::string_view local : {"79332042", "平安黔江"})
                    if (text.find(local) != std::string_view::npos)
                        wrong.push_back(item.id + ": writes " + std::string(local)
                                        + " (use {hotline.local} / {wechat.local}): " + std::string(text));
            std::vector<const game::Contact*> contacts{&item.scenario.contact};
            for (const auto& step : item.scenario.steps) {
                if (step.contact) contacts.push_back(&*step.contact);
                std::vector<std::string_view> linked;
                for (const auto& line : step.lines) linked.insert(linked.end(), {line.text, line.caption, line.url});
                if (step.form) linked.push_back(step.form->url);
                for (const std::string_view text : linked) {
                    for (const auto& host : urlHosts(text)) {
                        ++urls;
                        if (!endsWith(host, ".example")) wrong.push_back(item.id + " step " + step.id + ": URL host " + host);
                    }
                }
            }
            for (const game::Contact* contact : contacts) {
                if (contact->number.empty()) continue;
                ++numbers;
                if (!isAllowedNumber(contact->number)) wrong.push_back(item.id + ": contact number " + contact->number);
                // The +00 range is what a fake looks like; a genuine contact showing it would teach
                // players that real banks call from +00.
                if (item.scenario.genuine && looksForeign(contact->number))
                    wrong.push_back(item.id + ": a genuine contact with a +00 number " + contact->number);
            }
        }
    }
    INFO(joined(wrong));
    CHECK(wrong.empty());
    CHECK(numbers > 0);
    CHECK(urls > 0);
}

namespace {
// True when the text writes the number as a number of its own (not inside a longer one).
[[nodiscard]] bool writesNumber(std::string_view text, std::string_view number) {
    for (auto at = text.find(number); at != std::string_view::npos; at = text.find(number, at + 1)) {
        const bool digitBefore = at > 0 && text[at - 1] >= '0' && text[at - 1] <= '9';
        const auto end = at + number.size();
        const bool digitAfter = end < text.size() && text[end] >= '0' && text[end] <= '9';
        if (!digitBefore && !digitAfter) return true;
    }
    return false;
}
} // namespace

TEST_CASE("scenario text names 110 and 96110 through region placeholders, except the hotline's own call", "[content]") {
    // A call from 96110 or to 110 says who it is: its contact, its caller display and its own words stay literal.
    std::vector<std::string> wrong;
    for (const auto& bank : builtInBanks().banks) {
        for (const auto& item : bank.items) {
            if (item.kind != ItemKind::Scenario) continue;
            std::vector<std::string_view> texts{item.explanation};
            const game::Contact* contact = &item.scenario.contact;
            for (const auto& step : item.scenario.steps) {
                if (step.contact) contact = &*step.contact;
                const bool hotline = contact->number == "110" || contact->number == "96110" || contact->number == "12381";
                for (const auto& line : step.lines) {
                    if (line.text.starts_with("来电显示") || (hotline && line.speaker == "contact")) continue;
                    texts.insert(texts.end(), {line.text, line.redFlag});
                }
                for (const auto& choice : step.choices) texts.push_back(choice.text);
            }
            for (const auto& ending : item.scenario.endings) {
                texts.insert(texts.end(), {ending.title, ending.debrief});
                for (const auto& flag : ending.redFlags) texts.push_back(flag);
            }
            for (const std::string_view text : texts)
                for (const std::string_view number : {"110", "96110"})
                    if (writesNumber(text, number))
                        wrong.push_back(item.id + ": writes " + std::string(number) + ": " + std::string(text));
        }
    }
    INFO(joined(wrong));
    CHECK(wrong.empty());
    CHECK(writesNumber("拨打110报警", "110"));
    CHECK_FALSE(writesNumber("拨打96110咨询", "110"));
}

TEST_CASE("a spot-the-flags message holds no placeholder: it is shown as written", "[content]") {
    // Its pieces are what stored answers point at, so it is never filled in (see game::withContacts).
    std::vector<std::string> wrong;
    int messages = 0;
    for (const auto& bank : builtInBanks().banks)
        for (const auto& item : bank.items) {
            if (item.kind != game::ItemKind::SpotFlags) continue;
            ++messages;
            if (game::hasPlaceholder(item.message.text)) wrong.push_back(item.id);
        }
    INFO(joined(wrong));
    CHECK(wrong.empty());
    CHECK(messages > 0);
}

TEST_CASE("the URL and number rules of the content test tell real from fake", "[content]") {
    CHECK(urlHosts("点击 https://yibao-check.example/up 解冻，或 www.bank.example") ==
          std::vector<std::string>{"yibao-check.example", "www.bank.example"});
    CHECK(urlHosts("官网 http://www.nhsa.gov.cn/x") == std::vector<std::string>{"www.nhsa.gov.cn"});
    CHECK(isAllowedNumber("96110"));
    CHECK(isAllowedNumber("+00 21 5550 1234"));
    CHECK(isAllowedNumber("通讯录：周老师"));
    CHECK_FALSE(isAllowedNumber("023-79332042"));
    CHECK_FALSE(isAllowedNumber("95588"));
    CHECK(looksForeign("+00 95 5550 0000"));
    CHECK_FALSE(looksForeign("远星银行（官方客服号）"));
}
