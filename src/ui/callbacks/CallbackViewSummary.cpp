// CallbackView, the selected item's side: the customer summary (one card read, off the GUI
// thread when a loader is there) and the call script. Split from CallbackView.cpp, which keeps the
// list, its loading and saving a call.
#include "hc/ui/CallbackView.h"

#include "widgets/ReadErrors.h"

#include "hc/domain/CallScripts.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/Role.h"
#include "hc/services/CustomerCardService.h"
#include "hc/services/CustomerService.h"
#include "hc/services/FollowUpService.h"
#include "hc/services/ScriptService.h"
#include "hc/services/SettingsService.h"
#include "hc/services/VehicleService.h"
#include "hc/services/VisitService.h"
#include "hc/ui/CallOutcomePanel.h"
#include "hc/ui/CardLoader.h"
#include "hc/ui/CustomerBadgePanel.h"
#include "hc/ui/FollowUpLabels.h"
#include "hc/ui/UiContext.h"

#include <QLabel>
#include <QTextBrowser>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace hc::ui {

using domain::FollowUpKind;

namespace {

std::shared_ptr<spdlog::logger> logger() {
    auto l = spdlog::get("ui");
    return l ? l : spdlog::default_logger();
}

QString html(const QString& text) {
    return text.toHtmlEscaped();
}

int monthsBetween(const QDate& from, const QDate& to) {
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day()) {
        --months;
    }
    return std::max(0, months);
}

}  // namespace

void CallbackView::showSummary(const domain::FollowUpItem* item) {
    lastVisit_ = {};
    ++cardTicket_;
    if (item == nullptr) {
        summary_->setText(tr("在左侧列表中选择一位客户。"));
        return;
    }
    // One read for the customer (CustomerCardService): the same class, grades and next maintenance
    // as the customer card.
    if (cardLoader_ != nullptr) {
        // Off the GUI thread: the item's own lines at once, the card's when it arrives.
        renderSummary(*item, std::nullopt, true);
        const int ticket = cardTicket_;
        cardLoader_->load(item->customerId, today(),
                          [this, ticket, item = *item](services::Result<services::CustomerCard> r) {
                              if (ticket != cardTicket_) {
                                  return;  // another item was selected meanwhile
                              }
                              QString error;
                              const auto card = cardOrError(std::move(r), item.customerId, error);
                              renderSummary(item, card, false, error);
                              showScript();  // the last visit date is known now
                              Q_EMIT summaryLoaded();
                          });
        return;
    }
    std::optional<services::CustomerCard> card;
    QString error;
    if (ctx_.cards != nullptr) {
        card = cardOrError(ctx_.cards->card(item->customerId, today()), item->customerId, error);
    }
    renderSummary(*item, card, false, error);
}

std::optional<services::CustomerCard> CallbackView::cardOrError(
    services::Result<services::CustomerCard> read, qint64 customerId, QString& error) {
    if (read) {
        return std::move(read.value());
    }
    logger()->warn("callback summary: card of customer {} not read: {}", customerId,
                   read.error().detail.toStdString());
    error = read.error().message;
    return std::nullopt;
}

