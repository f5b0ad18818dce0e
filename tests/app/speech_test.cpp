// Speech and sound: option labels kept out of spoken text, Chinese synthesised, the mixer,
// the program-made ring tone and chime, interrupting a line, and silence without a device.
#include "app/audio_output.h"
#include "app/sound.h"
#include "app/speech.h"
#include "app/voice_output.h"
#include "scenes/voice.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace {

const char* const kCallerLine = "您好，我是市公安局的民警，您的银行卡涉嫌洗钱，请配合调查。";
const char* const kLongLine =
    "您好，我是市公安局的民警，您的银行卡涉嫌洗钱，请配合调查。现在需要您把卡里的钱全部转到安全账户，"
    "我们核查完毕以后会原路退回。这件事属于机密，请不要告诉家人，也不要挂断电话，否则后果自负。";

// Waits (at most 20 s, so a broken build fails rather than hangs) until the condition holds.
template <typename Condition>
bool waitFor(Condition condition) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!condition()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

int peakOf(std::span<const std::int16_t> samples) {
    int peak = 0;
    for (const auto s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
    return peak;
}

// Tests use SDL's dummy audio driver unless told otherwise (ctest sets it too).
void useDummyAudio() { SDL_setenv("SDL_AUDIODRIVER", "dummy", 0); }

} // namespace

TEST_CASE("Option labels are left out of spoken text", "[speech]") {
    CHECK(app::spokenText("A. 马上转账 B、挂断电话 C：等待") == "马上转账 挂断电话 等待");
    CHECK(app::spokenText("（A）照做 (B) 不理") == "照做 不理");
    CHECK(app::spokenText("A．转账") == "转账");
    CHECK(app::spokenText("买A股，用ETC.卡") == "买A股，用ETC.卡");
    CHECK(app::spokenText("登录 http://a.example 查看") == "登录 http://a.example 查看");
    CHECK(app::spokenText("您好，我是民警。") == "您好，我是民警。");
}

TEST_CASE("The Mandarin voice synthesises Chinese text", "[speech]") {
    const auto samples = app::synthesise(kCallerLine);
    REQUIRE_FALSE(samples.empty());
    // Several seconds of speech at 22050 Hz, and not silence.
    CHECK(samples.size() > static_cast<std::size_t>(app::AudioMixer::kSampleRate));
    CHECK(peakOf(samples) > 1000);
    CHECK(app::synthesise("").empty());
}

TEST_CASE("The mixer sums tracks, loops, clips, stops and mutes", "[speech]") {
    app::AudioMixer mixer;
    std::vector<std::int16_t> out(4);
    mixer.mix(out);
    CHECK(out == std::vector<std::int16_t>{0, 0, 0, 0});

    mixer.play(app::Track::Chime, {3000, -3000, 300});
    mixer.play(app::Track::Ring, {1, 2}, true);
    mixer.append(app::Track::Speech, std::vector<std::int16_t>{30000, -30000});
    CHECK(mixer.queued(app::Track::Chime) == 3);
    mixer.mix(out);
    CHECK(out == std::vector<std::int16_t>{32767, -32768, 301, 2});
    CHECK_FALSE(mixer.playing(app::Track::Chime));
    CHECK_FALSE(mixer.playing(app::Track::Speech));
    CHECK(mixer.playing(app::Track::Ring));
    CHECK(mixer.received(app::Track::Speech) == 2);

    mixer.setMuted(true);
    mixer.mix(out);
    CHECK(out == std::vector<std::int16_t>{0, 0, 0, 0});
    mixer.setMuted(false);
    mixer.stop(app::Track::Ring);
    mixer.mix(out);
    CHECK(out == std::vector<std::int16_t>{0, 0, 0, 0});
}

TEST_CASE("The ring tone and chime are made by the program", "[speech]") {
    const auto ring = app::ringCycle();
    const std::size_t second = app::AudioMixer::kSampleRate;
    REQUIRE(ring.size() == 6 * second);
    CHECK(peakOf(std::span(ring).subspan(0, 2 * second)) > 8000);
    CHECK(peakOf(std::span(ring).subspan(2 * second)) == 0);
    CHECK(std::abs(ring.front()) < 100); // faded in: no click

    const auto chime = app::chimeSamples();
    CHECK(chime.size() > second / 5);
    CHECK(chime.size() < second);
    CHECK(peakOf(chime) > 5000);

    app::AudioMixer mixer;
    app::Sound sound(mixer);
    sound.ring(true);
    CHECK(sound.ringing());
    CHECK(mixer.playing(app::Track::Ring));
    sound.ring(false);
    CHECK_FALSE(mixer.playing(app::Track::Ring));
    sound.chime();
    CHECK(mixer.queued(app::Track::Chime) == chime.size());
}

