#include "app/audio_output.h"

#include <SDL.h>

#include <cstring>

namespace app {

AudioOutput::AudioOutput(const AudioOutputOptions& options) {
    if (!options.open) {
        m_problem = "sound is switched off";
        return;
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        m_problem = std::string("no audio: ") + SDL_GetError();
        return;
    }
    m_subsystem = true;
    SDL_AudioSpec want{};
    want.freq = AudioMixer::kSampleRate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 512; // about 23 ms: speech starts soon after it is queued
    want.callback = &AudioOutput::fill;
    want.userdata = this;
    SDL_AudioSpec have{};
    // No allowed changes: SDL converts to whatever the hardware wants.
    m_device = SDL_OpenAudioDevice(options.device.empty() ? nullptr : options.device.c_str(), 0, &want, &have, 0);
    if (m_device == 0) {
        m_problem = std::string("no audio device: ") + SDL_GetError();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        m_subsystem = false;
        return;
    }
    SDL_PauseAudioDevice(m_device, 0);
}

AudioOutput::~AudioOutput() {
    if (m_device != 0) SDL_CloseAudioDevice(m_device);
    if (m_subsystem) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void AudioOutput::fill(void* self, std::uint8_t* stream, int bytes) {
    auto* output = static_cast<AudioOutput*>(self);
    auto& buffer = output->m_buffer; // only this callback's thread touches it
    buffer.resize(static_cast<std::size_t>(bytes) / sizeof(std::int16_t));
    output->m_mixer.mix(buffer);
    std::memcpy(stream, buffer.data(), buffer.size() * sizeof(std::int16_t));
}

} // namespace app
