#pragma once
// Folders for tests that need only the game library: a temporary folder, and
// the built-in banks and assets of the source tree.
#include <filesystem>

namespace testing {

// A temporary folder removed when the test ends.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The built-in question banks (questions/ in the source tree).
[[nodiscard]] inline std::filesystem::path builtInQuestions() { return SCAMDRILL_QUESTIONS_DIR; }

// The string tables and other assets (assets/ in the source tree).
[[nodiscard]] inline std::filesystem::path builtInAssets() { return SCAMDRILL_ASSETS_DIR; }

} // namespace testing
