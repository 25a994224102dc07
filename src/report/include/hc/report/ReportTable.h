#pragma once

#include "hc/domain/Money.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace hc::report {

/// One cell of a report table. Numbers stay numbers in every export: XLSX writes them as numeric
/// cells (percentages and averages with a 0.00 format, money in yuan with 0.00), CSV and PDF print
/// them with two decimals. drillKey() names the customers behind a count
/// (MonthlyReport::customersBehind), empty when none. 40 bytes: the report screen keeps tens of
/// thousands of rows (the ABC changes at 100 000 customers).
struct ReportCell {
    enum class Kind : std::uint8_t { Empty, Text, Integer, Percent, Money, Hundredths };
    Kind kind = Kind::Empty;
    /// A Text cell's text; an Integer cell's drill-down key (drillKey()).
    QString text;
    std::int64_t number = 0;  ///< integer, basis points, fen or hundredths

    static ReportCell empty() { return {}; }
    static ReportCell of(const QString& t) { return {Kind::Text, t, 0}; }
    static ReportCell count(std::int64_t n, const QString& drill = {}) {
        return {Kind::Integer, drill, n};
    }
    static ReportCell pct(int bp) { return {Kind::Percent, {}, bp}; }
    static ReportCell money(domain::Fen fen) { return {Kind::Money, {}, fen}; }
    static ReportCell hundredths(std::int64_t v) { return {Kind::Hundredths, {}, v}; }

    /// The printed form: "24.67", "2430.00", "12", the text.
    [[nodiscard]] QString display() const;
    [[nodiscard]] bool isNumber() const { return kind != Kind::Empty && kind != Kind::Text; }
    /// The customers behind a count (MonthlyReport::customersBehind); empty when none.
    [[nodiscard]] QString drillKey() const { return kind == Kind::Integer ? text : QString(); }
};

/// A titled table of one report section.
struct ReportTable {
    QString title;
    QStringList headers;
    std::vector<std::vector<ReportCell>> rows;
    /// The PDF prints at most this many rows (0 = all) and says how many were left out; XLSX and
    /// CSV always have every row.
    int pdfRowLimit = 0;
    /// Rows left out when the tables were built for print (ReportTables::build(report, true)).
    std::size_t omittedRows = 0;
    /// A name for screens ("grades", "changes", ...), unique in its section; not exported.
    QString id{};
    /// Per row, when not empty: the value a screen filters the rows by; not exported. The ABC
    /// changes: the rank move in places, kAlwaysShown for an entry, exit or class change.
    std::vector<std::int64_t> rowFilterValues{};
    static constexpr std::int64_t kAlwaysShown = std::numeric_limits<std::int64_t>::max();
};

/// One section of the report: id ("composition", "abc", ...), Chinese title, tables, notes.
struct ReportSection {
    QString id;
    QString title;
    std::vector<ReportTable> tables;
    QStringList notes;
};

}  // namespace hc::report
