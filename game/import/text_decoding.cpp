#include "game/import/text_decoding.h"

#include "game/utf8.h"

#include <iconv.h>

#include <cerrno>
#include <memory>

namespace game {

namespace {

bool startsWith(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

// Decodes UTF-16 code units (after the BOM); an unpaired surrogate or a
// trailing odd byte is an error, since the file is then not UTF-16 at all.
std::string utf16ToUtf8(std::string_view bytes, bool littleEndian) {
    if (bytes.size() % 2 != 0) throw DecodeError("UTF-16 text has an odd number of bytes (the file is cut short)");
    auto unit = [&](size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? static_cast<char32_t>(a | (b << 8)) : static_cast<char32_t>((a << 8) | b);
    };
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF)
            throw DecodeError("UTF-16 text has an unpaired surrogate at byte " + std::to_string(i));
        out += encodeUtf8(cp);
    }
    return out;
}

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

} // namespace

std::string gb18030ToUtf8(std::string_view bytes) {
    iconv_t raw = iconv_open("UTF-8", "GB18030");
    if (raw == reinterpret_cast<iconv_t>(-1))
        throw DecodeError("this system cannot convert GB18030/GBK text (iconv has no GB18030); save the file as UTF-8");
    const std::unique_ptr<void, IconvCloser> cd(raw);
    std::string out(bytes.size() * 2 + 16, '\0');
    std::string in(bytes);
    char* inPtr = in.data();
    size_t inLeft = in.size();
    size_t done = 0;
    while (inLeft > 0) {
        char* outPtr = out.data() + done;
        size_t outLeft = out.size() - done;
        const size_t rc = iconv(raw, &inPtr, &inLeft, &outPtr, &outLeft);
        done = out.size() - outLeft;
        if (rc != static_cast<size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        const auto offset = static_cast<size_t>(inPtr - in.data());
        throw DecodeError(errno == EINVAL
            ? "the text ends in the middle of a character at byte " + std::to_string(offset)
            : "byte " + std::to_string(offset) + " is neither UTF-8 nor GBK/GB18030");
    }
    out.resize(done);
    return out;
}

std::string normaliseLineEnds(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

DecodedText decodeText(std::string_view bytes) {
    DecodedText result;
    std::string utf8;
    if (startsWith(bytes, "\xEF\xBB\xBF")) {
        result.encoding = TextEncoding::Utf8Bom;
        utf8 = std::string(bytes.substr(3));
        if (!isValidUtf8(utf8)) throw DecodeError("the file starts with a UTF-8 mark but is not valid UTF-8");
    } else if (startsWith(bytes, "\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16Le;
        utf8 = utf16ToUtf8(bytes.substr(2), true);
    } else if (startsWith(bytes, "\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16Be;
        utf8 = utf16ToUtf8(bytes.substr(2), false);
    } else if (isValidUtf8(bytes)) {
        result.encoding = TextEncoding::Utf8;
        utf8 = std::string(bytes);
    } else {
        result.encoding = TextEncoding::Gb18030;
        utf8 = gb18030ToUtf8(bytes);
    }
    result.text = normaliseLineEnds(utf8);
    return result;
}

const char* encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8Bom: return "UTF-8 (BOM)";
    case TextEncoding::Utf16Le: return "UTF-16LE";
    case TextEncoding::Utf16Be: return "UTF-16BE";
    case TextEncoding::Gb18030: return "GB18030/GBK";
    }
    return "?";
}

} // namespace game
