// SPDX-License-Identifier: GPL-3.0-or-later
// A backup file picked for restore (or found in the backups folder): Backup::inspect reads its
// header and checks the payload's hash before anything is restored, and Backup::list lists it.
#include "io/Backup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace petinfo::client;

namespace {

QTemporaryDir& folder()
{
    static QTemporaryDir* dir = new QTemporaryDir;
    return *dir;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    if (!folder().isValid()) {
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = folder().filePath(QStringLiteral("fuzz.petinfo-backup"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::abort();
        }
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    (void)Backup::inspect(path);
    (void)Backup::list(folder().path());
    return 0;
}
