#include "game/bank/bank_fields.h"

#include "game/bank/json_positions.h"

#include <algorithm>
#include <charconv>

namespace game {

using nlohmann::json;

namespace {

// The index N of a pointer under /items/N, if it is one.
std::optional<std::size_t> itemIndexOf(std::string_view pointer) {
    constexpr std::string_view prefix = "/items/";
    if (pointer.substr(0, prefix.size()) != prefix) return std::nullopt;
    const std::string_view rest = pointer.substr(prefix.size());
    std::size_t index = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), index);
    if (ec != std::errc() || end == rest.data()) return std::nullopt;
    return index;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::string inQuotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

BankReport::BankReport(std::string fileName, std::vector<std::string> itemIds)
    : m_file(std::move(fileName)), m_itemIds(std::move(itemIds)) {}

void BankReport::error(const std::string& pointer, std::string message) {
    add({m_file, 0, 0, Severity::Error, {}, pointer, std::move(message)});
}

void BankReport::warning(const std::string& pointer, std::string message) {
    add({m_file, 0, 0, Severity::Warning, {}, pointer, std::move(message)});
}

void BankReport::add(BankProblem problem) {
    const auto index = itemIndexOf(problem.pointer);
    if (index && *index < m_itemIds.size() && problem.itemId.empty()) problem.itemId = m_itemIds[*index];
    if (problem.severity == Severity::Error) {
        if (index) m_brokenItems.insert(*index);
        else m_bankBroken = true;
    }
    m_problems.push_back(std::move(problem));
}

std::string_view jsonTypeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    case json::value_t::number_float: return "a number with a fraction";
    default: return "something else";
    }
}

std::string joinCodes(std::span<const std::string_view> codes) {
    std::string out;
    for (const auto code : codes) {
        if (!out.empty()) out += ", ";
        out += code;
    }
    return out;
}

std::string shortValue(const json& value) {
    std::string text = value.dump();
    if (text.size() > 40) text = (value.is_array() ? "[...]" : value.is_object() ? "{...}" : text.substr(0, 37) + "...");
    return text;
}

Fields::Fields(BankReport& report, const json& object, std::string pointer)
    : m_report(report), m_object(object), m_pointer(std::move(pointer)) {
    m_known.reserve(16);
}

std::string Fields::at(std::string_view key) const { return m_pointer + "/" + escapePointerToken(key); }

bool Fields::has(std::string_view key) {
    allow({key});
    return m_object.contains(key);
}

void Fields::allow(std::initializer_list<std::string_view> keys) {
    for (const auto key : keys)
        if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) m_known.push_back(key);
}

const json* Fields::field(std::string_view key, Need need) {
    allow({key});
    const auto it = m_object.find(key);
    if (it != m_object.end()) return &*it;
    if (need == Need::Required) m_report.error(at(key), "missing required field " + inQuotes(key));
    return nullptr;
}

void Fields::wrongType(std::string_view key, const json& value, std::string_view wanted) {
    m_report.error(at(key), inQuotes(key) + " must be " + std::string(wanted) + ", not " + std::string(jsonTypeName(value)) +
                                " (" + shortValue(value) + ")");
}

void Fields::notAnObject(const std::string& where, std::string_view what, std::string_view shape, const json& value) {
    m_report.error(where, "each " + std::string(what) + " must be an object like " + std::string(shape) + ", not " +
                              std::string(jsonTypeName(value)));
}

std::string Fields::text(std::string_view key, Need need, bool nonEmpty) {
    const json* value = field(key, need);
    if (!value) return {};
    if (!value->is_string()) {
        wrongType(key, *value, "a string");
        return {};
    }
    std::string result = value->get<std::string>();
    if (nonEmpty && result.find_first_not_of(" \t\r\n") == std::string::npos)
        m_report.error(at(key), inQuotes(key) + " is empty; write some text or remove the field");
    return result;
}

