#include "support/scenario_fixtures.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>

namespace fixtures {

using nlohmann::json;

namespace {

json line(const char* speaker, const char* text, const char* redFlag = "") {
    json out = {{"speaker", speaker}, {"text", text}};
    if (*redFlag) out["red_flag"] = redFlag;
    return out;
}

json choice(const char* text, const char* next, const char* action = "reply") {
    return {{"text", text}, {"next", next}, {"action", action}};
}

json ending(const char* id, const char* outcome, const char* title, const char* debrief, json redFlags = json::array()) {
    return {{"id", id}, {"outcome", outcome}, {"title", title}, {"debrief", debrief}, {"red_flags", std::move(redFlags)}};
}

json item(const char* id, const char* channel, bool genuine) {
    return {{"id", id}, {"kind", "scenario"}, {"difficulty", 2}, {"audience", {"elderly"}}, {"points", 10},
            {"explanation", "核实身份再行动。"}, {"red_flags", genuine ? json::array() : json{"陌生链接"}},
            {"channel", channel}, {"genuine", genuine}};
}

json cross() {
    json scam = item("drill.cross", "sms", false);
    scam["contact"] = {{"name", "106短信"}, {"number", "10690000"}, {"claims", "某银行"}};
    scam["title"] = "积分清零";
    scam["start"] = "sms";
    scam["hangup"] = "hung-up";
    json link = line("contact", "点击链接兑换", "短信里的陌生链接");
    link["kind"] = "link";
    link["url"] = "http://jifen.example";
    json transfer = {{"speaker", "contact"}, {"text", ""}, {"kind", "transfer"}, {"amount", 3000}};
    scam["steps"] = json::array({
        {{"id", "sms"}, {"channel", "sms"},
         {"lines", {line("contact", "【某银行】您的积分今天清零。", "催促：今天清零"), link}},
         {"choices", {choice("点开链接", "page", "tap_link"), choice("不理会", "safe-sms", "ignore")}}},
        {{"id", "page"}, {"channel", "web"}, {"lines", {line("system", "积分兑换中心")}},
         {"form", {{"url", "http://jifen.example"}, {"title", "积分兑换"},
                   {"fields", {{{"id", "card"}, {"label", "银行卡号"}}}}}},
         {"choices", {choice("提交", "chat", "submit_form"), choice("关闭网页", "safe-web")}}},
        {{"id", "chat"}, {"channel", "chat"}, {"contact", {{"name", "客服小李"}, {"avatar", "李"}}},
         {"lines", {line("contact", "您的卡号有误，请先转3000元验证。", "要求先转账验证"), transfer}},
         {"choices", {choice("转账", "paid", "transfer"), choice("我要打电话问", "call")}},
         {"time_limit", 30}, {"on_timeout", "call"}},
        {{"id", "call"}, {"channel", "call"}, {"contact", {{"name", "“银行客服”"}, {"number", "+00 10 5550 0000"}}},
         {"lines", {line("contact", "请把短信验证码告诉我，别打{hotline.antifraud}。", "索要验证码")}},
         {"choices", {choice("请再说一遍", "call"), choice("念出验证码", "leaked"),
                      choice("挂断，打{hotline.antifraud}", "safe-call", "call_back")}}},
    });
    scam["endings"] = json::array({
        ending("safe-sms", "safe", "你没有点链接", "银行不会发链接，可打{hotline.local}咨询。"),
        ending("safe-web", "safe", "你关闭了网页", "钓鱼网站。"),
        {{"id", "paid"}, {"outcome", "money_lost"}, {"amount", 3000}, {"title", "被骗3000元"},
         {"debrief", "立即拨打{hotline.police}止付，关注{wechat.local}。"}, {"red_flags", {"要求先转账验证", "钓鱼网站", "钓鱼", "链接", "要先转账"}}},
        ending("leaked", "info_leaked", "验证码泄露", "验证码不能告诉任何人。", {"索要验证码"}),
        ending("hung-up", "safe", "你挂断了", "挂断是对的。"),
        ending("safe-call", "safe", "你打了{hotline.antifraud}", "做得好。"),
    });
    return scam;
}

json genuine() {
    json real = item("drill.genuine", "call", true);
    real["contact"] = {{"name", "国家反诈中心"}, {"number", "96110"}};
    real["title"] = "96110劝阻来电";
    real["start"] = "warn";
    real["hangup"] = "refused";
    real["steps"] = json::array({
        {{"id", "warn"}, {"channel", "call"},
         {"lines", {line("contact", "这里是{hotline.antifraud}，您可能正在被骗。")}},
         {"choices", {choice("听一听", "listened")}}, {"time_limit", 15}, {"on_timeout", "listened"}},
    });
    real["endings"] = json::array({ending("listened", "safe", "你听完了劝阻", "96110是真的。"),
                                   ending("refused", "genuine_refused", "你挂断了真的劝阻电话", "96110是官方号码。")});
    return real;
}

} // namespace

game::BankLibrary scenarioBanks() {
    const json bank = {{"format", "scamdrill-bank"}, {"version", 1}, {"id", "drill-scenarios"}, {"title", "演练"},
                       {"fraud_type", "fake_customer_service"}, {"revision", 1}, {"items", {cross(), genuine()}}};
    const std::array sources = {game::BankSource{"drill-scenarios.json", bank.dump(2)}};
    auto library = game::loadBanks(sources);
    std::string problems;
    for (const auto& problem : library.problems) problems += game::formatProblem(problem) + "\n";
    INFO(problems);
    CHECK(library.problems.empty());
    REQUIRE(library.skipped.empty());
    REQUIRE(library.banks.size() == 1);
    REQUIRE(library.banks[0].items.size() == 2);
    return library;
}

} // namespace fixtures
