#include "hc/domain/SegmentStrategy.h"

#include <QCoreApplication>

namespace hc::domain {

QString classStrategy(CustomerClass cls) {
    switch (cls) {
        case CustomerClass::Loyal:
            return QCoreApplication::translate(
                "hc::domain", "提高单车产值,推荐必要项目(轮胎、刹车)和季节性项目(空调清洗)。");
        case CustomerClass::Swing:
            return QCoreApplication::translate(
                "hc::domain",
                "目标是让客户回厂并获得良好体验;按保养周期提醒、预约工时优惠,"
                "不要用免费赠品吸引。");
        case CustomerClass::Lost:
            return QCoreApplication::translate(
                "hc::domain", "先关怀(生日和节日问候、续保、年检提醒),再按流失阶段给出招揽优惠。");
        case CustomerClass::Invalid:
            return QCoreApplication::translate("hc::domain",
                                               "核实联系方式;车辆已转卖时请客户提供新车主联系方式;"
                                               "恢复有效前不纳入回访。");
        case CustomerClass::NoVisit:
            break;
    }
    return QCoreApplication::translate("hc::domain", "邀请首次进厂并完善档案;不要用免费赠品吸引。");
}

QString newCustomerStrategy() {
    return QCoreApplication::translate("hc::domain",
                                       "目标是再次回厂并获得良好体验;做好服务后回访和下次保养提醒,"
                                       "不要用免费赠品吸引。");
}

namespace {

bool inYears(const Span& s) {
    return s.unit == Span::Unit::Months && s.count % 12 == 0;
}

}  // namespace

QString spanText(const Span& span) {
    if (span.unit == Span::Unit::Days) {
        return QCoreApplication::translate("hc::domain", "%1天").arg(span.count);
    }
    return inYears(span) ? QCoreApplication::translate("hc::domain", "%1年").arg(span.count / 12)
                         : QCoreApplication::translate("hc::domain", "%1个月").arg(span.count);
}

QString spanRangeText(const Span& from, const Span& to) {
    if (from.unit == Span::Unit::Days && to.unit == Span::Unit::Days) {
        return QCoreApplication::translate("hc::domain", "%1–%2天").arg(from.count).arg(to.count);
    }
    if (from.unit == Span::Unit::Months && to.unit == Span::Unit::Months) {
        if (inYears(from) && inYears(to)) {
            return QCoreApplication::translate("hc::domain", "%1–%2年")
                .arg(from.count / 12)
                .arg(to.count / 12);
        }
        return QCoreApplication::translate("hc::domain", "%1–%2个月").arg(from.count).arg(to.count);
    }
    return QCoreApplication::translate("hc::domain", "%1–%2").arg(spanText(from), spanText(to));
}

QString stageRange(Stage stage, const LifecycleSettings& l) {
    switch (stage) {
        case Stage::Active:
            return QCoreApplication::translate("hc::domain", "%1以内").arg(spanText(l.loyal));
        case Stage::NotLost:
            return spanRangeText(l.loyal, l.notLostUntil);
        case Stage::QuasiLost:
            return spanRangeText(l.notLostUntil, l.lost);
        case Stage::Lost:
            return spanRangeText(l.lost, l.lostUntil);
        case Stage::TrendingLost:
            return spanRangeText(l.lostUntil, l.trendingLostUntil);
        case Stage::CompletelyLost:
            break;
    }
    return QCoreApplication::translate("hc::domain", "%1以上").arg(spanText(l.trendingLostUntil));
}

QString stageAction(Stage stage) {
    switch (stage) {
        case Stage::Active:
            return QCoreApplication::translate(
                "hc::domain", "按保养周期提醒,推荐必要项目和季节性项目,提高单车产值。");
        case Stage::NotLost:
            return QCoreApplication::translate(
                "hc::domain", "更换PM2.5防雾霾专用空调滤免工时,提醒预约工时优惠;正常的保养提醒。");
        case Stage::QuasiLost:
            return QCoreApplication::translate(
                "hc::domain",
                "更换PM2.5防雾霾专用空调滤免工时,定期跟进预约工时优惠;有优惠活动提醒车主;"
                "保养提醒;客户整数预存办理会员,免工本费。");
        case Stage::Lost:
            return QCoreApplication::translate(
                "hc::domain",
                "更换PM2.5防雾霾专用空调滤免工时;半轴、减震器等老车易损配件九折优惠;"
                "凭流失招揽短信来店工时七折(事故车除外);清洗油路,工费半价。");
        case Stage::TrendingLost:
            return QCoreApplication::translate(
                "hc::domain",
                "更换PM2.5防雾霾专用空调滤免工时;半轴、减震器等老车易损配件九折优惠;"
                "凭流失招揽短信来店工时七折(事故车除外);免费添加防冻液,刹车系统养护免工时费。");
        case Stage::CompletelyLost:
            break;
    }
    return QCoreApplication::translate(
        "hc::domain",
        "以关怀为主(生日祝福、节日问候、续保、年检提醒);更换PM2.5防雾霾专用空调滤免工时;"
        "维修工时有折扣、配件有优惠、消费赠礼品;更换四条轮胎免工时、平衡、定位;"
        "更换防冻液免工时费。");
}

QString stageStrategy(Stage stage, const LifecycleSettings& lifecycle) {
    QString name;
    switch (stage) {
        case Stage::Active:
            name = QCoreApplication::translate("hc::domain", "活跃客户");
            break;
        case Stage::NotLost:
            name = QCoreApplication::translate("hc::domain", "非流失客户");
            break;
        case Stage::QuasiLost:
            name = QCoreApplication::translate("hc::domain", "准流失客户");
            break;
        case Stage::Lost:
            name = QCoreApplication::translate("hc::domain", "流失客户");
            break;
        case Stage::TrendingLost:
            name = QCoreApplication::translate("hc::domain", "趋向彻底流失客户");
            break;
        case Stage::CompletelyLost:
            name = QCoreApplication::translate("hc::domain", "彻底流失客户");
            break;
    }
    // The numbers come from the settings: a clinic's 45 / 90 / 180 days read as days.
    return QCoreApplication::translate("hc::domain", "%1(%2未来厂):%3")
        .arg(name, stageRange(stage, lifecycle), stageAction(stage));
}

QString matrixStrategy(MatrixCell cell) {
    switch (cell) {
        case MatrixCell::APlus:
            return QCoreApplication::translate(
                "hc::domain",
                "高贡献、高忠诚:重点维护,提供优质专属服务(专属顾问、预约优先),保持关系。");
        case MatrixCell::AMinus:
            return QCoreApplication::translate(
                "hc::domain", "高贡献、忠诚度低,有流失风险:优先挽回,主动回访了解原因,专人跟进。");
        case MatrixCell::BPlus:
            return QCoreApplication::translate(
                "hc::domain",
                "中贡献、高忠诚:推荐保养套餐和季节性项目,提升单车产值,培养为金牌客户。");
        case MatrixCell::BMinus:
            return QCoreApplication::translate(
                "hc::domain",
                "中贡献、忠诚度低:按保养周期提醒并回访,了解不常回厂的原因,提高回厂频率。");
        case MatrixCell::CPlus:
            return QCoreApplication::translate(
                "hc::domain",
                "低贡献、高忠诚,有增长空间:向上销售,推荐必要项目、季节性项目和养护项目。");
        case MatrixCell::CMinus:
            break;
    }
    return QCoreApplication::translate(
        "hc::domain", "低贡献、忠诚度低:按标准流程服务,以短信等低成本方式保持联系。");
}

QString rfmStrategy(RfmSegment segment) {
    switch (segment) {
        case RfmSegment::ImportantValue:
            return QCoreApplication::translate("hc::domain",
                                               "最优质客户,提供专属服务和会员权益,保持现状。");
        case RfmSegment::ImportantDevelop:
            return QCoreApplication::translate(
                "hc::domain", "近期来过、消费高但来厂少,提高来厂频率,推荐保养计划和预约。");
        case RfmSegment::ImportantKeep:
            return QCoreApplication::translate("hc::domain",
                                               "来厂多、消费高但近期未来,主动联系关怀,及时唤回。");
        case RfmSegment::ImportantRetain:
            return QCoreApplication::translate(
                "hc::domain", "消费高但来厂少且近期未来,重点挽留,了解流失原因并针对性招揽。");
        case RfmSegment::GeneralValue:
            return QCoreApplication::translate(
                "hc::domain", "来厂勤但消费低,推荐必要项目和季节性项目,提升客单价。");
        case RfmSegment::GeneralDevelop:
            return QCoreApplication::translate(
                "hc::domain", "近期来过但来厂少、消费低,做好回访和下次保养提醒,培养回厂习惯。");
        case RfmSegment::GeneralKeep:
            return QCoreApplication::translate(
                "hc::domain", "以前常来但近期未来、消费低,适度提醒,结合优惠活动邀约。");
        case RfmSegment::GeneralRetain:
            break;
    }
    return QCoreApplication::translate("hc::domain",
                                       "以短信等低成本方式保持联系,大型活动时再邀约。");
}

QString fleetStrategy(FleetSize size) {
    switch (size) {
        case FleetSize::Large:
            return QCoreApplication::translate(
                "hc::domain",
                "大户:签订协议时一次承诺优惠价格,不宜每次商讨价格;专人对接车队负责人。");
        case FleetSize::Medium:
            return QCoreApplication::translate(
                "hc::domain", "中户:签订协议时一次约定价格;定期回访车队负责人,统一安排保养。");
        case FleetSize::Small:
            return QCoreApplication::translate("hc::domain",
                                               "小户:每辆车建立完整档案,统一提醒保养和年检。");
        case FleetSize::Single:
            break;
    }
    return QCoreApplication::translate("hc::domain", "散户:按个人客户的标准流程服务和提醒。");
}

std::optional<QString> vehicleGradeStrategy(const QString& gradeKey) {
    if (gradeKey == QStringLiteral("high")) {
        return QCoreApplication::translate(
            "hc::domain",
            "注重品质服务、环境舒适和受到尊重;服务档次要高、细致周到,"
            "服务人员形象好、主动热诚;价格坚持优质优价,大、中户可在签订协议时一次承诺优惠价。");
    }
    if (gradeKey == QStringLiteral("mid")) {
        return QCoreApplication::translate(
            "hc::domain",
            "规范化服务到位,注意环境清洁和礼节礼貌;做好个人档案,"
            "发挥个性化服务优势;价格准确、优质优价,谨慎处理结算折扣。");
    }
    if (gradeKey == QStringLiteral("mid_low")) {
        return QCoreApplication::translate("hc::domain",
                                           "注重质量、速度和价格;满足客户提出的工期或价格要求,"
                                           "在保证质量的前提下缩短工期,加强用车技术指导。");
    }
    if (gradeKey == QStringLiteral("low")) {
        return QCoreApplication::translate("hc::domain",
                                           "特别注重价格和效率;在保证质量的前提下给予优惠价格,"
                                           "服务过程必须规范、不可简化环节,加强用车护车技术指导。");
    }
    return std::nullopt;
}

}  // namespace hc::domain
