#include "app/screenshot.h"

#include <SDL_opengl.h>
#include <stb_image_write.h>

#include <algorithm>
#include <vector>

namespace app {

bool writeBackBufferPng(const std::string& file, int width, int height, std::string& why) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's rows run bottom-up; PNG's top-down.
    const size_t row = static_cast<size_t>(width) * 4;
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.begin() + static_cast<long>(row * static_cast<size_t>(height - 1 - y)), row,
                    flipped.begin() + static_cast<long>(row * static_cast<size_t>(y)));
    for (size_t i = 3; i < flipped.size(); i += 4) flipped[i] = 255;
    if (!stbi_write_png(file.c_str(), width, height, 4, flipped.data(), static_cast<int>(row))) {
        why = "cannot write " + file;
        return false;
    }
    return true;
}

} // namespace app
