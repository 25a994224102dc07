#include "hc/domain/SmsSegments.h"

#include <QList>

namespace hc::domain {

namespace {

/// GSM 03.38 default alphabet (one septet each).
const QString& gsmBasic() {
    static const QString s = QString::fromUtf8(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return s;
}

/// GSM 03.38 extension table (escape + character: two septets each).
const QString& gsmExtension() {
    static const QString s = QString::fromUtf8("^{}\\[~]|€\f");
    return s;
}

int parts(int units, bool unicode) {
    if (units == 0) {
        return 0;
    }
    const int single = SmsSegments::perPart(unicode, false);
    if (units <= single) {
        return 1;
    }
    const int multi = SmsSegments::perPart(unicode, true);
    return (units + multi - 1) / multi;
}

}  // namespace

int SmsSegments::perPart(bool unicode, bool multipart) {
    if (unicode) {
        return multipart ? 67 : 70;
    }
    return multipart ? 153 : 160;
}

SmsSegments SmsSegments::count(const QString& text) {
    SmsSegments r;
    r.characters = static_cast<int>(text.toUcs4().size());
    int septets = 0;
    for (const QChar ch : text) {
        if (gsmBasic().contains(ch)) {
            ++septets;
        } else if (gsmExtension().contains(ch)) {
            septets += 2;
        } else {
            r.unicode = true;
            break;
        }
    }
    r.units = r.unicode ? static_cast<int>(text.size()) : septets;
    r.segments = parts(r.units, r.unicode);
    return r;
}

}  // namespace hc::domain
