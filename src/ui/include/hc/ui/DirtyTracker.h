#pragma once

#include <QObject>
#include <QStringList>

class QDialog;
class QWidget;

namespace hc::ui {

/// Knows whether a form was changed since it was shown and asks before Esc, the Cancel button or
/// the window's close button throw the changes away (放弃修改？). Attach it at the end of a
/// dialog's construction; the snapshot of the field values is taken when the dialog is first
/// shown, so text pre-filled by the program (a plate typed in the search box, the record being
/// edited) is not a change. Typing and then restoring the old text is not a change either.
class DirtyTracker : public QObject {
    Q_OBJECT
public:
    /// Creates the tracker as a child of `dialog` (owned by it) and returns it.
    static DirtyTracker* attach(QDialog* dialog);
    /// The tracker attached to `dialog`, or nullptr.
    [[nodiscard]] static DirtyTracker* of(const QWidget* dialog);
    /// What a Cancel/Close button does: asks first when `dialog` has a tracker and unsaved
    /// changes, then rejects (or keeps the dialog open when the user keeps editing).
    static void rejectAsking(QDialog* dialog);

    /// True when a field differs from the snapshot.
    [[nodiscard]] bool isDirty() const;
    /// Takes the snapshot now (the current values count as unchanged).
    void markClean();
    /// True when nothing would be lost or the user chose to discard; false to keep editing.
    bool confirmDiscard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DirtyTracker(QDialog* dialog);
    [[nodiscard]] QStringList values() const;

    QDialog* dialog_;
    QStringList snapshot_;
    bool taken_ = false;
};

}  // namespace hc::ui