TEST_CASE("Speech speaks through the audio device, and a new line interrupts the old", "[speech]") {
    useDummyAudio();
    app::AudioOutput output;
    INFO(output.problem());
    REQUIRE(output.available());
    app::Speech speech(output);

    const auto first = speech.say(kLongLine);
    REQUIRE(waitFor([&] { return output.mixer().received(app::Track::Speech) > 0; }));
    CHECK(speech.speaking());
    CHECK(speech.latency().has_value());
    const auto shortLength = app::synthesise("请挂断电话。").size();
    const auto second = speech.say("请挂断电话。");
    REQUIRE(waitFor([&] { return speech.finished(second); }));
    CHECK(speech.finished(first));
    // Only the second line is left to play (give or take the engine's few samples of state):
    // the long one, many seconds of speech, was cut off.
    CHECK(output.mixer().queued(app::Track::Speech) <= shortLength + shortLength / 10);
    CHECK(app::synthesise(kLongLine).size() > 3 * shortLength);
    CHECK(output.mixer().queued(app::Track::Speech) > 0);
    CHECK(speech.available());
    CHECK(speech.problem().empty());

    speech.stop();
    CHECK_FALSE(speech.speaking());
    CHECK(output.mixer().queued(app::Track::Speech) == 0);

    speech.setMuted(true);
    const auto muted = speech.say(kCallerLine);
    CHECK(speech.finished(muted));
    CHECK_FALSE(speech.speaking());
    CHECK_FALSE(speech.available());
}

TEST_CASE("Without an audio device everything runs silently", "[speech]") {
    useDummyAudio();
    SECTION("told not to open one") {
        app::AudioOutput output(app::AudioOutputOptions{false, ""});
        CHECK_FALSE(output.available());
        CHECK_FALSE(output.problem().empty());
        app::Speech speech(output);
        std::uint64_t line = 0;
        CHECK_NOTHROW(line = speech.say(kCallerLine));
        CHECK(speech.finished(line));
        CHECK_FALSE(speech.speaking());
        CHECK_FALSE(speech.available());
        CHECK_FALSE(speech.problem().empty());
        CHECK_NOTHROW(speech.stop());
    }
    SECTION("a device that does not exist") {
        app::AudioOutput output(app::AudioOutputOptions{true, "no such sound card"});
        CHECK_FALSE(output.available());
        CHECK_THAT(output.problem(), Catch::Contains("no audio device"));
    }
    SECTION("the scenes' voice") {
        app::VoiceOutput voice(app::AudioOutputOptions{false, ""});
        scenes::Voice& asScenesSee = voice;
        CHECK_NOTHROW(asScenesSee.say(kCallerLine));
        CHECK_NOTHROW(asScenesSee.ring(true));
        CHECK_NOTHROW(asScenesSee.chime());
        CHECK_NOTHROW(asScenesSee.ring(false));
        CHECK_FALSE(asScenesSee.speaking());
        CHECK_FALSE(asScenesSee.available());
    }
}

TEST_CASE("The scenes' voice rings and chimes through the mixer, and mutes", "[speech]") {
    useDummyAudio();
    app::VoiceOutput voice;
    REQUIRE(voice.output().available());
    CHECK(voice.available());
    voice.ring(true);
    CHECK(voice.output().mixer().playing(app::Track::Ring));
    voice.setMuted(true);
    CHECK_FALSE(voice.available());
    CHECK_FALSE(voice.output().mixer().playing(app::Track::Ring));
    voice.chime();
    CHECK(voice.output().mixer().received(app::Track::Chime) == 0);
    voice.setMuted(false);
    voice.chime();
    CHECK(voice.output().mixer().received(app::Track::Chime) == app::chimeSamples().size());
}

TEST_CASE("SilentVoice remembers what the scenes asked of it", "[speech]") {
    scenes::SilentVoice voice;
    voice.say("第一句");
    voice.say("第二句");
    voice.ring(true);
    voice.chime();
    CHECK(voice.said() == std::vector<std::string>{"第一句", "第二句"});
    CHECK(voice.speaking());
    CHECK(voice.ringing());
    CHECK(voice.chimes() == 1);
    CHECK_FALSE(voice.available());
    voice.stop();
    voice.ring(false);
    CHECK_FALSE(voice.speaking());
    CHECK_FALSE(voice.ringing());
}
