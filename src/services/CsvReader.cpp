#include "hc/services/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace hc::services {

CsvReader::CsvReader(QString text) : text_(std::move(text)) {
    if (text_.startsWith(QChar(0xFEFF))) {
        pos_ = 1;
    }
}

bool CsvReader::next(CsvRecord& record) {
    const qsizetype n = text_.size();
    const QChar* data = text_.constData();
    // Skip blank lines.
    while (pos_ < n && (data[pos_] == u'\n' || data[pos_] == u'\r')) {
        if (data[pos_] == u'\r' && pos_ + 1 < n && data[pos_ + 1] == u'\n') {
            ++pos_;
        }
        ++pos_;
        ++line_;
    }
    if (pos_ >= n) {
        return false;
    }
    record.line = line_;
    record.fields.clear();  // keeps its capacity
    record.unterminatedQuote = false;
    const qsizetype start = pos_;
    qsizetype end = n;
    // Fields are copied out of the text in whole runs (one allocation per field), not char by
    // char. A quote opens a quoted section only at the start of a field; elsewhere it is text.
    for (;;) {
        QString field;
        if (pos_ < n && data[pos_] == u'"') {
            ++pos_;
            bool closed = false;
            while (pos_ < n) {
                qsizetype q = pos_;
                while (q < n && data[q] != u'"') {
                    // Line breaks inside quotes advance the physical line count.
                    if (data[q] == u'\n' ||
                        (data[q] == u'\r' && !(q + 1 < n && data[q + 1] == u'\n'))) {
                        ++line_;
                    }
                    ++q;
                }
                field.append(data + pos_, q - pos_);
                pos_ = q;
                if (q >= n) {
                    break;
                }
                if (q + 1 < n && data[q + 1] == u'"') {  // doubled quote
                    field.append(u'"');
                    pos_ = q + 2;
                    continue;
                }
                pos_ = q + 1;  // closing quote
                closed = true;
                break;
            }
            if (!closed) {
                record.unterminatedQuote = true;
                record.fields << field;
                break;
            }
        }
        // Unquoted run (or the rest of a field after its closing quote) up to , or line end.
        qsizetype e = pos_;
        while (e < n && data[e] != u',' && data[e] != u'\n' && data[e] != u'\r') {
            ++e;
        }
        if (e > pos_) {
            if (field.isEmpty()) {
                field = QString(data + pos_, e - pos_);
            } else {
                field.append(data + pos_, e - pos_);
            }
        }
        pos_ = e;
        record.fields << field;
        if (pos_ < n && data[pos_] == u',') {
            ++pos_;
            continue;
        }
        if (pos_ < n) {  // line end
            end = pos_;
            if (data[pos_] == u'\r' && pos_ + 1 < n && data[pos_ + 1] == u'\n') {
                ++pos_;
            }
            ++pos_;
            ++line_;
        }
        break;
    }
    record.raw = text_.mid(start, end - start);
    return true;
}

std::vector<CsvRecord> CsvReader::parseAll(const QString& text) {
    std::vector<CsvRecord> records;
    CsvReader reader(text);
    CsvRecord r;
    while (reader.next(r)) {
        records.push_back(r);
    }
    return records;
}

namespace {

/// Valid UTF-8 multi-byte sequences and the bytes that cannot be UTF-8 (where a scan restarts).
struct Utf8Evidence {
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
    qsizetype firstInvalid = -1;
};

Utf8Evidence scanUtf8(QByteArrayView v) {
    Utf8Evidence e;
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        }
        bool good = len > 0 && i + len <= n;
        for (int k = 1; good && k < len; ++k) {
            const unsigned char c = p[i + k];
            good = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        }
        if (good) {
            ++e.multiByte;
            i += len;
        } else {
            if (e.firstInvalid < 0) {
                e.firstInvalid = i;
            }
            ++e.invalid;
            ++i;
        }
    }
    return e;
}

