#include "game/import/docx_reader.h"

#include "game/import/docx_numbering.h"
#include "game/utf8.h"
#include "game/import/zip_archive.h"

#include <pugixml.hpp>

#include <cstring>

namespace game {

namespace {

// The character a w:sym stands for: Word writes ticks and crosses as symbol
// font characters (Wingdings 0xFC is a tick). Unknown symbols are left out.
std::string symbolText(const pugi::xml_node& sym) {
    const std::string font = sym.attribute("w:font").as_string();
    const auto code = static_cast<char32_t>(std::strtoul(sym.attribute("w:char").as_string(), nullptr, 16));
    const char32_t low = code & 0xFF;
    if (code < 0xF000) return code == 0 ? std::string() : encodeUtf8(code);
    if (font == "Symbol") {
        if (low == 0xD6) return "√";
        if (low == 0xB4) return "×";
    } else if (font == "Wingdings") {
        if (low == 0xFC) return "✓";
        if (low == 0xFB) return "✗";
    } else if (font == "Wingdings 2") {
        if (low == 0x50) return "✓";
        if (low == 0x4F || low == 0x4E) return "✗";
    }
    return {};
}

class ParagraphCollector {
public:
    explicit ParagraphCollector(DocxNumbering numbering) : m_numbering(std::move(numbering)) {}

    // Visits the children of a body, a table, a cell or a text box.
    void walk(const pugi::xml_node& node) {
        for (const auto& child : node.children()) {
            const std::string_view name = child.name();
            if (name == "w:p") paragraph(child);
            else if (name == "mc:Fallback" || name == "w:sectPr") continue; // a copy of the mc:Choice / page setup
            else walk(child);
        }
    }

    std::vector<std::string> take() { return std::move(m_paragraphs); }

private:
    void paragraph(const pugi::xml_node& p) {
        std::string text;
        if (const auto numPr = p.child("w:pPr").child("w:numPr"))
            text = m_numbering.label(numPr.child("w:numId").attribute("w:val").as_int(),
                                     numPr.child("w:ilvl").attribute("w:val").as_int());
        std::vector<pugi::xml_node> textBoxes;
        collect(p, text, textBoxes);
        m_paragraphs.push_back(std::move(text));
        for (const auto& box : textBoxes) walk(box);
    }

    // Appends the text of a paragraph's runs, hyperlinks, fields and smart tags.
    void collect(const pugi::xml_node& node, std::string& text, std::vector<pugi::xml_node>& textBoxes) {
        for (const auto& child : node.children()) {
            const std::string_view name = child.name();
            if (name == "w:t") text += child.text().get();
            else if (name == "w:tab" || name == "w:ptab") text += '\t';
            else if (name == "w:br" || name == "w:cr") text += '\n';
            else if (name == "w:sym") text += symbolText(child);
            else if (name == "w:noBreakHyphen") text += '-';
            else if (name == "w:txbxContent") textBoxes.push_back(child);
            else if (name == "w:pPr" || name == "w:rPr" || name == "mc:Fallback" || name == "w:softHyphen") continue;
            else collect(child, text, textBoxes);
        }
    }

    DocxNumbering m_numbering;
    std::vector<std::string> m_paragraphs;
};

} // namespace

std::vector<std::string> readDocxParagraphs(std::string bytes, const std::string& fileName) {
    const ZipArchive zip(std::move(bytes), fileName);
    const auto document = zip.read("word/document.xml");
    if (!document)
        throw ImportError(fileName + ": the file is a zip but has no word/document.xml, so it is not a Word .docx "
                          "(open it in Word or WPS and save it as .docx)");
    pugi::xml_document xml;
    const auto parsed = xml.load_buffer(document->data(), document->size());
    if (!parsed)
        throw ImportError(fileName + ": word/document.xml is damaged (" + parsed.description() + " at byte " +
                          std::to_string(parsed.offset) + "); open the file in Word or WPS and save it again");
    const auto body = xml.child("w:document").child("w:body");
    if (!body) throw ImportError(fileName + ": word/document.xml has no document body");
    ParagraphCollector collector(DocxNumbering::parse(zip.read("word/numbering.xml").value_or("")));
    collector.walk(body);
    return collector.take();
}

std::vector<SourceLine> paragraphLines(const std::vector<std::string>& paragraphs) {
    std::vector<SourceLine> lines;
    for (size_t i = 0; i < paragraphs.size(); ++i)
        for (auto& line : splitLines(paragraphs[i])) lines.push_back({static_cast<int>(i + 1), std::move(line.text)});
    return lines;
}

} // namespace game
