#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReceptionView;
}

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hc::ui {

struct UiContext;
class AppointmentPanel;
class CustomerCardView;
class SearchModel;

/// Reception (接待/档案): search as you type on the left, the customer card on the right.
/// The search box has the focus; ↑/↓ move in the results, Enter opens the customer, Esc clears.
/// The card always belongs to the highlighted result: Enter opens exactly the highlighted row and
/// the highlight stays there; moving the highlight to another customer or typing a new search
/// closes the card. A plate or phone that finds nothing offers a new walk-in (新客进厂, Enter).
class ReceptionView : public QWidget {
    Q_OBJECT
public:
    explicit ReceptionView(UiContext& context, QWidget* parent = nullptr);
    ~ReceptionView() override;

    [[nodiscard]] SearchModel* model() const { return model_; }
    [[nodiscard]] QLineEdit* searchEdit() const;
    [[nodiscard]] QTableView* resultsView() const;
    /// The customer shown on the right (0: none).
    [[nodiscard]] qint64 currentCustomerId() const { return currentCustomer_; }
    [[nodiscard]] CustomerCardView* card() const { return card_; }
    /// Today's and tomorrow's appointments (under the results).
    [[nodiscard]] AppointmentPanel* appointmentPanel() const { return appointments_; }
    /// True while the card is shown (false: the placeholder with a hint).
    [[nodiscard]] bool cardVisible() const;
    /// The row highlighted in the results (-1: none).
    [[nodiscard]] int highlightedRow() const;
    /// The "new walk-in" button shown when a plate or phone finds nothing.
    [[nodiscard]] QPushButton* walkInButton() const;
    /// The hint under the search box.
    [[nodiscard]] QLabel* hintLabel() const;

public Q_SLOTS:
    /// Focuses the search box and selects its text (Ctrl+F).
    void focusSearch();
    /// Shows the customer's card.
    void openCustomer(qint64 customerId);
    /// Registers a new customer (F2), pre-filled with the phone or name typed in the search box.
    void newCustomer();
    /// New walk-in (新客进厂): customer, vehicle and first visit in one form, pre-filled with the
    /// plate or phone typed in the search box; opens the new customer after saving.
    void newWalkIn();

Q_SIGNALS:
    /// Enter or a double click opened this customer.
    void customerOpened(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSearched(const QString& text, int count);
    /// The line saying the class badges cannot be computed, with the settings read error.
    [[nodiscard]] QString badgeErrorLine() const;
    void onQueryEdited(const QString& text);
    void onHighlightChanged(int row);
    void moveSelection(int delta);
    void openSelected();
    /// Highlights the row of the customer on the card (none when not among the results).
    void highlightCardCustomer();
    /// Hides the card and shows `note` in its place.
    void closeCard(const QString& note);
    /// The typed query when it is a plate or a phone that could start a walk-in, else empty.
    [[nodiscard]] QString walkInQuery() const;

    std::unique_ptr<Ui::ReceptionView> ui_;
    UiContext& context_;
    SearchModel* model_ = nullptr;
    CustomerCardView* card_ = nullptr;
    AppointmentPanel* appointments_ = nullptr;
    qint64 currentCustomer_ = 0;
};

}  // namespace hc::ui
