#pragma once
// Writing what the window shows to a PNG file.
#include <string>

namespace app {

// Reads the current GL back buffer (width x height) and writes it as PNG.
// Returns false, with the reason in `why`, when the file cannot be written.
bool writeBackBufferPng(const std::string& file, int width, int height, std::string& why);

} // namespace app
