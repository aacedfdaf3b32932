// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Adoption.h"

#include <QImage>
#include <QString>

namespace petinfo::client {

/** The whole application as HTML for a QTextBrowser (every value escaped): applicant, household,
 *  the animals, experience and message, consent, the typed signature, when and where, staff notes.
 *  Without `showContacts` (volunteers) phone, e-mail, address and network address are left out. */
QString applicationHtml(const AdoptionApplication& application, const QString& animals, bool showContacts);

/** The drawn signature (encodeSignature text) as dark strokes on white, fitted into `size`; a
 *  null image when there is none or it does not decode. */
QImage signatureImage(const std::string& strokes, const QSize& size);

} // namespace petinfo::client
