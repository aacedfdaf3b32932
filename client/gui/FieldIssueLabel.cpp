// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FieldIssueLabel.h"

#include "gui/Palette.h"
#include "services/ValidationText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

namespace petinfo::client {

FieldIssueLabel::FieldIssueLabel(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setObjectName(QStringLiteral("issueIconLabel"));
    m_text->setObjectName(QStringLiteral("issueTextLabel"));
    setVisible(false);
}

void FieldIssueLabel::setReservesSpace(bool reserve)
{
    m_reserve = reserve;
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(reserve);
    setSizePolicy(policy);
    // Exactly one line, whatever the message: shortened with "…" if the field is too narrow (the
    // tooltip has it all), so a message never makes the form taller. Hidden, it keeps that line.
    m_text->setWordWrap(!reserve);
    m_text->setSizePolicy(reserve ? QSizePolicy::Ignored : QSizePolicy::Preferred, QSizePolicy::Preferred);
    updateLook();
    showText();
    updateGeometry();
}

void FieldIssueLabel::setIssues(const std::vector<ValidationIssue>& issues)
{
    QStringList lines;
    QStringList full;
    m_severity = Severity::Warning;
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == Severity::Error) {
            m_severity = Severity::Error;
        }
        lines << describeIssueAtField(issue);
        full << describeIssue(issue);
    }
    m_message = lines.join(m_reserve ? QStringLiteral(" ") : QStringLiteral("\n"));
    // The short text is under the field; the tooltip has the whole explanation.
    setToolTip(full.join(QLatin1Char('\n')));
    updateLook();
    showText();
    setVisible(!issues.empty());
}

void FieldIssueLabel::showText()
{
    if (!m_reserve) {
        m_text->setText(m_message);
        return;
    }
    // A space keeps the line's height while there is nothing to say.
    const QString elided = m_text->fontMetrics().elidedText(m_message, Qt::ElideRight, m_text->width());
    m_text->setText(m_message.isEmpty() ? QStringLiteral(" ") : elided);
}

void FieldIssueLabel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_reserve) {
        showText(); // the layout has already given the text its new width
    }
}

QString FieldIssueLabel::text() const
{
    return m_message;
}

void FieldIssueLabel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateLook();
    }
}

void FieldIssueLabel::updateLook()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = m_severity == Severity::Error ? palette::errorIcon(this) : palette::warningIcon(this);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText,
               m_severity == Severity::Error ? palette::errorText(palette()) : palette::warningText(palette()));
    m_text->setPalette(p);
    m_text->setAccessibleDescription(m_severity == Severity::Error ? tr("Error") : tr("Warning"));
}

} // namespace petinfo::client
