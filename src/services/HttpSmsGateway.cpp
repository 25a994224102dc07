#include "hc/services/HttpSmsGateway.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace hc::services {

namespace {

/// The value as it goes between the quotes of a JSON string.
QString jsonEscaped(const QString& value) {
    const std::string quoted = nlohmann::json(value.toStdString()).dump();
    return QString::fromStdString(quoted.substr(1, quoted.size() - 2));
}

}  // namespace

struct HttpSmsGateway::Private {
    domain::SmsGatewaySettings settings;
    QNetworkAccessManager network;
};

HttpSmsGateway::HttpSmsGateway(domain::SmsGatewaySettings settings)
    : d_(std::make_unique<Private>()) {
    d_->settings = std::move(settings);
}

HttpSmsGateway::~HttpSmsGateway() = default;

QByteArray HttpSmsGateway::body(const QString& bodyTemplate, const QString& phone,
                                const QString& text) {
    QString out = bodyTemplate;
    // One pass over the template, so a text containing "{phone}" is not substituted again.
    QString result;
    qsizetype i = 0;
    while (i < out.size()) {
        if (out.mid(i, 7) == QLatin1String("{phone}")) {
            result += jsonEscaped(phone);
            i += 7;
        } else if (out.mid(i, 6) == QLatin1String("{text}")) {
            result += jsonEscaped(text);
            i += 6;
        } else {
            result += out.at(i);
            ++i;
        }
    }
    return result.toUtf8();
}

SmsSendResult HttpSmsGateway::send(const QString& phone, const QString& text) {
    const auto& s = d_->settings;
    const QUrl url(s.url.trimmed());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return {false,
                QCoreApplication::translate("hc::services", "短信网关地址无效:%1").arg(s.url)};
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!s.token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + s.token.toUtf8());
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = d_->network.post(request, body(s.bodyTemplate, phone, text));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(std::max(1, s.timeoutMs));
    if (!reply->isFinished()) {
        loop.exec();
    }
    timer.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    SmsSendResult r;
    if (timedOut) {
        r.error = QCoreApplication::translate("hc::services", "短信网关 %1 毫秒内没有应答")
                      .arg(s.timeoutMs);
    } else if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        r.sent = true;
    } else if (status != 0) {
        const QString answer = QString::fromUtf8(reply->readAll()).simplified().left(120);
        r.error = QCoreApplication::translate("hc::services", "短信网关拒绝(HTTP %1):%2")
                      .arg(status)
                      .arg(answer);
    } else {
        r.error = QCoreApplication::translate("hc::services", "无法连接短信网关:%1")
                      .arg(reply->errorString());
    }
    reply->deleteLater();
    return r;
}

}  // namespace hc::services
