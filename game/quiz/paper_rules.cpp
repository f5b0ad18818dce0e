#include "game/quiz/paper_rules.h"

#include "game/bank/bank_codes.h"

#include <stdexcept>

namespace game {
namespace {

using nlohmann::json;

template <class Enum>
json codes(const std::vector<Enum>& values) {
    json list = json::array();
    for (const auto value : values) {
        if constexpr (std::is_same_v<Enum, FraudType>) list.push_back(fraudTypeInfo(value).code);
        else list.push_back(codeOf(value));
    }
    return list;
}

json toJson(const PaperSection& section) {
    const ItemFilter& filter = section.filter;
    json out = {{"count", section.count}};
    if (!filter.kinds.empty()) out["kinds"] = codes(filter.kinds);
    if (!filter.fraudTypes.empty()) out["fraud_types"] = codes(filter.fraudTypes);
    if (!filter.audiences.empty()) out["audiences"] = codes(filter.audiences);
    out["min_difficulty"] = filter.minDifficulty;
    out["max_difficulty"] = filter.maxDifficulty;
    return out;
}

// Reads JSON fields, collecting every problem with where it is.
class RulesReader {
public:
    std::vector<std::string> problems;

    void onlyKnown(const json& object, const std::string& where, std::initializer_list<std::string_view> known) {
        for (const auto& [key, value] : object.items()) {
            bool found = false;
            for (const auto name : known) found = found || key == name;
            if (!found) problems.push_back(where + ": unknown field \"" + key + "\"");
        }
    }

    void boolean(const json& object, const char* key, const std::string& where, bool& out) {
        if (!object.contains(key)) return;
        if (object[key].is_boolean()) out = object[key].get<bool>();
        else problems.push_back(where + key + ": must be true or false");
    }

    void integer(const json& object, const char* key, const std::string& where, int& out, int low, int high) {
        if (!object.contains(key)) return;
        const json& value = object[key];
        if (!value.is_number_integer() || value.get<long long>() < low || value.get<long long>() > high) {
            problems.push_back(where + key + ": must be a whole number from " + std::to_string(low) + " to " +
                               std::to_string(high));
            return;
        }
        out = value.get<int>();
    }

    template <class Enum, class Parse>
    void codeList(const json& object, const char* key, const std::string& where, std::vector<Enum>& out, Parse parse) {
        if (!object.contains(key)) return;
        const json& list = object[key];
        if (!list.is_array()) {
            problems.push_back(where + key + ": must be a list of codes");
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto parsed = list[i].is_string() ? parse(list[i].get<std::string>()) : std::nullopt;
            if (parsed) out.push_back(*parsed);
            else problems.push_back(where + key + "[" + std::to_string(i) + "]: unknown code " + list[i].dump());
        }
    }

    PaperSection section(const json& object, const std::string& where) {
        PaperSection section;
        if (!object.is_object()) {
            problems.push_back(where + ": must be an object");
            return section;
        }
        onlyKnown(object, where, {"count", "kinds", "fraud_types", "audiences", "min_difficulty", "max_difficulty"});
        const std::string prefix = where + ".";
        if (!object.contains("count")) problems.push_back(prefix + "count: missing (how many items to draw)");
        integer(object, "count", prefix, section.count, 1, mostItemsInSection);
        ItemFilter& filter = section.filter;
        codeList(object, "kinds", prefix, filter.kinds, itemKindFromCode);
        codeList(object, "fraud_types", prefix, filter.fraudTypes, parseFraudType);
        codeList(object, "audiences", prefix, filter.audiences, audienceFromCode);
        integer(object, "min_difficulty", prefix, filter.minDifficulty, lowestDifficulty, highestDifficulty);
        integer(object, "max_difficulty", prefix, filter.maxDifficulty, lowestDifficulty, highestDifficulty);
        if (filter.minDifficulty > filter.maxDifficulty)
            problems.push_back(prefix + "min_difficulty: is above max_difficulty");
        return section;
    }
};

} // namespace

json toJson(const PaperRules& rules) {
    json sections = json::array();
    for (const auto& section : rules.sections) sections.push_back(toJson(section));
    return {{"sections", sections},
            {"fixed_items", rules.fixedItems},
            {"shuffle_items", rules.shuffleItems},
            {"shuffle_options", rules.shuffleOptions},
            {"partial_credit", rules.partialCredit},
            {"pass_percent", rules.passPercent},
            {"feedback_after_each", rules.feedbackAfterEach}};
}

PaperRules paperRulesFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("paper rules: must be a JSON object, not " + in.dump());
    RulesReader reader;
    PaperRules rules;
    reader.onlyKnown(in, "paper rules", {"sections", "fixed_items", "shuffle_items", "shuffle_options",
                                          "partial_credit", "pass_percent", "feedback_after_each"});
    if (in.contains("sections")) {
        if (!in["sections"].is_array()) reader.problems.push_back("sections: must be a list");
        else
            for (std::size_t i = 0; i < in["sections"].size(); ++i)
                rules.sections.push_back(reader.section(in["sections"][i], "sections[" + std::to_string(i) + "]"));
    }
    if (in.contains("fixed_items")) {
        const json& fixed = in["fixed_items"];
        if (!fixed.is_array()) reader.problems.push_back("fixed_items: must be a list of item ids");
        else
            for (std::size_t i = 0; i < fixed.size(); ++i) {
                if (fixed[i].is_string() && !fixed[i].get<std::string>().empty())
                    rules.fixedItems.push_back(fixed[i].get<std::string>());
                else reader.problems.push_back("fixed_items[" + std::to_string(i) + "]: must be an item id");
            }
    }
    reader.boolean(in, "shuffle_items", "", rules.shuffleItems);
    reader.boolean(in, "shuffle_options", "", rules.shuffleOptions);
    reader.boolean(in, "partial_credit", "", rules.partialCredit);
    reader.boolean(in, "feedback_after_each", "", rules.feedbackAfterEach);
    if (in.contains("pass_percent")) {
        const json& pass = in["pass_percent"];
        if (pass.is_number() && pass.get<double>() >= 0 && pass.get<double>() <= 100) rules.passPercent = pass.get<double>();
        else reader.problems.push_back("pass_percent: must be a number from 0 to 100");
    }
    if (rules.sections.empty() && rules.fixedItems.empty() && reader.problems.empty())
        reader.problems.push_back("paper rules: need at least one section or a fixed_items list");
    if (!reader.problems.empty()) {
        std::string message = "Bad paper rules: ";
        for (std::size_t i = 0; i < reader.problems.size(); ++i) message += (i ? "; " : "") + reader.problems[i];
        throw std::invalid_argument(message);
    }
    return rules;
}

PaperRules defaultPaperRules() {
    PaperRules rules;
    PaperSection section;
    section.filter.kinds = {ItemKind::Single, ItemKind::Multi, ItemKind::TrueFalse, ItemKind::SpotFlags,
                            ItemKind::Ordering};
    section.count = 10;
    rules.sections.push_back(section);
    return rules;
}

} // namespace game
