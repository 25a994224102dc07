#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hc::ui {

/// The end of every export: "saved to …" with buttons to open the file or its folder, so the
/// person does not have to hunt for what they just wrote.
class SavedFileNotice {
    Q_DECLARE_TR_FUNCTIONS(SavedFileNotice)

public:
    /// Shows the notice (modal) for `path`; opens the file or folder when asked. `detail` (what
    /// the export counted, e.g. messages exported and customers left out) is shown under it.
    static void show(QWidget* parent, const QString& title, const QString& path,
                     const QString& detail = {});
};

}  // namespace hc::ui
