#include "game/import/import_bank.h"

#include "game/import/docx_reader.h"
#include "game/import/import_sheet.h"
#include "game/import/import_text.h"
#include "game/import/text_decoding.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace game {

namespace {

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ImportError(file.string() + ": cannot open the file (check the name and that you may read it)");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) throw ImportError(file.string() + ": reading the file failed");
    return bytes.str();
}

DecodedText decodeFile(const std::string& bytes, const std::filesystem::path& file) {
    try {
        return decodeText(bytes);
    } catch (const DecodeError& e) {
        throw ImportError(file.string() + ": " + e.what() + "; save the file as UTF-8 (or GBK) text and retry");
    }
}

std::string lowerExtension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

} // namespace

ImportedFile importQuestionFile(const std::filesystem::path& file) {
    const std::string ext = lowerExtension(file);
    const std::string name = file.string();
    if (ext != ".txt" && ext != ".docx" && ext != ".csv" && ext != ".xlsx")
        throw ImportError(name + ": cannot import \"" + ext + "\" files; use .txt, .docx, .csv or .xlsx "
                          "(save .doc as .docx and .xls as .xlsx first)");
    std::string bytes = readBytes(file);
    ImportedFile result;
    if (ext == ".txt") {
        const auto text = decodeFile(bytes, file);
        result = {parseQuestionText(text.text), "text", encodingName(text.encoding)};
    } else if (ext == ".docx") {
        result = {parseQuestionLines(paragraphLines(readDocxParagraphs(std::move(bytes), name))), "docx", ""};
    } else if (ext == ".csv") {
        const auto text = decodeFile(bytes, file);
        std::vector<ImportNote> csvNotes;
        const auto rows = readCsvRows(text.text, csvNotes);
        result = {parseQuestionSheet(rows), "csv", encodingName(text.encoding)};
        result.read.notes.insert(result.read.notes.begin(), csvNotes.begin(), csvNotes.end());
    } else {
        result = {parseQuestionSheet(readXlsxRows(std::move(bytes), name)), "xlsx", ""};
    }
    return result;
}

std::string bankIdFrom(std::string_view name) {
    std::string id;
    for (const char raw : name) {
        const auto c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (keep) id += c;
        else if (!id.empty() && id.back() != '-') id += '-';
    }
    while (!id.empty() && (id.back() == '-' || id.back() == '_')) id.pop_back();
    while (!id.empty() && (id.front() == '_')) id.erase(id.begin());
    return id.empty() ? "imported" : id;
}

nlohmann::ordered_json assembleBank(ImportedItems& read, const BankHeader& header) {
    std::string fraudType = header.fraudType;
    if (fraudType.empty()) {
        // The items' common fraud type, when they all name the same one.
        std::string common;
        bool same = !read.items.empty();
        for (const auto& item : read.items) {
            const std::string type = item.value("fraud_type", "");
            if (type.empty() || (!common.empty() && type != common)) same = false;
            common = type;
        }
        fraudType = same ? common : "general";
        if (!same && !read.items.empty())
            read.note(0, ImportNote::Level::Warning, "the bank's fraud type is \"general\"; give --fraud-type to set it");
    }
    nlohmann::ordered_json bank = {
        {"format", "scamdrill-bank"}, {"version", 1}, {"id", header.id}, {"title", header.title},
        {"fraud_type", fraudType}, {"revision", 1}};
    if (!header.source.empty()) bank["source"] = header.source;
    auto& items = bank["items"] = nlohmann::ordered_json::array();
    int noFlags = 0;
    for (size_t i = 0; i < read.items.size(); ++i) {
        auto& in = read.items[i];
        const int line = i < read.itemLines.size() ? read.itemLines[i] : 0;
        char number[32];
        std::snprintf(number, sizeof number, ".%03zu", i + 1);
        nlohmann::ordered_json item = {{"id", header.id + number}, {"kind", in["kind"]},
                                       {"difficulty", in.value("difficulty", 1)},
                                       {"audience", in.value("audience", nlohmann::json::array({"resident"}))},
                                       {"points", in.value("points", 5)}};
        for (const char* key : {"prompt", "options", "answer"})
            if (in.contains(key)) item[key] = in[key];
        if (!in.contains("explanation")) {
            read.note(line, ImportNote::Level::Warning, "item " + item["id"].get<std::string>() +
                      " has no explanation (解析); \"" + std::string(kMissingExplanation) + "\" was written in its place");
        }
        item["explanation"] = in.value("explanation", std::string(kMissingExplanation));
        if (!in.contains("red_flags")) ++noFlags;
        item["red_flags"] = in.value("red_flags", nlohmann::json::array());
        if (in.contains("fraud_type") && in["fraud_type"] != fraudType) item["fraud_type"] = in["fraud_type"];
        items.push_back(std::move(item));
    }
    if (noFlags > 0)
        read.note(0, ImportNote::Level::Warning, std::to_string(noFlags) + " item(s) have no red flags (识别要点); "
                  "\"red_flags\" is empty: add the warning signs each item teaches");
    return bank;
}

} // namespace game
