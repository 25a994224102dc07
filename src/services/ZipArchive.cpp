#include "ZipArchive.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace hc::services {

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kZip64End = 0x06064b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

/// Little-endian reads with bounds checks against the whole buffer.
class Reader {
public:
    explicit Reader(const QByteArray& bytes)
        : data_(reinterpret_cast<const unsigned char*>(bytes.constData())),
          size_(static_cast<quint64>(bytes.size())) {}

    [[nodiscard]] bool fits(quint64 offset, quint64 length) const {
        return offset <= size_ && length <= size_ - offset;
    }
    [[nodiscard]] quint64 size() const { return size_; }
    [[nodiscard]] quint16 u16(quint64 at) const {
        return static_cast<quint16>(data_[at] | (data_[at + 1] << 8));
    }
    [[nodiscard]] quint32 u32(quint64 at) const {
        return static_cast<quint32>(u16(at)) | (static_cast<quint32>(u16(at + 2)) << 16);
    }
    [[nodiscard]] quint64 u64(quint64 at) const {
        return static_cast<quint64>(u32(at)) | (static_cast<quint64>(u32(at + 4)) << 32);
    }
    [[nodiscard]] const unsigned char* at(quint64 offset) const { return data_ + offset; }

private:
    const unsigned char* data_;
    quint64 size_;
};

}  // namespace

bool ZipArchive::open(const QByteArray& bytes) {
    bytes_ = bytes;
    entries_.clear();
    const Reader r(bytes_);
    if (r.size() < 22) {
        return false;
    }
    // The end-of-directory record: the last 22 bytes plus a comment of up to 65,535.
    std::optional<quint64> end;
    const quint64 lowest = r.size() > 22 + 65535 ? r.size() - 22 - 65535 : 0;
    for (quint64 at = r.size() - 22;; --at) {
        if (r.u32(at) == kEndOfDirectory) {
            end = at;
            break;
        }
        if (at == lowest) {
            break;
        }
    }
    if (!end) {
        return false;
    }
    quint64 count = r.u16(*end + 10);
    quint64 directorySize = r.u32(*end + 12);
    quint64 directoryOffset = r.u32(*end + 16);
    if (*end >= 20 && r.u32(*end - 20) == kZip64Locator) {
        const quint64 end64 = r.u64(*end - 20 + 8);
        if (!r.fits(end64, 56) || r.u32(end64) != kZip64End) {
            return false;
        }
        count = r.u64(end64 + 32);
        directorySize = r.u64(end64 + 40);
        directoryOffset = r.u64(end64 + 48);
    }
    if (!r.fits(directoryOffset, directorySize)) {
        return false;
    }
    quint64 at = directoryOffset;
    for (quint64 k = 0; k < count; ++k) {
        if (!r.fits(at, 46) || r.u32(at) != kDirectoryEntry) {
            return false;
        }
        Entry e;
        e.method = r.u16(at + 10);
        e.crc = r.u32(at + 16);
        e.compressed = r.u32(at + 20);
        e.size = r.u32(at + 24);
        const quint16 nameLength = r.u16(at + 28);
        const quint16 extraLength = r.u16(at + 30);
        const quint16 commentLength = r.u16(at + 32);
        e.localOffset = r.u32(at + 42);
        const quint64 nameAt = at + 46;
        if (!r.fits(nameAt, quint64(nameLength) + extraLength + commentLength)) {
            return false;
        }
        // Zip64 extra field: the 64-bit values, in order, of those stored as 0xFFFFFFFF.
        quint64 extra = nameAt + nameLength;
        const quint64 extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
            const quint16 id = r.u16(extra);
            const quint16 length = r.u16(extra + 2);
            quint64 field = extra + 4;
            const quint64 fieldEnd = field + length;
            if (fieldEnd > extraEnd) {
                return false;
            }
            if (id == 0x0001) {
                for (quint64* value : {&e.size, &e.compressed, &e.localOffset}) {
                    if (*value == 0xFFFFFFFFu && field + 8 <= fieldEnd) {
                        *value = r.u64(field);
                        field += 8;
                    }
                }
            }
            extra = fieldEnd;
        }
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char*>(r.at(nameAt)), nameLength);
        entries_.insert(name.toLower(), e);
        at = nameAt + nameLength + extraLength + commentLength;
    }
    return true;
}

