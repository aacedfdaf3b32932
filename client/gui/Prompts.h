// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace petinfo::client {

/** Every question the app asks the user in a modal box or a file chooser goes through this
 *  interface. The app uses DialogPrompts; GUI tests install a scripted implementation, so they
 *  answer confirmations without hunting for modal windows or sleeping. */
/** What a passphrase is asked for. */
struct PassphraseRequest
{
    enum class Kind
    {
        CreateDatabase, ///< first run without a keychain: choose one (typed twice)
        UnlockDatabase, ///< the database is passphrase-protected
        BackupOptional, ///< a backup may get its own passphrase (empty answer: none)
        UnlockBackup,   ///< the backup to restore is passphrase-protected
    };
    Kind kind = Kind::UnlockDatabase;
    QString path;  ///< the database or backup file
    QString error; ///< why the previous attempt failed (wrong passphrase), or empty
};

class Prompts
{
public:
    enum class Unsaved
    {
        Save,
        Discard,
        Cancel
    };

    virtual ~Prompts() = default;

    /** A yes/no question about something destructive; `action` labels the accept button. */
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) = 0;
    /** "Save changes to Rex?" when closing an editor with unsaved changes. */
    virtual Unsaved askUnsaved(QWidget* parent, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text, const QString& details = {}) = 0;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    /** An existing file to read, or empty when cancelled. */
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    /** A file to write (the chooser asks before overwriting), or empty when cancelled. */
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                             const QString& filter) = 0;
    /** A passphrase, or nullopt when the user cancelled (BackupOptional: empty bytes = no passphrase). */
    virtual std::optional<SecureBytes> passphrase(QWidget* parent, const PassphraseRequest& request) = 0;
};

/** The real thing: QMessageBox and QFileDialog. */
class DialogPrompts final : public Prompts
{
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action) override;
    Unsaved askUnsaved(QWidget* parent, const QString& text) override;
    void error(QWidget* parent, const QString& title, const QString& text, const QString& details) override;
    void information(QWidget* parent, const QString& title, const QString& text) override;
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                     const QString& filter) override;
    std::optional<SecureBytes> passphrase(QWidget* parent, const PassphraseRequest& request) override;
};

} // namespace petinfo::client
