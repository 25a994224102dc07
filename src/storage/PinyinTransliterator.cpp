#include "hc/storage/PinyinTransliterator.h"

#include "hc/storage/StorageError.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace hc::storage {

namespace {

QString surnameReading(char32_t ch) {
    switch (ch) {
        case U'曾':
            return QStringLiteral("zeng");
        case U'单':
            return QStringLiteral("shan");
        case U'解':
            return QStringLiteral("xie");
        case U'仇':
            return QStringLiteral("qiu");
        case U'朴':
            return QStringLiteral("piao");
        case U'区':
            return QStringLiteral("ou");
        case U'查':
            return QStringLiteral("zha");
        case U'乐':
            return QStringLiteral("yue");
        case U'覃':
            return QStringLiteral("qin");
        case U'缪':
            return QStringLiteral("miao");
        case U'尉':
            return QStringLiteral("yu");
        default:
            return {};
    }
}

bool isAsciiAlnum(char32_t ch) {
    return (ch >= U'a' && ch <= U'z') || (ch >= U'A' && ch <= U'Z') || (ch >= U'0' && ch <= U'9');
}

}  // namespace

struct PinyinTransliterator::Private {
    std::unique_ptr<icu::Transliterator> icu;
    QHash<char32_t, QString> cache;
};

PinyinTransliterator::PinyinTransliterator() : d_(std::make_unique<Private>()) {
    UErrorCode status = U_ZERO_ERROR;
    d_->icu.reset(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !d_->icu) {
        throw StorageError(StorageError::Kind::Configuration, 0,
                           QStringLiteral("ICU Han-Latin transliterator unavailable"),
                           QString::fromUtf8(u_errorName(status)));
    }
}

PinyinTransliterator::~PinyinTransliterator() = default;

QString PinyinTransliterator::syllable(char32_t ch) {
    if (isAsciiAlnum(ch)) {
        return QString(QChar(static_cast<char16_t>(ch))).toLower();
    }
    const auto it = d_->cache.constFind(ch);
    if (it != d_->cache.constEnd()) {
        return *it;
    }
    icu::UnicodeString s(static_cast<UChar32>(ch));
    d_->icu->transliterate(s);
    std::string utf8;
    s.toUTF8String(utf8);
    QString out;
    for (const char c : utf8) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            out.append(QChar::fromLatin1(c).toLower());
        }
    }
    // A character without a reading comes back unchanged (no ASCII letters): no syllable.
    d_->cache.insert(ch, out);
    return out;
}

PinyinTransliterator::Pinyin PinyinTransliterator::convert(const QString& name) {
    Pinyin result;
    bool first = true;
    for (const char32_t ch : name.toUcs4()) {
        QString syl;
        if (first) {
            syl = surnameReading(ch);
        }
        if (syl.isEmpty()) {
            syl = syllable(ch);
        }
        if (syl.isEmpty()) {
            continue;
        }
        first = false;
        result.full += syl;
        if (isAsciiAlnum(ch)) {
            result.initials += syl;  // letters and digits of "ABC汽修" stay whole: "abcqx"
        } else {
            result.initials += syl.front();
        }
    }
    return result;
}

}  // namespace hc::storage
