#include "hc/ui/ReportText.h"

#include "hc/domain/MoneyParser.h"
#include "hc/domain/Percent.h"

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
    if (key == QLatin1String("customers")) {
        return tr("全部客户");
    }
    if (key == QLatin1String("valid")) {
        return tr("有效客户");
    }
    if (key == QLatin1String("invalid")) {
        return tr("无效客户");
    }
    if (key == QLatin1String("no_visit")) {
        return tr("未进厂");
    }
    if (key == QLatin1String("loyal")) {
        return tr("忠诚客户");
    }
    if (key == QLatin1String("swing")) {
        return tr("摇摆客户");
    }
    if (key == QLatin1String("lost")) {
        return tr("流失客户");
    }
    if (key == QLatin1String("new")) {
        return tr("新客户");
    }
    return key;
}

QString ReportText::customerClass(domain::CustomerClass cls) {
    return compositionRow(domain::toKey(cls));
}

QString ReportText::stage(domain::Stage stage) {
    switch (stage) {
        case domain::Stage::Active:
            return tr("活跃");
        case domain::Stage::NotLost:
            return tr("未流失");
        case domain::Stage::QuasiLost:
            return tr("准流失");
        case domain::Stage::Lost:
            return tr("流失");
        case domain::Stage::TrendingLost:
            return tr("趋于流失");
        case domain::Stage::CompletelyLost:
            return tr("完全流失");
    }
    return {};
}

QString ReportText::grade(domain::AbcGrade grade) {
    switch (grade) {
        case domain::AbcGrade::A:
            return tr("A 金牌客户");
        case domain::AbcGrade::B:
            return tr("B 重要客户");
        case domain::AbcGrade::C:
            return tr("C 一般客户");
    }
    return {};
}

QString ReportText::cell(domain::MatrixCell cell) {
    return domain::toKey(cell);
}

QString ReportText::rfmSegment(domain::RfmSegment segment) {
    switch (segment) {
        case domain::RfmSegment::ImportantValue:
            return tr("重要价值");
        case domain::RfmSegment::ImportantDevelop:
            return tr("重要发展");
        case domain::RfmSegment::ImportantKeep:
            return tr("重要保持");
        case domain::RfmSegment::ImportantRetain:
            return tr("重要挽留");
        case domain::RfmSegment::GeneralValue:
            return tr("一般价值");
        case domain::RfmSegment::GeneralDevelop:
            return tr("一般发展");
        case domain::RfmSegment::GeneralKeep:
            return tr("一般保持");
        case domain::RfmSegment::GeneralRetain:
            return tr("一般挽留");
    }
    return {};
}

QString ReportText::ageBucket(domain::VehicleAgeBucket bucket) {
    switch (bucket) {
        case domain::VehicleAgeBucket::UnderOne:
            return tr("1年以内");
        case domain::VehicleAgeBucket::OneToTwo:
            return tr("1-2年");
        case domain::VehicleAgeBucket::TwoToThree:
            return tr("2-3年");
        case domain::VehicleAgeBucket::ThreeOrMore:
            return tr("3年以上");
    }
    return {};
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
    return text.trimmed().isEmpty() ? tr("未填") : text;
}

}  // namespace hc::ui
