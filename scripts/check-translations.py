#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the shipped translations (translations/petinfo_<lang>.ts) before they reach users.

Fails when a file has a message that is unfinished, obsolete or vanished, has no translation, or
whose translation loses or adds a placeholder (%1, %L2, %n), has the wrong number of plural forms,
or drops / doubles the keyboard accelerator (&), and when two strings of one class whose English
accelerators differ share one in the translation. With --lupdate and --sources it also runs lupdate
over the sources into a scratch file and fails for every source string the .ts file lacks.

Usage: check-translations.py [--lupdate EXE --sources LIST --include DIR ...] FILE.ts [FILE.ts ...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
# Plural forms Qt uses per language (lrelease's numerus rules).
PLURAL_FORMS = {"es": 2, "pt_BR": 2, "pt": 2, "en": 2}


def placeholders(text):
    return sorted(m.group(1) for m in PLACEHOLDER.finditer(text or ""))


def accelerators(text):
    # "&&" is a literal ampersand; HTML entities are not accelerators.
    text = (text or "").replace("&&", "")
    return len(re.findall(r"&(?![a-zA-Z]+;|#\d+;)\S", text))


def accelerator_key(text):
    """The letter after the accelerator's & (lower case), or None."""
    match = re.search(r"&(?![a-zA-Z]+;|#\d+;)(\S)", (text or "").replace("&&", ""))
    return match.group(1).lower() if match else None


def accelerator_clashes(path):
    """Two strings of one class (a dialog, a window and its menus) whose English accelerators
    differ but whose translations share one: in the translated dialog one key reaches two things."""
    problems = []
    by_context = {}
    for context, message in messages(path):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        source_key = accelerator_key(message.findtext("source"))
        key = accelerator_key(translation.text)
        if source_key and key:
            by_context.setdefault(context, []).append((source_key, key, message.findtext("source"), translation.text))
    for context, entries in by_context.items():
        for i, (source_a, key_a, text_a, tr_a) in enumerate(entries):
            for source_b, key_b, text_b, tr_b in entries[i + 1:]:
                if key_a == key_b and source_a != source_b:
                    problems.append(f"{os.path.basename(path)}: [{context}] {tr_a!r} and {tr_b!r} share &{key_a} "
                                    f"({text_a!r}: &{source_a}, {text_b!r}: &{source_b})")
    return problems


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def check_file(path):
    problems = []
    language = ET.parse(path).getroot().get("language", "")
    forms = PLURAL_FORMS.get(language, PLURAL_FORMS.get(language.split("_")[0]))
    for context, message in messages(path):
        source = message.findtext("source") or ""
        where = f"{os.path.basename(path)}: [{context}] {source[:70]!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.iter("numerusform")]
            if forms and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
                continue
            # A plural form may spell the number out ("un perro") instead of %n; every other
            # placeholder must survive.
            want = [p for p in placeholders(source) if p != "n" or message.get("numerus") != "yes"]
            got = [p for p in placeholders(text) if p != "n" or message.get("numerus") != "yes"]
            if want != got:
                problems.append(f"{where}: placeholders {want} became {got} in {text[:70]!r}")
            if accelerators(source) != accelerators(text):
                problems.append(f"{where}: accelerator lost or doubled in {text[:70]!r}")
    return problems


def source_strings(lupdate, sources, includes):
    with tempfile.TemporaryDirectory() as scratch:
        ts = os.path.join(scratch, "all.ts")
        args = [lupdate, "-locations", "none", "-no-obsolete", "-silent"]
        for include in includes:
            args += ["-I", include]
        args += [f"@{sources}", "-ts", ts]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        return {(c, m.findtext("source"), m.findtext("comment") or "") for c, m in messages(ts)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    parser.add_argument("--sources", help="file listing the translated sources, one per line")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("files", nargs="+")
    options = parser.parse_args()
    problems = []
    wanted = None
    if options.lupdate and options.sources:
        wanted = source_strings(options.lupdate, options.sources, options.include)
    for path in options.files:
        problems += check_file(path)
        problems += accelerator_clashes(path)
        if wanted is not None:
            have = {(c, m.findtext("source"), m.findtext("comment") or "") for c, m in messages(path)}
            for context, source, _ in sorted(wanted - have):
                problems.append(f"{os.path.basename(path)}: [{context}] {source[:70]!r}: missing (run update_translations)")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {len(options.files)} file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
