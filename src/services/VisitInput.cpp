#include "VisitInput.h"

#include "UseCase.h"
#include "hc/domain/TextNormalizer.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

std::optional<ServiceError> normaliseVisit(domain::Visit& v, const QDate& today) {
    if (!v.date.isValid()) {
        return invalidInput(QStringLiteral("date"),
                            QCoreApplication::translate("hc::services", "请填写进厂日期"));
    }
    if (v.date > today) {
        return invalidInput(QStringLiteral("date"),
                            QCoreApplication::translate("hc::services", "进厂日期不能晚于今天"));
    }
    if (v.faultDate.isValid() && v.faultDate > today) {
        return invalidInput(QStringLiteral("fault_date"),
                            QCoreApplication::translate("hc::services", "故障日期不能晚于今天"));
    }
    const std::pair<domain::Fen, const char*> amounts[] = {{v.labourFen, "labour"},
                                                           {v.partsFen, "parts"},
                                                           {v.otherFen, "other"},
                                                           {v.discountFen, "discount"},
                                                           {v.amountFen, "amount"}};
    for (const auto& [fen, field] : amounts) {
        if (fen < 0) {
            return invalidInput(QString::fromLatin1(field),
                                QCoreApplication::translate("hc::services", "金额不能为负数"));
        }
    }
    if (v.amountFen == 0) {
        const domain::Fen sum = v.labourFen + v.partsFen + v.otherFen - v.discountFen;
        if (sum < 0) {
            return invalidInput(
                QStringLiteral("discount"),
                QCoreApplication::translate("hc::services", "优惠不能超过费用合计"));
        }
        v.amountFen = sum;
    }
    if ((v.mileage && *v.mileage < 0) || (v.faultMileage && *v.faultMileage < 0)) {
        return invalidInput(QStringLiteral("mileage"),
                            QCoreApplication::translate("hc::services", "里程不能为负数"));
    }
    v.category = v.category.isEmpty() ? QStringLiteral("other") : v.category;
    const QStringList categories{QStringLiteral("maintenance"), QStringLiteral("repair"),
                                 QStringLiteral("accident"),    QStringLiteral("warranty"),
                                 QStringLiteral("insurance"),   QStringLiteral("other")};
    if (!categories.contains(v.category)) {
        return invalidInput(
            QStringLiteral("category"),
            QCoreApplication::translate("hc::services", "不支持的维修类别:%1").arg(v.category));
    }
    const QStringList sources{QStringLiteral("manual"), QStringLiteral("import"),
                              QStringLiteral("demo")};
    v.source = v.source.isEmpty() ? QStringLiteral("manual") : v.source;
    if (!sources.contains(v.source)) {
        return invalidInput(
            QStringLiteral("source"),
            QCoreApplication::translate("hc::services", "不支持的取值:%1").arg(v.source));
    }
    v.workOrder = TextNormalizer::code(v.workOrder);
    v.appraisalNo = TextNormalizer::code(v.appraisalNo);
    for (QString* s : {&v.workDone, &v.recommendations, &v.advisor, &v.technician}) {
        *s = TextNormalizer::text(*s);
    }
    return std::nullopt;
}

}  // namespace hc::services
