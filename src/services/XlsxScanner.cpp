#include "XlsxScanner.h"

#include <QCoreApplication>

#include <cstring>

namespace hc::services {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsName(char c) {
    return isSpace(c) || c == '>' || c == '/' || c == '=';
}

QByteArrayView localName(QByteArrayView qualified) {
    const qsizetype colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

/// U+0000–U+10FFFF as UTF-16 into `out`; false for what XML does not allow.
bool appendCodePoint(QString& out, char32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
    }
    if (cp > 0xFFFF) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(static_cast<char16_t>(cp));
    }
    return true;
}

}  // namespace

XlsxScanner::XlsxScanner(QByteArray data) : data_(std::move(data)) {
    if (data_.startsWith("\xEF\xBB\xBF")) {
        pos_ = 3;
    }
}

void XlsxScanner::fail(const char* what) const {
    throw Error{QCoreApplication::translate("hc::services", "XML 有误(第 %1 字节):%2")
                    .arg(pos_)
                    .arg(QString::fromLatin1(what))};
}

qsizetype XlsxScanner::find(const char* needle, qsizetype from) const {
    const qsizetype at = data_.indexOf(needle, from);
    if (at < 0) {
        fail("unterminated markup");
    }
    return at;
}

XlsxScanner::Token XlsxScanner::next() {
    if (pendingEnd_) {
        pendingEnd_ = false;
        open_.pop_back();
        return Token::End;
    }
    const char* d = data_.constData();
    const qsizetype n = data_.size();
    while (pos_ < n) {
        if (d[pos_] != '<') {
            const qsizetype lt = data_.indexOf('<', pos_);
            const qsizetype end = lt < 0 ? n : lt;
            text_ = QByteArrayView(d + pos_, end - pos_);
            cdata_ = false;
            pos_ = end;
            return Token::Text;
        }
        if (pos_ + 1 >= n) {
            fail("unterminated tag");
        }
        const char c = d[pos_ + 1];
        if (c == '?') {
            pos_ = find("?>", pos_ + 2) + 2;
            continue;
        }
        if (c == '!') {
            if (QByteArrayView(data_).sliced(pos_).startsWith("<!--")) {
                pos_ = find("-->", pos_ + 4) + 3;
                continue;
            }
            if (QByteArrayView(data_).sliced(pos_).startsWith("<![CDATA[")) {
                const qsizetype end = find("]]>", pos_ + 9);
                text_ = QByteArrayView(d + pos_ + 9, end - pos_ - 9);
                cdata_ = true;
                pos_ = end + 3;
                return Token::Text;
            }
            fail("DOCTYPE or unknown declaration");
        }
        if (c == '/') {
            const qsizetype gt = find(">", pos_ + 2);
            QByteArrayView qualified(d + pos_ + 2, gt - pos_ - 2);
            qualified = qualified.trimmed();
            if (open_.empty() || open_.back() != qualified) {
                fail("mismatched end tag");
            }
            open_.pop_back();
            name_ = localName(qualified);
            pos_ = gt + 1;
            return Token::End;
        }
        // A start tag: name, attributes, '>' or '/>'.
        qsizetype i = pos_ + 1;
        while (i < n && !endsName(d[i])) {
            ++i;
        }
        if (i == pos_ + 1) {
            fail("tag without a name");
        }
        const QByteArrayView qualified(d + pos_ + 1, i - pos_ - 1);
        attributes_.clear();
        for (;;) {
            while (i < n && isSpace(d[i])) {
                ++i;
            }
            if (i >= n) {
                fail("unterminated tag");
            }
            if (d[i] == '>') {
                ++i;
                break;
            }
            if (d[i] == '/') {
                if (i + 1 >= n || d[i + 1] != '>') {
                    fail("stray '/' in a tag");
                }
                i += 2;
                pendingEnd_ = true;
                break;
            }
            const qsizetype nameStart = i;
            while (i < n && !endsName(d[i])) {
                ++i;
            }
            const QByteArrayView attrName(d + nameStart, i - nameStart);
            while (i < n && isSpace(d[i])) {
                ++i;
            }
            if (attrName.isEmpty() || i >= n || d[i] != '=') {
                fail("attribute without a value");
            }
            ++i;
            while (i < n && isSpace(d[i])) {
                ++i;
            }
            if (i >= n || (d[i] != '"' && d[i] != '\'')) {
                fail("attribute value without quotes");
            }
            const char quote = d[i];
            const qsizetype valueEnd = data_.indexOf(quote, i + 1);
            if (valueEnd < 0) {
                fail("unterminated attribute value");
            }
            attributes_.emplace_back(localName(attrName),
                                     QByteArrayView(d + i + 1, valueEnd - i - 1));
            i = valueEnd + 1;
        }
        open_.push_back(qualified);
        name_ = localName(qualified);
        pos_ = i;
        return Token::Start;
    }
    if (!open_.empty()) {
        fail("the document ends inside an element");
    }
    return Token::Done;
}

QByteArrayView XlsxScanner::attribute(QByteArrayView name) const {
    for (const auto& [n, v] : attributes_) {
        if (n == name) {
            return v;
        }
    }
    return {};
}

QString XlsxScanner::attributeText(QByteArrayView name) const {
    return decode(attribute(name));
}

QString XlsxScanner::text() const {
    return cdata_ ? QString::fromUtf8(text_) : decode(text_);
}

QString XlsxScanner::elementText() {
    QString out;
    int depth = 0;
    for (;;) {
        switch (next()) {
            case Token::Text:
                out += text();
                break;
            case Token::Start:
                ++depth;
                break;
            case Token::End:
                if (depth-- == 0) {
                    return out;
                }
                break;
            case Token::Done:
                fail("the document ends inside an element");
        }
    }
}

void XlsxScanner::skipElement() {
    int depth = 0;
    for (;;) {
        switch (next()) {
            case Token::Start:
                ++depth;
                break;
            case Token::End:
                if (depth-- == 0) {
                    return;
                }
                break;
            case Token::Text:
                break;
            case Token::Done:
                fail("the document ends inside an element");
        }
    }
}

QString XlsxScanner::decode(QByteArrayView raw) {
    qsizetype amp = raw.indexOf('&');
    if (amp < 0) {
        return QString::fromUtf8(raw);
    }
    QString out;
    out.reserve(raw.size());
    qsizetype from = 0;
    while (amp >= 0) {
        out += QString::fromUtf8(raw.sliced(from, amp - from));
        const qsizetype semi = raw.indexOf(';', amp);
        if (semi < 0 || semi - amp > 12) {
            throw Error{QCoreApplication::translate("hc::services", "XML 有误:未结束的实体引用")};
        }
        const QByteArrayView entity = raw.sliced(amp + 1, semi - amp - 1);
        bool ok = true;
        if (entity == "amp") {
            out += u'&';
        } else if (entity == "lt") {
            out += u'<';
        } else if (entity == "gt") {
            out += u'>';
        } else if (entity == "quot") {
            out += u'"';
        } else if (entity == "apos") {
            out += u'\'';
        } else if (entity.size() > 1 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            const uint cp = digits.toByteArray().toUInt(&ok, hex ? 16 : 10);
            ok = ok && !digits.isEmpty() && appendCodePoint(out, cp);
        } else {
            ok = false;
        }
        if (!ok) {
            throw Error{QCoreApplication::translate("hc::services", "XML 有误:未知的实体引用 &%1;")
                            .arg(QString::fromUtf8(entity))};
        }
        from = semi + 1;
        amp = raw.indexOf('&', from);
    }
    out += QString::fromUtf8(raw.sliced(from));
    return out;
}

}  // namespace hc::services
