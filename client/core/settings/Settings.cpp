// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "models/PhoneText.h"

#include <QSettings>

namespace petinfo::client {

namespace {

Settings* g_instance = nullptr;

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings()
{
    if (g_instance == this) {
        g_instance = nullptr;
    }
}

Settings& Settings::instance()
{
    if (g_instance == nullptr) {
        static Settings appSettings; // created on first use, after QCoreApplication named the app
        g_instance = &appSettings;
    }
    return *g_instance;
}

void Settings::setInstance(Settings* settings)
{
    g_instance = settings;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Country:
        return QStringLiteral("general/country");
    case Key::Language:
        return QStringLiteral("general/language");
    case Key::PublicBaseUrl:
        return QStringLiteral("reports/publicBaseUrl"); // the name earlier versions used
    case Key::ServerPublicUrl:
        return QStringLiteral("sync/serverPublicUrl");
    case Key::ServerUrl:
        return QStringLiteral("sync/serverUrl");
    case Key::ClinicName:
        return QStringLiteral("clinic/name");
    case Key::ClinicAddress:
        return QStringLiteral("clinic/address");
    case Key::ClinicPhone:
        return QStringLiteral("clinic/phone");
    case Key::ClinicLogo:
        return QStringLiteral("clinic/logo");
    case Key::ReportPageSize:
        return QStringLiteral("reports/pageSize");
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const QVariant stored = m_store->value(keyName(key));
    if (key == Key::ClinicLogo) {
        return stored.toByteArray();
    }
    return stored.isValid() ? stored.toString() : QString();
}

void Settings::setValue(Key key, const QVariant& value)
{
    const QVariant before = this->value(key);
    const bool empty = key == Key::ClinicLogo ? value.toByteArray().isEmpty() : value.toString().isEmpty();
    if (empty) {
        m_store->remove(keyName(key));
    } else {
        m_store->setValue(keyName(key), value);
    }
    m_store->sync();
    if (this->value(key) != before) {
        Q_EMIT changed(key);
    }
}

QString Settings::country() const
{
    const QString stored = text(Key::Country);
    if (stored == QLatin1String("-")) {
        return {}; // "none" chosen in Preferences
    }
    return stored.isEmpty() ? systemPhoneRegion() : stored;
}

QString Settings::publicBaseUrl() const
{
    const QString typed = text(Key::PublicBaseUrl);
    return typed.isEmpty() ? text(Key::ServerPublicUrl) : typed;
}

} // namespace petinfo::client
