#pragma once

#include "clicontext.h"
#include "result.h"

#include <QJsonArray>
#include <QList>

// Prints a list as one JSON array (--json) or one line per item; a failed lookup goes to stderr.
template <typename T, typename ToJson, typename ToLine>
int printList(CliContext& ctx, const Result<QList<T>>& items, ToJson toJson, ToLine toLine)
{
    if (!items)
        return ctx.failWith(items.error());
    QJsonArray array;
    for (const T& item : items.value()) {
        if (ctx.json)
            array << toJson(item);
        else
            ctx.out << toLine(item) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(array);
    return CliContext::Ok;
}
