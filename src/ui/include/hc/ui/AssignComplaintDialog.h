#pragma once

#include "hc/domain/Complaint.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AssignComplaintDialog;
}

namespace hc::ui {

struct UiContext;
class ResponsibleCombo;

/// Hands an open complaint to another responsible person (转交): a user or a typed name. Saves
/// through ComplaintService::assign (audited as complaint.assign); a failure is shown in the dialog
/// and the dialog stays open.
class AssignComplaintDialog : public QDialog {
    Q_OBJECT
public:
    AssignComplaintDialog(UiContext& context, const domain::Complaint& complaint,
                          const QString& customerName, QWidget* parent = nullptr);
    ~AssignComplaintDialog() override;

    [[nodiscard]] ResponsibleCombo* responsibleCombo() const;

public Q_SLOTS:
    /// Saves; accepts the dialog when the service agrees.
    void save();

private:
    std::unique_ptr<Ui::AssignComplaintDialog> ui_;
    UiContext& ctx_;
    domain::Complaint complaint_;
};

}  // namespace hc::ui
