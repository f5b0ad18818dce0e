#include "game/import/import_sheet.h"

#include "game/import/zip_archive.h"

#include <pugixml.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace game {

namespace {

// Element names without their namespace prefix ("x:row" -> "row").
std::string_view localName(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::vector<pugi::xml_node> childrenNamed(const pugi::xml_node& node, std::string_view name) {
    std::vector<pugi::xml_node> out;
    for (const auto& child : node.children())
        if (localName(child) == name) out.push_back(child);
    return out;
}

pugi::xml_node childNamed(const pugi::xml_node& node, std::string_view name) {
    for (const auto& child : node.children())
        if (localName(child) == name) return child;
    return {};
}

// The text of a shared or inline string: its <t>, or its rich-text runs' <t>s
// (phonetic guides, <rPh>, left out).
std::string stringText(const pugi::xml_node& node) {
    std::string out;
    for (const auto& child : node.children()) {
        const auto name = localName(child);
        if (name == "t") out += child.text().get();
        else if (name == "r") out += stringText(child);
    }
    return out;
}

pugi::xml_document parseMember(const ZipArchive& zip, const std::string& member, const std::string& fileName) {
    pugi::xml_document xml;
    const auto bytes = zip.read(member);
    if (!bytes) throw ImportError(fileName + ": the file has no " + member + ", so it is not an Excel .xlsx workbook");
    const auto parsed = xml.load_buffer(bytes->data(), bytes->size());
    if (!parsed)
        throw ImportError(fileName + ": " + member + " is damaged (" + parsed.description() + " at byte " +
                          std::to_string(parsed.offset) + "); open the file in Excel or WPS and save it again");
    return xml;
}

// The member holding the first sheet, found through the workbook's relationships.
std::string firstSheetMember(const ZipArchive& zip, const std::string& fileName) {
    const auto workbook = parseMember(zip, "xl/workbook.xml", fileName);
    const auto sheets = childrenNamed(childNamed(childNamed(workbook, "workbook"), "sheets"), "sheet");
    if (sheets.empty()) throw ImportError(fileName + ": the workbook has no sheets");
    std::string relId;
    for (const auto& attr : sheets.front().attributes()) {
        const std::string_view name = attr.name();
        if (name.size() > 3 && name.substr(name.size() - 3) == ":id") relId = attr.value();
    }
    if (zip.read("xl/_rels/workbook.xml.rels") && !relId.empty()) {
        const auto rels = parseMember(zip, "xl/_rels/workbook.xml.rels", fileName);
        for (const auto& rel : childrenNamed(childNamed(rels, "Relationships"), "Relationship")) {
            if (relId != rel.attribute("Id").as_string()) continue;
            const std::string target = rel.attribute("Target").as_string();
            return target.starts_with('/') ? target.substr(1) : "xl/" + target;
        }
    }
    return "xl/worksheets/sheet1.xml";
}

// "C5" -> column index 2 (0-based); -1 when the reference has no letters.
int columnOf(std::string_view ref) {
    int column = 0;
    size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

// A number as a person typed it: "3", not "3.0" or "2.9999999999999996".
std::string numberText(const std::string& raw) {
    char* end = nullptr;
    const double value = std::strtod(raw.c_str(), &end);
    if (end == raw.c_str() || *end != '\0') return raw;
    if (std::floor(value) == value && std::fabs(value) < 1e15) return std::to_string(static_cast<long long>(value));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

} // namespace

std::vector<SheetRow> readXlsxRows(std::string bytes, const std::string& fileName) {
    const ZipArchive zip(std::move(bytes), fileName);
    const std::string sheetMember = firstSheetMember(zip, fileName);
    std::vector<std::string> shared;
    if (zip.read("xl/sharedStrings.xml")) {
        const auto sst = parseMember(zip, "xl/sharedStrings.xml", fileName);
        for (const auto& si : childrenNamed(childNamed(sst, "sst"), "si")) shared.push_back(stringText(si));
    }
    const auto sheet = parseMember(zip, sheetMember, fileName);
    std::vector<SheetRow> rows;
    int rowNumber = 0;
    for (const auto& rowNode : childrenNamed(childNamed(childNamed(sheet, "worksheet"), "sheetData"), "row")) {
        rowNumber = rowNode.attribute("r").as_int(rowNumber + 1);
        SheetRow row{rowNumber, {}};
        int column = -1;
        for (const auto& cell : childrenNamed(rowNode, "c")) {
            const int at = columnOf(cell.attribute("r").as_string());
            column = at >= 0 ? at : column + 1;
            const std::string type = cell.attribute("t").as_string();
            const std::string raw = childNamed(cell, "v").text().get();
            std::string value;
            if (type == "s") {
                const auto index = static_cast<size_t>(std::strtoul(raw.c_str(), nullptr, 10));
                if (index < shared.size()) value = shared[index];
            } else if (type == "inlineStr") {
                value = stringText(childNamed(cell, "is"));
            } else if (type == "b") {
                value = raw == "1" ? "TRUE" : "FALSE";
            } else if (type == "str" || type == "e") {
                value = raw;
            } else {
                value = numberText(raw);
            }
            if (row.cells.size() <= static_cast<size_t>(column)) row.cells.resize(static_cast<size_t>(column) + 1);
            row.cells[static_cast<size_t>(column)] = std::move(value);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace game
