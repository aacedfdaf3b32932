#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a pseudo-translation of the app's strings, for looking at every screen with text that is
longer than English (about 40%, as Spanish and Portuguese often are) and full of accents: text a
layout cuts off, and text that never went through tr() (it stays plain), show at a glance.

Usage: pseudo-translation.py IN.ts OUT.ts   (IN: a .ts of the app's strings; only its sources are used)
Placeholders (%1, %L2, %n), accelerators (&), HTML tags and entities and line breaks are kept."""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒğĥíĵķĺḿñóṕʠŕšţúṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĹḾÑÓṔɊŔŠŢÚṼŴẊÝŽ")
# Pieces that must reach the screen unchanged.
KEEP = re.compile(r"(%L?\d{1,2}|%n|&&|&[a-zA-Z]+;|&#\d+;|<[^>]+>|\n)")


def pseudo(text):
    if not text:
        return text
    parts = KEEP.split(text)
    out = "".join(part if KEEP.fullmatch(part) else part.translate(ACCENTED) for part in parts)
    letters = sum(c.isalpha() for c in text)
    return "⟦" + out + "~" * max(1, (letters * 2) // 5) + "⟧"


def main(source, target):
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "eo")
    for message in root.iter("message"):
        text = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
