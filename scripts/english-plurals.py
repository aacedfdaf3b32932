#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in translations/petinfo_en.ts from the source text's "(s)" marks:
"%n pet(s)" becomes "%n pet" / "%n pets" ("%n have" becomes "%n has" in the singular). Entries that already have forms are left alone.
Run after `cmake --build build --target update_plural_translations`."""
import pathlib
import sys
import xml.etree.ElementTree as ET

path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                    pathlib.Path(__file__).resolve().parent.parent / "translations" / "petinfo_en.ts")
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms and all(form.text for form in forms) and translation.get("type") != "unfinished":
        continue
    if "%n" not in source:
        missing.append(source)
        continue
    # "%n have errors" reads "1 has errors" in the singular.
    singular = source.replace("(s)", "").replace("%n have ", "%n has ")
    for form in forms:
        translation.remove(form)
    for text in (singular, source.replace("(s)", "s")):
        ET.SubElement(translation, "numerusform").text = text
    translation.attrib.pop("type", None)
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
if missing:
    sys.exit("plural source without %n: " + "; ".join(missing))
