"""The project's XLIFF resources: Localized string (C991), Get localized string (C1578).

Strings come from `*.xlf` and `<language>.lproj/*.xlf` of the project's Resources folder (the
"/RESOURCES" filesystem of File and Folder); the language is FOURD_LANGUAGE (default "en": a script's output should not depend on
the machine's locale), matched as `fr`, `fr-FR` or `fr_FR`. A trans-unit gives its
`<target>`, else its `<source>` (4d/docs localized-string.md: not found → "" and OK 0).
"""
from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ElementTree

from ..classes import files as _files
from .. import host
from .output import set_ok
from .registry import alias, command

_lock = threading.Lock()
_tables: dict[tuple, dict] = {}      # (resources folder, language) -> {resname: text}


def _language() -> str:
    return (os.environ.get("FOURD_LANGUAGE") or "en").replace("_", "-").lower()


def _xliff_files(resources: str, language: str) -> list[str]:
    try:
        entries = sorted(os.listdir(resources))
    except OSError:
        return []
    files = [os.path.join(resources, e) for e in entries if e.lower().endswith(".xlf")]
    folders = {e[:-len(".lproj")].replace("_", "-").lower(): e for e in entries
               if e.lower().endswith(".lproj")}
    base = language.split("-")[0]
    chosen = folders.get(language) or folders.get(base) or next(
        (name for code, name in sorted(folders.items()) if code.split("-")[0] == base), None)
    if chosen is not None:
        folder = os.path.join(resources, chosen)
        files += [os.path.join(folder, f) for f in sorted(os.listdir(folder))
                  if f.lower().endswith(".xlf")]
    return files


def _read(path: str, into: dict) -> None:
    try:
        tree = ElementTree.parse(path)
    except (OSError, ElementTree.ParseError):
        return                                    # a broken resource file is just absent
    for unit in tree.iter():
        if not unit.tag.endswith("trans-unit") or not unit.get("resname"):
            continue
        texts = {child.tag.rsplit("}", 1)[-1]: "".join(child.itertext()) for child in unit}
        into.setdefault(unit.get("resname"), texts.get("target") or texts.get("source", ""))


def _strings() -> dict:
    if host.project() is None:
        return {}
    key = (_files.filesystem_root("RESOURCES"), _language())     # File("/RESOURCES")'s folder
    with _lock:
        table = _tables.get(key)
        if table is None:
            table = {}
            for path in _xliff_files(*key):
                _read(path, table)
            _tables[key] = table
    return table


def xliff_text(resname: str) -> str | None:
    """The project's XLIFF text for a resname (None when there is none); throw uses it."""
    return _strings().get(resname)


@command("Localized string", 991)
def localized_string(resname=""):
    text = _strings().get(str(resname))
    set_ok(0 if text is None else 1)
    return text or ""


alias("Get localized string", "Localized string")
