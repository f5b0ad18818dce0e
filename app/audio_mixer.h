#pragma once
// The program's one mixer: a few tracks (speech, ring tone, chime) of 16-bit mono samples
// summed into what the audio device plays. No SDL here: the device calls mix().
#include <array>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace app {

// What a track carries; each plays one sound at a time.
enum class Track { Speech, Ring, Chime };

// Mixes the tracks; every method is safe to call from any thread.
class AudioMixer {
public:
    // The sample rate of everything mixed (espeak-ng's native rate).
    static constexpr int kSampleRate = 22050;

    // Replaces what the track plays with these samples; with loop, they repeat until stop().
    void play(Track track, std::vector<std::int16_t> samples, bool loop = false);
    // Adds samples after what the track still has to play (speech arrives in pieces).
    void append(Track track, std::span<const std::int16_t> samples);
    // Silences the track at once.
    void stop(Track track);
    // True while the track has samples left (a looping track until stopped).
    [[nodiscard]] bool playing(Track track) const;
    // Samples the track has still to play (for a looping track, of the current pass).
    [[nodiscard]] std::size_t queued(Track track) const;
    // Samples ever handed to the track by play() and append().
    [[nodiscard]] std::size_t received(Track track) const;
    // When muted, mix() gives silence and tracks still advance.
    void setMuted(bool muted);
    [[nodiscard]] bool muted() const;

    // Fills `out` with the sum of the tracks (clipped), advancing each; silence where none plays.
    void mix(std::span<std::int16_t> out);

private:
    struct Sound {
        std::vector<std::int16_t> samples;
        std::size_t position = 0;
        bool loop = false;
        std::size_t received = 0;
    };
    static constexpr std::size_t kTracks = 3;

    mutable std::mutex m_mutex;
    std::array<Sound, kTracks> m_tracks;
    bool m_muted = false;
    std::vector<std::int32_t> m_sum;
};

} // namespace app
