#pragma once

#include <QString>

#include <memory>

namespace hc::storage {

/// Hanyu pinyin of a name for search as you type, via ICU's "Han-Latin; Latin-ASCII"
/// transliterator, one character at a time (cached), so each syllable is known: 刘春江 → full
/// "liuchunjiang", initials "lcj". ASCII letters and digits are kept (lower case), anything else is
/// dropped. The first character of a person's name uses the surname reading where it differs from
/// the common one (曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao, 区 ou, 查 zha, 乐 yue, 覃 qin, 缪
/// miao, 尉 yu). Not thread-safe: one instance per thread.
class PinyinTransliterator {
public:
    struct Pinyin {
        QString full;      ///< "liuchunjiang"
        QString initials;  ///< "lcj"
    };

    PinyinTransliterator();
    ~PinyinTransliterator();
    PinyinTransliterator(const PinyinTransliterator&) = delete;
    PinyinTransliterator& operator=(const PinyinTransliterator&) = delete;

    [[nodiscard]] Pinyin convert(const QString& name);
    /// The syllable of one character ("liu" for 刘), empty when it has none.
    [[nodiscard]] QString syllable(char32_t ch);

private:
    struct Private;
    std::unique_ptr<Private> d_;
};

}  // namespace hc::storage
