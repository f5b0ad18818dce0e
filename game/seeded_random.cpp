#include "game/seeded_random.h"

#include <cassert>

namespace game {

std::uint64_t SeededRandom::next() {
    m_state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
}

std::uint64_t SeededRandom::below(std::uint64_t bound) {
    assert(bound > 0);
    // Values below threshold would make some results more likely than others: draw again.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t value = next();
        if (value >= threshold) return value % bound;
    }
}

} // namespace game
