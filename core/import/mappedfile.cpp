#include "core/import/mappedfile.h"
#include <QFile>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fapo::importdetail {

MappedFile::~MappedFile()
{
#ifdef Q_OS_UNIX
    if (m_mapping)
        munmap(m_mapping, m_mappingLength);
#endif
}

bool MappedFile::open(const QString& path, qsizetype padding, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    const qint64 size = f.size();
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    if (size > 0 && f.handle() >= 0) {
        // Reserve the file's pages plus enough zero pages for the padding, then map the file over the
        // start: the bytes after the end (rest of the last page, then the reserved pages) read as zero.
        const size_t fileLength = size_t(size);
        const size_t length = (fileLength + size_t(padding) + page - 1) / page * page;
        void* area = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (area != MAP_FAILED) {
            void* mapped = mmap(area, fileLength, PROT_READ, MAP_PRIVATE | MAP_FIXED, f.handle(), 0);
            if (mapped == area) {
                m_mapping = area;
                m_mappingLength = length;
                m_bytes = QByteArray::fromRawData(static_cast<const char*>(area), qsizetype(size));
                return true;
            }
            munmap(area, length);
        }
    }
#endif
    m_buffer = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *error = f.errorString();
        return false;
    }
    const qsizetype length = m_buffer.size();
    m_buffer.resize(length + padding, '\0'); // the padding stays readable past the end
    m_bytes = QByteArray::fromRawData(m_buffer.constData(), length);
    return true;
}

} // namespace fapo::importdetail