void CallbackView::renderSummary(const domain::FollowUpItem& current,
                                 const std::optional<services::CustomerCard>& card,
                                 bool cardPending, const QString& cardError) {
    const domain::FollowUpItem* item = &current;
    lastVisit_ = {};
    QString text = QStringLiteral("<b style='font-size:15px'>%1</b>").arg(html(item->name));
    if (item->stage) {
        text += QStringLiteral(" &nbsp;<span style='color:#5f6368'>%1</span>")
                    .arg(html(CustomerBadgePanel::stageName(*item->stage)));
    }
    QStringList lines;
    if (cardPending) {
        lines << QStringLiteral("<span style='color:#5f6368'>%1</span>")
                     .arg(html(tr("正在读取客户资料……")));
    }
    // A card that could not be read says so (no other read of the same customer is tried: it would
    // fail the same way, one box per read).
    const bool unreadable = !cardError.isEmpty();
    if (unreadable) {
        lines << QStringLiteral("<span style='color:#c5221f'>%1</span>")
                     .arg(html(tr("客户资料无法读取：%1").arg(cardError)));
    }
    std::optional<domain::Customer> customer;
    if (card) {
        customer = card->customer;
    } else if (ctx_.customers != nullptr && !unreadable) {
        customer = ReadErrors::valueOr(ctx_.customers->find(item->customerId), this);
    }
    if (customer) {
        const bool full = domain::roleSeesFullPhone(ctx_.user.role);
        QString phone = full ? customer->phone : domain::PhoneValidator::maskPhone(customer->phone);
        if (!customer->phone2.isEmpty()) {
            phone +=
                QStringLiteral(" / ") +
                (full ? customer->phone2 : domain::PhoneValidator::maskPhone(customer->phone2));
        }
        lines << tr("电话：%1").arg(html(phone.isEmpty() ? tr("（无）") : phone));
        lines << (customer->isVerified()
                      ? tr("资料复核：已复核（%1）")
                            .arg(customer->verifiedAt.date().toString(Qt::ISODate))
                      : tr("资料复核：<span style='color:#b06000'>未复核，请在通话中核对</span>"));
        if (customer->isInvalid()) {
            lines << tr("<span style='color:#c5221f'>无效客户：%1</span>")
                         .arg(html(customer->invalidNote));
        }
        if (customer->marketingOptOut) {
            lines << tr("<span style='color:#c5221f'>客户拒绝营销联系</span>");
        }
    }
    if (card) {
        const auto& a = card->analysis;
        QStringList value{CustomerBadgePanel::className(a.cls)};
        if (a.abcGrade) {
            value << CustomerBadgePanel::abcName(*a.abcGrade);
        }
        if (a.matrixCell) {
            value << tr("矩阵 %1").arg(domain::toKey(*a.matrixCell));
        }
        if (a.rfmSegment) {
            value << CustomerBadgePanel::rfmName(*a.rfmSegment);
        }
        lines << tr("客户价值：%1").arg(html(value.join(QStringLiteral(" · "))));
        QStringList cars;
        for (const auto& cv : card->vehicles) {
            const auto& v = cv.vehicle;
            QString car = html(QStringLiteral("%1 %2 %3").arg(v.plate, v.brand, v.model).trimmed());
            if (cv.maintenance.isValid()) {
                car += tr("（下次保养 %1）").arg(cv.maintenance.nextDue.toString(Qt::ISODate));
            }
            cars << car;
        }
        if (!cars.isEmpty()) {
            lines << tr("车辆：%1").arg(cars.join(tr("；")));
        }
    } else if (ctx_.vehicles != nullptr && !unreadable) {
        QStringList cars;
        for (const auto& v :
             ReadErrors::valueOr(ctx_.vehicles->vehiclesOf(item->customerId), this)) {
            cars << html(QStringLiteral("%1 %2 %3").arg(v.plate, v.brand, v.model).trimmed());
        }
        if (!cars.isEmpty()) {
            lines << tr("车辆：%1").arg(cars.join(tr("；")));
        }
    }
    if (card || (ctx_.visits != nullptr && !unreadable)) {
        const auto visits =
            card ? card->visits
                 : ReadErrors::valueOr(ctx_.visits->visitsOf(item->customerId), this);
        if (!visits.empty()) {
            const auto& v = visits.front();
            lastVisit_ = v.date;
            lines << tr("最近进厂：%1 %2，实收 %3 元%4")
                         .arg(v.date.toString(Qt::ISODate), html(v.workDone))
                         .arg(QString::number(static_cast<double>(v.amountFen) / 100.0, 'f', 2))
                         .arg(v.advisor.isEmpty() ? QString()
                                                  : tr("，服务顾问 %1").arg(html(v.advisor)));
            lines << tr("进厂次数：%1").arg(visits.size());
        }
    }
    lines << tr("事由：%1").arg(html(item->reason));
    if (item->attempt > 1) {
        lines << tr("第 %1 次拨打").arg(item->attempt);
    }
    if (item->smsSuggested) {
        lines << tr("<span style='color:#c5221f'>已多次未接听，建议发送短信，不再拨打。</span>");
    }
    if (!item->alsoDue.empty()) {
        QStringList kinds;
        for (auto k : item->alsoDue) {
            kinds << FollowUpLabels::kind(k);
        }
        lines << tr("同时提及：%1").arg(kinds.join(tr("、")));
    }
    if (!item->advisor.isEmpty() && item->advisor == ctx_.user.username) {
        lines << tr("<span style='color:#c5221f'>本次服务由您接待，请交由其他同事回访。</span>");
    }
    if (ctx_.followUps != nullptr && !unreadable) {
        auto calls = ctx_.followUps->callsOf(item->customerId);
        if (!calls) {
            logger()->warn("callback summary: calls of customer {} not read: {}", item->customerId,
                           calls.error().detail.toStdString());
            lines << QStringLiteral("<span style='color:#c5221f'>%1</span>")
                         .arg(html(tr("最近回访无法读取：%1").arg(calls.error().message)));
        } else if (!calls.value().empty()) {
            QStringList recent;
            for (size_t i = 0; i < calls.value().size() && i < 3; ++i) {
                const auto& c = calls.value()[i];
                recent << tr("%1 %2").arg(c.calledAt.date().toString(Qt::ISODate),
                                          FollowUpLabels::outcome(c.outcome));
            }
            lines << tr("最近回访：%1").arg(recent.join(tr("；")));
        }
    }
    summary_->setText(text + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
}

QString CallbackView::scriptText(const QString& key) const {
    if (ctx_.scripts != nullptr) {
        auto text = ctx_.scripts->effective(key);
        if (text) {
            return text.value();
        }
        // The shop's own text cannot be read: the built-in one still helps on the phone.
        logger()->warn("call script {} not read, built-in text shown: {}", key.toStdString(),
                       text.error().detail.toStdString());
    }
    return services::ScriptService::defaultFor(key);
}

void CallbackView::showScript() {
    const auto item = currentItem();
    if (!item) {
        script_->clear();
        return;
    }
    domain::ScriptContext context;
    context.name = item->name;
    context.plate = item->plate;
    context.shop = tr("本店");
    QString shopUnread;
    if (ctx_.settings != nullptr) {
        const auto shop = ctx_.settings->shopProfile();
        if (!shop) {
            // The script still reads (本店), and says why the shop's name is missing.
            shopUnread = shop.error().message;  // the service logged it
        } else if (!shop.value().name.isEmpty()) {
            context.shop = shop.value().name;
        }
    }
    context.lastVisit = lastVisit_;
    if (lastVisit_.isValid()) {
        context.months = monthsBetween(lastVisit_, today());
    }
    QStringList sections;
    auto add = [&](const QString& title, const QString& body) {
        if (!body.trimmed().isEmpty()) {
            sections << QStringLiteral("<p><b>%1</b><br>%2</p>")
                            .arg(html(title),
                                 html(domain::CallScripts::render(body, context))
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        }
    };
    switch (item->kind) {
        case FollowUpKind::PostService:
            add(tr("服务回访"),
                tr("您好，{name}，我是{shop}的回访专员。您的爱车 {plate} 于 {last_visit} "
                   "在我店服务，想了解一下：故障是否已经排除？使用中还有什么问题吗？"
                   "下次保养大约在什么时候？请您为我们的服务打个分（1–5 分）。"));
            break;
        case FollowUpKind::Complaint:
            add(tr("投诉回访"),
                tr("您好，{name}，关于您反映的问题我们已经处理，想确认一下："
                   "问题是否已经解决？您对处理结果是否满意？还有什么需要我们改进的？"));
            break;
        case FollowUpKind::AppointmentReminder:
            add(tr("预约提醒"),
                tr("您好，{name}，我是{shop}的客服。提醒您：您预约了明天到店，车辆 {plate}。"
                   "请问时间是否方便？如需改期请告诉我们。"));
            break;
        case FollowUpKind::NoShow:
            add(tr("爽约回访"),
                tr("您好，{name}，我是{shop}的客服。您预约的到店时间已过，我们没有等到您，"
                   "请问是否需要重新安排时间？"));
            break;
        case FollowUpKind::DeclinedWork:
            add(tr("未做项目"), domain::CallScripts::forDeclinedWork());
            break;
        case FollowUpKind::Maintenance:
        case FollowUpKind::Winback:
        case FollowUpKind::Care:
            add(tr("开场白"), scriptText(QStringLiteral("greeting")));
            if (item->stage && item->kind != FollowUpKind::Care) {
                add(tr("阶段话术：%1").arg(CustomerBadgePanel::stageName(*item->stage)),
                    scriptText(services::ScriptService::keyFor(*item->stage)));
            }
            break;
    }
    if (const auto reason = outcome_->churnReason()) {
        add(tr("应对：%1").arg(FollowUpLabels::churnReason(*reason)),
            scriptText(services::ScriptService::keyFor(*reason)));
    }
    if (!shopUnread.isEmpty()) {
        sections.prepend(
            QStringLiteral("<p style=\"color:#b00020\">%1</p>")
                .arg(html(tr("门店名称无法读取，话术中用“本店”：%1").arg(shopUnread))));
    }
    script_->setHtml(sections.join(QString()));
}

}  // namespace hc::ui
