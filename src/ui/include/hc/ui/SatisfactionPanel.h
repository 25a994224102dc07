#pragma once

#include "hc/domain/SatisfactionItemRecord.h"
#include "hc/services/CallInput.h"

#include <QGroupBox>

#include <vector>

class QButtonGroup;
class QGridLayout;

namespace hc::ui {

/// The post-service satisfaction questionnaire: one row per configured item with the scores 1–5
/// (1 = very unsatisfied, 5 = very satisfied). Unanswered items are not recorded.
class SatisfactionPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SatisfactionPanel(QWidget* parent = nullptr);

    void setItems(const std::vector<domain::SatisfactionItemRecord>& items);
    /// The items could not be read: no questions, the reason (`message`) in their place.
    void showReadError(const QString& message);
    [[nodiscard]] const std::vector<domain::SatisfactionItemRecord>& items() const {
        return items_;
    }
    /// Sets the score (1–5, 0 = none) of an item by id; false for an unknown item.
    bool setScore(std::int64_t itemId, int score);
    [[nodiscard]] int score(std::int64_t itemId) const;
    [[nodiscard]] std::vector<services::SatisfactionScore> scores() const;
    void clearScores();

private:
    std::vector<domain::SatisfactionItemRecord> items_;
    std::vector<QButtonGroup*> groups_;
    QGridLayout* grid_ = nullptr;
};

}  // namespace hc::ui
