// SPDX-License-Identifier: GPL-3.0-or-later
// The words people read about a validation problem: in lists ("Label: what is wrong") and under
// the field itself (a sentence that stands alone and says what to type).
#include "services/ValidationText.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::client;

class TestValidationText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void testAtFieldSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pet name") << "name" << int(ValidationCode::Required) << "Type the pet's name.";
        QTest::newRow("contact name") << "contacts[1].name" << int(ValidationCode::Required)
                                      << "Type the person's name.";
        QTest::newRow("vaccine") << "product" << int(ValidationCode::Required) << "Type the vaccine or product given.";
        QTest::newRow("other") << "date" << int(ValidationCode::Required) << "Date is required.";
        QTest::newRow("microchip") << "microchip" << int(ValidationCode::MicrochipFormat)
                                   << "15 digits, e.g. 982000123456789.";
        QTest::newRow("future") << "birthDate" << int(ValidationCode::DateInFuture)
                                << "Birth date cannot be in the future.";
        QTest::newRow("birth date") << "birthDate" << int(ValidationCode::Required)
                                    << "Type the birth date, or untick Known.";
        QTest::newRow("not a date") << "date" << int(ValidationCode::DateFormat)
                                    << "Not a date. Type it like 3/15/2020.";
        QTest::newRow("control characters")
            << "name" << int(ValidationCode::ControlCharacter)
            << "Contains invisible control characters (perhaps pasted from another program); delete and type it again.";
    }

    void testAtFieldSaysWhatToDo()
    {
        QFETCH(QString, field);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const ValidationIssue issue{field.toStdString(), static_cast<ValidationCode>(code), Severity::Error};
        QCOMPARE(describeIssueAtField(issue), expected);
    }

    void testListSentenceNamesTheField()
    {
        QCOMPARE(describeIssue({"name", ValidationCode::Required, Severity::Error}),
                 QStringLiteral("Name: is required"));
        QCOMPARE(describeIssue({"contacts[0].phones[1]", ValidationCode::PhoneFormat, Severity::Error}).left(24),
                 QStringLiteral("Contact 1, Phone 2: not "));
    }
};

QTEST_GUILESS_MAIN(TestValidationText)
#include "TestValidationText.moc"
