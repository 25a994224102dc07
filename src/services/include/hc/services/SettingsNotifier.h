#pragma once

#include <QObject>

namespace hc::services {

/// Tells open screens that stored settings changed: SettingsService emits after a save (or an
/// import) has committed. One object, created by the app (or the test) and injected into the
/// SettingsService and the screens through their constructors / UiContext (no singleton).
class SettingsNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// The analysis thresholds (classification, stages, ABC, matrix, RFM, fleet) were saved.
    void analysisChanged();
    /// The follow-up thresholds (maintenance interval, callbacks, complaints) were saved.
    void followUpsChanged();
    /// The customer-base model settings (margin, repeat customers a fit needs, value horizon)
    /// were saved.
    void customerBaseChanged();
    /// Any settings were saved (emitted once per save, after the specific signals).
    void changed();
};

}  // namespace hc::services
