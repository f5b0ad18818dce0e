#include "game/import/zip_archive.h"

#include "game/import/import_result.h"

#include <zip.h>

namespace game {

struct ZipArchive::Handle {
    zip_t* zip = nullptr;
};

ZipArchive::ZipArchive(std::string bytes, std::string fileName)
    : m_bytes(std::move(bytes)), m_fileName(std::move(fileName)), m_handle(std::make_unique<Handle>()) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(m_bytes.data(), m_bytes.size(), 0, &error);
    if (source != nullptr) {
        m_handle->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (m_handle->zip == nullptr) zip_source_free(source);
    }
    if (m_handle->zip == nullptr) {
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw ImportError(m_fileName + ": not a readable .docx/.xlsx (zip) file (" + why +
                          "); the file may be cut short or be an old .doc/.xls: open it and save it again as .docx or .xlsx");
    }
    zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
    if (m_handle && m_handle->zip != nullptr) zip_discard(m_handle->zip);
}

std::optional<std::string> ZipArchive::read(std::string_view member) const {
    const std::string name(member);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_handle->zip, name.c_str(), 0, &stat) != 0) return std::nullopt;
    zip_file_t* file = zip_fopen_index(m_handle->zip, stat.index, 0);
    if (file == nullptr)
        throw ImportError(m_fileName + ": cannot read " + name + " inside the file (" +
                          zip_strerror(m_handle->zip) + "); save the file again and retry");
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const std::string why = zip_file_strerror(file);
            zip_fclose(file);
            throw ImportError(m_fileName + ": " + name + " inside the file is damaged (" + why + ")");
        }
        if (n == 0) break;
        out.append(buffer, static_cast<size_t>(n));
    }
    zip_fclose(file);
    return out;
}

} // namespace game
