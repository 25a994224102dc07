#pragma once

#include <QString>

namespace hc::domain {

/// How many SMS parts a text costs (issue 11 item 4).
/// - A text with any character outside the GSM 03.38 default alphabet (every Chinese text) is sent
///   as UCS-2: one part holds 70 UTF-16 units, a longer text is split into parts of 67.
/// - A text of GSM 03.38 characters only (ASCII letters, digits, common punctuation): one part
/// holds
///   160 septets, a longer text parts of 153; the extension characters ^ { } [ ] ~ \ | € count 2.
/// Characters are what the user sees (code points). An empty text costs 0 parts.
struct SmsSegments {
    int characters = 0;  ///< code points
    int units = 0;       ///< UCS-2 units or GSM septets, as charged
    int segments = 0;
    bool unicode = false;  ///< UCS-2 encoding

    [[nodiscard]] static SmsSegments count(const QString& text);
    /// Characters per part for a text of `units` in the given encoding (70/67, 160/153).
    [[nodiscard]] static int perPart(bool unicode, bool multipart);
};

}  // namespace hc::domain
