// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace petinfo {

/** Whether `text` is valid UTF-8 without control characters (Unicode category Cc: U+0000-U+001F
 *  and U+007F-U+009F), with TAB, LF and CR allowed when `multiLine` (a note, an address).
 *  Every text the server stores passes this: control characters and ANSI escape sequences in a
 *  name would reach terminals, logs, printed tags and other people's screens. */
bool isCleanText(std::string_view text, bool multiLine = false);

} // namespace petinfo
