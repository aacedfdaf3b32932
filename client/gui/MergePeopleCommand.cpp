// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MergePeopleCommand.h"

#include <QCoreApplication>

namespace petinfo::client {

MergePeopleCommand::MergePeopleCommand(PersonService& people, PersonMerge done, UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Merge %1 into %2")
                       .arg(QString::fromStdString(done.duplicate.name), QString::fromStdString(done.keptAfter.name)))
    , m_people(people)
    , m_merge(std::move(done))
    , m_onError(std::move(onError))
{}

void MergePeopleCommand::redo()
{
    if (m_done) {
        return; // the first redo, when pushed: the merge was just made
    }
    auto merged = m_people.merge(QString::fromStdString(m_merge.keptAfter.id),
                                 QString::fromStdString(m_merge.duplicate.id), m_merge.options);
    if (!merged) {
        setObsolete(true);
        if (m_onError) {
            m_onError(merged.error());
        }
        return;
    }
    m_merge = std::move(*merged);
    m_done = true;
}

void MergePeopleCommand::undo()
{
    if (auto r = m_people.undoMerge(m_merge); !r) {
        setObsolete(true);
        if (m_onError) {
            m_onError(r.error());
        }
        return;
    }
    m_done = false;
}

} // namespace petinfo::client
