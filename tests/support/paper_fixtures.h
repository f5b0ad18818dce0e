#pragma once
// Banks for the paper tests: the bank-test fixture ("test", fake_police: one item of each
// kind) and a "drill" bank of plain items over three fraud types, loaded through loadBanks.
#include "game/bank/bank_library.h"

#include <string_view>

namespace fixtures {

// Banks "test" (test.single, test.multi, test.tf, test.spot, test.order, test.call; 5 points each)
// and "drill" (general: drill.g1..g6 single, 2 points, g1 and g2 also elderly; order_brushing: drill.o1..o4 truefalse, 3 points,
// audience pupil; game_trade: drill.s1 spot_flags, 4 points).
[[nodiscard]] game::BankLibrary paperBanks();

// The item with this id in the library (fails the test when missing).
[[nodiscard]] const game::Item& itemIn(const game::BankLibrary& library, std::string_view id);

} // namespace fixtures
