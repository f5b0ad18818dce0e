#pragma once
// What scenes use to speak and ring, with no SDL in sight: the app gives a real voice
// (speech synthesis and program-made tones), tests give a SilentVoice that remembers.
#include <string>
#include <vector>

namespace scenes {

// Speech and phone sounds for a scene. Never required: when available() is false the
// scene shows subtitles and everything else still works.
class Voice {
public:
    virtual ~Voice() = default;
    // Speaks a line (UTF-8), interrupting what is being spoken; returns at once.
    virtual void say(const std::string& text) = 0;
    // Stops speaking.
    virtual void stop() = 0;
    // True while a line is being spoken.
    [[nodiscard]] virtual bool speaking() const = 0;
    // Starts (on) or stops (off) the phone's ring tone.
    virtual void ring(bool on) = 0;
    // Plays the short chime of a new message.
    virtual void chime() = 0;
    // True when sound can actually be heard (an audio device is open and not muted).
    [[nodiscard]] virtual bool available() const = 0;
};

// A voice that makes no sound and remembers what it was asked, for tests.
class SilentVoice : public Voice {
public:
    void say(const std::string& text) override { m_said.push_back(text); m_speaking = true; }
    void stop() override { m_speaking = false; }
    [[nodiscard]] bool speaking() const override { return m_speaking; }
    void ring(bool on) override { m_ringing = on; }
    void chime() override { ++m_chimes; }
    [[nodiscard]] bool available() const override { return false; }

    // Every line passed to say(), in order.
    [[nodiscard]] const std::vector<std::string>& said() const { return m_said; }
    // True between ring(true) and ring(false).
    [[nodiscard]] bool ringing() const { return m_ringing; }
    // How many chimes were asked for.
    [[nodiscard]] int chimes() const { return m_chimes; }

private:
    std::vector<std::string> m_said;
    bool m_speaking = false;
    bool m_ringing = false;
    int m_chimes = 0;
};

} // namespace scenes
