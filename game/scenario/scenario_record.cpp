// The stored form of a scenario run: action kinds, moves and the record's JSON.
#include "game/scenario/scenario_run.h"

#include <array>
#include <stdexcept>

namespace game {

using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 3> kActionKindCodes = {"choice", "hangup", "timeout"};

// The enum value whose code (in declaration order) is `code`.
template <typename Enum>
std::optional<Enum> fromCode(std::span<const std::string_view> codes, std::string_view code) {
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (codes[i] == code) return static_cast<Enum>(i);
    return std::nullopt;
}

const json& field(const json& in, const char* name, bool (json::*isType)() const noexcept, const char* type) {
    if (!in.contains(name)) throw std::invalid_argument(std::string("scenario record: \"") + name + "\" is missing");
    const json& value = in[name];
    if (!(value.*isType)())
        throw std::invalid_argument(std::string("scenario record: \"") + name + "\" must be " + type);
    return value;
}

std::string optionalText(const json& in, const char* name) {
    if (!in.contains(name)) return {};
    return field(in, name, &json::is_string, "a string").get<std::string>();
}

template <typename Enum>
Enum requiredCode(const json& in, const char* name, std::span<const std::string_view> codes) {
    const auto text = field(in, name, &json::is_string, "a string").get<std::string>();
    const auto value = fromCode<Enum>(codes, text);
    if (!value) throw std::invalid_argument(std::string("scenario record: unknown ") + name + " \"" + text + "\"");
    return *value;
}

json toJson(const TakenAction& action) {
    json out = {{"step", action.stepId},
                {"channel", codeOf(action.channel)},
                {"kind", codeOf(action.kind)},
                {"target", action.target},
                {"at", unixMs(action.at)},
                {"elapsed_ms", action.elapsed.count()}};
    if (action.choice) out["choice"] = *action.choice;
    if (!action.text.empty()) out["text"] = action.text;
    return out;
}

TakenAction actionFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("scenario record: an action must be a JSON object");
    TakenAction action;
    action.stepId = field(in, "step", &json::is_string, "a string").get<std::string>();
    action.channel = requiredCode<Channel>(in, "channel", channelCodes());
    action.kind = requiredCode<ActionKind>(in, "kind", kActionKindCodes);
    action.target = field(in, "target", &json::is_string, "a string").get<std::string>();
    action.at = timestampFromUnixMs(field(in, "at", &json::is_number_integer, "a whole number").get<std::int64_t>());
    action.elapsed = std::chrono::milliseconds{
        field(in, "elapsed_ms", &json::is_number_integer, "a whole number").get<std::int64_t>()};
    if (in.contains("choice"))
        action.choice = field(in, "choice", &json::is_number_unsigned, "a whole number >= 0").get<std::size_t>();
    if (action.kind == ActionKind::Choice && !action.choice)
        throw std::invalid_argument("scenario record: a \"choice\" action needs its choice index");
    action.text = optionalText(in, "text");
    return action;
}

} // namespace

std::string_view codeOf(ActionKind kind) { return kActionKindCodes.at(static_cast<std::size_t>(kind)); }

std::optional<ActionKind> parseActionKind(std::string_view code) { return fromCode<ActionKind>(kActionKindCodes, code); }

json toJson(const ScenarioRecord& record) {
    json out = {{"item", record.itemId}, {"actions", json::array()}};
    if (!record.endingId.empty()) out["ending"] = record.endingId;
    if (record.outcome) out["outcome"] = codeOf(*record.outcome);
    if (!record.stoppedAt.empty()) out["stopped_at"] = record.stoppedAt;
    for (const auto& action : record.actions) out["actions"].push_back(toJson(action));
    return out;
}

ScenarioRecord scenarioRecordFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("scenario record: must be a JSON object, not " + in.dump());
    ScenarioRecord record;
    record.itemId = field(in, "item", &json::is_string, "a string").get<std::string>();
    record.endingId = optionalText(in, "ending");
    if (in.contains("outcome")) record.outcome = requiredCode<Outcome>(in, "outcome", outcomeCodes());
    record.stoppedAt = optionalText(in, "stopped_at");
    for (const auto& action : field(in, "actions", &json::is_array, "a list")) record.actions.push_back(actionFromJson(action));
    return record;
}

std::optional<std::string> moveTarget(const Scenario& scenario, const Step& step, Move move) {
    switch (move.kind) {
    case ActionKind::Choice:
        if (move.choice < step.choices.size()) return step.choices[move.choice].next;
        return std::nullopt;
    case ActionKind::Hangup:
        if (step.channel == Channel::Call && !scenario.hangupTarget(step).empty()) return scenario.hangupTarget(step);
        return std::nullopt;
    case ActionKind::Timeout:
        if (step.timeLimit > 0 && !step.onTimeout.empty()) return step.onTimeout;
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<Move> movesFrom(const Scenario& scenario, const Step& step) {
    std::vector<Move> moves;
    for (std::size_t i = 0; i < step.choices.size(); ++i) moves.push_back({ActionKind::Choice, i});
    for (const auto kind : {ActionKind::Hangup, ActionKind::Timeout})
        if (moveTarget(scenario, step, {kind, 0})) moves.push_back({kind, 0});
    return moves;
}

} // namespace game
