#include "game/bank/bank_reader.h"

#include "game/bank/bank_reader_parts.h"
#include "game/bank/json_positions.h"

#include <algorithm>
#include <map>

namespace game {

using nlohmann::json;

namespace {

// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: " prefix.
std::string syntaxMessage(const json::parse_error& error) {
    std::string text = error.what();
    if (const auto colon = text.find(": "); colon != std::string::npos) text = text.substr(colon + 2);
    return "JSON syntax error: " + text;
}

bool isBankId(std::string_view id) {
    if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'))) return false;
    return id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string_view::npos;
}

// Checks "format" and "version"; false when the rest must not be read.
bool readableFormat(BankReport& report, const json& root) {
    const auto format = root.find("format");
    if (format == root.end() || *format != "scamdrill-bank") {
        report.error("/format", format == root.end()
                                    ? "missing \"format\": \"scamdrill-bank\"; is this a ScamDrill question bank?"
                                    : "\"format\" is " + shortValue(*format) + "; a ScamDrill bank says \"scamdrill-bank\"");
        return false;
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || *version < 1) {
        report.error("/version", version == root.end() ? "missing \"version\": 1"
                                                       : "\"version\" is " + shortValue(*version) + "; it must be a whole number, 1 for this format");
        return false;
    }
    if (*version > kBankFormatVersion) {
        report.error("/version", "this bank is written in format version " + version->dump() + ", but this ScamDrill reads only version " +
                                     std::to_string(kBankFormatVersion) + "; install a newer ScamDrill to use it");
        return false;
    }
    return true;
}

std::vector<std::string> itemIdsOf(const json& root) {
    std::vector<std::string> ids;
    const auto items = root.find("items");
    if (items == root.end() || !items->is_array()) return ids;
    for (const auto& item : *items) {
        const auto id = item.is_object() ? item.find("id") : item.end();
        ids.push_back(item.is_object() && id != item.end() && id->is_string() ? id->get<std::string>() : std::string());
    }
    return ids;
}

} // namespace

void locateProblems(std::string_view text, std::vector<BankProblem>& problems) {
    if (std::all_of(problems.begin(), problems.end(), [](const BankProblem& p) { return p.line > 0; })) return;
    std::vector<std::string> pointers;
    for (const auto& problem : problems)
        if (problem.line == 0) pointers.push_back(problem.pointer);
    const auto positions = JsonPositions::locate(text, pointers);
    for (auto& problem : problems) {
        if (problem.line > 0) continue;
        const auto at = positions.find(problem.pointer);
        problem.line = at.line;
        problem.column = at.column;
    }
}

BankReadResult readBank(std::string_view text, const std::string& fileName) {
    BankReadResult result;
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& error) {
        // byte is 1-based: the position of the character that could not be read.
        const auto at = positionOfOffset(text, error.byte > 0 ? error.byte - 1 : 0);
        result.problems.push_back({fileName, at.line, at.column, Severity::Error, {}, {}, syntaxMessage(error)});
        return result;
    }
    result.itemIds = itemIdsOf(root);
    BankReport report(fileName, result.itemIds);
    if (!root.is_object()) {
        report.error("", "a bank is a JSON object {\"format\": \"scamdrill-bank\", ...}, not " + std::string(jsonTypeName(root)));
    } else if (readableFormat(report, root)) {
        const auto scanned = JsonPositions::scan(text);
        for (const auto& duplicate : scanned.duplicateKeys())
            report.add({fileName, duplicate.position.line, duplicate.position.column, Severity::Error, {}, duplicate.pointer,
                        "field " + inQuotes(duplicate.key) + " appears twice in the same object; only the last one would be read"});
        Fields fields(report, root, "");
        fields.allow({"$schema", "format", "version"});
        Bank bank;
        bank.fileName = fileName;
        bank.id = fields.text("id");
        if (!bank.id.empty() && !isBankId(bank.id))
            report.error("/id", "bank id " + inQuotes(bank.id) + " may use only lowercase letters a-z, digits, \"-\" and \"_\", starting with a letter or digit");
        bank.title = fields.text("title");
        std::vector<std::string_view> codes;
        for (const auto& info : fraudTypes()) codes.push_back(info.code);
        if (const auto type = fields.code("fraud_type", codes)) bank.fraudType = fraudTypes()[*type].type;
        bank.revision = fields.integer("revision", 1, 1'000'000).value_or(1);
        bank.source = fields.text("source", Need::Optional);
        const json* items = fields.array("items", 0, SIZE_MAX);
        fields.reportUnknown();
        if (items && items->empty()) report.warning("/items", "the bank has no items");
        std::map<std::string, std::size_t> seen;
        std::vector<Item> read;
        read.reserve(items ? items->size() : 0);
        for (std::size_t i = 0; items && i < items->size(); ++i) {
            const std::string pointer = "/items/" + std::to_string(i);
            Item item = readItem(report, (*items)[i], pointer, bank.fraudType);
            item.bankId = bank.id;
            item.bankRevision = bank.revision;
            if (!item.id.empty()) {
                const auto [it, added] = seen.emplace(item.id, i);
                if (!added)
                    report.error(pointer + "/id", "id " + inQuotes(item.id) + " is already used by item " +
                                                      std::to_string(it->second) + " of this bank; item ids must be unique");
            }
            read.push_back(std::move(item));
        }
        bank.items.reserve(read.size());
        for (std::size_t i = 0; i < read.size(); ++i) {
            if (report.itemBroken(i)) result.skippedItems.push_back(i);
            else bank.items.push_back(std::move(read[i]));
        }
        if (!report.bankBroken()) result.bank = std::move(bank);
    }
    result.problems = std::move(report.problems());
    locateProblems(text, result.problems);
    return result;
}

} // namespace game
