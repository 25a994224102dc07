#pragma once

#include "hc/domain/ValidationResult.h"
#include "hc/services/CsvReader.h"
#include "hc/services/CustomerImportRow.h"
#include "hc/services/ImportSummary.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace hc::services {

/// Maps the columns of a customer list (Chinese or English headers, any order) and turns each
/// record into a validated CustomerImportRow, or into the list of its problems.
///
/// Columns: 客户姓名/name, 电话/phone, 电话2/phone2, 身份证号/id_number, 地址/address,
/// 地区/region, 车牌号/plate, 车架号/vin, 车型/model, 购车日期/purchase_date. Required: the name
/// column and a phone, plate or VIN column; each row needs a phone, a plate or a VIN. One row may
/// list several vehicles: plates and VINs separated by ; ; 、 / | or line breaks, the n-th model
/// and purchase date (separated by ; ; 、 | or line breaks) belonging to the n-th vehicle.
class CustomerRowMapper {
public:
    enum Column {
        Name,
        Phone,
        Phone2,
        IdNumber,
        Address,
        Region,
        Plate,
        Vin,
        Model,
        PurchaseDate,
        ColumnCount
    };

    /// Reads the header (after a mapping: `mapped`; as in the file: `fileHeader`, for the
    /// rejects). nullopt with `error` naming the missing columns.
    static std::optional<CustomerRowMapper> fromHeader(const QStringList& mapped,
                                                       const QStringList& fileHeader,
                                                       domain::MessageLanguage language,
                                                       QString* error);

    /// Validates one record (dates not after `today`); problems appended to `rejects`.
    std::optional<CustomerImportRow> map(const CsvRecord& record, const QDate& today,
                                         std::vector<ImportReject>& rejects) const;

    /// The header as written in the file for a column (its key when the file has none).
    [[nodiscard]] QString headerOf(Column column) const;
    /// The column a header feeds on its own: its field key ("phone2") or a synonym ("备用电话");
    /// nullopt when none (the import wizard's automatic mapping).
    [[nodiscard]] static std::optional<Column> columnOfHeader(const QString& header);
    /// Canonical English key of a column ("name", "phone2", "id_number", ...).
    [[nodiscard]] static QString columnKey(Column column);

private:
    CustomerRowMapper() = default;
    std::array<int, ColumnCount> index_{};
    QStringList header_;
    domain::MessageLanguage language_ = domain::MessageLanguage::Zh;
};

}  // namespace hc::services
