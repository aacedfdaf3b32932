// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/UndoCommands.h"
#include "services/PersonService.h"

namespace petinfo::client {

/** Merging two people (already done when the command is pushed: the merge is checked and made
 *  first, so a refused merge leaves no step behind). Undo brings the duplicate and their pet links
 *  back; redo merges again with the same choices. */
class MergePeopleCommand final : public QUndoCommand
{
public:
    MergePeopleCommand(PersonService& people, PersonMerge done, UndoErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    PersonService& m_people;
    PersonMerge m_merge;
    UndoErrorHandler m_onError;
    bool m_done = true;
};

} // namespace petinfo::client
