// The stored form of a scenario run: action kinds, follow-ups and the record's JSON.
#include "game/scenario/scenario_record.h"

#include "game/bank/bank_codes.h"
#include "game/codes.h"

#include <array>
#include <stdexcept>

namespace game {

using nlohmann::json;

namespace {

constexpr auto kActionKinds = codeTable<ActionKind>({
    {ActionKind::Choice, "choice"}, {ActionKind::Hangup, "hangup"}, {ActionKind::Timeout, "timeout"}});
constexpr auto kFollowUps = codeTable<FollowUp>({{FollowUp::CallBack, "call_back"},
                                                 {FollowUp::Call110, "call_110"},
                                                 {FollowUp::Call96110, "call_96110"},
                                                 {FollowUp::None, "none"}});
constexpr std::array<FollowUp, 4> kFollowUpOrder = {FollowUp::CallBack, FollowUp::Call110, FollowUp::Call96110, FollowUp::None};

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

// The value a code field names; parse is the enum's fromCode.
template <typename Parse>
auto requiredCode(const json& in, const char* name, Parse parse) {
    const auto text = field(in, name, &json::is_string, "a string").get<std::string>();
    const auto value = parse(text);
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
    if (action.declined) out["declined"] = true;
    return out;
}

TakenAction actionFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("scenario record: an action must be a JSON object");
    TakenAction action;
    action.stepId = field(in, "step", &json::is_string, "a string").get<std::string>();
    action.channel = requiredCode(in, "channel", channelFromCode);
    action.kind = requiredCode(in, "kind", parseActionKind);
    action.target = field(in, "target", &json::is_string, "a string").get<std::string>();
    action.at = timestampFromUnixMs(field(in, "at", &json::is_number_integer, "a whole number").get<std::int64_t>());
    action.elapsed = std::chrono::milliseconds{
        field(in, "elapsed_ms", &json::is_number_integer, "a whole number").get<std::int64_t>()};
    if (in.contains("choice"))
        action.choice = field(in, "choice", &json::is_number_unsigned, "a whole number >= 0").get<std::size_t>();
    if (action.kind == ActionKind::Choice && !action.choice)
        throw std::invalid_argument("scenario record: a \"choice\" action needs its choice index");
    action.text = optionalText(in, "text");
    if (in.contains("declined")) action.declined = field(in, "declined", &json::is_boolean, "true or false").get<bool>();
    return action;
}

} // namespace

std::string_view codeOf(ActionKind kind) { return kActionKinds.codeOf(kind); }

std::optional<ActionKind> parseActionKind(std::string_view code) { return kActionKinds.fromCode(code); }

std::string_view codeOf(FollowUp followUp) { return kFollowUps.codeOf(followUp); }

std::optional<FollowUp> parseFollowUp(std::string_view code) { return kFollowUps.fromCode(code); }

std::span<const FollowUp> allFollowUps() { return kFollowUpOrder; }

std::optional<FollowUp> followUpOf(ChoiceAction action) {
    switch (action) {
    case ChoiceAction::CallBack: return FollowUp::CallBack;
    case ChoiceAction::Call110: return FollowUp::Call110;
    default: return std::nullopt;
    }
}

json toJson(const ScenarioRecord& record) {
    json out = {{"item", record.itemId}, {"actions", json::array()}};
    if (!record.endingId.empty()) out["ending"] = record.endingId;
    if (record.outcome) out["outcome"] = codeOf(*record.outcome);
    if (!record.stoppedAt.empty()) out["stopped_at"] = record.stoppedAt;
    if (record.followUp) out["follow_up"] = codeOf(*record.followUp);
    for (const auto& action : record.actions) out["actions"].push_back(toJson(action));
    return out;
}

ScenarioRecord scenarioRecordFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("scenario record: must be a JSON object, not " + in.dump());
    ScenarioRecord record;
    record.itemId = field(in, "item", &json::is_string, "a string").get<std::string>();
    record.endingId = optionalText(in, "ending");
    if (in.contains("outcome")) record.outcome = requiredCode(in, "outcome", outcomeFromCode);
    record.stoppedAt = optionalText(in, "stopped_at");
    if (in.contains("follow_up")) record.followUp = requiredCode(in, "follow_up", parseFollowUp);
    for (const auto& action : field(in, "actions", &json::is_array, "a list")) record.actions.push_back(actionFromJson(action));
    return record;
}

} // namespace game
