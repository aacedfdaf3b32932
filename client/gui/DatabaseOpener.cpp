// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DatabaseOpener.h"

#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "storage/DatabaseFile.h"

#include <QFileInfo>

namespace petinfo::client {

using FileResult = StorageResult<std::shared_ptr<DatabaseFile>>;

DatabaseOpener::DatabaseOpener(SecretStore& secrets, Prompts& prompts, QWidget* parent)
    : m_secrets(secrets)
    , m_prompts(prompts)
    , m_parent(parent)
{}

FileResult DatabaseOpener::open(const QString& path)
{
    return QFileInfo::exists(path) ? unlock(path) : create(path);
}

FileResult DatabaseOpener::create(const QString& path)
{
    FileResult created = DatabaseFile::create(path, m_secrets, CreateOptions{});
    if (created || created.error().code != StorageErrc::PassphraseRequired) {
        return created;
    }
    std::optional<SecureBytes> passphrase =
        m_prompts.passphrase(m_parent, {PassphraseRequest::Kind::CreateDatabase, path, {}});
    if (!passphrase) {
        return fail(StorageErrc::Cancelled, "no passphrase chosen");
    }
    CreateOptions options;
    options.source = CreateOptions::Source::Passphrase;
    options.passphrase = std::move(*passphrase);
    options.kdfIterations = m_kdfIterations;
    return ProgressRunner::call<FileResult>(
        m_parent, tr("Creating the encrypted database…"),
        [&](const ProgressFn&) { return DatabaseFile::create(path, m_secrets, options); }, false);
}

FileResult DatabaseOpener::unlock(const QString& path)
{
    FileResult unlocked = DatabaseFile::unlock(path, m_secrets, nullptr);
    if (unlocked || unlocked.error().code != StorageErrc::PassphraseRequired) {
        return unlocked;
    }
    QString problem;
    for (;;) {
        std::optional<SecureBytes> passphrase =
            m_prompts.passphrase(m_parent, {PassphraseRequest::Kind::UnlockDatabase, path, problem});
        if (!passphrase) {
            return fail(StorageErrc::Cancelled, "no passphrase given");
        }
        unlocked = ProgressRunner::call<FileResult>(
            m_parent, tr("Unlocking…"),
            [&](const ProgressFn&) { return DatabaseFile::unlock(path, m_secrets, &*passphrase); }, false);
        if (unlocked || unlocked.error().code != StorageErrc::WrongKey) {
            return unlocked;
        }
        problem = tr("That passphrase is not the right one. Nothing was changed; try again (is Caps Lock on?).");
    }
}

} // namespace petinfo::client
