#pragma once
// A small seeded random generator (splitmix64) whose output is the same on every
// platform and standard library, so a seed always draws the same paper.
// std::shuffle and std::uniform_int_distribution are implementation-defined: not used.
#include <cstdint>
#include <span>
#include <utility>

namespace game {

// A reproducible stream of random numbers from a 64-bit seed.
class SeededRandom {
public:
    // Starts the stream at seed.
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}

    // The next 64 random bits (splitmix64).
    std::uint64_t next();
    // A uniform number in [0, bound); bound must be > 0 (rejection sampling, no modulo bias).
    std::uint64_t below(std::uint64_t bound);

    // Shuffles values in place (Fisher–Yates, from the last element down).
    template <class T>
    void shuffle(std::span<T> values) {
        for (std::size_t i = values.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            using std::swap;
            swap(values[i - 1], values[j]);
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace game
