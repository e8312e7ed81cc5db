#include "templateservice.h"

#include "domain/clock.h"
#include "domain/templateformat.h"
#include "domain/templatevalidator.h"
#include "storage/database.h"
#include "storage/templatestore.h"
#include "storage/transaction.h"

#include <QFile>

TemplateService::TemplateService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<TemplateStore>(db))
{
}

TemplateService::~TemplateService() = default;

QList<ChecklistTemplate> TemplateService::shippedDefaults()
{
    QList<ChecklistTemplate> out;
    for (Severity s : Severities::all())
        if (auto t = shippedDefault(ChecklistTemplates::defaultKey(s)))
            out << *t;
    return out;
}

std::optional<ChecklistTemplate> TemplateService::shippedDefault(const QString& key)
{
    QFile file(QStringLiteral(":/templates/checklists/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<ChecklistTemplate> t = TemplateFormat::parse(file.readAll());
    if (!t) { // a test keeps the shipped files valid; never let a broken one block declaring an incident
        qWarning("Shipped checklist template %s is invalid: %s", qPrintable(key), qPrintable(t.error()));
        return std::nullopt;
    }
    t.value().revision = 0;
    return t.value();
}

Result<QList<ChecklistTemplate>> TemplateService::list() const
{
    Result<QList<ChecklistTemplate>> saved = m_store->list();
    if (!saved)
        return saved;
    QList<ChecklistTemplate> out = saved.value();
    for (const ChecklistTemplate& d : shippedDefaults()) {
        const bool overridden = std::any_of(out.cbegin(), out.cend(), [&](const ChecklistTemplate& t) {
            return t.key == d.key || (d.severity && t.severity == d.severity);
        });
        if (!overridden)
            out << d;
    }
    std::stable_sort(out.begin(), out.end(), [](const ChecklistTemplate& a, const ChecklistTemplate& b) {
        const int sa = a.severity ? int(*a.severity) : 99;
        const int sb = b.severity ? int(*b.severity) : 99;
        return sa != sb ? sa < sb : a.key < b.key;
    });
    return out;
}

Result<ChecklistTemplate> TemplateService::get(const QString& key) const
{
    const auto saved = m_store->find(key);
    if (!saved)
        return saved.failure();
    if (saved.value())
        return *saved.value();
    if (auto d = shippedDefault(key))
        return *d;
    return fail(tr("There is no checklist template \"%1\".").arg(key));
}

Result<ChecklistTemplate> TemplateService::forSeverity(Severity severity) const
{
    const auto saved = m_store->forSeverity(severity);
    if (!saved)
        return saved.failure();
    if (saved.value())
        return *saved.value();
    if (auto d = shippedDefault(ChecklistTemplates::defaultKey(severity)))
        return *d;
    return fail(tr("There is no checklist template for %1.").arg(Severities::code(severity)));
}

Result<ChecklistTemplate> TemplateService::save(ChecklistTemplate t, const QString& by)
{
    if (const auto issue = TemplateValidator::firstIssue(t))
        return fail(TemplateValidator::describe(*issue));
    // A shipped key names its severity's playbook; saving it for another severity (or none) would leave
    // incidents using the shipped default while the list shows the team's version.
    if (const auto shipped = shippedDefault(t.key); shipped && shipped->severity != t.severity)
        return fail(tr("The template \"%1\" is the %2 playbook: keep its severity %2, or give the template "
                       "another key.")
                        .arg(t.key, Severities::code(*shipped->severity)));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const auto previous = m_store->find(t.key);
    if (!previous)
        return previous.failure();
    t.revision = previous.value() ? previous.value()->revision + 1 : 1;
    t.updatedAt = m_clock.now();
    t.updatedBy = by;
    if (Status s = m_store->save(t); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit templatesChanged();
    return t;
}

Result<ChecklistTemplate> TemplateService::importJson(const QByteArray& json, const QString& by)
{
    Result<ChecklistTemplate> parsed = TemplateFormat::parse(json);
    if (!parsed)
        return parsed;
    return save(parsed.value(), by);
}

Result<QByteArray> TemplateService::exportJson(const QString& key) const
{
    const Result<ChecklistTemplate> t = get(key);
    if (!t)
        return t.failure();
    return TemplateFormat::write(t.value());
}

Status TemplateService::reset(const QString& key)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const auto saved = m_store->find(key);
    if (!saved)
        return saved.failure();
    if (!saved.value())
        return fail(shippedDefault(key) ? tr("The template \"%1\" is already the shipped default.").arg(key)
                                        : tr("There is no checklist template \"%1\".").arg(key));
    if (Status s = m_store->remove(key); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit templatesChanged();
    return {};
}
