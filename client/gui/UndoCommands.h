// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace petinfo::client {

class PetService;

/** Called when a service call behind an undo step fails (the GUI shows describe(error)). */
using UndoErrorHandler = std::function<void(const StorageError&)>;

/** Moving a pet to the trash; undo restores it. Deleting never loses data until the trash is
 *  emptied, so undo is a plain restore. */
class TrashPetCommand final : public QUndoCommand
{
public:
    TrashPetCommand(PetService& service, QString petId, const QString& petName, UndoErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    PetService& m_service;
    QString m_petId;
    UndoErrorHandler m_onError;
};

/** Restoring a pet from the trash; undo puts it back in the trash. */
class RestorePetCommand final : public QUndoCommand
{
public:
    RestorePetCommand(PetService& service, QString petId, const QString& petName, UndoErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    PetService& m_service;
    QString m_petId;
    UndoErrorHandler m_onError;
};

/** Deleting a health record (records are append-only: deleting moves it to the trash). */
class TrashHealthRecordCommand final : public QUndoCommand
{
public:
    TrashHealthRecordCommand(PetService& service, QString recordId, const QString& what, UndoErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    PetService& m_service;
    QString m_recordId;
    UndoErrorHandler m_onError;
};

/** Deleting a weight entry. */
class RemoveWeightCommand final : public QUndoCommand
{
public:
    RemoveWeightCommand(PetService& service, QString petId, QString weightId, const QString& what,
                        UndoErrorHandler onError);
    void redo() override;
    void undo() override;

private:
    PetService& m_service;
    QString m_petId;
    QString m_weightId;
    UndoErrorHandler m_onError;
};

} // namespace petinfo::client