std::optional<int> Fields::integer(std::string_view key, int min, int max, Need need) {
    const json* value = field(key, need);
    if (!value) return std::nullopt;
    if (!value->is_number_integer()) {
        wrongType(key, *value, "a whole number");
        return std::nullopt;
    }
    const auto number = value->get<std::int64_t>();
    if (number < min || number > max) {
        m_report.error(at(key), inQuotes(key) + " is " + std::to_string(number) + "; it must be from " +
                                    std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> Fields::positive(std::string_view key, Need need) {
    const json* value = field(key, need);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        wrongType(key, *value, "a number");
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!(number > 0)) {
        m_report.error(at(key), inQuotes(key) + " is " + value->dump() + "; it must be more than 0");
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Fields::boolean(std::string_view key, Need need) {
    const json* value = field(key, need);
    if (!value) return std::nullopt;
    if (!value->is_boolean()) {
        wrongType(key, *value, "true or false");
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::size_t> Fields::code(std::string_view key, std::span<const std::string_view> codes, Need need) {
    const json* value = field(key, need);
    if (!value) return std::nullopt;
    if (value->is_string()) {
        const auto& text = value->get_ref<const std::string&>();
        const auto it = std::find(codes.begin(), codes.end(), text);
        if (it != codes.end()) return static_cast<std::size_t>(it - codes.begin());
    }
    m_report.error(at(key), inQuotes(key) + " is " + shortValue(*value) + "; it must be one of: " + joinCodes(codes));
    return std::nullopt;
}

const json* Fields::array(std::string_view key, std::size_t min, std::size_t max, Need need) {
    const json* value = field(key, need);
    if (!value) return nullptr;
    if (!value->is_array()) {
        wrongType(key, *value, "an array [...]");
        return nullptr;
    }
    if (value->size() < min || value->size() > max) {
        const std::string range = max == SIZE_MAX ? "at least " + std::to_string(min)
                                                  : "from " + std::to_string(min) + " to " + std::to_string(max);
        m_report.error(at(key), inQuotes(key) + " has " + std::to_string(value->size()) + " entries; it needs " + range);
    }
    return value;
}

const json* Fields::object(std::string_view key, Need need) {
    const json* value = field(key, need);
    if (!value) return nullptr;
    if (!value->is_object()) {
        wrongType(key, *value, "an object {...}");
        return nullptr;
    }
    return value;
}

std::vector<std::string> Fields::texts(std::string_view key, Need need) {
    std::vector<std::string> result;
    const json* list = array(key, 0, SIZE_MAX, need);
    if (!list) return result;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& entry = (*list)[i];
        const auto where = [&] { return at(key) + "/" + std::to_string(i); };
        if (!entry.is_string()) {
            m_report.error(where(), "each entry of " + inQuotes(key) + " must be a string, not " +
                                      std::string(jsonTypeName(entry)));
        } else if (entry.get_ref<const std::string&>().empty()) {
            m_report.error(where(), "entry " + std::to_string(i) + " of " + inQuotes(key) + " is empty; remove it or write the text");
        } else {
            result.push_back(entry.get<std::string>());
        }
    }
    return result;
}

void Fields::reportUnknown() {
    for (const auto& [key, value] : m_object.items()) {
        if (std::find(m_known.begin(), m_known.end(), key) != m_known.end()) continue;
        std::string message = "unknown field " + inQuotes(key);
        const auto near = std::min_element(m_known.begin(), m_known.end(), [&](const auto& a, const auto& b) {
            return editDistance(key, a) < editDistance(key, b);
        });
        if (near != m_known.end() && editDistance(key, *near) <= std::max<std::size_t>(1, near->size() / 4))
            message += " (did you mean " + inQuotes(*near) + "?)";
        else
            message += "; remove it (this object has: " + joinCodes(m_known) + ")";
        m_report.error(at(key), message);
    }
}

} // namespace game
