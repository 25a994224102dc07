#include "hc/domain/TextNormalizer.h"

namespace hc::domain {

namespace {

constexpr char16_t kFullWidthFirst = 0xFF01;
constexpr char16_t kFullWidthLast = 0xFF5E;
constexpr char16_t kFullWidthOffset = 0xFEE0;
constexpr char16_t kIdeographicSpace = 0x3000;

}  // namespace

QString TextNormalizer::normalize(const QString& text, Options options) {
    QString out = options.testFlag(HalfWidth) ? toHalfWidth(text) : text;
    if (options.testFlag(RemoveWhitespace)) {
        out = removeWhitespace(out);
    } else if (options.testFlag(CollapseWhitespace)) {
        out = collapseWhitespace(out);
    } else if (options.testFlag(Trim)) {
        out = out.trimmed();
    }
    if (options.testFlag(StripPhoneSeparators)) {
        out = stripPhoneSeparators(out);
    }
    if (options.testFlag(UpperCase)) {
        out = out.toUpper();
    }
    return out;
}

QString TextNormalizer::text(const QString& text) {
    return normalize(text, Options(kTextOptions));
}

QString TextNormalizer::code(const QString& text) {
    return normalize(text, Options(kCodeOptions));
}

QString TextNormalizer::toHalfWidth(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= kFullWidthFirst && u <= kFullWidthLast) {
            c = QChar(static_cast<char16_t>(u - kFullWidthOffset));
        } else if (u == kIdeographicSpace) {
            c = QChar(u' ');
        }
    }
    return out;
}

QString TextNormalizer::collapseWhitespace(const QString& text) {
    return text.simplified();
}

QString TextNormalizer::removeWhitespace(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace()) {
            out.append(c);
        }
    }
    return out;
}

QString TextNormalizer::stripPhoneSeparators(const QString& text) {
    QString out;
    const QString half = toHalfWidth(text);
    out.reserve(half.size());
    for (const QChar c : half) {
        if (!c.isSpace() && c != u'-' && c != u'(' && c != u')') {
            out.append(c);
        }
    }
    return out;
}

QString TextNormalizer::digitsOnly(const QString& text) {
    QString out;
    const QString half = toHalfWidth(text);
    for (const QChar c : half) {
        if (c >= u'0' && c <= u'9') {
            out.append(c);
        }
    }
    return out;
}

}  // namespace hc::domain
