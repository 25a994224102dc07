#include "FollowUpPlannerSupport.h"

#include "hc/domain/CallRetryRule.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc::domain::planner {

QString iso(const QDate& d) {
    // Written digit by digit: QDate::toString(Qt::ISODate) formats through asprintf, and the
    // day's list writes one or two dates into each of its 70 000 reasons at 100 000 customers.
    int y = 0;
    int m = 0;
    int day = 0;
    d.getDate(&y, &m, &day);
    if (!d.isValid() || y < 1 || y > 9999) {
        return d.toString(Qt::ISODate);  // empty, or what Qt makes of such a year
    }
    QString out(10, Qt::Uninitialized);
    char16_t* p = reinterpret_cast<char16_t*>(out.data());
    const auto digit = [](int v) { return static_cast<char16_t>(u'0' + v); };
    p[0] = digit(y / 1000);
    p[1] = digit(y / 100 % 10);
    p[2] = digit(y / 10 % 10);
    p[3] = digit(y % 10);
    p[4] = u'-';
    p[5] = digit(m / 10);
    p[6] = digit(m % 10);
    p[7] = u'-';
    p[8] = digit(day / 10);
    p[9] = digit(day % 10);
    return out;
}

QString groupThousands(long long n) {
    QString digits = QString::number(n < 0 ? -n : n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(i, QLatin1Char(','));
    }
    return n < 0 ? QStringLiteral("-") + digits : digits;
}

QString categoryLabel(const QString& key) {
    if (key == QLatin1String("maintenance")) {
        return QCoreApplication::translate("hc::domain", "保养");
    }
    if (key == QLatin1String("repair")) {
        return QCoreApplication::translate("hc::domain", "维修");
    }
    if (key == QLatin1String("accident")) {
        return QCoreApplication::translate("hc::domain", "事故");
    }
    if (key == QLatin1String("warranty")) {
        return QCoreApplication::translate("hc::domain", "质保");
    }
    if (key == QLatin1String("insurance")) {
        return QCoreApplication::translate("hc::domain", "保险");
    }
    return QCoreApplication::translate("hc::domain", "其他");
}

QString stageLabel(Stage stage) {
    switch (stage) {
        case Stage::Active:
            return QCoreApplication::translate("hc::domain", "忠诚");
        case Stage::NotLost:
            return QCoreApplication::translate("hc::domain", "非流失");
        case Stage::QuasiLost:
            return QCoreApplication::translate("hc::domain", "准流失");
        case Stage::Lost:
            return QCoreApplication::translate("hc::domain", "流失");
        case Stage::TrendingLost:
            return QCoreApplication::translate("hc::domain", "趋向彻底流失");
        case Stage::CompletelyLost:
            return QCoreApplication::translate("hc::domain", "彻底流失");
    }
    return {};
}

int cadenceDays(Stage stage, const WinbackCadence& c) {
    switch (stage) {
        case Stage::NotLost:
            return c.notLostDays;
        case Stage::QuasiLost:
            return c.quasiLostDays;
        case Stage::Lost:
            return c.lostDays;
        case Stage::TrendingLost:
            return c.trendingLostDays;
        case Stage::CompletelyLost:
            return c.completelyLostDays;
        case Stage::Active:
            break;
    }
    return 0;
}

/// Whole calendar months from `from` to `to` (≥ 0).
int monthsBetween(const QDate& from, const QDate& to) {
    int m = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (m > 0 && from.addMonths(m) > to) {
        --m;
    }
    return std::max(0, m);
}

/// Walks the calls about one item (sorted by date, all ≤ today) from `start` on:
/// a final outcome closes the item; no-answers are counted, the item is listed again from the next
/// day, and after maxAttempts it is listed once more, the next day, with the SMS flag. With
/// `reopenOnMissedAppointment`, a will_come whose appointment date passed reopens the item.
Cycle evaluateCycle(const Calls& calls, const QDate& start, const QDate& today, int maxAttempts,
                    bool reopenOnMissedAppointment) {
    const CallRetryRule rule(maxAttempts);
    CallRetryState state;
    QDate missed;
    const FollowUpCall* closing = nullptr;
    auto reopenable = [&](const QDate& when) {
        return reopenOnMissedAppointment && closing != nullptr &&
               closing->outcome == CallOutcome::WillCome && closing->appointment.isValid() &&
               closing->appointment < when;
    };
    for (const FollowUpCall* c : calls) {
        if (start.isValid() && c->date < start) {
            continue;
        }
        if (state.closed && reopenable(c->date)) {
            state = {};
            missed = closing->appointment;
        }
        const bool wasClosed = state.closed;
        state = rule.after(state, c->outcome, c->date);
        if (state.closed && !wasClosed) {
            closing = c;
            missed = QDate();
        }
    }
    Cycle cycle;
    if (state.closed) {
        if (!reopenable(today)) {
            return cycle;
        }
        cycle.listed = true;
        cycle.missedAppointment = closing->appointment;
        return cycle;
    }
    cycle.missedAppointment = missed;
    const CallRetryDecision decision = rule.on(state, today);
    cycle.listed = decision.listed;
    cycle.sms = decision.sms;
    cycle.attempt = decision.attempt;
    return cycle;
}

QString retrySuffix(const Cycle& cycle) {
    QString s;
    if (cycle.missedAppointment.isValid()) {
        s += QCoreApplication::translate("hc::domain", ";预约 %1 未到店")
                 .arg(iso(cycle.missedAppointment));
    }
    if (cycle.sms) {
        s +=
            QCoreApplication::translate("hc::domain", ";%1 次未接通,建议发短信").arg(cycle.attempt);
    } else if (cycle.attempt > 1) {
        s += QCoreApplication::translate("hc::domain", ";第 %1 次拨打").arg(cycle.attempt);
    }
    return s;
}

/// Next occurrence of a birthday on or after `from`; 29 February falls on 28 February in common
/// years.
QDate nextBirthday(const QDate& birthday, const QDate& from) {
    auto inYear = [&](int year) {
        const int day = std::min(birthday.day(), QDate(year, birthday.month(), 1).daysInMonth());
        return QDate(year, birthday.month(), day);
    };
    QDate d = inYear(from.year());
    return d < from ? inYear(from.year() + 1) : d;
}

Calls callsOf(const CustomerData& data, FollowUpKind kind, std::optional<VehicleId> vehicleId) {
    Calls out;
    for (const FollowUpCall* c : data.calls) {
        if (c->kind != kind) {
            continue;
        }
        if (vehicleId && c->vehicleId && *c->vehicleId != *vehicleId) {
            continue;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace hc::domain::planner
