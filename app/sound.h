#pragma once
// The phone's sounds, made by the program: a ring tone for an incoming call and a short
// chime for a new message, played through the mixer.
#include "app/audio_mixer.h"

#include <cstdint>
#include <vector>

namespace app {

// One ring cycle at the mixer's rate: 440 + 480 Hz for 2 s, then 4 s of silence (a phone
// ringing, North American cadence), with short fades so it does not click.
[[nodiscard]] std::vector<std::int16_t> ringCycle();
// A new-message chime: two short decaying tones (880 Hz, then 1320 Hz), about 0.4 s.
[[nodiscard]] std::vector<std::int16_t> chimeSamples();

// Rings and chimes through a mixer, which must outlive it.
class Sound {
public:
    explicit Sound(AudioMixer& mixer);

    // Starts ringing (repeating the cycle) until ring(false); starting again restarts the cycle.
    void ring(bool on);
    // True while ringing.
    [[nodiscard]] bool ringing() const { return m_ringing; }
    // Plays the chime once (a chime still playing starts over).
    void chime();

private:
    AudioMixer* m_mixer;
    std::vector<std::int16_t> m_ring;
    std::vector<std::int16_t> m_chime;
    bool m_ringing = false;
};

} // namespace app
