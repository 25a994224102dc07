#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace hc::services {

/// A zip archive read from memory (the container of an .xlsx): the central directory, and each
/// entry inflated with zlib on request (stored and deflate; zip64 sizes and offsets). Checks
/// every offset against the buffer, the inflated size and the CRC-32, so a damaged or crafted
/// file gives an error, never a read outside the bytes.
///
/// Own code rather than QuaZip: QuaZip carries its own copy of minizip's zipOpen3 & co. under the
/// same symbol names as Debian's libminizip, which libxlsxwriter (the report's .xlsx writer) calls;
/// in one process the dynamic linker binds one to the other and the report export crashed.
class ZipArchive {
public:
    /// Reads the central directory; false when `bytes` is not a readable zip.
    bool open(const QByteArray& bytes);
    /// True when an entry of that name exists (case-insensitive, as Excel treats part names).
    [[nodiscard]] bool has(const QString& name) const;
    /// The entry's bytes; nullopt when it is missing, uses an unknown method, does not inflate,
    /// or its size or CRC-32 does not match the directory. `error` gets a short technical reason.
    [[nodiscard]] std::optional<QByteArray> read(const QString& name, QString* error) const;

    /// The largest entry read() accepts (inflated): a guard against zip bombs.
    static constexpr qint64 kMaxEntryBytes = qint64(1) << 31;
    /// The largest expansion deflate can give (zlib: 1032:1); a larger declared size is refused.
    static constexpr quint64 kMaxDeflateRatio = 1032;

private:
    struct Entry {
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 size = 0;
        quint64 localOffset = 0;
    };
    QByteArray bytes_;
    QHash<QString, Entry> entries_;  // lower-case name → entry
};

}  // namespace hc::services
