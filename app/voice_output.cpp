#include "app/voice_output.h"

namespace app {

VoiceOutput::VoiceOutput(const AudioOutputOptions& audio, SpeechOptions speech)
    : m_output(audio), m_sound(m_output.mixer()), m_speech(m_output, std::move(speech)) {}

void VoiceOutput::ring(bool on) { m_sound.ring(on && !m_muted); }

void VoiceOutput::chime() {
    if (!m_muted) m_sound.chime();
}

void VoiceOutput::setMuted(bool muted) {
    m_muted = muted;
    m_speech.setMuted(muted);
    if (muted) m_sound.ring(false);
}

} // namespace app
