#include "support/bank_fixtures.h"

#include "game/bank/bank_validator.h"

#include <algorithm>

namespace fixtures {

using nlohmann::json;

namespace {

json common(std::string_view id, std::string_view kind) {
    return {{"id", id}, {"kind", kind}, {"difficulty", 2}, {"audience", {"pupil", "elderly"}}, {"points", 5},
            {"explanation", "因为这样做是对的。"}, {"red_flags", {"要求转账"}}};
}

json scenario() {
    json item = common("test.call", "scenario");
    item["channel"] = "call";
    item["genuine"] = false;
    item["contact"] = {{"name", "王警官"}, {"number", "+00 21 5550 0000"}};
    item["title"] = "你涉嫌洗钱";
    item["start"] = "open";
    item["hangup"] = "hung-up";
    item["steps"] = json::array({
        {{"id", "open"}, {"channel", "call"},
         {"lines", {{{"speaker", "contact"}, {"text", "我是公安局的。"}, {"red_flag", "陌生来电自称警察"}}}},
         {"choices", {{{"text", "怎么回事？"}, {"next", "press"}}, {{"text", "挂断，打110"}, {"next", "hung-up"}, {"action", "call_110"}}}}},
        {{"id", "press"}, {"channel", "call"},
         {"lines", {{{"speaker", "contact"}, {"text", "把钱转到安全账户。"}}}},
         {"choices", {{{"text", "转账"}, {"next", "paid"}, {"action", "transfer"}}, {{"text", "挂断"}, {"next", "hung-up"}}}},
         {"time_limit", 20}, {"on_timeout", "paid"}},
    });
    item["endings"] = json::array({
        {{"id", "hung-up"}, {"outcome", "safe"}, {"title", "你挂断了"}, {"debrief", "警察不会要你转账。"}, {"red_flags", {"安全账户"}}},
        {{"id", "paid"}, {"outcome", "money_lost"}, {"amount", 50000}, {"title", "钱没了"}, {"debrief", "没有安全账户。"}},
    });
    return item;
}

} // namespace

json validBank() {
    json single = common("test.single", "single");
    single["prompt"] = "怎么办？";
    single["options"] = {{{"key", "A"}, {"text", "转账"}}, {{"key", "B"}, {"text", "挂断"}}, {{"key", "C"}, {"text", "等待"}},
                         {{"key", "D"}, {"text", "照做"}}};
    single["answer"] = {"B"};
    json multi = common("test.multi", "multi");
    multi["prompt"] = "哪些是对的？";
    multi["options"] = {{{"key", "A"}, {"text", "打110"}}, {{"key", "B"}, {"text", "打96110"}}, {{"key", "C"}, {"text", "转账"}}};
    multi["answer"] = {"A", "B"};
    json truefalse = common("test.tf", "truefalse");
    truefalse["prompt"] = "警察会要你转账。";
    truefalse["answer"] = false;
    json spot = common("test.spot", "spot_flags");
    spot["prompt"] = "点出可疑的地方";
    spot["message"] = {{"channel", "sms"}, {"sender", "+00 61 555 0100"}, {"text", "您的医保卡已被冻结，请点击 http://x.example 解冻。"}};
    spot["flags"] = {{{"span", "已被冻结"}, {"why", "制造恐慌"}}, {{"span", "http://x.example"}}};
    json order = common("test.order", "ordering");
    order["prompt"] = "被骗后按顺序做";
    order["steps"] = {{{"key", "a"}, {"text", "打110"}}, {{"key", "b"}, {"text", "说明账户"}}, {{"key", "c"}, {"text", "保存证据"}}};
    return {{"format", "scamdrill-bank"}, {"version", 1}, {"id", "test"}, {"title", "测试"}, {"fraud_type", "fake_police"},
            {"revision", 3}, {"items", {single, multi, truefalse, spot, order, scenario()}}};
}

std::size_t itemIndex(const json& bank, std::string_view id) {
    const auto& items = bank.at("items");
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].at("id") == id) return i;
    throw std::out_of_range("no item " + std::string(id));
}

json& itemOf(json& bank, std::string_view id) { return bank["items"][itemIndex(bank, id)]; }

std::vector<game::BankProblem> problemsOf(const json& bank) { return game::validateBankText(bank.dump(2), "test.json"); }

bool hasProblem(const std::vector<game::BankProblem>& problems, game::Severity severity, std::string_view itemId,
                std::string_view pointer, std::string_view fragment) {
    return std::any_of(problems.begin(), problems.end(), [&](const game::BankProblem& p) {
        return p.severity == severity && p.itemId == itemId && p.pointer == pointer &&
               p.message.find(fragment) != std::string::npos && p.file == "test.json";
    });
}

std::string describe(const std::vector<game::BankProblem>& problems) {
    std::string out;
    for (const auto& p : problems) out += game::formatProblem(p) + "\n";
    return out;
}

} // namespace fixtures
