// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"

#include <QString>

namespace petinfo::client {

/** The translated label of a wire field name such as "microchip" or "contacts[0].phones[1]". */
QString fieldLabel(const std::string& field);
/** A translated sentence for a validation issue, e.g. "Microchip: type the 15 digits of the chip…". */
QString describeIssue(const ValidationIssue& issue);
/** The sentence shown right under the field the issue is about, so it need not repeat the label
 *  but must stand on its own and say what to do: "Type the pet's name.", "Name is required." */
QString describeIssueAtField(const ValidationIssue& issue);
/** All error (not warning) sentences of a report, one per line. */
QString describeErrors(const ValidationReport& report);

} // namespace petinfo::client
