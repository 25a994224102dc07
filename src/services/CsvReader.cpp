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
