#pragma once

#include "hc/ui/UiContext.h"

#include <QObject>
#include <QString>

#include <cstdint>

class QAction;
class QPushButton;
class QWidget;

namespace hc::ui {

class BackgroundJob;

/// The manager's PIPL actions on the customer card: a "个人信息…" button with 导出数据 (JSON /
/// PDF) and 删除个人信息… (EraseCustomerDialog, typed confirmation). Hidden for other roles and
/// without a PrivacyService. Results go to the card's status line (`status`).
class CustomerPrivacyActions : public QObject {
    Q_OBJECT
public:
    CustomerPrivacyActions(UiContext& ctx, QWidget* parent);

    [[nodiscard]] QPushButton* button() const { return button_; }
    [[nodiscard]] QAction* exportJsonAction() const { return exportJson_; }
    [[nodiscard]] QAction* exportPdfAction() const { return exportPdf_; }
    [[nodiscard]] QAction* eraseAction() const { return erase_; }

    /// The customer shown (0: none) and whether it was erased already.
    void setCustomer(std::int64_t id, const QString& name, bool erased);

    /// Exports to `path` ("json" or "pdf"); asks for the file when `path` is empty. True when
    /// written.
    bool exportTo(const QString& format, QString path = {});
    /// Asks for the typed confirmation, then starts the erasure. True when started.
    bool erase();
    /// Starts the erasure without asking (the confirmed part of erase()): off the GUI thread on a
    /// connection of its own, since its verified backup of a large archive takes seconds; the
    /// status line says so meanwhile and eraseFinished() follows. False while one runs.
    bool eraseConfirmed();
    [[nodiscard]] bool isErasing() const;

Q_SIGNALS:
    void status(const QString& text, bool error);
    /// The customer's data changed (erased): the card reloads.
    void erased(qint64 id);
    /// An erasure started by eraseConfirmed() ended: `ok`, or its error is on the status line.
    void eraseFinished(bool ok);

private:
    UiContext& ctx_;
    QWidget* parent_ = nullptr;
    QPushButton* button_ = nullptr;
    QAction* exportJson_ = nullptr;
    QAction* exportPdf_ = nullptr;
    QAction* erase_ = nullptr;
    std::int64_t id_ = 0;
    QString name_;
    bool shownErased_ = false;      ///< the customer shown was erased already
    BackgroundJob* job_ = nullptr;  ///< the erasure off the GUI thread
};

}  // namespace hc::ui
