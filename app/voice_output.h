#pragma once
// The scenes' Voice in the program: speech synthesis and the phone's sounds through one
// audio device. Silent (subtitles only) when no device can be opened.
#include "app/audio_output.h"
#include "app/sound.h"
#include "app/speech.h"
#include "scenes/voice.h"

namespace app {

// Speech and sound for the scenes.
class VoiceOutput : public scenes::Voice {
public:
    // Opens the audio device (see AudioOutput) and starts the speech worker.
    explicit VoiceOutput(const AudioOutputOptions& audio = {}, SpeechOptions speech = {});

    void say(const std::string& text) override { m_speech.say(text); }
    void stop() override { m_speech.stop(); }
    [[nodiscard]] bool speaking() const override { return m_speech.speaking(); }
    void ring(bool on) override;
    void chime() override;
    [[nodiscard]] bool available() const override { return m_output.available() && !m_muted; }

    // Muting stops speech and ringing; say(), ring() and chime() then make no sound.
    void setMuted(bool muted);
    [[nodiscard]] bool muted() const { return m_muted; }
    // Why there is no sound ("" when there is), for the settings screen.
    [[nodiscard]] std::string problem() const { return m_speech.problem(); }
    // The speech itself (for the benchmark and tests).
    [[nodiscard]] Speech& speech() { return m_speech; }
    [[nodiscard]] AudioOutput& output() { return m_output; }

private:
    AudioOutput m_output;
    Sound m_sound;
    Speech m_speech;
    bool m_muted = false;
};

} // namespace app
