// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PhoneText.h"

#include "petinfo/common/Phone.h"

#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

namespace petinfo::client {

namespace {

QMutex& regionMutex()
{
    static QMutex mutex;
    return mutex;
}

std::string& regionStorage()
{
    static std::string region;
    return region;
}

std::string currentRegion()
{
    QMutexLocker lock(&regionMutex());
    return regionStorage();
}

} // namespace

void setPhoneRegion(const QString& region)
{
    const std::string code = region.trimmed().toUpper().toStdString();
    QMutexLocker lock(&regionMutex());
    regionStorage() = phone::isKnownRegion(code) ? code : std::string();
}

QString phoneRegion()
{
    return QString::fromStdString(currentRegion());
}

QString systemPhoneRegion()
{
    const QLocale system = QLocale::system();
    if (system.territory() == QLocale::AnyTerritory) {
        return {};
    }
    const QString code = QLocale::territoryToCode(system.territory());
    return phone::isKnownRegion(code.toStdString()) ? code : QString();
}

QString phoneForDisplay(QStringView e164)
{
    if (e164.isEmpty()) {
        return {};
    }
    return QString::fromStdString(phone::format(e164.toString().toStdString(), currentRegion()));
}

QStringList phonesForDisplay(QStringView spaceSeparated)
{
    QStringList out;
    for (const QStringView number : spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        out << phoneForDisplay(number);
    }
    return out;
}

QStringList phoneSearchForms(QStringView e164)
{
    QStringList out;
    for (const std::string& form : phone::searchForms(e164.toString().toStdString(), currentRegion())) {
        out << QString::fromStdString(form);
    }
    return out;
}

QString phoneExample()
{
    const std::string region = currentRegion();
    return QString::fromStdString(region.empty() ? std::string("+54 9 11 2345-6789") : phone::exampleNumber(region));
}

} // namespace petinfo::client
