// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo-cli kiosk-device: an administrator makes the token a petinfo-kiosk is enrolled with.
#include "CliCommands.h"

#include "secrets/SecretStore.h"
#include "sync/SyncAccount.h"
#include "sync/SyncApi.h"

#include <QCoreApplication>

namespace petinfo::client::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("petinfo-cli", text);
}

} // namespace

CommandResult kioskDevice(Context& ctx)
{
    const QString name = ctx.parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty()) {
        return fail(
            Failure{tr("usage: petinfo-cli --db PATH kiosk-device --name NAME  (signed in as an admin)"), true});
    }
    KeychainSecretStore secrets;
    SyncAccount account(ctx.service->database(), secrets, ctx.file->meta().databaseId);
    auto info = account.info();
    auto token = account.token();
    if (!info || !token || !info->has_value() || token->isEmpty()) {
        return fail(Failure{tr("not signed in; use: petinfo-cli --db PATH signin --server URL --email ADDRESS")});
    }
    SyncApi api((*info)->serverUrl, 30000);
    api.setToken(*token);
    auto made = api.createKioskDevice(name);
    if (!made) {
        const NetError& e = made.error();
        if (e.code == NetErrc::Forbidden) {
            return fail(Failure{tr("only an organisation's administrators can create kiosk devices")});
        }
        if (e.code == NetErrc::Offline) {
            return fail(Failure{tr("cannot reach the server (%1)").arg(QString::fromStdString(e.message))});
        }
        return fail(Failure{tr("the server refused: %1 (%2)")
                                .arg(QString::fromStdString(e.message), QString::fromStdString(e.apiCode))});
    }
    // The token is shown this once: it goes into the kiosk's enrolment, nowhere else.
    const nlohmann::json out = {{"name", name.toStdString()},
                                {"server", (*info)->serverUrl.toString().toStdString()},
                                {"token", made->value("token", "")},
                                {"deviceId", made->value("deviceId", "")},
                                {"clientId", made->value("clientId", "")}};
    ctx.out << QString::fromStdString(out.dump(2)) << '\n';
    return {};
}

} // namespace petinfo::client::cli