/// The offset of the first byte that is not GB18030, or -1.
qsizetype firstInvalidGb18030(QByteArrayView v) {
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF || i + 1 >= n) {
            return i;
        }
        const unsigned char b2 = p[i + 1];
        if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
            i += 2;
        } else if (b2 >= 0x30 && b2 <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE &&
                   p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

}  // namespace

CsvReader::Decoded CsvReader::decodeChecked(const QByteArray& bytes) {
    Decoded d;
    QByteArrayView view(bytes);
    qsizetype skipped = 0;
    const bool bom = view.startsWith("\xEF\xBB\xBF");
    if (bom) {
        view = view.sliced(3);
        skipped = 3;
    }
    const Utf8Evidence utf8 = scanUtf8(view);
    qsizetype bad = utf8.firstInvalid;
    // UTF-8 when the file says so (BOM), when every byte fits, or when the valid UTF-8 sequences
    // outnumber the bytes that do not fit (a UTF-8 file with a damaged byte). GB18030 text read
    // as UTF-8 gives mostly invalid bytes: roughly one valid sequence for six invalid ones.
    const bool isUtf8 = bom || utf8.invalid == 0 || utf8.multiByte > utf8.invalid;
    QStringDecoder gb("GB18030");
    if (isUtf8 || !gb.isValid()) {
        d.encoding = bom ? Encoding::Utf8Bom : Encoding::Utf8;
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        d.text = dec.decode(view);
    } else {
        d.encoding = Encoding::Gb18030;
        d.text = gb.decode(view);
        bad = firstInvalidGb18030(view);
    }
    if (bad >= 0) {
        d.ok = false;
        d.offset = bad + skipped;
        d.byte = static_cast<unsigned char>(bytes.at(d.offset));
        const qsizetype lineStart = bytes.lastIndexOf('\n', d.offset) + 1;  // 0 when none
        d.line = static_cast<int>(QByteArrayView(bytes).first(d.offset).count('\n')) + 1;
        d.column = d.offset - lineStart + 1;
        const QString hex =
            QStringLiteral("%1").arg(static_cast<uint>(d.byte), 2, 16, QLatin1Char('0')).toUpper();
        d.message =
            d.encoding == Encoding::Gb18030
                ? QCoreApplication::translate(
                      "hc::services",
                      "文件按 GB18030 编码读取,但第 %1 行第 %2 个字节(0x%3)不符合 GB18030 编码。"
                      "请把文件另存为 UTF-8 或 GB18030 后再导入。")
                      .arg(d.line)
                      .arg(d.column)
                      .arg(hex)
                : QCoreApplication::translate(
                      "hc::services",
                      "文件按 UTF-8 编码读取,但第 %1 行第 %2 个字节(0x%3)不是有效的 UTF-8。"
                      "请把文件另存为 UTF-8 后再导入。")
                      .arg(d.line)
                      .arg(d.column)
                      .arg(hex);
    }
    return d;
}

QString CsvReader::decode(const QByteArray& bytes, Encoding* detected) {
    Decoded d = decodeChecked(bytes);
    if (detected) {
        *detected = d.encoding;
    }
    return std::move(d.text);
}

QString CsvReader::encodingName(Encoding encoding) {
    switch (encoding) {
        case Encoding::Utf8:
            return QStringLiteral("UTF-8");
        case Encoding::Utf8Bom:
            return QStringLiteral("UTF-8 BOM");
        case Encoding::Gb18030:
            return QStringLiteral("GB18030");
    }
    return {};
}

QString CsvReader::quote(const QString& field) {
    bool needs = field.startsWith(u' ') || field.endsWith(u' ');
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needs = true;
            break;
        }
    }
    if (!needs) {
        return field;
    }
    QString out = field;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString CsvReader::formatRecord(const QStringList& fields) {
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += quote(fields.at(i));
    }
    return out;
}

}  // namespace hc::services
