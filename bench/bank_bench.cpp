// Loading and validating question banks: what the game does at start and what
// `scamdrill validate` does. Target (issue 3): 10,000 items in under 0.5 s.
#include "game/bank/bank_library.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {

using nlohmann::json;

json baseItem(std::size_t i, const char* kind) {
    return {{"id", "bench." + std::to_string(i)}, {"kind", kind}, {"difficulty", 1 + static_cast<int>(i % 3)},
            {"audience", {"pupil", "elderly"}}, {"points", 5}, {"explanation", "公检法机关不会通过电话要求转账，更没有“安全账户”。"},
            {"red_flags", {"要求转账到“安全账户”"}}};
}

json scenarioItem(std::size_t i) {
    json item = baseItem(i, "scenario");
    item.update({{"channel", "call"}, {"genuine", false}, {"contact", {{"name", "王警官"}, {"number", "+00 21 5550 1234"}}},
                 {"title", "你涉嫌洗钱"}, {"start", "open"}, {"hangup", "hung-up"}});
    item["steps"] = json::array();
    for (int s = 0; s < 5; ++s) {
        const std::string next = s == 4 ? "paid" : "s" + std::to_string(s + 1);
        item["steps"].push_back({{"id", s == 0 ? "open" : "s" + std::to_string(s)}, {"channel", "call"},
                                 {"lines", {{{"speaker", "contact"}, {"text", "我是市公安局的，你的银行卡涉嫌洗钱。"}, {"red_flag", "自称警察"}}}},
                                 {"choices", {{{"text", "继续听"}, {"next", next}}, {{"text", "挂断，打110"}, {"next", "hung-up"}}}}});
    }
    item["endings"] = {{{"id", "hung-up"}, {"outcome", "safe"}, {"title", "挂断"}, {"debrief", "真正的警察不会电话办案。"}},
                       {{"id", "paid"}, {"outcome", "money_lost"}, {"amount", 50000}, {"title", "被骗"}, {"debrief", "没有安全账户。"}}};
    return item;
}

// A bank of n items: nine single-choice items for every scenario; every `broken`-th item has a wrong answer key.
std::string benchBank(std::size_t n, std::size_t broken) {
    json items = json::array();
    for (std::size_t i = 0; i < n; ++i) {
        json item = i % 10 == 9 ? scenarioItem(i) : baseItem(i, "single");
        if (i % 10 != 9) {
            item["prompt"] = "接到自称“公安局”的电话，要你把钱转到“安全账户”，应该怎么办？";
            item["options"] = {{{"key", "A"}, {"text", "马上转账"}}, {{"key", "B"}, {"text", "挂断电话，拨打110核实"}},
                               {{"key", "C"}, {"text", "告诉对方验证码"}}, {{"key", "D"}, {"text", "对家人保密"}}};
            item["answer"] = {broken && i % broken == 0 ? "E" : "B"};
        }
        items.push_back(item);
    }
    return json{{"format", "scamdrill-bank"}, {"version", 1}, {"id", "bench"}, {"title", "bench"},
                {"fraud_type", "fake_police"}, {"revision", 1}, {"items", items}}
        .dump(2);
}

void loadBank(benchmark::State& state, std::size_t broken) {
    const std::vector<game::BankSource> sources = {{"bench.json", benchBank(static_cast<std::size_t>(state.range(0)), broken)}};
    for (auto _ : state) {
        const auto library = game::loadBanks(sources);
        benchmark::DoNotOptimize(library.banks.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_LoadValidBank(benchmark::State& state) { loadBank(state, 0); }
void BM_LoadBankWithErrors(benchmark::State& state) { loadBank(state, 10); } // one item in ten broken

} // namespace

BENCHMARK(BM_LoadValidBank)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadBankWithErrors)->Arg(10000)->Unit(benchmark::kMillisecond);
