// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Preferences: the country decides how phone numbers are typed, stored (E.164) and shown;
// the clinic's name, address, phone and logo are kept for reports; the public address of the tag
// pages is refused when no finder's phone could open it.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/ContactsPage.h"
#include "gui/MainWindow.h"
#include "gui/PetEditorDialog.h"
#include "gui/PreferencesDialog.h"
#include "models/PetListModel.h"
#include "models/PhoneText.h"
#include "services/PetService.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestPreferences final : public QObject
{
    Q_OBJECT

    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (found == nullptr) {
            qWarning("no %s", name);
        }
        return found;
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void init()
    {
        m_prompts.reset();
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini")).arg(QString::fromLatin1(QTest::currentTestFunction())));
        Settings::setInstance(m_settings.get());
        setPhoneRegion(QStringLiteral("AR"));
    }

    void cleanup()
    {
        Settings::setInstance(nullptr);
        m_settings.reset();
    }

    void testCountryPhonesClinicAndAddressAreKept()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.addPet(QStringLiteral("Zanahoria"), {}, QStringLiteral("Ana Díaz"), QStringLiteral("+5491123456789"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* action = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        action->trigger();
        auto* dialog = window.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        auto* country = child<QComboBox>(dialog, "countryComboBox");
        country->setCurrentIndex(country->findData(QStringLiteral("BR")));
        auto* phone = child<QLineEdit>(dialog, "clinicPhoneLineEdit");
        QVERIFY(phone->placeholderText().contains(QStringLiteral("9"))); // a Brazilian example
        country->setCurrentIndex(country->findData(QStringLiteral("AR")));
        QVERIFY(country->currentText().startsWith(QStringLiteral("Argentina (+54)")));

        QTest::keyClicks(child<QLineEdit>(dialog, "clinicNameLineEdit"), QStringLiteral("Veterinaria San Roque"));
        auto* street = child<QPlainTextEdit>(dialog, "clinicAddressTextEdit");
        QTest::keyClicks(street, QStringLiteral("Av. Corrientes 1234"));
        QTest::keyClick(street, Qt::Key_Return);
        QTest::keyClicks(street, QStringLiteral("Buenos Aires"));
        QTest::keyClicks(phone, QStringLiteral("011 4321-98"));
        auto* ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled()); // too short for a number
        QVERIFY(!child<QLabel>(dialog, "clinicPhoneErrorLabel")->text().isEmpty());
        QTest::keyClicks(phone, QStringLiteral("76"));
        QVERIFY(ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "clinicPhoneErrorLabel")->text().isEmpty());

        // A logo from a large image is kept small.
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QImage big(1600, 800, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        QVERIFY(big.save(logoPath));
        m_prompts.openFiles << logoPath;
        QTest::mouseClick(child<QPushButton>(dialog, "chooseLogoButton"), Qt::LeftButton);
        QImage kept;
        QVERIFY(kept.loadFromData(dialog->logo()));
        QCOMPARE(kept.size(), QSize(512, 256));
        // Not an image: said so, the previous logo stays.
        const QString notImage = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        m_prompts.openFiles << notImage;
        QTest::mouseClick(child<QPushButton>(dialog, "chooseLogoButton"), Qt::LeftButton);
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY(!dialog->logo().isEmpty());
        m_prompts.errors.clear();

        // The tag pages' address: loopback refused at the field, a public one accepted.
        auto* address = child<QLineEdit>(dialog, "publicAddressLineEdit");
        QTest::keyClicks(address, QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, "publicAddressErrorLabel")->text().contains(QStringLiteral("this computer")));
        test::snapshot(dialog, QStringLiteral("preferences-loopback"));
        retype(address, QStringLiteral("https://pets.example.org/"));
        QVERIFY(ok->isEnabled());
        test::snapshot(dialog, QStringLiteral("preferences"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<PreferencesDialog*>());

        QCOMPARE(m_settings->country(), QStringLiteral("AR"));
        QCOMPARE(m_settings->text(Settings::Key::ClinicName), QStringLiteral("Veterinaria San Roque"));
        QCOMPARE(m_settings->text(Settings::Key::ClinicAddress), QStringLiteral("Av. Corrientes 1234\nBuenos Aires"));
        QCOMPARE(m_settings->text(Settings::Key::ClinicPhone), QStringLiteral("+541143219876"));
        QCOMPARE(m_settings->text(Settings::Key::PublicBaseUrl), QStringLiteral("https://pets.example.org"));
        QVERIFY(!m_settings->value(Settings::Key::ClinicLogo).toByteArray().isEmpty());

        // Opening again shows what was stored, the phone as locals write it.
        action->trigger();
        dialog = window.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "clinicPhoneLineEdit")->text(), QStringLiteral("011 4321-9876"));
        dialog->reject();
    }

    void testTheCountryDecidesHowNumbersAreShown()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        f.addPet(QStringLiteral("Zanahoria"), {}, QStringLiteral("Ana Díaz"), QStringLiteral("+5491123456789"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        const QModelIndex phone = window.petModel()->index(0, PetListModel::Phone);
        QCOMPARE(phone.data().toString(), QStringLiteral("011 15-2345-6789"));

        window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        auto* dialog = window.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        auto* country = child<QComboBox>(dialog, "countryComboBox");
        country->setCurrentIndex(country->findData(QStringLiteral("BR")));
        QVERIFY(dialog->apply());
        dialog->accept();
        QCOMPARE(phoneRegion(), QStringLiteral("BR"));
        // In Brazil the Argentine number needs its country code.
        QTRY_COMPARE(window.petModel()->index(0, PetListModel::Phone).data().toString(),
                     QStringLiteral("+54 9 11 2345-6789"));

        // "None": every number typed with its country code.
        window.findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        dialog = window.findChild<PreferencesDialog*>();
        country = child<QComboBox>(dialog, "countryComboBox");
        country->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(dialog, "clinicPhoneLineEdit"), QStringLiteral("011 4321-9876"));
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "clinicPhoneErrorLabel")->text().contains(QStringLiteral("country code")));
        child<QLineEdit>(dialog, "clinicPhoneLineEdit")->clear();
        QVERIFY(dialog->apply());
        dialog->accept();
        QCOMPARE(m_settings->country(), QString()); // stays "none", not the system's country
        QCOMPARE(phoneRegion(), QString());
    }

    void testLocalNumbersTypedInThePetEditorAreStoredInternational()
    {
        test::ServiceFixture f;
        QVERIFY(f.setUp());
        const QString id =
            f.addPet(QStringLiteral("Rex"), {}, QStringLiteral("Ana Díaz"), QStringLiteral("+5491123456789"));
        MainWindow window(f.service(), f.database().file, m_prompts);
        window.show();
        PetEditorDialog* editor = window.editPet(id);
        QVERIFY(editor);
        editor->showTab(PetEditorDialog::ContactsTab);
        auto* phones = editor->findChild<QLineEdit*>(QStringLiteral("contactPhonesLineEdit"));
        QVERIFY(phones);
        QCOMPARE(phones->text(), QStringLiteral("011 15-2345-6789"));
        QVERIFY(phones->placeholderText().contains(QStringLiteral("011")));
        retype(phones, QStringLiteral("011 4321-9876, 0351 15-423-4567"));
        QVERIFY(editor->save());
        auto loaded = f.service().loadPet(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->contacts.at(0).person.phones, (std::vector<std::string>{"+541143219876", "+5493514234567"}));
        editor->close();
    }
};

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
