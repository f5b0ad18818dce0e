#pragma once
// A district's worth of training records, for tests and benchmarks that must hold up
// on the data a township gathers over years: 5,000 people in a hundred classes and
// departments, 200 sessions, 100,000 attempts and 2,000,000 answers to the built-in
// banks' items. Written once (a few seconds, in bulk) and reused by later runs.
#include "game/bank/bank.h"

#include <filesystem>
#include <span>

namespace testing {

// How many rows of each kind.
struct DistrictSize {
    int people = 5'000;
    int sessions = 200;
    int attempts = 100'000;
    int answersPerAttempt = 20;
};

// The database file of a district's records under folder (made there when missing or
// from an older generator; made under a temporary name and renamed, so test processes
// running at once never see half a file). Opened with game::Store it is at the current schema.
[[nodiscard]] std::filesystem::path districtRecords(const std::filesystem::path& folder, std::span<const game::Bank> banks,
                                                    const DistrictSize& size = {});

} // namespace testing
