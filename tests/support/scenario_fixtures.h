#pragma once
// Scenario banks for the runner tests: a scam that moves from SMS to a web page, a chat
// and a call (with a loop), and a genuine 96110 call.
#include "game/bank/bank_library.h"

namespace fixtures {

// Bank "drill-scenarios" with items
//  drill.cross (sms "sms" -> web "page" -> chat "chat" (30 s limit) -> call "call" (loops on itself);
//               endings safe-sms, safe-web, paid (money_lost 3000), leaked (info_leaked), hung-up, safe-call) and
//  drill.genuine (call "warn" from 96110; endings listened (safe), refused (genuine_refused) by hanging up).
// Fails the test when the bank does not load cleanly.
[[nodiscard]] game::BankLibrary scenarioBanks();

} // namespace fixtures
