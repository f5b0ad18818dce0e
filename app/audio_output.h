#pragma once
// The audio device, opened once, playing the mixer. Without a sound card (or when told
// not to open one) it stays closed: available() is false and the mixer is not played.
#include "app/audio_mixer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace app {

// How to open the device.
struct AudioOutputOptions {
    bool open = true;        // false: never open a device (silent mode, for tests and --mute)
    std::string device;      // an SDL output device name; empty for the default
};

// The program's audio output: one SDL device fed by one mixer.
class AudioOutput {
public:
    // Opens the device; never throws: a failure is kept in problem().
    explicit AudioOutput(const AudioOutputOptions& options = {});
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // True when a device is open and playing the mixer.
    [[nodiscard]] bool available() const { return m_device != 0; }
    // Why no device is open ("" when one is).
    [[nodiscard]] const std::string& problem() const { return m_problem; }
    // The mixer the device plays (usable, but unheard, when no device is open).
    [[nodiscard]] AudioMixer& mixer() { return m_mixer; }
    [[nodiscard]] const AudioMixer& mixer() const { return m_mixer; }

private:
    static void fill(void* self, std::uint8_t* stream, int bytes);

    AudioMixer m_mixer;
    std::vector<std::int16_t> m_buffer; // the device callback's mixing buffer
    std::uint32_t m_device = 0;
    bool m_subsystem = false;
    std::string m_problem;
};

} // namespace app
