#pragma once
// Reading members of a zip file held in memory (.docx and .xlsx are zips).
// The only place the importers use libzip.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace game {

// A zip archive opened from bytes. Throws ImportError when the bytes are not a
// readable zip (a truncated download, a renamed .doc).
class ZipArchive {
public:
    // Opens the archive; fileName is only used in messages.
    ZipArchive(std::string bytes, std::string fileName);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // The member's bytes, or nullopt when there is no such member. Throws
    // ImportError when the member is there but cannot be read.
    [[nodiscard]] std::optional<std::string> read(std::string_view member) const;

private:
    struct Handle;
    std::string m_bytes;
    std::string m_fileName;
    std::unique_ptr<Handle> m_handle;
};

} // namespace game