bool ZipArchive::has(const QString& name) const {
    return entries_.contains(name.toLower());
}

std::optional<QByteArray> ZipArchive::read(const QString& name, QString* error) const {
    const auto fail = [error](const char* why) -> std::optional<QByteArray> {
        if (error) {
            *error = QString::fromLatin1(why);
        }
        return std::nullopt;
    };
    const auto it = entries_.constFind(name.toLower());
    if (it == entries_.cend()) {
        return fail("missing");
    }
    const Entry& e = *it;
    const Reader r(bytes_);
    if (!r.fits(e.localOffset, 30) || r.u32(e.localOffset) != kLocalHeader) {
        return fail("bad local header");
    }
    const quint64 dataAt =
        e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
    if (!r.fits(dataAt, e.compressed)) {
        return fail("truncated");
    }
    if (e.size > static_cast<quint64>(kMaxEntryBytes)) {
        return fail("too large");
    }
    QByteArray out;
    if (e.method == 0) {
        if (e.compressed != e.size) {
            return fail("stored size mismatch");
        }
        out =
            QByteArray(reinterpret_cast<const char*>(r.at(dataAt)), static_cast<qsizetype>(e.size));
    } else if (e.method == 8) {
        // Deflate expands at most ~1032:1: a declared size beyond that is a lie, refused before
        // allocating it (a 9 KB file claiming a 2 GiB entry must not take 2 GiB of memory).
        if (e.size > e.compressed * kMaxDeflateRatio + 1024) {
            return fail("declared size impossible for its compressed data");
        }
        out.resize(static_cast<qsizetype>(e.size));
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
            return fail("inflate init");
        }
        // zlib counts in uInt: feed and drain in chunks so entries over 4 GiB would also work.
        quint64 inDone = 0;
        quint64 outDone = 0;
        int status = Z_OK;
        constexpr quint64 kChunk = std::numeric_limits<uInt>::max();
        while (status == Z_OK) {
            const quint64 inLeft = e.compressed - inDone;
            const quint64 outLeft = e.size - outDone;
            z.next_in = const_cast<Bytef*>(r.at(dataAt + inDone));
            z.avail_in = static_cast<uInt>(std::min(inLeft, kChunk));
            // One spare byte: output beyond the declared size shows as a mismatch, not a stop.
            unsigned char spare = 0;
            if (outLeft > 0) {
                z.next_out = reinterpret_cast<Bytef*>(out.data() + outDone);
                z.avail_out = static_cast<uInt>(std::min(outLeft, kChunk));
            } else {
                z.next_out = &spare;
                z.avail_out = 1;
            }
            const uInt availIn = z.avail_in;
            const uInt availOut = z.avail_out;
            status = inflate(&z, Z_NO_FLUSH);
            inDone += availIn - z.avail_in;
            outDone += availOut - z.avail_out;
            if (outDone > e.size) {
                inflateEnd(&z);
                return fail("inflated size mismatch");
            }
            if (status == Z_OK && availIn == z.avail_in && availOut == z.avail_out) {
                status = Z_BUF_ERROR;  // no progress: truncated data
            }
        }
        inflateEnd(&z);
        if (status != Z_STREAM_END) {
            return fail("does not inflate");
        }
        if (outDone != e.size) {
            return fail("inflated size mismatch");
        }
    } else {
        return fail("unknown compression method");
    }
    const uLong crc =
        crc32_z(crc32_z(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.constData()),
                static_cast<z_size_t>(out.size()));
    if (static_cast<quint32>(crc) != e.crc) {
        return fail("CRC-32 mismatch");
    }
    return out;
}

}  // namespace hc::services
