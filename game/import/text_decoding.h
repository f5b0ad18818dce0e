#pragma once
// Turning the bytes of an imported file into UTF-8 text: UTF-8 (with or
// without a BOM), UTF-16 with a BOM ("Unicode" in Word and Notepad) and GBK /
// GB18030 as Chinese Windows writes it. All platform conversion lives in
// text_decoding.cpp so a Windows build can swap iconv for its own API.
#include <stdexcept>
#include <string>
#include <string_view>

namespace game {

// The encoding a file's bytes were found to be in.
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030 };

// The bytes were in no encoding we can read; the message says where it broke.
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// UTF-8 text with LF line ends, and the encoding it came from.
struct DecodedText {
    std::string text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Detects the encoding, converts to UTF-8 without BOM and normalises CRLF and
// CR to LF. Throws DecodeError when the bytes are neither UTF-8 nor GB18030.
[[nodiscard]] DecodedText decodeText(std::string_view bytes);

// Converts GB18030 (a superset of GBK and GB2312) to UTF-8; throws DecodeError
// naming the byte offset of the first byte that is not GB18030.
[[nodiscard]] std::string gb18030ToUtf8(std::string_view bytes);

// Replaces CRLF and lone CR with LF.
[[nodiscard]] std::string normaliseLineEnds(std::string_view text);

// A short name for reports: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030/GBK".
[[nodiscard]] const char* encodingName(TextEncoding encoding);

} // namespace game
