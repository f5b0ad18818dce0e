// Writing one answer durably (WAL, synchronous=FULL) to a database file on disk:
// what a player waits for between pressing Enter and seeing the next question.
#include "game/records/store.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

const game::Timestamp t0 = game::timestampFromUnixMs(1'700'000'000'000);

// A database file in the temporary folder with one person and one open attempt; removed afterwards.
class BenchDatabase {
public:
    BenchDatabase()
        : m_file(std::filesystem::temp_directory_path() /
                 ("scamdrill-bench-" + std::to_string(std::random_device{}()) + ".db")),
          m_store(game::Store::open(m_file)) {
        const auto unit = m_store.addUnit("一小", game::UnitKind::School);
        game::Person person;
        person.name = "张伟";
        person.unit = unit;
        person.createdAt = t0;
        game::Attempt attempt;
        attempt.person = m_store.addPerson(person);
        attempt.paper = {{"items", nlohmann::json::array()}};
        attempt.startedAt = t0;
        attempt.maxScore = 100;
        m_attempt = m_store.startAttempt(attempt);
    }
    ~BenchDatabase() {
        m_store = game::Store::open(":memory:"); // closes the file before removing it
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::path p = m_file;
            p += suffix;
            std::filesystem::remove(p, ec);
        }
    }
    BenchDatabase(const BenchDatabase&) = delete;
    BenchDatabase& operator=(const BenchDatabase&) = delete;

    // Writes the answer to item number n (a new row each time).
    void answer(int n) {
        game::AnswerRecord record;
        record.itemId = "core-" + std::to_string(n);
        record.position = n;
        record.response.keys = {"B", "D"};
        record.correct = (n % 3) != 0;
        record.points = record.correct ? 1 : 0;
        record.timeTaken = std::chrono::milliseconds{4200};
        record.answeredAt = t0 + std::chrono::seconds{n};
        benchmark::DoNotOptimize(m_store.recordAnswer(m_attempt, record));
    }

private:
    std::filesystem::path m_file;
    game::Store m_store;
    game::AttemptId m_attempt;
};

// Throughput view: Google Benchmark chooses the number of writes.
void DurableAnswer(benchmark::State& state) {
    BenchDatabase db;
    int n = 0;
    for (auto _ : state) db.answer(n++);
    state.SetItemsProcessed(n);
}
BENCHMARK(DurableAnswer)->Unit(benchmark::kMillisecond)->UseRealTime();

// The closing-note figures: 1,000 single durable writes, timed one by one; median and worst.
void DurableAnswer1000(benchmark::State& state) {
    constexpr int samples = 1000;
    std::vector<double> ms;
    for (auto _ : state) {
        BenchDatabase db;
        ms.clear();
        ms.reserve(samples);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < samples; ++i) {
            const auto before = std::chrono::steady_clock::now();
            db.answer(i);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before).count());
        }
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    state.counters["samples"] = static_cast<double>(ms.size());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[ms.size() * 99 / 100];
    state.counters["worst_ms"] = ms.back();
}
BENCHMARK(DurableAnswer1000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
