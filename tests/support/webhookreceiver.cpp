#include "webhookreceiver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

WebhookReceiver::WebhookReceiver(QObject* parent) : QObject(parent), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onConnection);
}

WebhookReceiver::~WebhookReceiver()
{
    // Sockets are the server's children; close them before the members their handlers use are gone.
    const auto sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool WebhookReceiver::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WebhookReceiver::url(const QString& path) const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

void WebhookReceiver::script(const QList<Response>& responses)
{
    m_script = responses;
    m_responder = [this](const Request&, int) {
        return m_script.isEmpty() ? Response{} : m_script.takeFirst();
    };
}

QList<QByteArray> WebhookReceiver::deliveredIds() const
{
    QList<QByteArray> ids;
    for (const Request& r : m_requests)
        if (r.answeredStatus >= 200 && r.answeredStatus < 300)
            ids << r.header("webhook-id");
    return ids;
}

void WebhookReceiver::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void WebhookReceiver::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        request.atMs = m_clock.elapsed();
        buffer.remove(0, headerEnd + 4 + length);
        const int n = m_count++;
        const Response response = m_responder ? m_responder(request, n) : Response{};
        int index = -1;
        if (m_recording) {
            m_requests << request;
            index = int(m_requests.size() - 1);
        }
        if (response.drop) {
            socket->abort();
            emit received(m_count);
            return;
        }
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(response.delayMs, this, [this, guarded, index, response] {
                if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                    answer(guarded, index, response);
            });
        } else {
            answer(socket, index, response);
        }
        emit received(m_count);
    }
}

void WebhookReceiver::answer(QTcpSocket* socket, int index, const Response& r)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    if (!r.retryAfter.isEmpty())
        head += "Retry-After: " + r.retryAfter + "\r\n";
    if (!r.location.isEmpty())
        head += "Location: " + r.location + "\r\n";
    head += "Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok";
    socket->write(head);
    if (index >= 0 && index < m_requests.size())
        m_requests[index].answeredStatus = r.status;
}
