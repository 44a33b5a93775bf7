#!/usr/bin/env python3
"""The translations are complete and in step with the sources (CTest: translations_complete).

1. lupdate runs over app/ providers/ ui/ into copies of translations/*.ts: a string in the
   sources that the committed files lack (or that they still carry after it left the sources)
   fails, named.
2. No entry is unfinished or empty; plural entries have every form of their language.
3. Each translation keeps the source's placeholders (%1, %2, %n, %L1) and HTML tags, and the
   same number of & mnemonics.
"""
import pathlib, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
lupdate = shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"
# English carries only the plural entries (lupdate -pluralonly): "1 order", "2 orders".
languages = {"ru": 3, "uk": 3, "es": 2, "en": 2}
placeholder = re.compile(r"%(?:L?\d|n)")
tag = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*>")
problems = []


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            out[(name, m.findtext("source") or "")] = m
    return out


with tempfile.TemporaryDirectory() as scratch:
    for lang, forms in languages.items():
        committed = root / "translations" / f"payoutdesk_{lang}.ts"
        fresh = pathlib.Path(scratch) / committed.name
        shutil.copy(committed, fresh)
        only = ["-pluralonly"] if lang == "en" else []
        subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", *only, "-source-language", "en",
                        "-target-language", lang, "app", "providers", "ui", "-ts", str(fresh)],
                       cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before, after = messages(committed), messages(fresh)
        for key in sorted(after.keys() - before.keys()):
            problems.append(f"{lang}: not in the .ts yet (run translations/update and translate it): {key[0]}: {key[1]!r}")
        for key in sorted(before.keys() - after.keys()):
            problems.append(f"{lang}: no longer in the sources (run translations/update): {key[0]}: {key[1]!r}")
        for (context, source), m in before.items():
            where = f"{lang}: {context}: {source[:70]!r}"
            tr = m.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: unfinished")
                continue
            texts = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
            if m.get("numerus") == "yes" and len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} has {forms}")
            for form, text in enumerate(texts):
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                wanted, found = set(placeholder.findall(source)), set(placeholder.findall(text))
                if lang == "en" and form == 0:  # "This order …" may say the one without its number
                    wanted.discard("%n")
                    found.discard("%n")
                if wanted != found:
                    problems.append(f"{where}: placeholders {sorted(set(placeholder.findall(source)))} became "
                                    f"{sorted(set(placeholder.findall(text)))}")
                if sorted(tag.findall(source)) != sorted(tag.findall(text)):
                    problems.append(f"{where}: HTML tags differ")
                if source.count("&") != text.count("&"):
                    problems.append(f"{where}: {source.count('&')} '&' in the source, {text.count('&')} in the translation")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s) in {', '.join(languages)}")
sys.exit(1 if problems else 0)
