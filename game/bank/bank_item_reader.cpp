#include "game/bank/bank_reader_parts.h"

#include "game/bank/json_positions.h"

#include <algorithm>
#include <array>

namespace game {

using nlohmann::json;

namespace {

constexpr std::array<std::string_view, 4> kPlaceholders = {"hotline.police", "hotline.antifraud", "hotline.local",
                                                           "wechat.local"};

bool isIdText(std::string_view id, bool allowDot) {
    const auto ok = [&](char c, bool first) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               (!first && (c == '_' || c == '-' || (allowDot && c == '.')));
    };
    if (id.empty() || !ok(id[0], true)) return false;
    return std::all_of(id.begin() + 1, id.end(), [&](char c) { return ok(c, false); });
}

void readOptions(BankReport& report, Fields& fields, Item& item) {
    item.prompt = fields.text("prompt");
    fields.eachObject(fields.array("options", 2, 6), "options", "option", R"({"key": "A", "text": "..."})",
                      [&](const json& entry, const std::string& where) {
                          Fields option(report, entry, where);
                          Option read{option.text("key"), option.text("text")};
                          const std::string expected(1, static_cast<char>('A' + std::min<std::size_t>(item.options.size(), 25)));
                          if (!read.key.empty() && read.key != expected)
                              report.error(option.at("key"), "option " + std::to_string(item.options.size() + 1) + " has key " +
                                                                 inQuotes(read.key) + "; keys go A, B, C... in order, so this one must be " +
                                                                 inQuotes(expected));
                          option.reportUnknown();
                          item.options.push_back(std::move(read));
                      });
    const json* answer = fields.array("answer", 1, 6);
    if (!answer) return;
    std::string keys;
    std::vector<std::string_view> keyList;
    for (const auto& option : item.options) {
        keys += option.key;
        keyList.push_back(option.key);
    }
    const bool inOrder = keys.size() >= 2 && std::string("ABCDEF").substr(0, keys.size()) == keys;
    const std::string range = inOrder ? keys.substr(0, 1) + "-" + keys.substr(keys.size() - 1) : joinCodes(keyList);
    for (std::size_t i = 0; i < answer->size(); ++i) {
        const json& key = (*answer)[i];
        const std::string where = fields.at("answer") + "/" + std::to_string(i);
        if (!key.is_string()) {
            report.error(where, "each answer must be an option key like \"B\", not " + std::string(jsonTypeName(key)));
            continue;
        }
        const std::string text = key.get<std::string>();
        if (std::find(item.answerKeys.begin(), item.answerKeys.end(), text) != item.answerKeys.end()) {
            report.error(where, "answer lists " + inQuotes(text) + " twice; keep one");
        } else if (!item.options.empty() && std::find(keyList.begin(), keyList.end(), text) == keyList.end()) {
            report.error(where, "answer " + inQuotes(text) + " names no option (options are " + range + ")");
        } else {
            item.answerKeys.push_back(text);
        }
    }
    if (item.kind == ItemKind::Single && answer->size() > 1)
        report.error(fields.at("answer"), "a single-choice item has exactly one answer, but this one lists " +
                                              std::to_string(answer->size()) + ": keep one, or make the item \"multi\"");
    if (item.kind == ItemKind::Multi && answer->size() == 1)
        report.warning(fields.at("answer"), "a multi item with only one answer; if only one option is right, make it \"single\"");
}

void readFlag(BankReport& report, const json& entry, const std::string& where, Item& item) {
    Fields read(report, entry, where);
    Flag flag{read.text("span"), read.text("why", Need::Optional), 0};
    read.reportUnknown();
    if (flag.span.empty() || item.message.text.empty()) return;
    flag.offset = item.message.text.find(flag.span);
    if (flag.offset == std::string::npos) {
        report.error(read.at("span"), "span " + inQuotes(flag.span) +
                                          " is not in the message text; copy it from the text exactly (same punctuation and spaces)");
        return;
    }
    if (item.message.text.find(flag.span, flag.offset + 1) != std::string::npos)
        report.warning(read.at("span"), "span " + inQuotes(flag.span) +
                                            " occurs more than once in the message; only the first is marked: lengthen it to pick one");
    for (const auto& other : item.flags) {
        if (flag.offset < other.offset + other.span.size() && other.offset < flag.offset + flag.span.size())
            report.error(read.at("span"), "span " + inQuotes(flag.span) + " overlaps span " + inQuotes(other.span) +
                                              "; flags must not share any text: shorten one of them");
    }
    item.flags.push_back(std::move(flag));
}

void readSpotFlags(BankReport& report, Fields& fields, Item& item) {
    item.prompt = fields.text("prompt");
    if (const json* message = fields.object("message")) {
        Fields read(report, *message, fields.at("message"));
        if (const auto channel = read.code("channel", channelCodes())) item.message.channel = enumAt<Channel>(*channel);
        item.message.sender = read.text("sender", Need::Required, false);
        item.message.text = read.text("text");
        read.reportUnknown();
    }
    fields.eachObject(fields.array("flags", 1, SIZE_MAX), "flags", "flag", R"({"span": "...", "why": "..."})",
                      [&](const json& entry, const std::string& where) { readFlag(report, entry, where, item); });
}

void readOrdering(BankReport& report, Fields& fields, Item& item) {
    item.prompt = fields.text("prompt");
    fields.eachObject(fields.array("steps", 3, 8), "steps", "step", R"({"key": "a", "text": "..."})",
                      [&](const json& entry, const std::string& where) {
                          Fields read(report, entry, where);
                          OrderingStep step{read.text("key"), read.text("text")};
                          read.reportUnknown();
                          const bool repeated = std::any_of(item.steps.begin(), item.steps.end(), [&](const OrderingStep& s) {
                              return !step.key.empty() && s.key == step.key;
                          });
                          if (repeated)
                              report.error(read.at("key"), "key " + inQuotes(step.key) + " is used by an earlier step; give each step its own key");
                          item.steps.push_back(std::move(step));
                      });
}

} // namespace

