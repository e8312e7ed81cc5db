#include "previewhtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PreviewHtml)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString color(int rgb)
{
    return QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0'));
}

QJsonObject payload(const ChannelPreview& p)
{
    return QJsonDocument::fromJson(p.body).object();
}

// A bar on the left as chat tools draw attachments and embeds; a table, because QTextBrowser has no borders.
QString barred(const QString& barColor, const QString& inner, const QString& background)
{
    return QStringLiteral(
               "<table cellspacing='0' cellpadding='0' width='100%'><tr><td width='4' bgcolor='%1'></td>"
               "<td bgcolor='%2' style='padding:8px'>%3</td></tr></table>")
        .arg(barColor, background, inner);
}

QString factRows(const QJsonArray& facts, const QString& nameKey, const QString& valueKey, const QString& fg)
{
    QString rows;
    for (const QJsonValue& v : facts) {
        const QJsonObject f = v.toObject();
        rows +=
            QStringLiteral(
                "<tr><td style='color:%3;padding-right:12px'><b>%1</b></td><td style='color:%3'>%2</td></tr>")
                .arg(esc(f.value(nameKey).toString()), esc(f.value(valueKey).toString()), fg);
    }
    return QStringLiteral("<table cellspacing='2'>%1</table>").arg(rows);
}

QString sender(const QString& fg)
{
    return QStringLiteral("<p style='color:%1'><b>Incident Commander</b> <small>APP</small></p>").arg(fg);
}

QString slack(const ChannelPreview& p)
{
    const QJsonArray blocks = payload(p).value(QStringLiteral("blocks")).toArray();
    QString html = sender(QStringLiteral("#1d1c1d"));
    for (const QJsonValue& v : blocks) {
        const QJsonObject b = v.toObject();
        const QString type = b.value(QStringLiteral("type")).toString();
        const QString text =
            b.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString();
        if (type == QStringLiteral("header")) {
            html += QStringLiteral("<h3>%1</h3>").arg(esc(text));
        } else if (type == QStringLiteral("section") && b.contains(QStringLiteral("fields"))) {
            QString cells;
            for (const QJsonValue& f : b.value(QStringLiteral("fields")).toArray())
                cells += QStringLiteral("<td style='padding-right:24px'>%1</td>")
                             .arg(PreviewHtml::inlineMarkup(
                                 f.toObject().value(QStringLiteral("text")).toString()));
            html += QStringLiteral("<table><tr>%1</tr></table>").arg(cells);
        } else if (type == QStringLiteral("section")) {
            // The payload holds Slack's own escaping (&lt; …); show it as Slack would, unescaped.
            QString plain = text;
            plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"));
            plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            html += QStringLiteral("<p>%1</p>").arg(PreviewHtml::inlineMarkup(plain));
        } else if (type == QStringLiteral("context")) {
            const QString ctx = b.value(QStringLiteral("elements"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("text"))
                                    .toString();
            html += QStringLiteral("<p style='color:#616061'><small>%1</small></p>").arg(esc(ctx));
        }
    }
    return QStringLiteral("<div style='background:#ffffff;color:#1d1c1d'>%1</div>").arg(html);
}

QString mattermost(const ChannelPreview& p)
{
    const QJsonObject o = payload(p);
    QString text = o.value(QStringLiteral("text")).toString();
    QString heading;
    if (text.startsWith(QStringLiteral("#### "))) {
        heading = text.section(QLatin1Char('\n'), 0, 0).mid(5);
        text = text.section(QLatin1Char('\n'), 1);
    }
    const QJsonObject a = o.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    const QString inner = factRows(a.value(QStringLiteral("fields")).toArray(), QStringLiteral("title"),
                                   QStringLiteral("value"), QStringLiteral("#3d3c40")) +
                          QStringLiteral("<p style='color:#8a8a8a'><small>%1</small></p>")
                              .arg(esc(a.value(QStringLiteral("footer")).toString()));
    return sender(QStringLiteral("#3d3c40")) +
           QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(heading), PreviewHtml::inlineMarkup(text)) +
           barred(a.value(QStringLiteral("color")).toString(), inner, QStringLiteral("#f7f7f7"));
}

