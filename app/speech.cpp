#include "app/speech.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <array>
#include <functional>
#include <span>

namespace app {

namespace {

using Sink = std::function<bool(const std::int16_t*, std::size_t)>;

// libespeak-ng has one global state: every call goes through this lock.
struct Engine {
    std::mutex mutex;
    bool tried = false;
    std::string problem;        // why the engine cannot be used; "" when it works
    std::string voice;          // the voice last set
    int wordsPerMinute = -1;    // the rate last set
    const Sink* sink = nullptr; // where the synthesis in progress goes
};

Engine& engine() {
    static Engine instance;
    return instance;
}

std::string statusText(espeak_ng_STATUS status) {
    std::array<char, 256> buffer{};
    espeak_ng_GetStatusCodeMessage(status, buffer.data(), buffer.size());
    return buffer.data();
}

int onSamples(short* wav, int count, espeak_EVENT*) {
    const Sink* sink = engine().sink;
    if (!wav || count <= 0 || !sink) return 0;
    return (*sink)(wav, static_cast<std::size_t>(count)) ? 0 : 1;
}

// Loads the engine once per process (the engine lock held).
void loadEngine(Engine& e) {
    if (e.tried) return;
    e.tried = true;
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    if (const auto status = espeak_ng_Initialize(&context); status != ENS_OK) {
        e.problem = "speech engine (espeak-ng) could not start: " + statusText(status) +
                    "; install the espeak-ng-data package";
        espeak_ng_ClearErrorContext(&context);
        return;
    }
    // Pieces of 50 ms, so the first samples reach the device soon after say().
    if (const auto status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 50, nullptr); status != ENS_OK) {
        e.problem = "speech engine output: " + statusText(status);
        return;
    }
    if (espeak_ng_GetSampleRate() != AudioMixer::kSampleRate) {
        e.problem = "speech engine speaks at " + std::to_string(espeak_ng_GetSampleRate()) + " Hz, not " +
                    std::to_string(AudioMixer::kSampleRate);
        return;
    }
    espeak_SetSynthCallback(&onSamples);
}

// Loads the engine and sets the voice (the engine lock held); returns "" or why it could not.
std::string prepareVoice(Engine& e, const SpeechOptions& options) {
    loadEngine(e);
    if (!e.problem.empty()) return e.problem;
    if (e.voice != options.voice) {
        if (const auto status = espeak_ng_SetVoiceByName(options.voice.c_str()); status != ENS_OK)
            return "speech voice " + options.voice + ": " + statusText(status);
        e.voice = options.voice;
        e.wordsPerMinute = -1;
    }
    if (e.wordsPerMinute != options.wordsPerMinute) {
        const int rate = options.wordsPerMinute > 0 ? options.wordsPerMinute : espeakRATE_NORMAL;
        (void)espeak_ng_SetParameter(espeakRATE, rate, 0);
        e.wordsPerMinute = options.wordsPerMinute;
    }
    return {};
}

// Loads the engine and the voice ahead of the first line; returns "" or why it could not.
std::string prepare(const SpeechOptions& options) {
    Engine& e = engine();
    const std::lock_guard lock(e.mutex);
    return prepareVoice(e, options);
}

// Synthesises text into the sink; returns "" or why it could not.
std::string synthesiseInto(std::string_view text, const SpeechOptions& options, const Sink& sink) {
    Engine& e = engine();
    const std::lock_guard lock(e.mutex);
    if (auto problem = prepareVoice(e, options); !problem.empty()) return problem;
    const std::string copy(text); // the engine wants a terminated string
    e.sink = &sink;
    const auto status = espeak_ng_Synthesize(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                                             nullptr, nullptr);
    e.sink = nullptr;
    // A synthesis stopped by the sink is not a problem.
    if (status != ENS_OK && status != ENS_SPEECH_STOPPED) return "speech: " + statusText(status);
    return {};
}

bool isLabelLetter(char c) { return c >= 'A' && c <= 'H'; }
bool isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The length of a label's closing mark at `at` (". 、 ： ) ．）："), or 0.
std::size_t closingMark(std::string_view text, std::size_t at, bool parenthesised) {
    static constexpr std::array<std::string_view, 5> kAfterLetter = {".", ":", "、", "．", "："};
    static constexpr std::array<std::string_view, 2> kCloseParen = {")", "）"};
    const auto match = [&](std::span<const std::string_view> marks) -> std::size_t {
        for (const auto mark : marks)
            if (text.substr(at, mark.size()) == mark) return mark.size();
        return 0;
    };
    if (parenthesised) return match(kCloseParen);
    if (const auto n = match(kAfterLetter)) return n;
    return match(kCloseParen);
}

} // namespace

