#include "pdfsplice.h"

#include <algorithm>
#include <utility>

PdfSplice::PdfSplice(QList<Edit> edits) : m_edits(std::move(edits))
{
    std::sort(m_edits.begin(), m_edits.end(), [](const Edit& a, const Edit& b) { return a.start < b.start; });
}

bool PdfSplice::valid() const
{
    for (qsizetype k = 1; k < m_edits.size(); ++k)
        if (m_edits[k].start < m_edits[k - 1].end)
            return false;
    return true;
}

bool PdfSplice::insideEdit(qsizetype pos) const
{
    return std::any_of(m_edits.begin(), m_edits.end(),
                       [pos](const Edit& e) { return pos > e.start && pos < e.end; });
}

QByteArray PdfSplice::apply(QByteArrayView in) const
{
    QByteArray out;
    out.reserve(in.size() + 1024);
    qsizetype from = 0;
    for (const Edit& e : m_edits) {
        out.append(in.sliced(from, e.start - from)).append(e.bytes);
        from = e.end;
    }
    return out.append(in.sliced(from));
}

qsizetype PdfSplice::shift(qsizetype pos) const
{
    qsizetype moved = pos;
    for (const Edit& e : m_edits)
        if (e.end <= pos)
            moved += e.bytes.size() - (e.end - e.start);
    return moved;
}
