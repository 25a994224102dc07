#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/CsvReader.h"
#include "hc/services/ImportSummary.h"
#include "hc/services/VisitImportRow.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace hc::services {

/// Maps the columns of a visit CSV (Chinese or English headers, in any order) and turns each
/// record into a validated VisitImportRow, or into the list of its problems.
///
/// Columns: 客户姓名/name, 电话/phone, 车牌号/plate, 车架号/vin, 车型/model,
/// 购车日期/purchase_date, 地区/region, 进厂日期/visit_date, 里程/mileage, 维修类别/category,
/// 工单号/work_order, 实收金额/amount (yuan). Required: visit date, amount, and a plate or a phone
/// column.
class VisitRowMapper {
public:
    enum Column {
        Name,
        Phone,
        Plate,
        Vin,
        Model,
        PurchaseDate,
        Region,
        VisitDate,
        Mileage,
        Category,
        WorkOrder,
        Amount,
        ColumnCount
    };

    /// Reads the header record. On failure (a required column missing) returns nullopt and sets
    /// `error` to a message naming the missing columns.
    static std::optional<VisitRowMapper> fromHeader(const QStringList& header,
                                                    domain::MessageLanguage language,
                                                    QString* error);
    /// As above for a header with a mapping applied (ImportMapping::apply): `mapped` decides the
    /// columns — a column named by its field key ("phone") wins over synonyms ("电话") — and
    /// rejects name the column by `fileHeader`, its header as written in the file.
    static std::optional<VisitRowMapper> fromHeader(const QStringList& mapped,
                                                    const QStringList& fileHeader,
                                                    domain::MessageLanguage language,
                                                    QString* error);

    /// Validates one record against `today` (no visit in the future). Problems are appended to
    /// `rejects`; returns nullopt when there is any.
    std::optional<VisitImportRow> map(const CsvRecord& record, const QDate& today,
                                      std::vector<ImportReject>& rejects) const;

    /// The header as written in the file for a column (its key when the file has no such column).
    [[nodiscard]] QString headerOf(Column column) const;

    /// Category key for "保养"/"maintenance"...; nullopt when unknown. Empty text → "other".
    [[nodiscard]] static std::optional<QString> categoryKey(const QString& text);
    /// The column a header feeds on its own: its field key ("phone") or a synonym ("电话");
    /// nullopt when none (the import wizard's automatic mapping).
    [[nodiscard]] static std::optional<Column> columnOfHeader(const QString& header);
    /// Canonical English header key of a column ("name", "phone", ...).
    [[nodiscard]] static QString columnKey(Column column);
    /// Canonical Chinese header of a column ("客户姓名", ...).
    [[nodiscard]] static QString columnChinese(Column column);

private:
    VisitRowMapper() = default;
    std::array<int, ColumnCount> index_{};
    QStringList header_;
    domain::MessageLanguage language_ = domain::MessageLanguage::Zh;
};

}  // namespace hc::services
