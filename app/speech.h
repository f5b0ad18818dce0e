#pragma once
// Reading text aloud with libespeak-ng (Mandarin voice cmn-latn-pinyin), synthesised on a
// worker thread into the mixer's speech track. Never required: without an audio device or
// without the speech engine, say() does nothing and available() is false.
#include "app/audio_output.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace app {

// The text as it should be spoken: option labels ("A." "B、" "C：" "(D)" "（E）") are left out,
// since the Mandarin voice reads Latin letters as pinyin syllables.
[[nodiscard]] std::string spokenText(std::string_view text);

// How the voice speaks.
struct SpeechOptions {
    std::string voice = "cmn-latn-pinyin";
    int wordsPerMinute = 0;  // 0: the engine's default (175)
};

// Synthesises one text on the calling thread, with the same engine and voice the worker uses;
// empty when the engine cannot start. For tests and tools.
[[nodiscard]] std::vector<std::int16_t> synthesise(std::string_view text, const SpeechOptions& options = {});

// Speaks lines through an audio output, one at a time; a new line interrupts the old one.
class Speech {
public:
    // Starts the worker (the engine is loaded there, so the caller does not wait).
    // The output must outlive the Speech.
    explicit Speech(AudioOutput& output, SpeechOptions options = {});
    ~Speech();
    Speech(const Speech&) = delete;
    Speech& operator=(const Speech&) = delete;

    // Speaks the text (after spokenText), interrupting what is being spoken; returns at once.
    // Returns the line's number (see finished()). Does nothing when muted or unavailable.
    std::uint64_t say(std::string_view text);
    // Stops speaking at once.
    void stop();
    // True while a line is being synthesised or its samples are still playing.
    [[nodiscard]] bool speaking() const;
    // True when the line's synthesis has ended (done, interrupted or skipped).
    [[nodiscard]] bool finished(std::uint64_t line) const;
    // Muting stops what is being spoken; say() then does nothing.
    void setMuted(bool muted);
    [[nodiscard]] bool muted() const { return m_muted; }
    // True when speech can be heard: an audio device is open, the engine works, not muted.
    [[nodiscard]] bool available() const;
    // Why speech is unavailable ("" while it works or the engine is still loading).
    [[nodiscard]] std::string problem() const;
    // For the latest line: the time from say() to its first samples queued for the device.
    [[nodiscard]] std::optional<std::chrono::steady_clock::duration> latency() const;

private:
    void work();
    // Called by the engine with each piece of the line's samples; false stops the synthesis.
    bool take(std::uint64_t line, const std::int16_t* samples, std::size_t count);

    AudioOutput* m_output;
    SpeechOptions m_options;
    std::atomic<bool> m_muted{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<std::string> m_pending;  // the text the worker should speak next
    std::uint64_t m_pendingLine = 0;
    std::uint64_t m_requested = 0;         // the latest line asked for (stop() also counts one)
    std::uint64_t m_done = 0;              // lines up to this one are finished
    bool m_quit = false;
    bool m_engineFailed = false;
    std::string m_problem;
    std::chrono::steady_clock::time_point m_saidAt{};
    std::optional<std::chrono::steady_clock::duration> m_latency;

    std::thread m_worker; // last: started once everything above is ready
};

} // namespace app
