// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FoundAnimalDialog.h"

#include "gui/DateEdit.h"
#include "gui/EnumCombo.h"
#include "gui/Palette.h"
#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "models/LostFoundText.h"
#include "petinfo/common/FoundAnimalCodec.h"
#include "petinfo/common/Random.h"
#include "services/FoundAnimalService.h"
#include "services/ValidationText.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace petinfo::client {

namespace {

constexpr int kPhotoSide = 160;
constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

FoundAnimalDialog::FoundAnimalDialog(FoundAnimalService& service, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_species(new QComboBox(this))
    , m_sex(new QComboBox(this))
    , m_breed(new QLineEdit(this))
    , m_colour(new QLineEdit(this))
    , m_size(new QComboBox(this))
    , m_ageYears(new QSpinBox(this))
    , m_ageMonths(new QSpinBox(this))
    , m_microchip(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_foundOn(new DateEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_photo(new QLabel(this))
    , m_choosePhoto(new QPushButton(tr("C&hoose Photo…"), this))
    , m_removePhoto(new QPushButton(tr("Remo&ve Photo"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("foundAnimalDialog"));
    m_animal.id = newUuid(); // a new record until setAnimal()
    setWindowTitle(tr("Found Animal"));
    m_species->setObjectName(QStringLiteral("speciesComboBox"));
    m_sex->setObjectName(QStringLiteral("sexComboBox"));
    m_breed->setObjectName(QStringLiteral("breedLineEdit"));
    m_colour->setObjectName(QStringLiteral("colourLineEdit"));
    m_size->setObjectName(QStringLiteral("sizeComboBox"));
    m_ageYears->setObjectName(QStringLiteral("ageYearsSpinBox"));
    m_ageMonths->setObjectName(QStringLiteral("ageMonthsSpinBox"));
    m_microchip->setObjectName(QStringLiteral("microchipLineEdit"));
    m_tag->setObjectName(QStringLiteral("tagLineEdit"));
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_foundOn->setObjectName(QStringLiteral("foundOnDateEdit"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_choosePhoto->setObjectName(QStringLiteral("choosePhotoButton"));
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    fillEnumCombo<Species>(m_species, speciesLabel);
    fillEnumCombo<Sex>(m_sex, sexLabel);
    fillEnumCombo<AnimalSize>(m_size, animalSizeName);
    setComboValue(m_sex, Sex::Unknown);
    m_breed->setPlaceholderText(tr("e.g. mixed breed, Labrador"));
    m_colour->setPlaceholderText(tr("e.g. black with a white chest"));
    // An estimated age: "unknown" is the first value of the years box.
    m_ageYears->setRange(-1, 40);
    m_ageYears->setSpecialValueText(tr("Unknown"));
    m_ageYears->setSuffix(tr(" y"));
    m_ageYears->setValue(-1);
    m_ageMonths->setRange(0, 11);
    m_ageMonths->setSuffix(tr(" m"));
    m_ageMonths->setEnabled(false);
    connect(m_ageYears, &QSpinBox::valueChanged, this, [this](int years) { m_ageMonths->setEnabled(years >= 0); });
    m_microchip->setPlaceholderText(tr("as the scanner shows it"));
    m_tag->setPlaceholderText(tr("the code on a Pet Info tag, if it wore one"));
    m_place->setPlaceholderText(tr("street, park or neighbourhood"));
    m_foundOn->setDate(toQDate(m_service.today()));
    m_foundOn->setReferenceDate(toQDate(m_service.today()));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Collar, behaviour, who brought it in…"));
    m_photo->setFixedSize(kPhotoSide, kPhotoSide);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setText(tr("No photo"));
    m_removePhoto->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, palette::errorText(errorPalette));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* age = new QHBoxLayout;
    age->addWidget(m_ageYears);
    age->addWidget(m_ageMonths);
    age->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Species:"), m_species);
    form->addRow(tr("S&ex:"), m_sex);
    form->addRow(tr("&Breed:"), m_breed);
    form->addRow(tr("&Colour and markings:"), m_colour);
    form->addRow(tr("Si&ze:"), m_size);
    auto* ageLabel = new QLabel(tr("Estimated &age:"), this);
    ageLabel->setBuddy(m_ageYears);
    form->addRow(ageLabel, age);
    form->addRow(tr("&Microchip:"), m_microchip);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Where found:"), m_place);
    form->addRow(tr("&Date found:"), m_foundOn);
    form->addRow(tr("&Notes:"), m_notes);

    auto* photoButtons = new QVBoxLayout;
    photoButtons->addWidget(m_photo);
    photoButtons->addWidget(m_choosePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addLayout(photoButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FoundAnimalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_choosePhoto, &QPushButton::clicked, this, [this] {
        const QString path =
            m_prompts.openFile(this, tr("Photo of the Found Animal"), tr("Images (*.jpg *.jpeg *.png *.webp)"));
        if (!path.isEmpty()) {
            choosePhotoFile(path);
        }
    });
    connect(m_removePhoto, &QPushButton::clicked, this, [this] {
        m_newPhoto = QByteArray();
        showPhoto({});
    });
}

void FoundAnimalDialog::setAnimal(const FoundAnimal& a)
{
    m_animal = a;
    setComboValue(m_species, a.species);
    setComboValue(m_sex, a.sex);
    m_breed->setText(qs(a.breed));
    m_colour->setText(qs(a.colour));
    setComboValue(m_size, a.size);
    m_ageYears->setValue(a.ageMonths ? *a.ageMonths / 12 : -1);
    m_ageMonths->setValue(a.ageMonths ? *a.ageMonths % 12 : 0);
    m_microchip->setText(qs(a.microchip));
    m_tag->setText(qs(a.tagId));
    m_place->setText(qs(a.place));
    m_foundOn->setDate(toQDate(a.foundOn));
    m_notes->setPlainText(qs(a.notes));
    auto bytes = m_service.photo(a);
    showPhoto(bytes ? *bytes : QByteArray());
    m_newPhoto.reset();
}

bool FoundAnimalDialog::choosePhotoFile(const QString& path)
{
    QFile file(path);
    if (file.size() > kMaxPhotoBytes) {
        m_prompts.error(this, tr("Photo Not Used"), tr("The photo is larger than 20 MB. Choose a smaller one."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.error(this, tr("Photo Not Used"), tr("The file could not be read."), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        m_prompts.error(this, tr("Photo Not Used"), tr("The file is not a picture this app can show (JPEG, PNG)."));
        return false;
    }
    m_newPhoto = bytes;
    showPhoto(bytes);
    return true;
}

void FoundAnimalDialog::showPhoto(const QByteArray& bytes)
{
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
        m_removePhoto->setEnabled(false);
        return;
    }
    m_photo->setPixmap(QPixmap::fromImage(
        image.scaled(kPhotoSide - 4, kPhotoSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_removePhoto->setEnabled(true);
}

FoundAnimal FoundAnimalDialog::collect() const
{
    FoundAnimal a = m_animal;
    a.species = comboValue<Species>(m_species);
    a.sex = comboValue<Sex>(m_sex);
    a.breed = m_breed->text().toStdString();
    a.colour = m_colour->text().toStdString();
    a.size = comboValue<AnimalSize>(m_size);
    a.ageMonths =
        m_ageYears->value() < 0 ? std::nullopt : std::optional<int>(m_ageYears->value() * 12 + m_ageMonths->value());
    a.microchip = m_microchip->text().toStdString();
    a.tagId = m_tag->text().trimmed().toStdString();
    a.place = m_place->text().toStdString();
    const QDate found = m_foundOn->date();
    a.foundOn = found.isValid() ? fromQDate(found) : Date{};
    a.notes = m_notes->toPlainText().toStdString();
    if (m_newPhoto && m_newPhoto->isEmpty()) {
        a.photoSha256.clear();
    }
    return a;
}

void FoundAnimalDialog::accept()
{
    FoundAnimal animal = collect();
    normalize(animal);
    if (const ValidationReport report = validate(animal, m_service.today()); report.hasErrors()) {
        // The dialog stays open with everything typed; the message names the fields.
        m_error->setText(describeErrors(report));
        m_error->show();
        return;
    }
    auto saved = m_service.save(collect(), m_newPhoto);
    if (!saved) {
        // The dialog stays open with everything typed; the message names the fields.
        m_error->setText(tr("Not saved: %1").arg(describe(saved.error())));
        m_error->show();
        return;
    }
    m_animal = *saved;
    QDialog::accept();
}

} // namespace petinfo::client
