#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hc::services {

/// Matches the header of an import file to the columns of a row mapper (CustomerRowMapper,
/// VisitRowMapper) over a table of columns, each with its field key ("phone2") and its accepted
/// spellings ("电话2", "备用电话", …, written as normalise() leaves them). A header is a column's
/// field key exactly (what a mapping profile writes), or one of its spellings after normalise().
/// Over a whole header, field keys win first, then the spellings fill the columns still free,
/// left to right; the first header cell wins when two feed one column.
class HeaderMatcher {
public:
    struct Column {
        QString key;
        QStringList aliases;
    };

    explicit HeaderMatcher(std::vector<Column> columns);

    /// A header cell as compared with the aliases: half-width, trimmed, lower case, without byte
    /// order marks, spaces and underscores, and without a trailing unit in brackets ("实收金额(元)"
    /// → "实收金额").
    [[nodiscard]] static QString normalise(const QString& header);

    /// The column a header feeds on its own (its field key, else a spelling); nullopt when none.
    [[nodiscard]] std::optional<int> columnOf(const QString& header) const;
    /// The header cell index for each column (in table order), -1 where none.
    [[nodiscard]] std::vector<int> match(const QStringList& header) const;

    [[nodiscard]] int size() const { return static_cast<int>(columns_.size()); }
    [[nodiscard]] const QString& key(int column) const { return columns_.at(column).key; }
    /// The first spelling of a column (its canonical Chinese header).
    [[nodiscard]] const QString& firstAlias(int column) const {
        return columns_.at(column).aliases.first();
    }

private:
    std::vector<Column> columns_;
};

}  // namespace hc::services
