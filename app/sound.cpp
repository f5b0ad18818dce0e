#include "app/sound.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace app {

namespace {

constexpr double kRate = AudioMixer::kSampleRate;

std::size_t samplesOf(double seconds) { return static_cast<std::size_t>(seconds * kRate); }

// A sum of sines of equal loudness, `peak` at most, for `seconds`, with linear fades at both ends.
void addTone(std::vector<double>& out, std::size_t from, double seconds, std::initializer_list<double> hertz,
             double peak, double fade, double decay = 0) {
    const std::size_t count = samplesOf(seconds);
    const std::size_t fadeCount = std::max<std::size_t>(1, samplesOf(fade));
    if (out.size() < from + count) out.resize(from + count, 0.0);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / kRate;
        double value = 0;
        for (const double f : hertz) value += std::sin(2 * std::numbers::pi * f * t);
        value *= peak / static_cast<double>(hertz.size());
        const double edge = static_cast<double>(std::min(i, count - 1 - i));
        value *= std::min(1.0, edge / static_cast<double>(fadeCount));
        if (decay > 0) value *= std::exp(-t / decay);
        out[from + i] += value;
    }
}

std::vector<std::int16_t> toSamples(const std::vector<double>& wave) {
    std::vector<std::int16_t> out(wave.size());
    std::transform(wave.begin(), wave.end(), out.begin(),
                   [](double v) { return static_cast<std::int16_t>(std::lround(std::clamp(v, -1.0, 1.0) * 32767)); });
    return out;
}

} // namespace

std::vector<std::int16_t> ringCycle() {
    std::vector<double> wave(samplesOf(6.0), 0.0);
    addTone(wave, 0, 2.0, {440.0, 480.0}, 0.35, 0.01);
    return toSamples(wave);
}

std::vector<std::int16_t> chimeSamples() {
    std::vector<double> wave;
    addTone(wave, 0, 0.2, {880.0}, 0.4, 0.005, 0.08);
    addTone(wave, samplesOf(0.12), 0.3, {1320.0}, 0.35, 0.005, 0.1);
    return toSamples(wave);
}

Sound::Sound(AudioMixer& mixer) : m_mixer(&mixer), m_ring(ringCycle()), m_chime(chimeSamples()) {}

void Sound::ring(bool on) {
    m_ringing = on;
    if (on) m_mixer->play(Track::Ring, m_ring, true);
    else m_mixer->stop(Track::Ring);
}

void Sound::chime() { m_mixer->play(Track::Chime, m_chime); }

} // namespace app
