#include "PdfToUnicodeFix.h"

#include <QFont>
#include <QRawFont>

#include <unordered_map>

namespace hc::report {

namespace {

constexpr char32_t kRadicalsFirst = 0x2E80;
constexpr char32_t kRadicalsLast = 0x2FDF;
constexpr char32_t kUnifiedFirst = 0x4E00;
constexpr char32_t kUnifiedLast = 0x9FFF;

/// Radical code point → unified ideograph drawn with the same glyph in the font.
std::unordered_map<char32_t, char32_t> radicalMap(const QString& family) {
    std::unordered_map<char32_t, char32_t> out;
    QFont font(family);
    font.setPixelSize(32);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid()) {
        return out;
    }
    QString unified;
    for (char32_t c = kUnifiedFirst; c <= kUnifiedLast; ++c) {
        unified += QChar(static_cast<char16_t>(c));
    }
    const QList<quint32> unifiedGlyphs = raw.glyphIndexesForString(unified);
    std::unordered_map<quint32, char32_t> byGlyph;
    for (qsizetype i = 0; i < unifiedGlyphs.size(); ++i) {
        if (unifiedGlyphs.at(i) != 0) {
            byGlyph.emplace(unifiedGlyphs.at(i), kUnifiedFirst + static_cast<char32_t>(i));
        }
    }
    QString radicals;
    for (char32_t c = kRadicalsFirst; c <= kRadicalsLast; ++c) {
        radicals += QChar(static_cast<char16_t>(c));
    }
    const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
        const auto it = byGlyph.find(radicalGlyphs.at(i));
        if (radicalGlyphs.at(i) != 0 && it != byGlyph.end()) {
            out.emplace(kRadicalsFirst + static_cast<char32_t>(i), it->second);
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

/// Rewrites the "<XXXX>" destinations inside the [...] arrays of one CMap stream in place.
bool fixCmap(char* begin, char* end, const std::unordered_map<char32_t, char32_t>& map) {
    bool changed = false;
    bool inArray = false;
    for (char* p = begin; p < end; ++p) {
        if (*p == '[') {
            inArray = true;
        } else if (*p == ']') {
            inArray = false;
        } else if (inArray && *p == '<' && end - p >= 6 && p[5] == '>') {
            char32_t code = 0;
            bool ok = true;
            for (int i = 1; i <= 4; ++i) {
                const int v = hexValue(p[i]);
                ok = ok && v >= 0;
                code = code * 16 + static_cast<char32_t>(v < 0 ? 0 : v);
            }
            const auto it = ok ? map.find(code) : map.end();
            if (it != map.end()) {
                const QByteArray hex = QByteArray::number(static_cast<uint>(it->second), 16)
                                           .toUpper()
                                           .rightJustified(4, '0');
                std::copy(hex.constBegin(), hex.constBegin() + 4, p + 1);
                changed = true;
            }
            p += 5;
        }
    }
    return changed;
}

}  // namespace

QByteArray PdfToUnicodeFix::apply(const QByteArray& pdf, const QString& family) {
    QByteArray out = pdf;
    std::unordered_map<char32_t, char32_t> map;
    bool mapped = false;
    qsizetype from = 0;
    while (true) {
        const qsizetype ref = out.indexOf("/ToUnicode ", from);
        if (ref < 0) {
            break;
        }
        from = ref + 11;
        const qsizetype space = out.indexOf(' ', from);
        const QByteArray object = out.mid(from, space - from) + " 0 obj";
        const qsizetype obj = out.indexOf("\n" + object);
        if (obj < 0) {
            continue;
        }
        const qsizetype stream = out.indexOf("stream\n", obj);
        const qsizetype endStream = out.indexOf("endstream", stream);
        if (stream < 0 || endStream < 0 ||
            !out.mid(stream, endStream - stream).contains("begincmap")) {
            continue;  // compressed or unexpected: leave it
        }
        if (!mapped) {
            map = radicalMap(family);
            mapped = true;
        }
        if (map.empty()) {
            break;
        }
        char* data = out.data();
        fixCmap(data + stream, data + endStream, map);
    }
    return out;
}

}  // namespace hc::report
