// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV file chosen for import: parsed (Csv::parse), its columns guessed, every row previewed
// (decoded, normalised and validated, with duplicate checks against a real, empty, encrypted
// database made once), and the problem report written. Nothing is committed.
#include "io/Csv.h"
#include "io/CsvImport.h"
#include "petinfo/common/Clock.h"
#include "secrets/SecretStore.h"
#include "services/PetService.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace petinfo;
using namespace petinfo::client;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    std::shared_ptr<DatabaseFile> file;
    std::unique_ptr<PetService> service;
};

Fixture& fixture()
{
    static Fixture* f = [] {
        auto* made = new Fixture;
        CreateOptions options;
        options.source = CreateOptions::Source::Keychain;
        auto created = DatabaseFile::create(made->dir.filePath(QStringLiteral("fuzz.db")), made->secrets, options);
        if (!created) {
            std::fprintf(stderr, "fuzz set-up: %s\n", created.error().detail.c_str());
            std::abort();
        }
        made->file = *created;
        auto connection = made->file->connect();
        if (!connection) {
            std::abort();
        }
        made->service = std::make_unique<PetService>(std::move(*connection), SystemClock::instance());
        return made;
    }();
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto table = Csv::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!table) {
        return 0;
    }
    const std::vector<ImportField> mapping = CsvImport::guessMapping(table->headers);
    const ImportPreview preview = CsvImport::preview(*table, mapping, *fixture().service);
    (void)CsvImport::issuesAsCsv(preview);
    for (const QStringList& row : table->rows) {
        (void)Csv::formatRow(row, table->delimiter);
    }
    return 0;
}
