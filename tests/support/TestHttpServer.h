#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

namespace hc::test {

/// A one-request-at-a-time HTTP server on 127.0.0.1 for the SMS gateway tests: answers with
/// `status` (0 = never answers, so the client times out) and keeps every request it read. It runs
/// on the thread that made it: that thread's event loop must spin while a client waits.
class TestHttpServer {
public:
    TestHttpServer() {
        server_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server_, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
            }
        });
    }
    [[nodiscard]] QString url() const {
        return QStringLiteral("http://127.0.0.1:%1/sms").arg(server_.serverPort());
    }
    int status = 200;
    QList<QByteArray> requests;

private:
    void onRead(QTcpSocket* s) {
        buffer_ += s->readAll();
        const auto end = buffer_.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        int length = 0;
        for (const QByteArray& line : buffer_.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toInt();
            }
        }
        if (buffer_.size() < end + 4 + length) {
            return;
        }
        requests.push_back(buffer_.left(end + 4 + length));
        buffer_.clear();
        if (status == 0) {
            return;  // never answers: the client times out
        }
        const QByteArray body = status == 200 ? "{\"ok\":true}" : "{\"error\":\"quota\"}";
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }
    QTcpServer server_;
    QByteArray buffer_;
};

}  // namespace hc::test