QString teams(const ChannelPreview& p)
{
    const QJsonObject card = payload(p)
                                 .value(QStringLiteral("attachments"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toObject();
    QString inner;
    for (const QJsonValue& v : card.value(QStringLiteral("body")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString text = e.value(QStringLiteral("text")).toString();
        if (e.value(QStringLiteral("type")).toString() == QStringLiteral("FactSet"))
            inner += factRows(e.value(QStringLiteral("facts")).toArray(), QStringLiteral("title"),
                              QStringLiteral("value"), QStringLiteral("#242424"));
        else if (e.value(QStringLiteral("isSubtle")).toBool())
            inner += QStringLiteral("<p style='color:#616161'><small>%1</small></p>").arg(esc(text));
        else if (e.value(QStringLiteral("weight")).toString() == QStringLiteral("Bolder"))
            inner += QStringLiteral("<h3>%1</h3>").arg(esc(text));
        else
            inner += QStringLiteral("<p>%1</p>").arg(PreviewHtml::inlineMarkup(text));
    }
    return sender(QStringLiteral("#242424")) +
           barred(QStringLiteral("#6264a7"), inner, QStringLiteral("#ffffff"));
}

QString discord(const ChannelPreview& p)
{
    const QJsonObject o = payload(p);
    const QJsonObject e = o.value(QStringLiteral("embeds")).toArray().at(0).toObject();
    QString fields;
    for (const QJsonValue& v : e.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        fields += QStringLiteral("<td style='padding-right:24px;color:#dbdee1'><b>%1</b><br>%2</td>")
                      .arg(esc(f.value(QStringLiteral("name")).toString()),
                           esc(f.value(QStringLiteral("value")).toString()));
    }
    const QString inner =
        QStringLiteral("<p style='color:#f2f3f5'><b>%1</b></p><p style='color:#dbdee1'>%2</p>"
                       "<table><tr>%3</tr></table><p style='color:#b5bac1'><small>%4</small></p>")
            .arg(esc(e.value(QStringLiteral("title")).toString()),
                 PreviewHtml::inlineMarkup(e.value(QStringLiteral("description")).toString()), fields,
                 esc(e.value(QStringLiteral("footer")).toObject().value(QStringLiteral("text")).toString()));
    return QStringLiteral("<div style='background:#313338'>%1<p style='color:#dbdee1'>%2</p>%3</div>")
        .arg(sender(QStringLiteral("#f2f3f5")), esc(o.value(QStringLiteral("content")).toString()),
             barred(color(e.value(QStringLiteral("color")).toInt()), inner, QStringLiteral("#2b2d31")));
}

QString generic(const ChannelPreview& p)
{
    const QString headers =
        QStringLiteral("POST %1\nContent-Type: %2\nwebhook-id: msg_…\nwebhook-timestamp: …\n%3\n\n")
            .arg(Channels::maskedUrl(p.channel.url), p.contentType,
                 p.channel.hasSecret ? QStringLiteral("webhook-signature: v1,…")
                                     : Text::tr("(no signing secret set: unsigned)"));
    const QString json = QString::fromUtf8(QJsonDocument::fromJson(p.body).toJson(QJsonDocument::Indented));
    return QStringLiteral("<pre style='white-space: pre-wrap'>%1%2</pre>").arg(esc(headers), esc(json));
}
} // namespace

QString PreviewHtml::inlineMarkup(const QString& text)
{
    static const QRegularExpression doubleBold(QStringLiteral("\\*\\*([^*\\n]+)\\*\\*"));
    static const QRegularExpression bold(QStringLiteral("\\*([^*\\n]+)\\*"));
    static const QRegularExpression italic(QStringLiteral("(^|\\s)_([^_\\n]+)_"));
    QString html = text.toHtmlEscaped();
    html.replace(doubleBold, QStringLiteral("<b>\\1</b>"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("\\1<i>\\2</i>"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString PreviewHtml::render(const ChannelPreview& p)
{
    QString html;
    if (p.suppressed)
        html += QStringLiteral("<p style='background:#6a1b9a;color:white;padding:4px'><b>%1</b></p>")
                    .arg(esc(Text::tr(
                        "Drill: this channel is not marked for drills. The update is kept in the outbox "
                        "(local sink) and not sent.")));
    switch (p.channel.kind) {
    case ChannelKind::Slack:
        return html + slack(p);
    case ChannelKind::Mattermost:
        return html + mattermost(p);
    case ChannelKind::Teams:
        return html + teams(p);
    case ChannelKind::Discord:
        return html + discord(p);
    case ChannelKind::Generic:
        return html + generic(p);
    }
    return html;
}
