#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hc::cli {

/// A small command-line parser for "huichang-cli [global options] COMMAND [SUB] [ARGS] [options]":
/// options anywhere, as "--name value" or "--name=value"; flags without value; "--" ends the
/// options; everything else is positional. Unknown options are errors (exit 2).
class ArgParser {
public:
    /// `valueOptions`: names taking a value ("db", "lang", ...); `flags`: names without value.
    ArgParser(QStringList valueOptions, QStringList flags);

    /// Parses the arguments after the program name. False on error (see error()).
    bool parse(const QStringList& arguments);

    [[nodiscard]] const QStringList& positional() const { return positional_; }
    [[nodiscard]] bool has(const QString& name) const;
    [[nodiscard]] QString value(const QString& name, const QString& fallback = {}) const;
    [[nodiscard]] bool flag(const QString& name) const { return setFlags_.contains(name); }
    /// Names of every option and flag given (to reject those a command does not take).
    [[nodiscard]] QStringList given() const;
    [[nodiscard]] const QString& error() const { return error_; }

private:
    QStringList valueOptions_;
    QStringList flags_;
    QStringList positional_;
    QHash<QString, QString> values_;
    QSet<QString> setFlags_;
    QString error_;
};

}  // namespace hc::cli
