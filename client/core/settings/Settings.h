// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace petinfo::client {

/** This computer's preferences, typed: every key has one name, one default and one place where it
 *  is read, and a change is announced once (`changed`). Kept by QSettings under the app's
 *  organisation and name (an INI file for tests and portable kiosks). Names of keys written by
 *  earlier versions are kept, so nothing is lost on upgrade. */
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Country,         ///< ISO 3166-1 alpha-2 ("AR"): how phone numbers are typed and shown
        Language,        ///< "es", "pt_BR", "en"; empty: the system's
        PublicBaseUrl,   ///< typed in Preferences: where a scanned tag's page lives
        ServerPublicUrl, ///< what the sync server said its public address is (set at sync)
        ServerUrl,       ///< the sync server last signed in to
        ClinicName,
        ClinicAddress,  ///< several lines
        ClinicPhone,    ///< E.164
        ClinicLogo,     ///< PNG bytes, at most 512 px a side
        ReportPageSize, ///< "a4", "letter"; empty: the locale's
    };
    Q_ENUM(Key)

    explicit Settings(QObject* parent = nullptr);
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    /** The app's settings; tests may point it at another instance. */
    static Settings& instance();
    static void setInstance(Settings* settings);

    QVariant value(Key key) const;
    QString text(Key key) const { return value(key).toString(); }
    /** Stores the value (the default removes the key) and emits `changed` when it differs. */
    void setValue(Key key, const QVariant& value);

    /** The country to use: the stored one, else the system locale's, else empty. */
    QString country() const;
    /** The tag pages' public address: the one typed in Preferences, else the server's. */
    QString publicBaseUrl() const;

    static QString keyName(Key key);

Q_SIGNALS:
    void changed(petinfo::client::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace petinfo::client
