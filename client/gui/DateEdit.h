// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/DateInput.h"

#include <QLineEdit>

class QAction;
class QCalendarWidget;

namespace petinfo::client {

/** A date field that reads what people type ("15/03/2020", "15 Mar 2020", "2020-03-15", see
 *  parseDateInput) instead of QDateEdit's section-by-section editing, which turned "15 Mar 2020"
 *  into another date and hid the year. It can be empty, never clamps or rolls a date over, and shows
 *  a valid date again in the locale's short format with a four-digit year when the field is left.
 *  The calendar button (or Alt+Down, F4) picks a date; Up and Down move it by a day. */
class DateEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    /** What the text says now. */
    DateInput input() const;
    /** The date, or a null QDate when the field is empty or not a date. */
    QDate date() const;
    /** Shows a date (a null date empties the field). Does not emit dateEdited. */
    void setDate(const QDate& date);
    /** The date two-digit years are read around and the calendar opens on (default: today). */
    void setReferenceDate(const QDate& date) { m_reference = date; }
    /** The date the calendar opens on when the field is empty. */
    QDate referenceDate() const { return m_reference; }

    /** Opens the calendar under the field; returns it (for tests). */
    QCalendarWidget* showCalendar();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** The user typed or picked something (not emitted by setDate). */
    void dateEdited();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void tidy();
    void updatePlaceholder();
    QString formatted(const QDate& date) const;

    QDate m_reference;
    QAction* m_calendarAction;
};

} // namespace petinfo::client
