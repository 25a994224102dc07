#include "hc/services/HeaderMatcher.h"

#include "hc/domain/TextNormalizer.h"

#include <algorithm>

namespace hc::services {

HeaderMatcher::HeaderMatcher(std::vector<Column> columns) : columns_(std::move(columns)) {}

QString HeaderMatcher::normalise(const QString& header) {
    QString s = domain::TextNormalizer::toHalfWidth(header).trimmed().toLower();
    s.remove(QChar(0xFEFF));
    s.remove(u' ');
    s.remove(u'_');
    // "实收金额(元)" / "amount (yuan)": ignore a trailing unit in brackets.
    const qsizetype bracket = s.indexOf(u'(');
    if (bracket > 0) {
        s.truncate(bracket);
    }
    return s;
}

std::optional<int> HeaderMatcher::columnOf(const QString& header) const {
    for (int c = 0; c < size(); ++c) {
        if (header == columns_[c].key) {
            return c;
        }
    }
    const QString key = normalise(header);
    for (int c = 0; c < size(); ++c) {
        if (columns_[c].aliases.contains(key)) {
            return c;
        }
    }
    return std::nullopt;
}

std::vector<int> HeaderMatcher::match(const QStringList& header) const {
    std::vector<int> index(columns_.size(), -1);
    for (qsizetype i = 0; i < header.size(); ++i) {  // field keys (a mapping) first
        for (int c = 0; c < size(); ++c) {
            if (index[c] < 0 && header.at(i) == columns_[c].key) {
                index[c] = static_cast<int>(i);
                break;
            }
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (std::find(index.begin(), index.end(), static_cast<int>(i)) != index.end()) {
            continue;
        }
        const QString key = normalise(header.at(i));
        for (int c = 0; c < size(); ++c) {
            if (index[c] < 0 && columns_[c].aliases.contains(key)) {
                index[c] = static_cast<int>(i);
                break;
            }
        }
    }
    return index;
}

}  // namespace hc::services
