#include "hc/report/ReportLabels.h"

#include <QCoreApplication>

namespace hc::report {

QString ReportLabels::tr(const char* text) {
    return QCoreApplication::translate("hc::report", text);
}

QString ReportLabels::sectionTitle(const QString& id) {
    if (id == u"composition") {
        return tr("客户构成");
    }
    if (id == u"abc") {
        return tr("客户ABC分析");
    }
    if (id == u"matrix") {
        return tr("忠诚度×贡献度矩阵");
    }
    if (id == u"rfm") {
        return tr("RFM客户分类");
    }
    if (id == u"churn") {
        return tr("流失分析");
    }
    if (id == u"winback") {
        return tr("流失客户招揽");
    }
    if (id == u"satisfaction") {
        return tr("客户满意度");
    }
    if (id == u"complaints") {
        return tr("客户投诉与2123");
    }
    return id;
}

QString ReportLabels::compositionRow(const QString& key) {
    if (key == u"customers") {
        return tr("全部客户");
    }
    if (key == u"valid") {
        return tr("有效客户");
    }
    if (key == u"invalid") {
        return tr("无效客户");
    }
    if (key == u"no_visit") {
        return tr("未进厂");
    }
    if (key == u"loyal") {
        return tr("忠诚客户");
    }
    if (key == u"swing") {
        return tr("摇摆客户");
    }
    if (key == u"lost") {
        return tr("流失客户");
    }
    if (key == u"new") {
        return tr("新客户");
    }
    return key;
}

QString ReportLabels::stage(domain::Stage stage) {
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

QString ReportLabels::grade(domain::AbcGrade grade) {
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

QString ReportLabels::rfmSegment(domain::RfmSegment segment) {
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

QString ReportLabels::ageBucket(domain::VehicleAgeBucket bucket) {
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

QString ReportLabels::orEmpty(const QString& text) {
    return text.trimmed().isEmpty() ? tr("未填") : text;
}

}  // namespace hc::report
