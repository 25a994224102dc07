#include "CallListHeaderText.h"

#include "hc/domain/CallList.h"
#include "hc/ui/FollowUpLabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hc::ui {

QString CallListHeaderText::text(const domain::CallList& day, int share, int called) {
    const QLocale numbers(QLocale::Chinese, QLocale::China);
    QStringList backlog;
    for (int k = 0; k < domain::kFollowUpKindCount; ++k) {
        if (const int n = day.backlogByKind.at(static_cast<std::size_t>(k)); n > 0) {
            backlog << QCoreApplication::translate("hc::ui::CallbackView", "%1 %2")
                           .arg(FollowUpLabels::kind(static_cast<domain::FollowUpKind>(k)),
                                numbers.toString(n));
        }
    }
    QString text = QCoreApplication::translate("hc::ui::CallbackView", "今日 %1 条 / 共 %2 条到期")
                       .arg(numbers.toString(share), numbers.toString(day.dueTotal()));
    if (called > 0) {
        text += QCoreApplication::translate("hc::ui::CallbackView", "(已拨 %1)")
                    .arg(numbers.toString(called));
    }
    text += backlog.isEmpty()
                ? QCoreApplication::translate("hc::ui::CallbackView", " · 无积压")
                : QCoreApplication::translate("hc::ui::CallbackView", " · 积压 %1 条:%2")
                      .arg(numbers.toString(day.backlogTotal()),
                           backlog.join(QCoreApplication::translate("hc::ui::CallbackView", "、")));
    // The backlog by age (days since due), so a growing pile shows before it is old.
    QStringList ages;
    for (int b = 0; b < domain::kBacklogAgeBuckets; ++b) {
        if (const int n = day.backlogByAge.at(static_cast<std::size_t>(b)); n > 0) {
            ages << QCoreApplication::translate("hc::ui::CallbackView", "%1 %2")
                        .arg(ageLabel(b), numbers.toString(n));
        }
    }
    if (!ages.isEmpty()) {
        text +=
            u'\n' + QCoreApplication::translate("hc::ui::CallbackView", "积压按逾期天数:%1")
                        .arg(ages.join(QCoreApplication::translate("hc::ui::CallbackView", "、")));
    }
    return text;
}

QString CallListHeaderText::toolTip(const domain::CallList& day) {
    return QCoreApplication::translate(
               "hc::ui::CallbackView",
               "每人每天 %1 条,按得分排序(紧迫、价值、成功率);未拨完的顺延到明天")
        .arg(day.capacityPerUser);
}

QString CallListHeaderText::ageLabel(int bucket) {
    // The days of each bucket come from the domain (domain::backlogAgeSpan), not from here.
    const auto span = domain::backlogAgeSpan(bucket);
    if (!span) {
        return QCoreApplication::translate("hc::ui::CallbackView", "未到期");
    }
    return span->last ? QCoreApplication::translate("hc::ui::CallbackView", "%1–%2 天")
                            .arg(span->first)
                            .arg(*span->last)
                      : QCoreApplication::translate("hc::ui::CallbackView", "%1 天以上")
                            .arg(span->first - 1);
}

}  // namespace hc::ui
