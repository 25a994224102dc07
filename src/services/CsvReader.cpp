#include "hc/services/CsvReader.h"

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
    record.fields.clear();
    record.unterminatedQuote = false;
    const qsizetype start = pos_;
    QString field;
    bool quoted = false;  // inside a quoted section
    bool atFieldStart = true;
    qsizetype end = n;
    while (pos_ < n) {
        const QChar c = data[pos_];
        if (quoted) {
            if (c == u'"') {
                if (pos_ + 1 < n && data[pos_ + 1] == u'"') {
                    field += u'"';
                    pos_ += 2;
                    continue;
                }
                quoted = false;
                ++pos_;
                continue;
            }
            if (c == u'\n' || (c == u'\r' && !(pos_ + 1 < n && data[pos_ + 1] == u'\n'))) {
                ++line_;
            }
            field += c;
            ++pos_;
            continue;
        }
        if (c == u',') {
            record.fields << field;
            field.clear();
            atFieldStart = true;
            ++pos_;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            end = pos_;
            if (c == u'\r' && pos_ + 1 < n && data[pos_ + 1] == u'\n') {
                ++pos_;
            }
            ++pos_;
            ++line_;
            break;
        }
        if (c == u'"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
            ++pos_;
            continue;
        }
        atFieldStart = false;
        field += c;
        ++pos_;
    }
    if (quoted) {
        record.unterminatedQuote = true;
    }
    record.fields << field;
    record.raw = text_.mid(start, (end <= n ? end : n) - start);
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

QString CsvReader::decode(const QByteArray& bytes, Encoding* detected) {
    QByteArrayView view(bytes);
    Encoding enc = Encoding::Utf8;
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
        enc = Encoding::Utf8Bom;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (utf8.hasError()) {
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            text = gb.decode(view);
            enc = Encoding::Gb18030;
        }
    }
    if (detected) {
        *detected = enc;
    }
    return text;
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