namespace {

// Walks every string under a value; the pointer of a string is only built when it has a problem.
class PlaceholderCheck {
public:
    explicit PlaceholderCheck(BankReport& report) : m_report(report) {}

    void walk(const json& value, const std::string& base) {
        if (value.is_object()) {
            for (const auto& [key, child] : value.items()) {
                m_path.push_back(escapePointerToken(key));
                walk(child, base);
                m_path.pop_back();
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                m_path.push_back(std::to_string(i));
                walk(value[i], base);
                m_path.pop_back();
            }
        } else if (value.is_string()) {
            check(value.get_ref<const std::string&>(), base);
        }
    }

private:
    void check(const std::string& text, const std::string& base) {
        for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
            const std::size_t close = text.find('}', open);
            if (close == std::string::npos) break;
            const std::string_view name = std::string_view(text).substr(open + 1, close - open - 1);
            const bool looksLikeOne = name.find('.') != std::string_view::npos &&
                                      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_.") == std::string_view::npos;
            if (!looksLikeOne || std::find(kPlaceholders.begin(), kPlaceholders.end(), name) != kPlaceholders.end()) continue;
            std::string pointer = base;
            for (const auto& token : m_path) pointer += "/" + token;
            m_report.warning(pointer, "unknown placeholder {" + std::string(name) + "}; the game fills in only " +
                                          "{hotline.police}, {hotline.antifraud}, {hotline.local} and {wechat.local}");
        }
    }

    BankReport& m_report;
    std::vector<std::string> m_path;
};

} // namespace

void checkPlaceholders(BankReport& report, const json& value, const std::string& pointer) {
    PlaceholderCheck(report).walk(value, pointer);
}

Item readItem(BankReport& report, const json& entry, const std::string& pointer, FraudType bankFraudType) {
    Item item;
    item.fraudType = bankFraudType;
    if (!entry.is_object()) {
        report.error(pointer, "each item must be an object {...}, not " + std::string(jsonTypeName(entry)));
        return item;
    }
    Fields fields(report, entry, pointer);
    item.id = fields.text("id");
    if (!item.id.empty() && !isIdText(item.id, true))
        report.error(fields.at("id"), "id " + inQuotes(item.id) +
                                          " may use only lowercase letters a-z, digits, \".\", \"-\" and \"_\", starting with a letter or digit");
    const auto kind = fields.code("kind", itemKindCodes());
    if (kind) item.kind = enumAt<ItemKind>(*kind);
    item.difficulty = fields.integer("difficulty", 1, 3).value_or(1);
    item.points = fields.integer("points", 1, 1000).value_or(1);
    item.explanation = fields.text("explanation");
    if (const json* audience = fields.array("audience", 1, SIZE_MAX)) {
        for (std::size_t i = 0; i < audience->size(); ++i) {
            const json& who = (*audience)[i];
            const auto codes = audienceCodes();
            const auto it = who.is_string() ? std::find(codes.begin(), codes.end(), who.get<std::string>()) : codes.end();
            if (it == codes.end())
                report.error(fields.at("audience") + "/" + std::to_string(i),
                             "audience " + shortValue(who) + " is not one of: " + joinCodes(codes));
            else
                item.audience.push_back(enumAt<Audience>(static_cast<std::size_t>(it - codes.begin())));
        }
    }
    item.redFlags = fields.texts("red_flags");
    if (fields.has("fraud_type")) {
        std::vector<std::string_view> codes;
        for (const auto& info : fraudTypes()) codes.push_back(info.code);
        if (const auto type = fields.code("fraud_type", codes, Need::Optional)) item.fraudType = fraudTypes()[*type].type;
    }
    switch (kind ? item.kind : ItemKind::Scenario) {
    case ItemKind::Single:
    case ItemKind::Multi: readOptions(report, fields, item); break;
    case ItemKind::TrueFalse:
        item.prompt = fields.text("prompt");
        item.answerTrue = fields.boolean("answer").value_or(false);
        break;
    case ItemKind::SpotFlags: readSpotFlags(report, fields, item); break;
    case ItemKind::Ordering: readOrdering(report, fields, item); break;
    case ItemKind::Scenario:
        if (kind) readScenario(report, fields, item.scenario);
        break;
    }
    if (!kind) // without a kind we cannot tell which fields belong; report only the core ones
        fields.allow({"prompt", "options", "answer", "message", "flags", "steps", "channel", "genuine", "contact",
                      "title", "start", "hangup", "endings"});
    fields.reportUnknown();
    const bool genuineScenario = item.kind == ItemKind::Scenario && item.scenario.genuine;
    const auto flags = entry.find("red_flags");
    if (flags != entry.end() && flags->is_array() && flags->empty() && !genuineScenario)
        report.warning(fields.at("red_flags"), "\"red_flags\" is empty; list the warning signs this item teaches");
    checkPlaceholders(report, entry, pointer);
    return item;
}

} // namespace game
