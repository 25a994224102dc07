#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReceptionView;
}

class QLineEdit;
class QTableView;

namespace hc::ui {

struct UiContext;
class CustomerCardView;
class SearchModel;

/// Reception (接待/档案): search as you type on the left, the customer card on the right.
/// The search box has the focus; ↑/↓ move in the results, Enter opens the customer, Esc clears.
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

public Q_SLOTS:
    /// Focuses the search box and selects its text (Ctrl+F).
    void focusSearch();
    /// Shows the customer's card.
    void openCustomer(qint64 customerId);
    /// Registers a new customer (F2), pre-filled with the phone or name typed in the search box.
    void newCustomer();

Q_SIGNALS:
    /// Enter or a double click opened this customer.
    void customerOpened(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSearched(const QString& text, int count);
    void moveSelection(int delta);
    void openSelected();

    std::unique_ptr<Ui::ReceptionView> ui_;
    UiContext& context_;
    SearchModel* model_ = nullptr;
    CustomerCardView* card_ = nullptr;
    qint64 currentCustomer_ = 0;
};

}  // namespace hc::ui
