#include "hc/services/MonthlyReport.h"

#include <QRegularExpression>

namespace hc::services {

std::optional<ReportMonth> ReportMonth::parse(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const ReportMonth month{m.captured(1).toInt(), m.captured(2).toInt()};
    if (month.month < 1 || month.month > 12 || !month.isValid()) {
        return std::nullopt;
    }
    return month;
}

QString ReportMonth::key() const {
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

const CustomerIds& MonthlyReport::customersBehind(const QString& key) const {
    static const CustomerIds kNone;
    const auto it = drill.find(key);
    return it != drill.end() ? it->second : kNone;
}

QString MonthlyReport::nameOf(domain::CustomerId id) const {
    const auto it = names.find(id);
    return it != names.end() ? it->second : QString();
}

}  // namespace hc::services
