// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/DateEdit.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QStyle>

#include <algorithm>

namespace petinfo::client {

namespace {

/** A small calendar sheet in the text colour, for styles and themes without "x-office-calendar". */
QIcon calendarIcon(const QWidget* widget)
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (!themed.isNull()) {
        return themed;
    }
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = widget->palette().color(QPalette::Text);
    const qreal unit = size / 16.0;
    const QRectF sheet(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit);
    p.setPen(QPen(ink, unit));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(sheet, unit, unit);
    p.fillRect(QRectF(sheet.left(), sheet.top(), sheet.width(), 3 * unit), ink);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col) {
            p.drawRect(QRectF(sheet.left() + (2 + col * 3.5) * unit, sheet.top() + (5 + row * 3.5) * unit, 2 * unit,
                              2 * unit));
        }
    }
    return QIcon(pm);
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_reference(QDate::currentDate())
    , m_calendarAction(new QAction(this))
{
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    m_calendarAction->setIcon(calendarIcon(this));
    m_calendarAction->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    addAction(m_calendarAction, QLineEdit::TrailingPosition);
    setClearButtonEnabled(false);
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateEdit::dateEdited);
    updatePlaceholder();
}

DateInput DateEdit::input() const
{
    return parseDateInput(text(), locale(), m_reference);
}

QDate DateEdit::date() const
{
    const DateInput in = input();
    return in.isValid() ? in.date : QDate();
}

void DateEdit::setDate(const QDate& date)
{
    setText(date.isValid() ? formatted(date) : QString());
}

QString DateEdit::formatted(const QDate& date) const
{
    return locale().toString(date, fullYearDateFormat(locale()));
}

void DateEdit::updatePlaceholder()
{
    // The locale's order in letters people know from paper forms: "DD/MM/YYYY", "MM/DD/YYYY".
    QString pattern = fullYearDateFormat(locale());
    QString out;
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern[i];
        qsizetype run = 1;
        while (i + run < pattern.size() && pattern[i + run] == c) {
            ++run;
        }
        if (c == QLatin1Char('d') && run <= 2) {
            out += tr("DD", "day in a date pattern");
        } else if (c == QLatin1Char('M') && run <= 2) {
            out += tr("MM", "month in a date pattern");
        } else if (c == QLatin1Char('y')) {
            out += tr("YYYY", "year in a date pattern");
        } else if (c == QLatin1Char('M')) {
            out += tr("Mon", "month name in a date pattern");
        } else if (c == QLatin1Char('\'')) {
            // quoted literal text: keep what is inside
        } else {
            out += QString(run, c);
        }
        i += run;
    }
    setPlaceholderText(out);
    updateGeometry();
}

void DateEdit::tidy()
{
    const DateInput in = input();
    if (in.isValid()) {
        const QString neat = formatted(in.date);
        if (neat != text()) {
            setText(neat);
        }
    }
}

QCalendarWidget* DateEdit::showCalendar()
{
    auto* calendar = new QCalendarWidget(this);
    calendar->setObjectName(QStringLiteral("dateEditCalendar"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setLocale(locale());
    calendar->setGridVisible(true);
    const QDate current = date();
    calendar->setSelectedDate(current.isValid() ? current : m_reference);
    auto pick = [this, calendar](const QDate& picked) {
        setDate(picked);
        Q_EMIT dateEdited();
        calendar->close();
        setFocus(Qt::PopupFocusReason);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick);

    // Below the field, kept on its screen.
    const QSize size = calendar->sizeHint();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* screen = this->screen()) {
        const QRect avail = screen->availableGeometry();
        if (at.y() + size.height() > avail.bottom()) {
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        }
        at.setX(std::clamp(at.x(), avail.left(), std::max(avail.left(), avail.right() - size.width())));
    }
    calendar->move(at);
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
    return calendar;
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (event->key() == Qt::Key_F4 || (alt && event->key() == Qt::Key_Down)) {
        showCalendar();
        return;
    }
    if (!alt && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && !isReadOnly()) {
        // A day later or earlier, as a spin box would; an empty field starts from the reference date.
        const QDate current = date();
        if (current.isValid() || text().trimmed().isEmpty()) {
            const QDate base = current.isValid() ? current : m_reference;
            setDate(current.isValid() ? base.addDays(event->key() == Qt::Key_Up ? 1 : -1) : base);
            Q_EMIT dateEdited();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    tidy();
    QLineEdit::focusOutEvent(event);
}

void DateEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::LocaleChange:
        updatePlaceholder();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_calendarAction->setIcon(calendarIcon(this));
        break;
    default:
        break;
    }
}

QSize DateEdit::sizeHint() const
{
    ensurePolished();
    // QLineEdit asks for 17 'x'; a date needs room for its widest form with a four-digit year,
    // or the placeholder, whichever is wider.
    const QFontMetrics fm = fontMetrics();
    int widest = fm.horizontalAdvance(placeholderText());
    for (int month = 1; month <= 12; ++month) {
        widest = std::max(widest, fm.horizontalAdvance(formatted(QDate(2088, month, 28))));
    }
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(hint.width() - fm.horizontalAdvance(QLatin1Char('x')) * 17 + widest + fm.averageCharWidth());
    return hint;
}

QSize DateEdit::minimumSizeHint() const
{
    // Never narrower than the date: a cut-off year is a wrong year to whoever reads it.
    return {sizeHint().width(), QLineEdit::minimumSizeHint().height()};
}

} // namespace petinfo::client
