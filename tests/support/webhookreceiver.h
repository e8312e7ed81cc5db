#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for delivery tests and benchmarks: records what arrives and answers
// as a script says — any status (with Retry-After or Location), a dropped connection, or a late reply.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        int answeredStatus = 0; // 0: dropped or not answered yet
        qint64 atMs = 0;        // arrival, ms since the receiver started listening
        QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
    };
    struct Response
    {
        int status = 200;
        QByteArray retryAfter;
        QByteArray location;
        bool drop = false; // close the connection without answering
        int delayMs = 0;   // answer this late
    };
    // Decides the answer to the n-th request (0-based, counting every request).
    using Responder = std::function<Response(const Request& request, int n)>;

    explicit WebhookReceiver(QObject* parent = nullptr);
    ~WebhookReceiver() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/hook")) const;

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Answers the next requests with these, in order, then 200 again.
    void script(const QList<Response>& responses);
    // Benchmarks keep only the count, so memory stays flat.
    void setRecording(bool on) { m_recording = on; }

    const QList<Request>& requests() const { return m_requests; }
    int count() const { return m_count; }
    // webhook-id of the requests answered 2xx, in arrival order.
    QList<QByteArray> deliveredIds() const;

signals:
    void received(int count);

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int index, const Response& response);

    QTcpServer m_server; // a child too, so that moveToThread() takes it along
    Responder m_responder;
    QList<Response> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    int m_count = 0;
    bool m_recording = true;
};
