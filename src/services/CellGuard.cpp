#include "hc/services/CellGuard.h"

namespace hc::services {

bool CellGuard::isDangerous(const QString& text) {
    if (text.isEmpty()) {
        return false;
    }
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CellGuard::inert(const QString& text) {
    return isDangerous(text) ? QStringLiteral("'") + text : text;
}

}  // namespace hc::services
