#include "CustomerInput.h"

#include "UseCase.h"
#include "hc/domain/IdNumberValidator.h"
#include "hc/domain/PhoneValidator.h"
#include "hc/domain/TextNormalizer.h"

#include <QCoreApplication>
#include <QStringList>

namespace hc::services {

using domain::TextNormalizer;

namespace {
bool keyAllowed(const QString& value, const QStringList& keys) {
    return value.isEmpty() || keys.contains(value);
}
}  // namespace

std::optional<ServiceError> normaliseCustomer(domain::Customer& c, const QDate& today) {
    c.name = TextNormalizer::text(c.name);
    if (c.name.isEmpty()) {
        return invalidInput(
            QStringLiteral("name"),
            QCoreApplication::translate("hc::services", "请填写客户姓名或单位名称"));
    }
    for (auto [value, field] : {std::pair{&c.phone, QStringLiteral("phone")},
                                std::pair{&c.phone2, QStringLiteral("phone2")}}) {
        if (TextNormalizer::text(*value).isEmpty()) {
            value->clear();
            continue;
        }
        const auto r = domain::PhoneValidator::validate(*value);
        if (r.isError()) {
            return invalidInput(field,
                                QCoreApplication::translate("hc::services", "电话号码有误:%1")
                                    .arg(validationMessage(r)));
        }
        *value = r.value;
    }
    if (!TextNormalizer::text(c.idNumber).isEmpty()) {
        const auto r = domain::IdNumberValidator::validate(c.idNumber, today);
        if (r.isError()) {
            return invalidInput(QStringLiteral("id_number"),
                                QCoreApplication::translate("hc::services", "身份证号码有误:%1")
                                    .arg(validationMessage(r)));
        }
        c.idNumber = r.value;
        if (!c.birthday.isValid() && r.birthday) {
            c.birthday = *r.birthday;
        }
        if (c.gender.isEmpty() && r.gender) {
            c.gender = *r.gender == domain::IdNumberValidator::Gender::Male
                           ? QStringLiteral("male")
                           : QStringLiteral("female");
        }
    } else {
        c.idNumber.clear();
    }
    if (c.birthday.isValid() && c.birthday > today) {
        return invalidInput(QStringLiteral("birthday"),
                            QCoreApplication::translate("hc::services", "生日不能晚于今天"));
    }
    for (QString* s : {&c.address, &c.postalCode, &c.region, &c.source, &c.note}) {
        *s = TextNormalizer::text(*s);
    }
    if (c.kind.isEmpty()) {
        c.kind = QStringLiteral("person");
    }
    struct Check {
        const QString* value;
        const char* field;
        QStringList keys;
    };
    const Check checks[] = {
        {&c.kind, "kind", {QStringLiteral("person"), QStringLiteral("company")}},
        {&c.gender, "gender", {QStringLiteral("male"), QStringLiteral("female")}},
        {&c.attribute,
         "attribute",
         {QStringLiteral("official"), QStringLiteral("insurance"), QStringLiteral("private"),
          QStringLiteral("taxi")}},
        {&c.behaviour,
         "behaviour",
         {QStringLiteral("demanding"), QStringLiteral("confused"), QStringLiteral("agitated")}},
        {&c.decisionStyle,
         "decision_style",
         {QStringLiteral("rational"), QStringLiteral("emotional")}},
    };
    for (const Check& check : checks) {
        if (!keyAllowed(*check.value, check.keys)) {
            return invalidInput(
                QString::fromLatin1(check.field),
                QCoreApplication::translate("hc::services", "不支持的取值:%1").arg(*check.value));
        }
    }
    return std::nullopt;
}

}  // namespace hc::services
