#include "game/quiz/response.h"

#include <stdexcept>

namespace game {
namespace {

using nlohmann::json;

std::vector<std::string> stringList(const json& in, const char* key) {
    if (!in.contains(key)) return {};
    if (!in[key].is_array()) throw std::invalid_argument(std::string("response: \"") + key + "\" must be a list");
    std::vector<std::string> out;
    for (const auto& value : in[key]) {
        if (!value.is_string()) throw std::invalid_argument(std::string("response: \"") + key + "\" must hold strings");
        out.push_back(value.get<std::string>());
    }
    return out;
}

// The scenario record, with the follow-up that earlier versions wrote beside it.
ScenarioRecord scenarioOf(const json& in) {
    ScenarioRecord record = scenarioRecordFromJson(in["scenario"]);
    if (in.contains("follow_up") && !record.followUp) {
        if (!in["follow_up"].is_string()) throw std::invalid_argument("response: \"follow_up\" must be a string");
        const auto code = in["follow_up"].get<std::string>();
        record.followUp = parseFollowUp(code);
        if (!record.followUp) throw std::invalid_argument("response: unknown follow_up \"" + code + "\"");
    }
    return record;
}

} // namespace

json toJson(const Response& response) {
    json out = json::object();
    if (!response.keys.empty()) out["keys"] = response.keys;
    if (response.truth) out["truth"] = *response.truth;
    if (!response.pieces.empty()) out["pieces"] = response.pieces;
    if (!response.endingId.empty()) out["ending"] = response.endingId;
    if (response.scenario) out["scenario"] = toJson(*response.scenario);
    return out;
}

Response responseFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("response: must be a JSON object, not " + in.dump());
    Response response;
    response.keys = stringList(in, "keys");
    if (in.contains("truth")) {
        if (!in["truth"].is_boolean()) throw std::invalid_argument("response: \"truth\" must be true or false");
        response.truth = in["truth"].get<bool>();
    }
    if (in.contains("pieces")) {
        if (!in["pieces"].is_array()) throw std::invalid_argument("response: \"pieces\" must be a list");
        for (const auto& piece : in["pieces"]) {
            if (!piece.is_number_integer()) throw std::invalid_argument("response: \"pieces\" must hold whole numbers");
            response.pieces.push_back(piece.get<int>());
        }
    }
    if (in.contains("ending")) {
        if (!in["ending"].is_string()) throw std::invalid_argument("response: \"ending\" must be a string");
        response.endingId = in["ending"].get<std::string>();
    }
    if (in.contains("scenario")) response.scenario = scenarioOf(in);
    else if (in.contains("follow_up")) throw std::invalid_argument("response: a \"follow_up\" with no \"scenario\" record");
    return response;
}

} // namespace game
