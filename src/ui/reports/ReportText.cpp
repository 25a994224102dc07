#include "hc/ui/ReportText.h"

#include "hc/domain/MoneyParser.h"
#include "hc/domain/Percent.h"
#include "hc/report/ReportLabels.h"

namespace hc::ui {

QString ReportText::percent(int bp) {
    return domain::formatPercent(bp) + QLatin1Char('%');
}

QString ReportText::delta(int bp) {
    return domain::formatPercentDelta(bp);
}

QString ReportText::money(domain::Fen fen) {
    return domain::MoneyParser::formatYuan(fen);
}

QString ReportText::compositionRow(const QString& key) {
    return report::ReportLabels::compositionRow(key);
}

QString ReportText::customerClass(domain::CustomerClass cls) {
    return compositionRow(domain::toKey(cls));
}

QString ReportText::stage(domain::Stage stage) {
    return report::ReportLabels::stage(stage);
}

QString ReportText::grade(domain::AbcGrade grade) {
    return report::ReportLabels::grade(grade);
}

QString ReportText::cell(domain::MatrixCell cell) {
    return domain::toKey(cell);
}

QString ReportText::rfmSegment(domain::RfmSegment segment) {
    return report::ReportLabels::rfmSegment(segment);
}

QString ReportText::ageBucket(domain::VehicleAgeBucket bucket) {
    return report::ReportLabels::ageBucket(bucket);
}

QString ReportText::reason(domain::ChurnReason reason) {
    switch (reason) {
        case domain::ChurnReason::Price:
            return tr("价格贵");
        case domain::ChurnReason::Quality:
            return tr("维修技术差");
        case domain::ChurnReason::Waiting:
            return tr("等待时间长");
        case domain::ChurnReason::Attitude:
            return tr("服务态度差");
        case domain::ChurnReason::Distance:
            return tr("距离远");
        case domain::ChurnReason::FriendGarage:
            return tr("朋友开维修厂");
        case domain::ChurnReason::VehicleSold:
            return tr("车辆转卖");
        case domain::ChurnReason::LowMileage:
            return tr("车不常开/里程少");
        case domain::ChurnReason::OutOfTown:
            return tr("外地车");
        case domain::ChurnReason::Other:
            return tr("其他");
    }
    return {};
}

QString ReportText::orEmpty(const QString& text) {
    return report::ReportLabels::orEmpty(text);
}

}  // namespace hc::ui
