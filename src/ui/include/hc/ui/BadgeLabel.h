#pragma once

#include <QLabel>

namespace hc::ui {

/// A coloured pill showing one segment of a customer (class, stage, ABC grade, matrix cell, RFM
/// segment); the tooltip carries the service strategy for that segment.
class BadgeLabel : public QLabel {
    Q_OBJECT
public:
    enum class Tone { Green, Blue, Amber, Red, Grey, Purple, Gold };

    explicit BadgeLabel(QWidget* parent = nullptr);

    void setBadge(const QString& text, Tone tone, const QString& strategy = {});
    [[nodiscard]] Tone tone() const { return tone_; }
    /// Machine key of the segment shown ("loyal", "A", "A+", ...), for tests and styling.
    void setKey(const QString& key) { key_ = key; }
    [[nodiscard]] const QString& key() const { return key_; }

private:
    Tone tone_ = Tone::Grey;
    QString key_;
};

}  // namespace hc::ui
