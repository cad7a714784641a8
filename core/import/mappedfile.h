#pragma once
// A read-only view of a whole file for parsers that read a little past the end (simdjson reads up to 64
// bytes beyond the last one): on Unix the file is mapped and followed by readable zero bytes, so a
// 200 MB trace is neither copied nor held in memory all at once; elsewhere (or when mapping fails) it is
// read into a padded buffer.
#include <QByteArray>
#include <QString>

namespace fapo::importdetail {

class MappedFile {
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    // False with *error (the system's reason) when the file cannot be read.
    bool open(const QString& path, qsizetype padding, QString* error);

    // The file's bytes, as a QByteArray that does not own them (valid while this object lives).
    const QByteArray& bytes() const { return m_bytes; }
    // True when the bytes are a file mapping whose pages may be dropped once read (madvise).
    bool isMapping() const { return m_mapping != nullptr; }

private:
    QByteArray m_bytes;
    QByteArray m_buffer; // the padded copy when not mapped
    void* m_mapping = nullptr;
    size_t m_mappingLength = 0;
};

} // namespace fapo::importdetail
