#include "ArgParser.h"

#include <QCoreApplication>

namespace hc::cli {

ArgParser::ArgParser(QStringList valueOptions, QStringList flags)
    : valueOptions_(std::move(valueOptions)), flags_(std::move(flags)) {}

bool ArgParser::parse(const QStringList& arguments) {
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            positional_ << arg;
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        QString name = arg == u"-h" ? QStringLiteral("help") : arg;
        if (name.startsWith(u"--")) {
            name = name.mid(2);
        } else if (arg != u"-h") {
            error_ = QCoreApplication::translate("hc::cli", "未知选项:%1").arg(arg);
            return false;
        }
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
            hasInline = true;
        }
        if (flags_.contains(name)) {
            if (hasInline) {
                error_ = QCoreApplication::translate("hc::cli", "选项 --%1 不带值").arg(name);
                return false;
            }
            setFlags_.insert(name);
            continue;
        }
        if (!valueOptions_.contains(name)) {
            error_ = QCoreApplication::translate("hc::cli", "未知选项:%1").arg(arg);
            return false;
        }
        if (hasInline) {
            values_.insert(name, inlineValue);
        } else if (i + 1 < arguments.size()) {
            values_.insert(name, arguments.at(++i));
        } else {
            error_ = QCoreApplication::translate("hc::cli", "选项 --%1 缺少值").arg(name);
            return false;
        }
    }
    return true;
}

bool ArgParser::has(const QString& name) const {
    return values_.contains(name);
}

QString ArgParser::value(const QString& name, const QString& fallback) const {
    return values_.value(name, fallback);
}

QStringList ArgParser::given() const {
    QStringList names = values_.keys();
    for (const QString& f : setFlags_) {
        names << f;
    }
    return names;
}

}  // namespace hc::cli
