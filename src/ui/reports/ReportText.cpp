#include "hc/ui/ReportText.h"

#include "hc/domain/MoneyParser.h"
#include "hc/domain/Percent.h"
#include "hc/report/ReportLabels.h"

namespace hc::ui {

QString ReportText::percent(int bp) {
    return domain::formatPercent(bp) + QLatin1Char('%');
}

QString ReportText::money(domain::Fen fen) {
    return domain::MoneyParser::formatYuan(fen);
}

QString ReportText::compositionRow(const QString& key) {
    return report::ReportLabels::compositionRow(key);
}

QString ReportText::stage(domain::Stage stage) {
    return report::ReportLabels::stage(stage);
}

QString ReportText::ageBucket(domain::VehicleAgeBucket bucket) {
    return report::ReportLabels::ageBucket(bucket);
}

QString ReportText::orEmpty(const QString& text) {
    return report::ReportLabels::orEmpty(text);
}

}  // namespace hc::ui
