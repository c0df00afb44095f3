"""Parse speed on one core: MB of 4D source per second through `fourd.grammar.parser.parse`
(fast path, lark when it declines) against lark's own LALR parser on the same texts.

    python bench/parse_speed.py [FOLDER ...]      (default: ../shared/corpus)

Best of 5 passes over every .4dm file (read into memory first); the ratio is what counts
when the machine is busy. Never fails: it prints.
"""
from __future__ import annotations

import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpus"


def best_of(runs, fn, texts):
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv):
    from fourd.grammar import parser
    folders = [pathlib.Path(a) for a in argv] or [DEFAULT]
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*.4dm")):
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    if not texts:
        print("no .4dm files found in", ", ".join(map(str, folders)))
        return 0
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def fourd_parse(text):
        try:
            parser.parse(text)
        except parser.SyntaxError4D:
            pass

    lark, _ = parser.get_parser()

    def lark_parse(text):
        try:
            lark.parse(parser.strip_block_comments(text))
        except Exception:  # noqa: BLE001 - a syntax error counts as parsed
            pass

    fourd_parse(texts[0])                      # build the tables outside the timing
    fast = best_of(5, fourd_parse, texts)
    slow = best_of(2, lark_parse, texts)
    print(f"{len(texts)} files, {megabytes:.2f} MB, one core (process time, best of runs)")
    print(f"  fourd parse():      {fast:6.3f} s  {megabytes / fast:5.2f} MB/s")
    print(f"  lark LALR alone:    {slow:6.3f} s  {megabytes / slow:5.2f} MB/s")
    print(f"  ratio:              {slow / fast:5.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
