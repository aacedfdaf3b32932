// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FieldIssueLabel.h"

#include "gui/Palette.h"
#include "services/ValidationText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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

void FieldIssueLabel::setIssues(const std::vector<ValidationIssue>& issues)
{
    if (issues.empty()) {
        m_text->clear();
        setVisible(false);
        return;
    }
    QStringList lines;
    m_severity = Severity::Warning;
    for (const ValidationIssue& issue : issues) {
        if (issue.severity == Severity::Error) {
            m_severity = Severity::Error;
        }
        lines << describeIssueAtField(issue);
    }
    m_text->setText(lines.join(QLatin1Char('\n')));
    updateLook();
    setVisible(true);
}

QString FieldIssueLabel::text() const
{
    return m_text->text();
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
