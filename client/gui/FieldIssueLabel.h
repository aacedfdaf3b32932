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

    /** Keeps one line of room under the field even while there is nothing to say, and never takes
     *  more (a long message is shortened, the tooltip has it whole), so a message appearing does
     *  not push the fields below it down, under the pointer, as a click lands. */
    void setReservesSpace(bool reserve);
    bool reservesSpace() const { return m_reserve; }

    /** Shows these issues (all for one field); an empty list hides the label. */
    void setIssues(const std::vector<ValidationIssue>& issues);
    void clear() { setIssues({}); }
    bool hasError() const { return m_severity == Severity::Error && isVisibleTo(parentWidget()); }
    /** The text shown, for tests. */
    QString text() const;
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateLook();
    void showText();

    QLabel* m_icon;
    QLabel* m_text;
    Severity m_severity = Severity::Warning;
    QString m_message;
    bool m_reserve = false;
};

} // namespace petinfo::client
