#pragma once
// The bank reader's tools: a list of problems that knows which item each
// belongs to, and a reader for one JSON object that reports missing fields,
// wrong types, values out of range and fields it does not know.
#include "game/bank/bank_problem.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// Problems of one bank file; an error under /items/N marks item N broken, any
// other error marks the whole bank broken.
class BankReport {
public:
    // itemIds[N] is the id of item N (empty when it has none), for messages.
    BankReport(std::string fileName, std::vector<std::string> itemIds);

    // Records an error at a JSON pointer.
    void error(const std::string& pointer, std::string message);
    // Records a warning at a JSON pointer.
    void warning(const std::string& pointer, std::string message);
    // Records a problem with a known position (syntax errors, duplicate keys).
    void add(BankProblem problem);

    // True when an error concerns the bank as a whole.
    [[nodiscard]] bool bankBroken() const { return m_bankBroken; }
    // True when an error concerns item N.
    [[nodiscard]] bool itemBroken(std::size_t index) const { return m_brokenItems.count(index) > 0; }
    // The problems so far, in the order found.
    [[nodiscard]] std::vector<BankProblem>& problems() { return m_problems; }

private:
    std::string m_file;
    std::vector<std::string> m_itemIds;
    std::vector<BankProblem> m_problems;
    std::set<std::size_t> m_brokenItems;
    bool m_bankBroken = false;
};

// Whether a field must be there.
enum class Need { Required, Optional };

// Reads the fields of one JSON object, reporting every problem; accessors
// return an empty value when the field is missing or wrong.
class Fields {
public:
    Fields(BankReport& report, const nlohmann::json& object, std::string pointer);

    // The pointer of a field of this object.
    [[nodiscard]] std::string at(std::string_view key) const;
    // The object's own pointer.
    [[nodiscard]] const std::string& pointer() const { return m_pointer; }
    // True when the field is present (and marks it known).
    bool has(std::string_view key);
    // Marks fields as known without reading them.
    void allow(std::initializer_list<std::string_view> keys);

    // A string; empty when missing or wrong. Empty strings are an error when nonEmpty.
    std::string text(std::string_view key, Need need = Need::Required, bool nonEmpty = true);
    // An integer in [min, max].
    std::optional<int> integer(std::string_view key, int min, int max, Need need = Need::Required);
    // A number > 0.
    std::optional<double> positive(std::string_view key, Need need = Need::Required);
    // true or false.
    std::optional<bool> boolean(std::string_view key, Need need = Need::Required);
    // A string that must be one of the codes; returns its index in codes.
    std::optional<std::size_t> code(std::string_view key, std::span<const std::string_view> codes,
                                    Need need = Need::Required);
    // An array with [min, max] elements; nullptr when missing or wrong.
    const nlohmann::json* array(std::string_view key, std::size_t min, std::size_t max, Need need = Need::Required);
    // An object; nullptr when missing or wrong.
    const nlohmann::json* object(std::string_view key, Need need = Need::Required);
    // An array of non-empty strings.
    std::vector<std::string> texts(std::string_view key, Need need = Need::Required);

    // Calls read(element, pointer) for each element of an array field (list may be
    // nullptr); an element that is not an object is reported as "each <what> must
    // be an object like <shape>".
    template <typename Read>
    void eachObject(const nlohmann::json* list, std::string_view key, std::string_view what, std::string_view shape, Read read) {
        if (!list) return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string where = at(key) + "/" + std::to_string(i);
            if ((*list)[i].is_object()) read((*list)[i], where);
            else notAnObject(where, what, shape, (*list)[i]);
        }
    }

    // Reports every field no accessor asked about, suggesting a near name.
    void reportUnknown();

private:
    const nlohmann::json* field(std::string_view key, Need need);
    void wrongType(std::string_view key, const nlohmann::json& value, std::string_view wanted);
    void notAnObject(const std::string& where, std::string_view what, std::string_view shape, const nlohmann::json& value);

    BankReport& m_report;
    const nlohmann::json& m_object;
    std::string m_pointer;
    std::vector<std::string_view> m_known; // keys asked about; always string literals
};

// The text in double quotes, for messages: "abc".
[[nodiscard]] std::string inQuotes(std::string_view text);
// "string", "integer", "array"... as authors know them.
[[nodiscard]] std::string_view jsonTypeName(const nlohmann::json& value);
// "a, b, c" from a list of codes.
[[nodiscard]] std::string joinCodes(std::span<const std::string_view> codes);
// A short quoted rendering of a value for messages: "\"abc\"", 5, [...].
[[nodiscard]] std::string shortValue(const nlohmann::json& value);

} // namespace game
