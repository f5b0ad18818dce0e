// Speech latency: from say() of a caller's line to its first samples queued for the audio
// device. Target (issue 5): under 100 ms. Run with SDL_AUDIODRIVER=dummy on a machine
// without a sound card. Reports the median and the worst of 50 lines (manual time).
#include "app/voice_output.h"

#include <SDL.h>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace {

const char* const kCallerLine = "您好，我是市公安局的民警，您的银行卡涉嫌洗钱，请配合调查。";

// One voice for every repetition, as the program has one; the engine is loaded before timing starts.
app::VoiceOutput& voice() {
    SDL_setenv("SDL_AUDIODRIVER", "dummy", 0);
    static app::VoiceOutput instance;
    return instance;
}

void waitUntilIdle(app::Speech& speech, std::uint64_t line) {
    while (!speech.finished(line)) std::this_thread::sleep_for(std::chrono::microseconds(200));
}

void BM_SayToFirstSamples(benchmark::State& state) {
    app::Speech& speech = voice().speech();
    if (!voice().output().available()) {
        state.SkipWithError(("no audio device: " + voice().output().problem()).c_str());
        return;
    }
    waitUntilIdle(speech, speech.say("准备。"));
    speech.stop();
    for (auto _ : state) {
        const auto line = speech.say(kCallerLine);
        while (!speech.latency() && !speech.finished(line)) std::this_thread::yield();
        const auto latency = speech.latency();
        if (!latency) {
            state.SkipWithError(("no samples: " + speech.problem()).c_str());
            return;
        }
        state.SetIterationTime(std::chrono::duration<double>(*latency).count());
        waitUntilIdle(speech, line);
        speech.stop();
    }
}

double worst(const std::vector<double>& times) { return *std::max_element(times.begin(), times.end()); }

} // namespace

BENCHMARK(BM_SayToFirstSamples)
    ->Iterations(1)
    ->Repetitions(50)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->ComputeStatistics("max", worst)
    ->ReportAggregatesOnly(true);