std::string spokenText(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        // "(A)" or "（A）"
        const std::size_t open = text.substr(i, 1) == "(" ? 1 : text.substr(i, 3) == "（" ? 3 : 0;
        if (open && i + open < text.size() && isLabelLetter(text[i + open])) {
            if (const auto close = closingMark(text, i + open + 1, true)) {
                i += open + 1 + close;
                while (i < text.size() && text[i] == ' ') ++i;
                continue;
            }
        }
        // "A." "B、" "C：" "D)" not inside a Latin word
        const bool wordBefore = !out.empty() && isAsciiWord(out.back());
        if (isLabelLetter(text[i]) && !wordBefore) {
            const auto close = closingMark(text, i + 1, false);
            const bool wordAfter = i + 1 + close < text.size() && isAsciiWord(text[i + 1 + close]);
            if (close && !wordAfter) {
                i += 1 + close;
                while (i < text.size() && text[i] == ' ') ++i;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::vector<std::int16_t> synthesise(std::string_view text, const SpeechOptions& options) {
    std::vector<std::int16_t> samples;
    const std::string spoken = spokenText(text);
    if (spoken.empty()) return samples;
    const Sink sink = [&](const std::int16_t* wav, std::size_t count) {
        samples.insert(samples.end(), wav, wav + count);
        return true;
    };
    if (!synthesiseInto(spoken, options, sink).empty()) samples.clear();
    return samples;
}

Speech::Speech(AudioOutput& output, SpeechOptions options)
    : m_output(&output), m_options(std::move(options)), m_worker([this] { work(); }) {}

Speech::~Speech() {
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
        ++m_requested; // stops a synthesis in progress
    }
    m_wake.notify_all();
    m_worker.join();
    m_output->mixer().stop(Track::Speech);
}

std::uint64_t Speech::say(std::string_view text) {
    std::string spoken = spokenText(text);
    const std::lock_guard lock(m_mutex);
    const std::uint64_t line = ++m_requested;
    m_output->mixer().stop(Track::Speech);
    m_pending.reset();
    m_latency.reset();
    if (m_muted || !m_output->available() || m_engineFailed || spoken.empty()) {
        m_done = line;
        return line;
    }
    m_pending = std::move(spoken);
    m_pendingLine = line;
    m_saidAt = std::chrono::steady_clock::now();
    m_wake.notify_one();
    return line;
}

void Speech::stop() {
    const std::lock_guard lock(m_mutex);
    m_done = ++m_requested;
    m_pending.reset();
    m_output->mixer().stop(Track::Speech);
}

bool Speech::speaking() const {
    {
        const std::lock_guard lock(m_mutex);
        if (m_done < m_requested) return true;
    }
    return m_output->mixer().playing(Track::Speech);
}

bool Speech::finished(std::uint64_t line) const {
    const std::lock_guard lock(m_mutex);
    return line <= m_done;
}

void Speech::setMuted(bool muted) {
    m_muted = muted;
    if (muted) stop();
}

bool Speech::available() const {
    const std::lock_guard lock(m_mutex);
    return m_output->available() && !m_engineFailed && !m_muted;
}

std::string Speech::problem() const {
    if (!m_output->available()) return m_output->problem();
    const std::lock_guard lock(m_mutex);
    return m_problem;
}

std::optional<std::chrono::steady_clock::duration> Speech::latency() const {
    const std::lock_guard lock(m_mutex);
    return m_latency;
}

bool Speech::take(std::uint64_t line, const std::int16_t* samples, std::size_t count) {
    const std::lock_guard lock(m_mutex);
    if (line != m_requested || m_quit) return false; // a newer line, stop() or shutting down
    if (!m_latency) m_latency = std::chrono::steady_clock::now() - m_saidAt;
    m_output->mixer().append(Track::Speech, std::span<const std::int16_t>(samples, count));
    return true;
}

void Speech::work() {
    if (auto problem = prepare(m_options); !problem.empty()) {
        const std::lock_guard lock(m_mutex);
        m_engineFailed = true;
        m_problem = std::move(problem);
    }
    for (;;) {
        std::string text;
        std::uint64_t line = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_quit || m_pending.has_value(); });
            if (m_quit) return;
            text = std::move(*m_pending);
            m_pending.reset();
            line = m_pendingLine;
        }
        const Sink sink = [this, line](const std::int16_t* wav, std::size_t count) { return take(line, wav, count); };
        const std::string problem = synthesiseInto(text, m_options, sink);
        const std::lock_guard lock(m_mutex);
        if (!problem.empty()) {
            m_engineFailed = true;
            m_problem = problem;
        }
        m_done = std::max(m_done, line);
    }
}

} // namespace app
