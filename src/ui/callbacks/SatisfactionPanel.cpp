#include "hc/ui/SatisfactionPanel.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace hc::ui {

SatisfactionPanel::SatisfactionPanel(QWidget* parent) : QGroupBox(parent) {
    setObjectName(QStringLiteral("satisfactionPanel"));
    setTitle(tr("满意度调查（1 很不满意 … 5 很满意）"));
    grid_ = new QGridLayout(this);
    grid_->setHorizontalSpacing(4);
    grid_->setColumnStretch(0, 1);
}

void SatisfactionPanel::setItems(const std::vector<domain::SatisfactionItemRecord>& items) {
    while (QLayoutItem* child = grid_->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    for (QButtonGroup* g : groups_) {
        delete g;
    }
    groups_.clear();
    items_ = items;
    int row = 0;
    for (const auto& item : items_) {
        auto* label = new QLabel(item.label, this);
        grid_->addWidget(label, row, 0);
        auto* group = new QButtonGroup(this);
        group->setExclusive(false);  // a second click clears the score
        for (int s = 1; s <= 5; ++s) {
            auto* b = new QToolButton(this);
            b->setText(QString::number(s));
            b->setCheckable(true);
            b->setMinimumWidth(28);
            b->setToolTip(tr("%1 分").arg(s));
            group->addButton(b, s);
            grid_->addWidget(b, row, s);
        }
        connect(group, &QButtonGroup::idClicked, this, [group](int id) {
            for (QAbstractButton* other : group->buttons()) {
                if (group->id(other) != id) {
                    other->setChecked(false);
                }
            }
        });
        groups_.push_back(group);
        ++row;
    }
    if (items_.empty()) {
        grid_->addWidget(new QLabel(tr("经理尚未设置调查项目。"), this), 0, 0);
    }
}

bool SatisfactionPanel::setScore(std::int64_t itemId, int score) {
    for (size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].id == itemId) {
            for (QAbstractButton* b : groups_[i]->buttons()) {
                b->setChecked(groups_[i]->id(b) == score);
            }
            return true;
        }
    }
    return false;
}

int SatisfactionPanel::score(std::int64_t itemId) const {
    for (size_t i = 0; i < items_.size(); ++i) {
        if (items_[i].id == itemId) {
            QAbstractButton* checked = nullptr;
            for (QAbstractButton* b : groups_[i]->buttons()) {
                if (b->isChecked()) {
                    checked = b;
                }
            }
            return checked != nullptr ? groups_[i]->id(checked) : 0;
        }
    }
    return 0;
}

std::vector<services::SatisfactionScore> SatisfactionPanel::scores() const {
    std::vector<services::SatisfactionScore> out;
    for (const auto& item : items_) {
        if (const int s = score(item.id); s > 0) {
            out.push_back({item.id, s});
        }
    }
    return out;
}

void SatisfactionPanel::clearScores() {
    for (QButtonGroup* g : groups_) {
        for (QAbstractButton* b : g->buttons()) {
            b->setChecked(false);
        }
    }
}

void SatisfactionPanel::showReadError(const QString& message) {
    setItems({});
    auto* label = new QLabel(tr("满意度项目无法读取：%1").arg(message), this);
    label->setObjectName(QStringLiteral("satisfactionReadError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
    grid_->addWidget(label, 0, 0, 1, 6);
}

}  // namespace hc::ui
