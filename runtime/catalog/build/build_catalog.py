"""Rebuild runtime/catalog/commands.tsv and constants.tsv.

Build-time only (never imported by the runtime).  Inputs:

* the shared catalogue (``commands.tsv`` / ``constants.tsv`` from 4d/docs theme pages and
  the Constant List page), default ``/work/shared/catalogue``;
* the corpus of exported 4D code (``Name:C123`` and ``Name:K8:3`` tokens), default
  ``/work/shared/corpus``;
* ``doc_values.txt`` (beside this script): constant values transcribed from 4d/docs pages,
  one block per page;
* ``4D_ConstantsEN.tsv`` (beside this script): every ``<trans-unit>`` of 4D's own constant file
  ``4D_ConstantsEN.xlf`` (miyako/4d-static-docs@f928407), columns ``id name value deprecated
  include_if note``; used for constants that ``doc_values.txt`` leaves without a value.

Usage:  python3 build_catalog.py [CATALOGUE_DIR] [CORPUS_DIR]

Outputs (in ``runtime/catalog/``): commands.tsv, constants.tsv, conflicts.md.
"""
from __future__ import annotations

import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def fold(name: str) -> str:
    return " ".join(name.lower().split())


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# --------------------------------------------------------------------------- corpus scan
TOK_C = re.compile(r"([A-Za-z0-9_ \u00b0]+):C(\d+)\b")
TOK_K = re.compile(r"([A-Za-z0-9_ \u00b0]+):K(\d+):(\d+)\b")
LEADING_WORDS = {"return", "else", "var", "of", "each", "in"}


