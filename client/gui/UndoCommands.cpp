// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/UndoCommands.h"

#include "services/PetService.h"

#include <QCoreApplication>

namespace petinfo::client {

namespace {

/** Runs one direction of a step; a failure makes the step obsolete so the stack drops it. */
void apply(QUndoCommand& command, const StorageResult<void>& result, const UndoErrorHandler& onError)
{
    if (!result) {
        command.setObsolete(true);
        if (onError) {
            onError(result.error());
        }
    }
}

} // namespace

TrashPetCommand::TrashPetCommand(PetService& service, QString petId, const QString& petName, UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Delete %1").arg(petName))
    , m_service(service)
    , m_petId(std::move(petId))
    , m_onError(std::move(onError))
{}

void TrashPetCommand::redo()
{
    apply(*this, m_service.trashPet(m_petId), m_onError);
}

void TrashPetCommand::undo()
{
    apply(*this, m_service.restorePet(m_petId), m_onError);
}

RestorePetCommand::RestorePetCommand(PetService& service, QString petId, const QString& petName,
                                     UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Restore %1").arg(petName))
    , m_service(service)
    , m_petId(std::move(petId))
    , m_onError(std::move(onError))
{}

void RestorePetCommand::redo()
{
    apply(*this, m_service.restorePet(m_petId), m_onError);
}

void RestorePetCommand::undo()
{
    apply(*this, m_service.trashPet(m_petId), m_onError);
}

TrashHealthRecordCommand::TrashHealthRecordCommand(PetService& service, QString recordId, const QString& what,
                                                   UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Delete %1").arg(what))
    , m_service(service)
    , m_recordId(std::move(recordId))
    , m_onError(std::move(onError))
{}

void TrashHealthRecordCommand::redo()
{
    apply(*this, m_service.trashHealthRecord(m_recordId), m_onError);
}

void TrashHealthRecordCommand::undo()
{
    apply(*this, m_service.restoreHealthRecord(m_recordId), m_onError);
}

RemoveWeightCommand::RemoveWeightCommand(PetService& service, QString petId, QString weightId, const QString& what,
                                         UndoErrorHandler onError)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Delete %1").arg(what))
    , m_service(service)
    , m_petId(std::move(petId))
    , m_weightId(std::move(weightId))
    , m_onError(std::move(onError))
{}

void RemoveWeightCommand::redo()
{
    apply(*this, m_service.removeWeight(m_petId, m_weightId), m_onError);
}

void RemoveWeightCommand::undo()
{
    apply(*this, m_service.restoreWeight(m_petId, m_weightId), m_onError);
}

} // namespace petinfo::client
