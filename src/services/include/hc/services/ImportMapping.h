#pragma once

#include "hc/services/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace hc::services {

/// Which field each column of an import file feeds: the saved mapping profile, stored as JSON
/// {"column in file": "field"} (the `--mapping FILE.json` of `huichang-cli import`). Fields are
/// the canonical English keys of VisitRowMapper::columnKey() (visits) and of the customer import
/// ("name", "phone", "plate", ...). Columns not in the mapping are matched by header synonyms;
/// a column mapped to "" is ignored.
struct ImportMapping {
    std::map<QString, QString> columnToField;

    [[nodiscard]] bool empty() const { return columnToField.empty(); }
    /// The JSON profile, keys sorted.
    [[nodiscard]] QByteArray toJson() const;
    /// Parses a JSON profile; Invalid with a message naming the problem.
    [[nodiscard]] static Result<ImportMapping> fromJson(const QByteArray& json);
    /// `header` with the mapping applied: each mapped column's header replaced by its field key,
    /// so the header synonyms of the row mappers then find it.
    [[nodiscard]] QStringList apply(const QStringList& header) const;
};

}  // namespace hc::services
