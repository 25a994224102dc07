#include "hc/domain/DateParser.h"

#include "hc/domain/TextNormalizer.h"

#include <QRegularExpression>

namespace hc::domain {

namespace {

using Result = DateParser::Result;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;
constexpr int kMonthsPerYear = 12;
constexpr qint64 kExcelLeapBugSerial = 60;   // Excel's non-existent 1900-02-29
constexpr qint64 kExcelMaxSerial = 2958465;  // 9999-12-31

Result make(const ValidationResult& base) {
    Result r;
    static_cast<ValidationResult&>(r) = base;
    return r;
}

Result fail(const QString& value, const QString& code, const QString& zh, const QString& en) {
    return make(ValidationResult::error(value, code, zh, en));
}

Result success(const QDate& date) {
    Result r = make(ValidationResult::ok(date.toString(Qt::ISODate)));
    r.date = date;
    return r;
}

Result fromParts(const QString& shown, int year, int month, int day) {
    if (year < kMinYear || year > kMaxYear) {
        return fail(
            shown, QStringLiteral("date.out_of_range"),
            QStringLiteral("年份%1超出范围(%2–%3),请核对").arg(year).arg(kMinYear).arg(kMaxYear),
            QStringLiteral("Year %1 is out of range (%2–%3); check the date")
                .arg(year)
                .arg(kMinYear)
                .arg(kMaxYear));
    }
    if (month < 1 || month > kMonthsPerYear) {
        return fail(shown, QStringLiteral("date.invalid_date"),
                    QStringLiteral("“%1”不是有效日期:月份应为1–12,现在是%2").arg(shown).arg(month),
                    QStringLiteral("\"%1\" is not a real date: the month must be 1–12, not %2")
                        .arg(shown)
                        .arg(month));
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        const int days = QDate(year, month, 1).daysInMonth();
        return fail(shown, QStringLiteral("date.invalid_date"),
                    QStringLiteral("“%1”不是有效日期:%2年%3月只有%4天")
                        .arg(shown)
                        .arg(year)
                        .arg(month)
                        .arg(days),
                    QStringLiteral("\"%1\" is not a real date: %2-%3 has only %4 days")
                        .arg(shown)
                        .arg(year)
                        .arg(month, 2, 10, QChar(u'0'))
                        .arg(days));
    }
    return success(date);
}

Result fromExcelSerial(const QString& shown, qint64 serial) {
    if (serial < 1 || serial > kExcelMaxSerial || serial == kExcelLeapBugSerial) {
        return fail(shown, QStringLiteral("date.invalid_date"),
                    QStringLiteral("“%1”不是有效的Excel日期序号").arg(shown),
                    QStringLiteral("\"%1\" is not a valid Excel date serial number").arg(shown));
    }
    // Excel counts 1900-01-01 as 1 and wrongly includes 1900-02-29 as 60.
    const QDate base = serial < kExcelLeapBugSerial ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    const QDate date = base.addDays(serial);
    if (date.year() < kMinYear || date.year() > kMaxYear) {
        return fromParts(shown, date.year(), date.month(), date.day());
    }
    return success(date);
}

}  // namespace

DateParser::Result DateParser::parse(const QString& text) {
    return parse(text, Options{});
}

DateParser::Result DateParser::parse(const QString& text, const Options& options) {
    const QString s = TextNormalizer::text(text);
    if (s.isEmpty()) {
        if (options.allowEmpty) {
            return make(ValidationResult::ok(QString()));
        }
        return fail(s, QStringLiteral("date.empty"), QStringLiteral("请填写日期,如2016-08-03"),
                    QStringLiteral("Enter a date, e.g. 2016-08-03"));
    }

    static const QString time = QStringLiteral(
        R"((?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*[AaPp][Mm])?)?\s*$)");
    static const QRegularExpression separated(
        QStringLiteral(R"(^(\d{4})([-/.])(\d{1,2})\2(\d{1,2}))") + time);
    static const QRegularExpression chinese(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)") + time);
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2}))") + time);
    static const QRegularExpression serial(QStringLiteral(R"(^(\d{1,7})(?:\.\d+)?$)"));
    static const QRegularExpression dayFirst(QStringLiteral(R"(^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})"));

    if (const auto m = separated.match(s); m.hasMatch()) {
        return fromParts(s, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    }
    if (const auto m = chinese.match(s); m.hasMatch()) {
        return fromParts(s, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = compact.match(s); m.hasMatch()) {
        return fromParts(s, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = serial.match(s); m.hasMatch()) {
        if (options.allowExcelSerial) {
            return fromExcelSerial(s, m.captured(1).toLongLong());
        }
        return fail(s, QStringLiteral("date.excel_serial"),
                    QStringLiteral("“%1”像是Excel日期序号,无法确定日期;请在Excel中把该列设为"
                                   "日期格式(如2016-08-03)后再导出")
                        .arg(s),
                    QStringLiteral("\"%1\" looks like an Excel serial number, which is "
                                   "ambiguous; format the column as a date (e.g. 2016-08-03) in "
                                   "Excel and export again")
                        .arg(s));
    }
    if (dayFirst.match(s).hasMatch()) {
        return fail(s, QStringLiteral("date.ambiguous_order"),
                    QStringLiteral("“%1”无法确定年月日顺序,请写成年在前的格式,如2016-08-03").arg(s),
                    QStringLiteral("\"%1\" is ambiguous (day or month first?); write the year "
                                   "first, e.g. 2016-08-03")
                        .arg(s));
    }
    return fail(s, QStringLiteral("date.unrecognized_format"),
                QStringLiteral("无法识别日期“%1”,请写成2016-08-03、2016/8/3或2016年8月3日").arg(s),
                QStringLiteral("Cannot read the date \"%1\"; write it as 2016-08-03, 2016/8/3 or "
                               "2016年8月3日")
                    .arg(s));
}

std::optional<QDate> DateParser::toDate(const QString& text) {
    return parse(text).date;
}

}  // namespace hc::domain
