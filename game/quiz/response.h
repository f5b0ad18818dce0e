#pragma once
// What the player did on one item, and the JSON the records keep of it.
#include "game/scenario/scenario_record.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace game {

// What the player did on one item.
struct Response {
    std::vector<std::string> keys;         // single/multi: chosen option keys; ordering: step keys in the player's order
    std::optional<bool> truth;             // truefalse
    std::vector<int> pieces;               // spot_flags: indices into messagePieces(item) the player picked
    std::string endingId;                  // scenario: the ending reached (what is judged)
    std::optional<ScenarioRecord> scenario; // scenario: the whole run, with its follow-up (none in older answers)

    friend bool operator==(const Response&, const Response&) = default;
};

// The response as JSON: {"keys": [...], "truth": true, "pieces": [...], "ending": "...",
// "scenario": {...}} (see toJson(ScenarioRecord)), empty fields left out.
[[nodiscard]] nlohmann::json toJson(const Response& response);
// A response from its JSON; throws std::invalid_argument on wrong types or unknown codes. Fields
// it does not know are ignored. Reads the "follow_up" that answers once kept beside "scenario".
[[nodiscard]] Response responseFromJson(const nlohmann::json& json);

} // namespace game
