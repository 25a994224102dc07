#pragma once

#include <QString>

namespace hc::domain {

/// Language of a user-visible validation message.
enum class MessageLanguage { Zh, En };

/// Outcome of a validator or parser: a status, the normalised value and, when something is wrong,
/// a machine code ("phone.invalid_length") plus a message in Chinese and in English that says what
/// is wrong and how to fix it. Shared by every validator; typed results (parsed date, fen, ...)
/// derive from it. Domain code never throws on bad input: it returns one of these.
struct ValidationResult {
    enum class Status { Ok, Warning, Error };

    Status status = Status::Ok;
    /// The normalised value (for errors: the input after normalisation, so nothing is lost).
    QString value;
    /// Machine code, empty when Ok. Stable: tests, importer reports and translations key on it.
    QString code;
    QString messageZh;
    QString messageEn;

    [[nodiscard]] bool isOk() const { return status == Status::Ok; }
    [[nodiscard]] bool isWarning() const { return status == Status::Warning; }
    [[nodiscard]] bool isError() const { return status == Status::Error; }
    /// Ok or Warning: the value may be stored.
    [[nodiscard]] bool isAcceptable() const { return status != Status::Error; }
    [[nodiscard]] QString message(MessageLanguage language) const;

    [[nodiscard]] static ValidationResult ok(const QString& value);
    [[nodiscard]] static ValidationResult warning(const QString& value, const QString& code,
                                                  const QString& messageZh,
                                                  const QString& messageEn);
    [[nodiscard]] static ValidationResult error(const QString& value, const QString& code,
                                                const QString& messageZh, const QString& messageEn);
};

}  // namespace hc::domain
