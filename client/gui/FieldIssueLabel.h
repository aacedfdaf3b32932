// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"

#include <QWidget>

class QLabel;

namespace petinfo::client {

/** The inline message under a form field: an icon (warning or error) and the translated text of
 *  the field's validation issues. Hidden when the field is fine. Colours follow the palette. */
class FieldIssueLabel final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldIssueLabel(QWidget* parent = nullptr);

    /** Shows these issues (all for one field); an empty list hides the label. */
    void setIssues(const std::vector<ValidationIssue>& issues);
    void clear() { setIssues({}); }
    bool hasError() const { return m_severity == Severity::Error && isVisibleTo(parentWidget()); }
    /** The text shown, for tests. */
    QString text() const;
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateLook();

    QLabel* m_icon;
    QLabel* m_text;
    Severity m_severity = Severity::Warning;
};

} // namespace petinfo::client
