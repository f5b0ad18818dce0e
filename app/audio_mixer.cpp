#include "app/audio_mixer.h"

#include <algorithm>

namespace app {

namespace {
std::size_t indexOf(Track track) { return static_cast<std::size_t>(track); }
} // namespace

void AudioMixer::play(Track track, std::vector<std::int16_t> samples, bool loop) {
    const std::lock_guard lock(m_mutex);
    Sound& sound = m_tracks[indexOf(track)];
    sound.received += samples.size();
    sound.samples = std::move(samples);
    sound.position = 0;
    sound.loop = loop && !sound.samples.empty();
}

void AudioMixer::append(Track track, std::span<const std::int16_t> samples) {
    const std::lock_guard lock(m_mutex);
    Sound& sound = m_tracks[indexOf(track)];
    if (sound.position >= sound.samples.size() && !sound.loop) {
        // Drop what was played, so a long spoken text does not keep growing the buffer.
        sound.samples.clear();
        sound.position = 0;
    }
    sound.samples.insert(sound.samples.end(), samples.begin(), samples.end());
    sound.received += samples.size();
}

void AudioMixer::stop(Track track) {
    const std::lock_guard lock(m_mutex);
    Sound& sound = m_tracks[indexOf(track)];
    sound.samples.clear();
    sound.position = 0;
    sound.loop = false;
}

bool AudioMixer::playing(Track track) const {
    const std::lock_guard lock(m_mutex);
    const Sound& sound = m_tracks[indexOf(track)];
    return sound.loop || sound.position < sound.samples.size();
}

std::size_t AudioMixer::queued(Track track) const {
    const std::lock_guard lock(m_mutex);
    const Sound& sound = m_tracks[indexOf(track)];
    return sound.samples.size() - std::min(sound.position, sound.samples.size());
}

std::size_t AudioMixer::received(Track track) const {
    const std::lock_guard lock(m_mutex);
    return m_tracks[indexOf(track)].received;
}

void AudioMixer::setMuted(bool muted) {
    const std::lock_guard lock(m_mutex);
    m_muted = muted;
}

bool AudioMixer::muted() const {
    const std::lock_guard lock(m_mutex);
    return m_muted;
}

void AudioMixer::mix(std::span<std::int16_t> out) {
    const std::lock_guard lock(m_mutex);
    m_sum.assign(out.size(), 0);
    for (Sound& sound : m_tracks) {
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (sound.position >= sound.samples.size()) {
                if (!sound.loop) break;
                sound.position = 0;
            }
            m_sum[i] += sound.samples[sound.position++];
        }
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = m_muted ? std::int16_t{0} : static_cast<std::int16_t>(std::clamp(m_sum[i], -32768, 32767));
}

} // namespace app
