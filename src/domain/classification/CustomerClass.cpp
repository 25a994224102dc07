#include "hc/domain/CustomerClass.h"

#include <array>

namespace hc::domain {

namespace {

const std::array<QString, kCustomerClassCount>& classKeys() {
    static const std::array<QString, kCustomerClassCount> keys{
        QStringLiteral("loyal"), QStringLiteral("swing"), QStringLiteral("lost"),
        QStringLiteral("invalid"), QStringLiteral("no_visit")};
    return keys;
}

const std::array<QString, kStageCount>& stageKeys() {
    static const std::array<QString, kStageCount> keys{
        QStringLiteral("active"),        QStringLiteral("not_lost"),
        QStringLiteral("quasi_lost"),    QStringLiteral("lost"),
        QStringLiteral("trending_lost"), QStringLiteral("completely_lost")};
    return keys;
}

}  // namespace

QString toKey(CustomerClass cls) {
    return classKeys().at(static_cast<std::size_t>(cls));
}

QString toKey(Stage stage) {
    return stageKeys().at(static_cast<std::size_t>(stage));
}

std::optional<CustomerClass> customerClassFromKey(const QString& key) {
    const auto& keys = classKeys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            return static_cast<CustomerClass>(i);
        }
    }
    return std::nullopt;
}

std::optional<Stage> stageFromKey(const QString& key) {
    const auto& keys = stageKeys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            return static_cast<Stage>(i);
        }
    }
    return std::nullopt;
}

}  // namespace hc::domain
