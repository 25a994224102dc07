#pragma once

#include <QFlags>
#include <QString>

namespace hc::domain {

/// Text clean-up shared by the validators, the CSV importer and the forms.
/// Full-width forms (U+FF01–U+FF5E) become ASCII and the ideographic space (U+3000) a plain space,
/// so "１３８　１２３４" typed with a Chinese IME compares equal to "138 1234".
class TextNormalizer {
public:
    enum Option {
        NoOption = 0x0,
        HalfWidth = 0x1,              ///< U+FF01–U+FF5E → ASCII, U+3000 → space
        Trim = 0x2,                   ///< remove leading and trailing whitespace
        CollapseWhitespace = 0x4,     ///< runs of inner whitespace become one space (implies Trim)
        RemoveWhitespace = 0x8,       ///< remove every whitespace character
        UpperCase = 0x10,             ///< a–z → A–Z (codes: VIN, plate, ID check character)
        StripPhoneSeparators = 0x20,  ///< remove spaces, '-', '(', ')'
    };
    Q_DECLARE_FLAGS(Options, Option)

    /// Default for free text (names, addresses): half-width, trimmed, inner whitespace collapsed.
    static constexpr int kTextOptions = HalfWidth | Trim | CollapseWhitespace;
    /// Default for codes (VIN, engine number, work-order number): half-width, no spaces, upper.
    static constexpr int kCodeOptions = HalfWidth | RemoveWhitespace | UpperCase;

    /// Applies the options in a fixed order: half-width, whitespace, phone separators, upper-case.
    [[nodiscard]] static QString normalize(const QString& text, Options options);

    /// Free text: half-width, trimmed, inner whitespace collapsed to one space.
    [[nodiscard]] static QString text(const QString& text);
    /// Codes: half-width, all whitespace removed, upper-case.
    [[nodiscard]] static QString code(const QString& text);

    [[nodiscard]] static QString toHalfWidth(const QString& text);
    [[nodiscard]] static QString collapseWhitespace(const QString& text);
    [[nodiscard]] static QString removeWhitespace(const QString& text);
    /// Removes whitespace, '-', '(' and ')' (after half-width conversion).
    [[nodiscard]] static QString stripPhoneSeparators(const QString& text);
    /// Only the ASCII digits of the half-width text.
    [[nodiscard]] static QString digitsOnly(const QString& text);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TextNormalizer::Options)

}  // namespace hc::domain
