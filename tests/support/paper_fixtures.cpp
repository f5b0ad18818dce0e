#include "support/paper_fixtures.h"

#include "support/bank_fixtures.h"

#include <catch2/catch.hpp>

namespace fixtures {

using nlohmann::json;

namespace {

json plain(const std::string& id, std::string_view kind, int points, std::vector<std::string> audience) {
    return {{"id", id}, {"kind", kind}, {"difficulty", 1}, {"audience", audience}, {"points", points},
            {"explanation", "解析：" + id}, {"red_flags", {"红旗：" + id}}};
}

json drillBank() {
    json items = json::array();
    for (int i = 1; i <= 6; ++i) {
        json item = plain("drill.g" + std::to_string(i), "single", 2,
                          i <= 2 ? std::vector<std::string>{"resident", "elderly"} : std::vector<std::string>{"resident"});
        item["prompt"] = "第" + std::to_string(i) + "题";
        item["options"] = {{{"key", "A"}, {"text", "对"}}, {{"key", "B"}, {"text", "错"}}, {{"key", "C"}, {"text", "不知道"}}};
        item["answer"] = {"A"};
        items.push_back(item);
    }
    for (int i = 1; i <= 4; ++i) {
        json item = plain("drill.o" + std::to_string(i), "truefalse", 3, {"pupil"});
        item["fraud_type"] = "order_brushing";
        item["prompt"] = "刷单能赚钱。";
        item["answer"] = false;
        items.push_back(item);
    }
    json spot = plain("drill.s1", "spot_flags", 4, {"pupil", "student"});
    spot["fraud_type"] = "game_trade";
    spot["prompt"] = "点出可疑的地方";
    spot["message"] = {{"channel", "chat"},
                       {"sender", "游戏商人"},
                       {"text", "低价出售顶级装备！加我QQ私下交易，先付定金，别走平台。"}};
    spot["flags"] = {{{"span", "低价出售顶级装备"}}, {{"span", "私下交易"}}, {{"span", "别走平台"}}};
    items.push_back(spot);
    return {{"format", "scamdrill-bank"}, {"version", 1}, {"id", "drill"}, {"title", "练习"}, {"fraud_type", "general"},
            {"revision", 2}, {"items", items}};
}

} // namespace

game::BankLibrary paperBanks() {
    const std::vector<game::BankSource> sources = {{"test.json", validBank().dump(2)}, {"drill.json", drillBank().dump(2)}};
    game::BankLibrary library = game::loadBanks(sources);
    INFO(describe(library.problems));
    REQUIRE(library.banks.size() == 2);
    REQUIRE(library.skipped.empty());
    return library;
}

const game::Item& itemIn(const game::BankLibrary& library, std::string_view id) {
    const game::Item* item = library.item(id);
    INFO(id);
    REQUIRE(item != nullptr);
    return *item;
}

} // namespace fixtures
