#pragma once
// Every dialog of the app, each opened once on the given subjects and handed to an inspector: the
// screen audit (1366×728, Chinese and English) and the English audit on demo data walk this one
// list, so a dialog added here is checked by both.
#include "hc/domain/Complaint.h"
#include "hc/domain/Customer.h"
#include "hc/domain/Vehicle.h"
#include "hc/domain/Visit.h"
#include "hc/ui/AddUserDialog.h"
#include "hc/ui/AssignComplaintDialog.h"
#include "hc/ui/BackupDialog.h"
#include "hc/ui/BookAppointmentDialog.h"
#include "hc/ui/CancelAppointmentDialog.h"
#include "hc/ui/ComplaintDialog.h"
#include "hc/ui/CustomerDialog.h"
#include "hc/ui/DrillDownDialog.h"
#include "hc/ui/DuplicatesDialog.h"
#include "hc/ui/EraseCustomerDialog.h"
#include "hc/ui/InvalidDialog.h"
#include "hc/ui/LoginDialog.h"
#include "hc/ui/PasswordDialog.h"
#include "hc/ui/ReportText.h"
#include "hc/ui/SatisfactionItemsDialog.h"
#include "hc/ui/ScriptEditorDialog.h"
#include "hc/ui/SendMessagesDialog.h"
#include "hc/ui/TransferDialog.h"
#include "hc/ui/UiContext.h"
#include "hc/ui/UsersDialog.h"
#include "hc/ui/VehicleDialog.h"
#include "hc/ui/VisitDialog.h"
#include "hc/ui/VoidVisitDialog.h"
#include "hc/ui/WalkInDialog.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hc::test {

/// What the dialogs open on.
struct DialogSubjects {
    domain::Customer customer;  ///< stored (id set)
    domain::Vehicle vehicle;    ///< one of the customer's
    domain::Visit visit;        ///< one of the customer's, to void
    /// A visit to correct (VisitDialog::loadVisit), e.g. one with declined work; none: skipped.
    std::optional<domain::Visit> correctable;
    /// A complaint to reassign and its customer's name; none: skipped.
    std::optional<domain::Complaint> complaint;
    QString complaintOwner;
    std::int64_t resetUserId = 0;  ///< the user whose password is reset
    QString resetUserName;
    std::function<QDateTime()> now;
    std::vector<domain::CustomerId> listIds;  ///< a drill-down list to send to
    QString listTitle;
    std::int64_t campaignId = 0;
    QString campaignTitle;
    QString cancelText;  ///< the appointment line the cancel dialog names
    /// Adds a near-duplicate customer, so the duplicates dialog has a group to show.
    std::function<void()> addDuplicate;
};

using DialogInspector = std::function<void(QWidget& dialog, const QString& where)>;

inline void forEveryDialog(ui::UiContext& ctx, const DialogSubjects& s,
                           const DialogInspector& inspect) {
    const domain::CustomerId id = s.customer.id;
    {
        ui::LoginDialog d(*ctx.users);
        inspect(d, QStringLiteral("login"));
    }
    {
        ui::CustomerDialog d(ctx);
        inspect(d, QStringLiteral("new customer"));
    }
    {
        ui::CustomerDialog d(ctx, s.customer);
        inspect(d, QStringLiteral("edit customer"));
    }
    {
        ui::VehicleDialog d(ctx, id);
        inspect(d, QStringLiteral("new vehicle"));
    }
    {
        ui::VehicleDialog d(ctx, s.vehicle);
        inspect(d, QStringLiteral("edit vehicle"));
    }
    {
        ui::VisitDialog d(ctx, id, s.vehicle.id);
        inspect(d, QStringLiteral("visit"));
    }
    if (s.correctable) {
        ui::VisitDialog d(ctx, id, s.correctable->vehicleId);
        d.loadVisit(*s.correctable);
        inspect(d, QStringLiteral("correct visit"));
    }
    {
        ui::ComplaintDialog d(ctx, id, s.now);
        inspect(d, QStringLiteral("complaint"));
    }
    if (s.complaint) {
        ui::AssignComplaintDialog d(ctx, *s.complaint, s.complaintOwner);
        inspect(d, QStringLiteral("assign complaint"));
    }
    {
        ui::InvalidDialog d(ctx, id, s.customer.name);
        inspect(d, QStringLiteral("invalid"));
    }
    {
        ui::TransferDialog d(ctx, s.vehicle);
        inspect(d, QStringLiteral("transfer"));
    }
    {
        ui::EraseCustomerDialog d(id, s.customer.name);
        inspect(d, QStringLiteral("erase customer (PIPL)"));
    }
    {
        ui::SatisfactionItemsDialog d(ctx);
        inspect(d, QStringLiteral("satisfaction items"));
    }
    {
        ui::ScriptEditorDialog d(ctx);
        inspect(d, QStringLiteral("scripts"));
    }
    {
        ui::UsersDialog d(ctx);
        inspect(d, QStringLiteral("users"));
    }
    {
        ui::AddUserDialog d(*ctx.users, ctx.user);
        inspect(d, QStringLiteral("add user"));
    }
    {
        ui::PasswordDialog d(*ctx.users, ctx.user, ui::PasswordDialog::Mode::Own, ctx.user.id,
                             ctx.user.username);
        inspect(d, QStringLiteral("own password"));
    }
    {
        ui::PasswordDialog d(*ctx.users, ctx.user, ui::PasswordDialog::Mode::Reset, s.resetUserId,
                             s.resetUserName);
        inspect(d, QStringLiteral("reset password"));
    }
    {
        ui::BackupDialog d(*ctx.backups, ctx.user);
        inspect(d, QStringLiteral("backups"));
    }
    {
        ui::WalkInDialog d(ctx);
        inspect(d, QStringLiteral("walk-in"));
    }
    {
        ui::VoidVisitDialog d(ctx, s.visit);
        inspect(d, QStringLiteral("void visit"));
    }
    {
        ui::BookAppointmentDialog d(ctx, id);
        inspect(d, QStringLiteral("book appointment"));
    }
    {
        if (s.addDuplicate) {
            s.addDuplicate();
        }
        ui::DuplicatesDialog d(*ctx.duplicates, ctx.user);
        inspect(d, QStringLiteral("duplicates"));
    }
    {
        ui::CancelAppointmentDialog d(s.cancelText);
        inspect(d, QStringLiteral("cancel appointment"));
    }
    {
        ui::SendMessagesDialog d(ctx, s.now().date());
        inspect(d, QStringLiteral("send messages"));
    }
    {
        // The report's drill-down (ReportView::openDrillDown): the list's customers, in a class.
        std::vector<ui::DrillDownDialog::Entry> entries;
        for (const domain::CustomerId listed : s.listIds) {
            entries.push_back(
                {listed, s.customer.name, ui::ReportText::compositionRow(QStringLiteral("lost"))});
        }
        ui::DrillDownDialog d(ctx, s.listTitle, std::move(entries));
        inspect(d, QStringLiteral("report drill-down"));
    }
    {
        ui::SendMessagesDialog d(ctx, s.listIds, s.listTitle);
        inspect(d, QStringLiteral("send messages to a drill-down list"));
    }
    {
        ui::SendMessagesDialog d(ctx, s.campaignId, s.campaignTitle);
        inspect(d, QStringLiteral("send messages to a campaign"));
    }
}

}  // namespace hc::test
