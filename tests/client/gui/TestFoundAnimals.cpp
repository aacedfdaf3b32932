// SPDX-License-Identifier: GPL-3.0-or-later
// The Found Animals window: recording a stray (with a photo and a refused first try), the lost
// pets that may be it, best first, and reuniting one.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/DateEdit.h"
#include "gui/EnumCombo.h"
#include "gui/FoundAnimalDialog.h"
#include "gui/FoundAnimalsWindow.h"
#include "models/DomainText.h"
#include "services/FoundAnimalService.h"
#include "services/PetService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace petinfo;
using namespace petinfo::client;

class TestFoundAnimals final : public QObject
{
    Q_OBJECT

    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    QTemporaryDir m_dir;

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    /** A lost pet with these looks; returns its id. */
    QString lostPet(const QString& name, Sex sex, const char* colour, const QString& owner)
    {
        const QString id = m_f.addPet(name, {}, owner);
        auto record = m_f.service().loadPet(id);
        if (!record) {
            return {};
        }
        record->pet.sex = sex;
        record->pet.colour = colour;
        record->pet.status = PetStatus::Lost;
        if (!m_f.service().updatePet(*record)) {
            return {};
        }
        return id;
    }

    QString photoFile()
    {
        QImage image(240, 180, QImage::Format_RGB32);
        image.fill(QColor(40, 40, 40));
        for (int x = 80; x < 160; ++x) {
            for (int y = 60; y < 140; ++y) {
                image.setPixel(x, y, qRgb(240, 240, 240));
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("stray.png"));
        image.save(path);
        return path;
    }

    /** Runs `fill` on the found-animal editor once it is open (it runs modally). */
    static void whenEditorOpens(std::function<void(FoundAnimalDialog*)> fill)
    {
        QTimer::singleShot(0, [fill = std::move(fill)] {
            auto* dialog = qobject_cast<FoundAnimalDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, [fill] { whenEditorOpens(fill); });
                return;
            }
            fill(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(m_f.setUp());
        m_prompts.reset();
    }

    void testRecordMatchAndReunite()
    {
        const QString luna =
            lostPet(QStringLiteral("Luna"), Sex::Female, "negra con pecho blanco", QStringLiteral("Ana Pérez"));
        lostPet(QStringLiteral("Mora"), Sex::Female, "marrón", QStringLiteral("Bruno Díaz"));
        lostPet(QStringLiteral("Toby"), Sex::Male, "negro", QStringLiteral("Carla Ruiz"));

        FoundAnimalService service(m_f.service());
        FoundAnimalsWindow window(service, m_prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* animals = window.animalsTable();
        auto* matches = window.matchesTable();
        QCOMPARE(animals->rowCount(), 0);
        QVERIFY(child<QLabel>(&window, "summaryLabel")->text().contains(QStringLiteral("No found animals")));
        QVERIFY(!child<QPushButton>(&window, "reuniteButton")->isEnabled());
        test::snapshot(&window, QStringLiteral("found-animals-empty"));

        // The first try has the day wrong (tomorrow): refused, nothing typed is lost; then saved.
        m_prompts.openFiles << photoFile();
        bool refusedFirst = false;
        whenEditorOpens([&](FoundAnimalDialog* d) {
            setComboValue(child<QComboBox>(d, "sexComboBox"), Sex::Female);
            setComboValue(child<QComboBox>(d, "sizeComboBox"), AnimalSize::Medium);
            QTest::keyClicks(child<QLineEdit>(d, "colourLineEdit"), QStringLiteral("black and white"));
            QTest::keyClicks(child<QLineEdit>(d, "placeLineEdit"), QStringLiteral("Palermo, by the station"));
            child<DateEdit>(d, "foundOnDateEdit")->setDate(toQDate(test::kToday).addDays(1));
            QTest::mouseClick(child<QPushButton>(d, "choosePhotoButton"), Qt::LeftButton);
            QVERIFY(!child<QLabel>(d, "photoLabel")->pixmap().isNull());
            d->accept();
            refusedFirst = d->isVisible() && child<QLabel>(d, "errorLabel")->isVisible();
            test::snapshot(d, QStringLiteral("found-animal-editor-refused"));
            QCOMPARE(child<QLineEdit>(d, "colourLineEdit")->text(), QStringLiteral("black and white"));
            child<DateEdit>(d, "foundOnDateEdit")->setDate(toQDate(test::kToday));
            d->accept();
        });
        QVERIFY(window.addAnimal());
        QVERIFY(refusedFirst);
        QCOMPARE(animals->rowCount(), 1);
        QVERIFY(animals->item(0, 2)->text().contains(QStringLiteral("Palermo")));

        // Luna (same sex, black and white in either language) first, then Mora; Toby is male.
        QTRY_COMPARE(matches->rowCount(), 2);
        QCOMPARE(matches->item(0, 1)->text(), QStringLiteral("Luna"));
        QCOMPARE(matches->item(0, 2)->text(), QStringLiteral("Ana Pérez"));
        QVERIFY2(matches->item(0, 3)->text().contains(QStringLiteral("colour")),
                 qPrintable(matches->item(0, 3)->text()));
        QCOMPARE(matches->item(1, 1)->text(), QStringLiteral("Mora"));
        QVERIFY(child<QPushButton>(&window, "reuniteButton")->isEnabled());
        QVERIFY(!child<QLabel>(&window, "photoLabel")->pixmap().isNull());
        test::snapshot(&window, QStringLiteral("found-animals-matches"));

        // Declining the question changes nothing; agreeing reunites.
        m_prompts.confirms << false;
        QVERIFY(!window.reuniteSelected());
        QCOMPARE(m_f.service().loadPet(luna)->pet.status, PetStatus::Lost);
        m_prompts.confirms << true;
        QVERIFY(window.reuniteSelected());
        QVERIFY(m_prompts.questions.last().contains(QStringLiteral("Luna")));
        QCOMPARE(m_f.service().loadPet(luna)->pet.status, PetStatus::Owned);
        QTRY_COMPARE(animals->rowCount(), 0); // open ones only
        child<QCheckBox>(&window, "showAllCheckBox")->setChecked(true);
        QCOMPARE(animals->rowCount(), 1);
        QCOMPARE(animals->item(0, 3)->text(), QStringLiteral("Reunited"));
        QVERIFY(!child<QPushButton>(&window, "reuniteButton")->isEnabled());
        QVERIFY(m_prompts.errors.isEmpty());
    }

    void testANotAPictureFileIsRefusedWithAMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is text, not a picture");
        file.close();
        FoundAnimalService service(m_f.service());
        FoundAnimalDialog dialog(service, m_prompts);
        QVERIFY(!dialog.choosePhotoFile(path));
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY(child<QLabel>(&dialog, "photoLabel")->pixmap().isNull());
        QVERIFY(!dialog.choosePhotoFile(m_dir.filePath(QStringLiteral("missing.png"))));
    }
};

QTEST_MAIN(TestFoundAnimals)
#include "TestFoundAnimals.moc"
