#include "hc/report/ReportLabels.h"

#include <QCoreApplication>

namespace hc::report {

QString ReportLabels::sectionTitle(const QString& id) {
    if (id == u"composition") {
        return QCoreApplication::translate("hc::report", "客户构成");
    }
    if (id == u"abc") {
        return QCoreApplication::translate("hc::report", "客户ABC分析");
    }
    if (id == u"matrix") {
        return QCoreApplication::translate("hc::report", "忠诚度×贡献度矩阵");
    }
    if (id == u"rfm") {
        return QCoreApplication::translate("hc::report", "RFM客户分类");
    }
    if (id == u"churn") {
        return QCoreApplication::translate("hc::report", "流失分析");
    }
    if (id == u"winback") {
        return QCoreApplication::translate("hc::report", "流失客户招揽");
    }
    if (id == u"satisfaction") {
        return QCoreApplication::translate("hc::report", "客户满意度");
    }
    if (id == u"complaints") {
        return QCoreApplication::translate("hc::report", "客户投诉与2123");
    }
    if (id == u"customer_base") {
        return QCoreApplication::translate("hc::report", "客户基础模型");
    }
    return id;
}

QString ReportLabels::compositionRow(const QString& key) {
    if (key == u"customers") {
        return QCoreApplication::translate("hc::report", "全部客户");
    }
    if (key == u"valid") {
        return QCoreApplication::translate("hc::report", "有效客户");
    }
    if (key == u"invalid") {
        return QCoreApplication::translate("hc::report", "无效客户");
    }
    if (key == u"no_visit") {
        return QCoreApplication::translate("hc::report", "未进厂");
    }
    if (key == u"loyal") {
        return QCoreApplication::translate("hc::report", "忠诚客户");
    }
    if (key == u"swing") {
        return QCoreApplication::translate("hc::report", "摇摆客户");
    }
    if (key == u"lost") {
        return QCoreApplication::translate("hc::report", "流失客户");
    }
    if (key == u"new") {
        return QCoreApplication::translate("hc::report", "新客户");
    }
    return key;
}

QString ReportLabels::stage(domain::Stage stage) {
    switch (stage) {
        case domain::Stage::Active:
            return QCoreApplication::translate("hc::report", "活跃");
        case domain::Stage::NotLost:
            return QCoreApplication::translate("hc::report", "非流失");
        case domain::Stage::QuasiLost:
            return QCoreApplication::translate("hc::report", "准流失");
        case domain::Stage::Lost:
            return QCoreApplication::translate("hc::report", "流失");
        case domain::Stage::TrendingLost:
            return QCoreApplication::translate("hc::report", "趋向彻底流失");
        case domain::Stage::CompletelyLost:
            return QCoreApplication::translate("hc::report", "彻底流失");
    }
    return {};
}

QString ReportLabels::grade(domain::AbcGrade grade) {
    switch (grade) {
        case domain::AbcGrade::A:
            return QCoreApplication::translate("hc::report", "A 金牌客户");
        case domain::AbcGrade::B:
            return QCoreApplication::translate("hc::report", "B 重要客户");
        case domain::AbcGrade::C:
            return QCoreApplication::translate("hc::report", "C 一般客户");
    }
    return {};
}

QString ReportLabels::rfmSegment(domain::RfmSegment segment) {
    switch (segment) {
        case domain::RfmSegment::ImportantValue:
            return QCoreApplication::translate("hc::report", "重要价值");
        case domain::RfmSegment::ImportantDevelop:
            return QCoreApplication::translate("hc::report", "重要发展");
        case domain::RfmSegment::ImportantKeep:
            return QCoreApplication::translate("hc::report", "重要保持");
        case domain::RfmSegment::ImportantRetain:
            return QCoreApplication::translate("hc::report", "重要挽留");
        case domain::RfmSegment::GeneralValue:
            return QCoreApplication::translate("hc::report", "一般价值");
        case domain::RfmSegment::GeneralDevelop:
            return QCoreApplication::translate("hc::report", "一般发展");
        case domain::RfmSegment::GeneralKeep:
            return QCoreApplication::translate("hc::report", "一般保持");
        case domain::RfmSegment::GeneralRetain:
            return QCoreApplication::translate("hc::report", "一般挽留");
    }
    return {};
}

QString ReportLabels::ageBucket(domain::VehicleAgeBucket bucket) {
    switch (bucket) {
        case domain::VehicleAgeBucket::UnderOne:
            return QCoreApplication::translate("hc::report", "1年以内");
        case domain::VehicleAgeBucket::OneToTwo:
            return QCoreApplication::translate("hc::report", "1-2年");
        case domain::VehicleAgeBucket::TwoToThree:
            return QCoreApplication::translate("hc::report", "2-3年");
        case domain::VehicleAgeBucket::ThreeOrMore:
            return QCoreApplication::translate("hc::report", "3年以上");
    }
    return {};
}

QString ReportLabels::orEmpty(const QString& text) {
    return text.trimmed().isEmpty() ? QCoreApplication::translate("hc::report", "未填") : text;
}

}  // namespace hc::report
