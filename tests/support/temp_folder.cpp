#include "support/temp_folder.h"

#include <atomic>
#include <random>
#include <string>

namespace testing {

TempFolder::TempFolder() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path()
        / ("scamdrill-test-" + std::to_string(rd()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_path);
}

TempFolder::~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

} // namespace testing