def scan_corpus(root):
    cpairs = collections.Counter()
    kpairs = collections.Counter()
    nfiles = 0
    for dp, _dn, fns in os.walk(root):
        for fn in fns:
            if not fn.endswith(".4dm"):
                continue
            nfiles += 1
            with open(os.path.join(dp, fn), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for m in TOK_C.finditer(text):
                cpairs[(m.group(1).strip(), int(m.group(2)))] += 1
            for m in TOK_K.finditer(text):
                kpairs[(m.group(1).strip(), int(m.group(2)), int(m.group(3)))] += 1
    return nfiles, cpairs, kpairs


def resolve(raw, known):
    """Longest suffix of words of ``raw`` that is a known name; else strip keywords."""
    words = raw.split()
    for i in range(len(words)):
        cand = " ".join(words[i:])
        if fold(cand) in known:
            return cand, True
    while words and words[0].lower() in LEADING_WORDS:
        words = words[1:]
    return " ".join(words), False


# --------------------------------------------------------------------------- doc values
def read_doc_values(path):
    """Return list of (name, type, raw_value, source) in file order."""
    rows = []
    source = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@ "):
                source = line[2:].strip()
                continue
            name, typ, value = line.split("|", 2)
            rows.append((name.strip(), typ.strip(), value, source))
    return rows


def norm_type(typ, value):
    t = typ.strip().lower()
    if t in ("string", "text", "alpha"):
        return "Text"
    if t in ("longint", "long integer", "long"):
        return "Longint"
    if t == "integer":
        return "Integer"
    if t == "real":
        return "Real"
    if t == "":
        return "Longint" if re.fullmatch(r"-?\d+", value.strip()) else "Text"
    return typ.strip()


def check_value(typ, value):
    if typ in ("Longint", "Integer"):
        int(value)
    elif typ == "Real":
        float(value)


# --------------------------------------------------------------------------- 4D constant file
XLF_SOURCE = "4D_ConstantsEN.xlf (miyako/4d-static-docs@f928407)"
XLF_ID = re.compile(r"(\d+)_(\d+)([A-Z]?)")


def read_xlf(path):
    """Rows of 4D_ConstantsEN.tsv (every trans-unit of the XLIFF, in file order)."""
    rows = read_tsv(path)
    for r in rows:
        if not XLF_ID.fullmatch(r["id"]):
            raise ValueError(f"bad xlf id {r['id']!r}")
    return rows


def xlf_type(value):
    """The XLIFF states no type: integers are Longint, anything else Text."""
    return "Longint" if re.fullmatch(r"-?\d+", value) else "Text"


def same_value(typ, value, xvalue):
    """Does a catalogue value (typ, value) equal the XLIFF's d4:value?"""
    try:
        if typ in ("Longint", "Integer"):
            return int(value) == int(xvalue)
        if typ == "Real":
            return float(value) == float(xvalue)
    except ValueError:
        return False
    return value == xvalue


# --------------------------------------------------------------------------- main
def main(argv):
    cat_dir = argv[1] if len(argv) > 1 else "/work/shared/catalogue"
    corpus_dir = argv[2] if len(argv) > 2 else "/work/shared/corpus"
    cmds = read_tsv(os.path.join(cat_dir, "commands.tsv"))
    consts = read_tsv(os.path.join(cat_dir, "constants.tsv"))
    notes = []  # lines for conflicts.md

    # ---- commands
    cmd_by_fold = {}
    for r in cmds:
        cmd_by_fold.setdefault(fold(r["name"]), r)
    nfiles, cpairs, kpairs = scan_corpus(corpus_dir)

    known_cmd = {fold(r["name"]): r["name"] for r in cmds}
    name_nums = collections.defaultdict(collections.Counter)  # resolved name -> number -> uses
    for (raw, num), n in cpairs.items():
        name, _ok = resolve(raw, known_cmd)
        name_nums[name][num] += n

    out_cmds = []  # (name, number, theme, source)
    filled, agreed, conflicts, added = [], 0, [], []
    by_fold_nums = collections.defaultdict(collections.Counter)
    spelling = {}
    for name, nums in name_nums.items():
        for num, n in nums.items():
            by_fold_nums[fold(name)][num] += n
            spelling.setdefault((fold(name), num), collections.Counter())[name] += n
    used_numbers = set()
    for r in cmds:
        f = fold(r["name"])
        num = r["number"].strip()
        src = "docs" if r["theme"] else "code"
        seen = by_fold_nums.get(f)
        if seen:
            if num:
                if set(seen) != {int(num)}:
                    conflicts.append((r["name"], num, dict(seen)))
                else:
                    agreed += 1
            else:
                if len(seen) == 1:
                    num = str(next(iter(seen)))
                    filled.append((r["name"], num, dict(seen)))
                    src += "+corpus"
                else:
                    conflicts.append((r["name"], "", dict(seen)))
        out_cmds.append([r["name"], num, r["theme"], src])
        if num:
            used_numbers.add(int(num))
    # corpus (name, number) pairs absent from the catalogue: extra rows (aliases, old names,
    # and second tokens of an existing name such as Super:C1706)
    for f, nums in sorted(by_fold_nums.items()):
        for num in sorted(nums):
            row = cmd_by_fold.get(f)
            if row is not None and (row["number"].strip() == str(num) or
                                    any(x[0] == row["name"] and x[1] == str(num) for x in out_cmds)):
                continue
            name = spelling[(f, num)].most_common(1)[0][0]
            current = [x[0] for x in out_cmds if x[1] == str(num)]
            kind = "corpus-alias" if current else "corpus"
            out_cmds.append([name, str(num), row["theme"] if row else "", kind])
            added.append((name, num, nums[num], current))

    out_cmds.sort(key=lambda x: (x[0].lower(), int(x[1] or 0)))
    with open(os.path.join(OUT, "commands.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("name\tnumber\ttheme\tsource\n")
        for row in out_cmds:
            f.write("\t".join(row) + "\n")

    notes.append("# Catalogue build notes and conflicts\n")
    notes.append(f"Corpus: {nfiles} .4dm files, {len(cpairs)} distinct command spellings+numbers, "
                 f"{len(kpairs)} distinct constant spellings+tokens.\n")
    notes.append(f"\n## Commands\n\n* {agreed} catalogue numbers confirmed by the corpus.\n"
                 f"* {len(filled)} numbers filled from the corpus: " +
                 ", ".join(f"`{n}`={num}" for n, num, _ in filled) + ".\n")
    notes.append("\n### Extra rows added from the corpus (source `corpus` / `corpus-alias`)\n\n"
                 "Old names or second tokens seen in exported code.  `corpus-alias` rows share their "
                 "number with a current command; `command_by_number` returns the current command, "
                 "`command_by_name` returns the alias row only for names no current command uses.\n\n")
    for name, num, n, current in added:
        cur = (" (current: " + ", ".join(f"`{c}`" for c in current) + ")") if current else ""
        notes.append(f"* `{name}:C{num}` — {n} uses{cur}\n")
    notes.append("\n### Conflicts (catalogue number vs corpus tokens) — not changed\n\n")
    for name, num, seen in conflicts:
        notes.append(f"* `{name}`: catalogue `{num or '-'}`, corpus {seen}\n")

    # ---- constants
    known_k = {fold(r["name"]): r["name"] for r in consts}
    const_rows = collections.OrderedDict()
    for r in consts:
        const_rows[fold(r["name"])] = {
            "name": r["name"], "type": "", "value": "", "theme_token": "",
            "token": r["token"].strip(), "source": "",
        }
    tok_uses = collections.defaultdict(collections.Counter)  # fold name -> token -> uses
    for (raw, th, n), uses in kpairs.items():
        name, ok = resolve(raw, known_k)
        f = fold(name)
        if f not in const_rows:
            const_rows[f] = {"name": name, "type": "", "value": "", "theme_token": "",
                             "token": "", "source": ""}
        tok_uses[f][f"K{th}:{n}"] += uses
    extra_tokens = []
    for f, toks in tok_uses.items():
        row = const_rows[f]
        best = toks.most_common(1)[0][0]
        if not row["token"]:
            row["token"] = best
        others = [t for t, _n in toks.most_common() if t != row["token"]]
        if others:
            extra_tokens.append((row["name"], row["token"], dict(toks)))
            row["token"] = ",".join([row["token"]] + others)

    doc_rows = read_doc_values(os.path.join(HERE, "doc_values.txt"))
    value_conflicts = []
    added_from_docs = []
    for name, typ, value, source in doc_rows:
        typ = norm_type(typ, value)
        if typ != "Text":
            value = value.strip()
        check_value(typ, value)
        f = fold(name)
        row = const_rows.get(f)
        if row is None:
            row = const_rows[f] = {"name": name, "type": "", "value": "", "theme_token": "",
                                   "token": "", "source": ""}
            added_from_docs.append(name)
        if row["source"]:
            if row["value"] != value or row["type"] != typ:
                value_conflicts.append((row["name"], row["type"], row["value"], row["source"],
                                        typ, value, source))
            continue
        row["type"], row["value"], row["source"] = typ, value, source

    # ---- 4D's constant file: value for every constant still without one; check the others
    xlf_rows = read_xlf(os.path.join(HERE, "4D_ConstantsEN.tsv"))
    xlf_by_id = {r["id"]: r for r in xlf_rows}
    xlf_by_name = collections.defaultdict(list)
    for r in xlf_rows:
        if r["name"].strip():
            xlf_by_name[fold(r["name"])].append(r)
    xlf_used = set()           # ids matched to a catalogue constant
    xlf_filled = []            # (name, id, how)
    xlf_agree = 0
    xlf_conflicts = []         # (name, type, value, source, id, xvalue)
    xlf_token_name = []        # (name, token, xlf name at that id)
    xlf_platform = []          # (name, [(id, include_if, value)])
    for f, row in const_rows.items():
        match, how = None, ""
        for tok in [t for t in row["token"].split(",") if t]:
            m = re.fullmatch(r"K(\d+):(\d+)", tok)
            xr = xlf_by_id.get(f"{m.group(1)}_{m.group(2)}")
            if xr is None:
                continue
            if fold(xr["name"]) == f:
                if match is None:
                    match, how = xr, "token"
            else:
                xlf_token_name.append((row["name"], tok, xr["name"]))
        if match is None:
            cands = xlf_by_name.get(f, [])
            if any(c["include_if"] for c in cands):
                xlf_platform.append((row["name"], [(c["id"], c["include_if"], c["value"])
                                                   for c in cands]))
                xlf_used.update(c["id"] for c in cands)
                continue
            if len(cands) == 1:
                match, how = cands[0], "name"
            elif len(cands) > 1:
                raise ValueError(f"several xlf entries named {row['name']!r}")
        if match is None:
            continue
        xlf_used.add(match["id"])
        if match["include_if"]:
            continue
        if row["source"]:
            if same_value(row["type"], row["value"], match["value"]):
                xlf_agree += 1
            else:
                xlf_conflicts.append((row["name"], row["type"], row["value"], row["source"],
                                      match["id"], match["value"]))
            continue
        row["type"], row["value"], row["source"] = (xlf_type(match["value"]), match["value"],
                                                   XLF_SOURCE)
        xlf_filled.append((row["name"], match["id"], how))
    added_from_xlf = []
    for r in xlf_rows:  # names the catalogue lacks: new rows (no token: tokens come from code)
        f = fold(r["name"])
        if not f or r["id"] in xlf_used or f in const_rows:
            continue
        if r["include_if"]:
            raise ValueError(f"platform entry {r['id']} for a new name")
        const_rows[f] = {"name": r["name"], "type": xlf_type(r["value"]), "value": r["value"],
                         "theme_token": "", "token": "", "source": XLF_SOURCE}
        added_from_xlf.append((r["name"], r["id"]))

    for r in const_rows.values():  # theme number of the (first) token: K8:3 -> 8
        m = re.match(r"K(\d+):", r["token"])
        r["theme_token"] = m.group(1) if m else ""
    rows = sorted(const_rows.values(), key=lambda r: r["name"].lower())
    with open(os.path.join(OUT, "constants.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("name\ttype\tvalue\ttheme_token\ttoken\tsource\n")
        for r in rows:
            for k in ("name", "type", "value", "theme_token", "token", "source"):
                if "\t" in r[k] or "\n" in r[k]:
                    raise ValueError(f"tab/newline in {k} of {r['name']!r}")
            f.write("\t".join(r[k] for k in ("name", "type", "value", "theme_token", "token",
                                                "source")) + "\n")

    # constants whose value depends on the platform (the runtime picks the host's row)
    with open(os.path.join(OUT, "platform_constants.tsv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("name\tplatform\ttype\tvalue\tsource\n")
        for name, ents in xlf_platform:
            for xid, platform, value in ents:
                f.write(f"{name}\t{platform}\t{xlf_type(value)}\t{value}\t"
                        f"{XLF_SOURCE} id {xid}\n")

    notes.append("\n## Constants\n\n")
    notes.append(f"* {len(rows)} constants, {sum(1 for r in rows if r['source'])} with a value.\n")
    notes.append("* Added from the documentation (not in the Constant List): "
                 + ", ".join(f"`{n}`" for n in added_from_docs) + ".\n")
    notes.append("\n### Constants seen with several tokens in the corpus\n\n")
    for name, tok, toks in extra_tokens:
        notes.append(f"* `{name}`: kept `{tok}`; corpus {toks}\n")
    notes.append("\n### Value conflicts between documentation pages (first source kept)\n\n")
    for name, t1, v1, s1, t2, v2, s2 in value_conflicts:
        notes.append(f"* `{name}`: {t1} `{v1}` ({s1}) vs {t2} `{v2}` ({s2})\n")
    notes.append(f"\n## 4D constant file ({XLF_SOURCE})\n\n")
    notes.append(f"* `build/4D_ConstantsEN.tsv`: {len(xlf_rows)} trans-units, "
                 f"{sum(1 for r in xlf_rows if r['name'].strip())} with a name, "
                 f"{len(xlf_by_name)} distinct names.\n")
    notes.append(f"* {xlf_agree} values of doc_values.txt agree with the file; "
                 f"{len(xlf_conflicts)} disagree (listed below, doc value kept).\n")
    notes.append(f"* {len(xlf_filled)} catalogue constants get their value from the file "
                 f"({sum(1 for x in xlf_filled if x[2] == 'token')} matched by token, "
                 f"{sum(1 for x in xlf_filled if x[2] == 'name')} by name).\n")
    notes.append(f"* {len(added_from_xlf)} names of the file the catalogue lacked are added as new "
                 f"rows (no token).\n")
    notes.append("\n### Disagreements between doc_values.txt and the file (doc value kept)\n\n")
    for name, t1, v1, s1, xid, xv in xlf_conflicts:
        notes.append(f"* `{name}`: {t1} `{v1}` ({s1}) vs file id {xid} `{xv}`\n")
    notes.append("\n### Catalogue tokens whose id in the file names another constant "
                 "(not used; matched by name instead)\n\n")
    for name, tok, xname in xlf_token_name:
        notes.append(f"* `{name}` {tok}: the file's id is `{xname}`\n")
    notes.append("\n### Platform-dependent entries (d4:includeIf; no single value)\n\n")
    for name, ents in xlf_platform:
        notes.append(f"* `{name}`: " + ", ".join(f"{i} ({inc}) `{v}`" for i, inc, v in ents)
                     + "\n")
    notes.append("\n### New rows from the file\n\n")
    notes.append(", ".join(f"`{n}` ({i})" for n, i in added_from_xlf) + "\n")
    used = sorted({fold(resolve(raw, known_k)[0]) for (raw, _t, _n) in kpairs})
    missing = [const_rows[f]["name"] for f in used if not const_rows[f]["source"]]
    notes.append(f"\n### Corpus constants without a value ({len(missing)} of {len(used)})\n\n")
    for n in missing:
        notes.append(f"* `{n}` ({const_rows[fold(n)]['token']})\n")
    with open(os.path.join(OUT, "conflicts.md"), "w", encoding="utf-8") as f:
        f.writelines(notes)
    print(f"commands: {len(out_cmds)} rows; constants: {len(rows)} rows, "
          f"{sum(1 for r in rows if r['source'])} with values; corpus constants used: {len(used)}, "
          f"missing values: {len(missing)}; value conflicts: {len(value_conflicts)}; "
          f"xlf: {len(xlf_rows)} entries, {len(xlf_filled)} filled, {len(added_from_xlf)} added, "
          f"{len(xlf_conflicts)} disagreements with doc values")


if __name__ == "__main__":
    main(sys.argv)
