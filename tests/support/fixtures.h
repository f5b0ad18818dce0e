#pragma once
// Reading test fixtures from tests/data.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace testing {

// The bytes of tests/data/<folder>/<name>; the test fails when it cannot be read.
inline std::string fixtureBytes(const std::string& folder, const std::string& name) {
    std::ifstream in(std::filesystem::path(SCAMDRILL_TEST_DATA) / folder / name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace testing
