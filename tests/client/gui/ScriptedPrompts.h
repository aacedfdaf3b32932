// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/Prompts.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace petinfo::test {

/** The GUI tests' answers to the app's questions: queued in advance, logged when asked. An empty
 *  queue answers "no" / Cancel, so an unexpected question cannot delete or overwrite anything. */
class ScriptedPrompts final : public client::Prompts
{
public:
    QList<bool> confirms;
    QList<Unsaved> unsavedAnswers;
    QStringList openFiles;
    QStringList saveFiles;
    /** nullopt = cancel; an empty string = "no passphrase" where that is allowed. */
    QList<std::optional<QString>> passphrases;

    QStringList questions; ///< text of every confirm / unsaved question asked
    QStringList errors;    ///< "title: text" of every error shown
    QStringList informations;
    QList<client::PassphraseRequest> passphraseRequests;

    void reset()
    {
        confirms.clear();
        unsavedAnswers.clear();
        openFiles.clear();
        saveFiles.clear();
        passphrases.clear();
        questions.clear();
        errors.clear();
        informations.clear();
        passphraseRequests.clear();
    }

    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        questions << text;
        return !confirms.isEmpty() && confirms.takeFirst();
    }
    Unsaved askUnsaved(QWidget*, const QString& text) override
    {
        questions << text;
        return unsavedAnswers.isEmpty() ? Unsaved::Cancel : unsavedAnswers.takeFirst();
    }
    void error(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        errors << title + QStringLiteral(": ") + text;
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        informations << title + QStringLiteral(": ") + text;
    }
    QString openFile(QWidget*, const QString&, const QString&) override
    {
        return openFiles.isEmpty() ? QString() : openFiles.takeFirst();
    }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return saveFiles.isEmpty() ? QString() : saveFiles.takeFirst();
    }
    std::optional<client::SecureBytes> passphrase(QWidget*, const client::PassphraseRequest& request) override
    {
        passphraseRequests << request;
        if (passphrases.isEmpty() || !passphrases.front()) {
            if (!passphrases.isEmpty()) {
                passphrases.removeFirst();
            }
            return std::nullopt;
        }
        const QByteArray utf8 = passphrases.takeFirst()->toUtf8();
        return client::SecureBytes(QByteArrayView(utf8));
    }
};

} // namespace petinfo::test
