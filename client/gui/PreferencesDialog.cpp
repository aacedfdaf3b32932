// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PreferencesDialog.h"

#include "gui/Prompts.h"
#include "models/PhoneText.h"
#include "petinfo/common/Phone.h"
#include "petinfo/report/ReportError.h"
#include "petinfo/report/TagUrl.h"
#include "services/ValidationText.h"
#include "settings/Settings.h"

#include <QBuffer>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

namespace {

constexpr int kLogoMaxSide = 512;
constexpr int kLogoPreviewSide = 64;

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    // Room for one line kept even when empty, so the form does not jump when a message appears.
    label->setMinimumHeight(label->fontMetrics().height());
    return label;
}

QString countryName(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory) {
        return region;
    }
    // The country's own language where it has one the app speaks; else English.
    return QLocale::territoryToString(territory);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_country(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_clinicName(new QLineEdit(this))
    , m_clinicAddress(new QPlainTextEdit(this))
    , m_clinicPhone(new QLineEdit(this))
    , m_clinicPhoneError(errorLabel(this, QStringLiteral("clinicPhoneErrorLabel")))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("Choose &Logo…"), this))
    , m_removeLogo(new QPushButton(tr("Re&move Logo"), this))
    , m_publicAddress(new QLineEdit(this))
    , m_publicAddressNote(new QLabel(this))
    , m_publicAddressError(errorLabel(this, QStringLiteral("publicAddressErrorLabel")))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_clinicName->setObjectName(QStringLiteral("clinicNameLineEdit"));
    m_clinicAddress->setObjectName(QStringLiteral("clinicAddressTextEdit"));
    m_clinicPhone->setObjectName(QStringLiteral("clinicPhoneLineEdit"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_publicAddress->setObjectName(QStringLiteral("publicAddressLineEdit"));
    m_publicAddressNote->setObjectName(QStringLiteral("publicAddressNoteLabel"));

    // Countries by name, in the order a person looks for them.
    std::vector<std::pair<QString, QString>> countries;
    for (const std::string& code : phone::regions()) {
        const QString region = QString::fromStdString(code);
        countries.emplace_back(countryName(region), region);
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    m_country->addItem(tr("None: type every number with its country code"), QString());
    for (const auto& [name, region] : countries) {
        m_country->addItem(tr("%1 (+%2)").arg(name).arg(phone::callingCode(region.toStdString())), region);
    }
    m_country->setEditable(false);
    m_country->setMaxVisibleItems(20);

    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_languageNote->setWordWrap(true);

    m_clinicName->setPlaceholderText(tr("e.g. Veterinaria San Roque"));
    m_clinicName->setMaxLength(120);
    m_clinicAddress->setTabChangesFocus(true);
    m_clinicAddress->setFixedHeight(m_clinicAddress->fontMetrics().lineSpacing() * 3 + 12);
    m_clinicAddress->setPlaceholderText(tr("Street and number\nCity, province"));
    m_logoPreview->setFixedSize(kLogoPreviewSide, kLogoPreviewSide);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_publicAddress->setPlaceholderText(tr("e.g. https://pets.example.org"));
    m_publicAddressNote->setWordWrap(true);

    auto* regional = new QGroupBox(tr("Region"), this);
    auto* regionalForm = new QFormLayout(regional);
    regionalForm->addRow(tr("&Country:"), m_country);
    regionalForm->addRow(tr("&Language:"), m_language);
    regionalForm->addRow(QString(), m_languageNote);

    auto* clinic = new QGroupBox(tr("Clinic or shelter (printed on reports)"), this);
    auto* clinicForm = new QFormLayout(clinic);
    clinicForm->addRow(tr("&Name:"), m_clinicName);
    clinicForm->addRow(tr("&Address:"), m_clinicAddress);
    auto* phoneBox = new QVBoxLayout;
    phoneBox->setSpacing(2);
    phoneBox->addWidget(m_clinicPhone);
    phoneBox->addWidget(m_clinicPhoneError);
    auto* phoneLabel = new QLabel(tr("&Phone:"), clinic);
    phoneLabel->setBuddy(m_clinicPhone);
    clinicForm->addRow(phoneLabel, phoneBox);
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(m_chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();
    clinicForm->addRow(tr("Logo:"), logoRow);

    auto* tags = new QGroupBox(tr("QR tags"), this);
    auto* tagsForm = new QFormLayout(tags);
    auto* addressBox = new QVBoxLayout;
    addressBox->setSpacing(2);
    addressBox->addWidget(m_publicAddress);
    addressBox->addWidget(m_publicAddressNote);
    addressBox->addWidget(m_publicAddressError);
    auto* addressLabel = new QLabel(tr("Public a&ddress:"), tags);
    addressLabel->setBuddy(m_publicAddress);
    tagsForm->addRow(addressLabel, addressBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never squeezed below what the fields need
    layout->addWidget(regional);
    layout->addWidget(clinic);
    layout->addWidget(tags);
    layout->addStretch();
    layout->addWidget(buttons);

    // The stored values.
    const int country = m_country->findData(m_settings.country());
    m_country->setCurrentIndex(std::max(country, 0));
    m_startLanguage = m_settings.text(Settings::Key::Language);
    m_language->setCurrentIndex(std::max(m_language->findData(m_startLanguage), 0));
    m_clinicName->setText(m_settings.text(Settings::Key::ClinicName));
    m_clinicAddress->setPlainText(m_settings.text(Settings::Key::ClinicAddress));
    const QString storedPhone = m_settings.text(Settings::Key::ClinicPhone);
    m_clinicPhone->setText(storedPhone.isEmpty() ? QString()
                                                 : QString::fromStdString(phone::format(
                                                       storedPhone.toStdString(), m_settings.country().toStdString())));
    m_logoPng = m_settings.value(Settings::Key::ClinicLogo).toByteArray();
    m_publicAddress->setText(m_settings.text(Settings::Key::PublicBaseUrl));
    const QString fromServer = m_settings.text(Settings::Key::ServerPublicUrl);
    m_publicAddressNote->setText(
        fromServer.isEmpty()
            ? tr("Where a scanned tag opens the pet's page: your sync server's address on the internet.")
            : tr("Leave empty to use the address the sync server gives: %1").arg(fromServer));
    if (!fromServer.isEmpty()) {
        m_publicAddress->setPlaceholderText(fromServer);
    }
    showLogo();

    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_chooseLogo, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        m_clinicPhone->setPlaceholderText(
            selectedCountry().isEmpty()
                ? QStringLiteral("+54 9 11 2345-6789")
                : tr("e.g. %1").arg(QString::fromStdString(phone::exampleNumber(selectedCountry().toStdString()))));
        validate();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::validate);
    connect(m_clinicPhone, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    connect(m_publicAddress, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    Q_EMIT m_country->currentIndexChanged(m_country->currentIndex());
    validate();
    m_country->setFocus();
}

QString PreferencesDialog::selectedCountry() const
{
    return m_country->currentData().toString();
}

void PreferencesDialog::validate()
{
    bool ok = true;
    const QString phoneText = m_clinicPhone->text().trimmed();
    QString phoneError;
    if (!phoneText.isEmpty()) {
        const phone::Parsed parsed = phone::parse(phoneText.toStdString(), selectedCountry().toStdString());
        if (parsed.issue) {
            phoneError = describeIssue({"phones", *parsed.issue, Severity::Error});
            ok = false;
        }
    }
    m_clinicPhoneError->setText(phoneError);

    const QString address = m_publicAddress->text().trimmed();
    QString addressError;
    if (!address.isEmpty()) {
        if (auto printable = report::printableBaseUrl(address); !printable) {
            addressError = report::describe(printable.error());
            ok = false;
        }
    }
    m_publicAddressError->setText(addressError);

    const bool languageChanged = m_language->currentData().toString() != m_startLanguage;
    m_languageNote->setText(languageChanged ? tr("The new language is used from the next start of Pet Info.")
                                            : QString());
    m_languageNote->setVisible(languageChanged);
    m_ok->setEnabled(ok);
}

bool PreferencesDialog::setLogoFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_prompts.error(this, tr("Cannot use this logo"),
                        tr("%1 is not an image Pet Info can read (%2).").arg(path, reader.errorString()));
        return false;
    }
    if (image.width() > kLogoMaxSide || image.height() > kLogoMaxSide) {
        image = image.scaled(kLogoMaxSide, kLogoMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        m_prompts.error(this, tr("Cannot use this logo"), tr("The image could not be converted."));
        return false;
    }
    m_logoPng = png;
    showLogo();
    return true;
}

void PreferencesDialog::chooseLogo()
{
    const QString path =
        m_prompts.openFile(this, tr("Choose a Logo"), tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)"));
    if (!path.isEmpty()) {
        setLogoFromFile(path);
    }
}

void PreferencesDialog::showLogo()
{
    QImage image;
    if (!m_logoPng.isEmpty() && image.loadFromData(m_logoPng)) {
        m_logoPreview->setPixmap(QPixmap::fromImage(
            image.scaled(kLogoPreviewSide - 4, kLogoPreviewSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_logoPreview->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("None"));
        m_logoPreview->setToolTip({});
    }
    m_removeLogo->setEnabled(!m_logoPng.isEmpty());
}

bool PreferencesDialog::apply()
{
    validate();
    if (!m_ok->isEnabled()) {
        return false;
    }
    const QString country = selectedCountry();
    // "None" is a choice too: stored, so the system's country does not come back.
    m_settings.setValue(Settings::Key::Country, country.isEmpty() ? QStringLiteral("-") : country);
    setPhoneRegion(country);
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    m_settings.setValue(Settings::Key::ClinicName, m_clinicName->text().trimmed());
    m_settings.setValue(Settings::Key::ClinicAddress, m_clinicAddress->toPlainText().trimmed());
    const QString phoneText = m_clinicPhone->text().trimmed();
    m_settings.setValue(Settings::Key::ClinicPhone,
                        phoneText.isEmpty() ? QString()
                                            : QString::fromStdString(
                                                  phone::parse(phoneText.toStdString(), country.toStdString()).e164));
    m_settings.setValue(Settings::Key::ClinicLogo, m_logoPng);
    const QString address = m_publicAddress->text().trimmed();
    m_settings.setValue(Settings::Key::PublicBaseUrl,
                        address.isEmpty() ? QString() : report::printableBaseUrl(address).value());
    return true;
}

void PreferencesDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace petinfo::client
