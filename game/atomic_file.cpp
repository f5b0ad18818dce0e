#include "game/atomic_file.h"

#include <cstdio>
#include <system_error>

namespace game {

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    fs::path temp = path;
    temp += ".partial";
    std::FILE* f = std::fopen(temp.string().c_str(), "wb");
    if (!f) throw WriteError("cannot write " + path.string() + ": the folder is missing or read-only");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const bool flushed = std::fflush(f) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !flushed || !closed) {
        fs::remove(temp, ec);
        throw WriteError("cannot write " + path.string() + ": the disk may be full");
    }
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw WriteError("cannot replace " + path.string() + ": " + ec.message());
    }
}

} // namespace game
