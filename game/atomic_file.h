#pragma once
// Writing a file so that it is either whole under its final name or not there.
#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace game {

// A file could not be written (full disk, no permission); the message names it.
class WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes bytes to a temporary file next to path, flushes it, then renames it
// over path. Throws WriteError; a failed write leaves any old file untouched.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace game
