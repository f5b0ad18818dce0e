#pragma once
// The colours that carry a meaning on every screen: right or safe, wrong or lost,
// a red flag, something missed, and the player's own words.
#include <imgui.h>

namespace scenes::palette {

inline const ImVec4 kGood(0.10f, 0.50f, 0.20f, 1);   // a right answer, a safe ending, "saved"
inline const ImVec4 kBad(0.75f, 0.10f, 0.10f, 1);    // a wrong answer, money lost, a problem to fix
inline const ImVec4 kFlag(0.70f, 0.25f, 0.05f, 1);   // a red flag (◆)
inline const ImVec4 kMissed(0.80f, 0.40f, 0.00f, 1); // something missed or to watch for
inline const ImVec4 kPlayer(0.10f, 0.35f, 0.70f, 1); // what the player said or did

} // namespace scenes::palette
