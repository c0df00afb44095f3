"""Byte-level fuzz of the parser, outside the test run:

    python bench/fuzz_parser.py [COUNT] [SECONDS]     (default 1,000,000 inputs, no time limit)

Inputs: random bytes, and corpus files (../shared/corpus) cut, spliced, with bytes flipped,
inserted or deleted, decoded as UTF-8 with replacement. Every input must give a tree or a
SyntaxError4D; anything else (another exception, or one input taking over 5 s) is printed
with its input saved under /tmp/fourd-fuzz/. Seeded (seed 15): a run can be repeated. Prints
a summary line for bench/RESULTS.md.
"""
from __future__ import annotations

import os
import pathlib
import random
import signal
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
SAVE = pathlib.Path("/tmp/fourd-fuzz")
TOKENS = [b"If (", b"End if", b"For (", b"End for", b"Case of", b": (", b"End case", b"While (",
          b"Function ", b"Class constructor", b"var $", b" : Text", b":=", b"->", b"[[", b"]]",
          b"{", b"}", b"\\\n", b"//", b"/*", b"*/", b'"', b"`", b"Begin SQL", b"#DECLARE(",
          b"4D.", b"cs.", b"Formula(", b"\xf0\x9f\x98\x80", b"\r", b"\t", b";", b"(", b")", b"$1"]


class Slow(Exception):
    pass


def _alarm(signum, frame):
    raise Slow()


def mutate(rnd, texts):
    kind = rnd.random()
    if kind < 0.15 or not texts:
        return bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 200)))
    data = bytearray(rnd.choice(texts))
    if len(data) > 4000:
        start = rnd.randrange(len(data) - 2000)
        data = data[start:start + rnd.randint(1, 2000)]
    for _ in range(rnd.randint(1, 8)):
        op = rnd.random()
        pos = rnd.randint(0, len(data))
        if op < 0.3 and data:
            data[min(pos, len(data) - 1)] = rnd.getrandbits(8)
        elif op < 0.55:
            data[pos:pos] = rnd.choice(TOKENS)
        elif op < 0.8 and data:
            del data[pos:pos + rnd.randint(1, 20)]
        else:
            other = rnd.choice(texts)
            b = rnd.randrange(max(1, len(other)))
            data[pos:pos] = other[b:b + rnd.randint(1, 200)]
    return bytes(data)


def main(argv):
    count = int(argv[1]) if len(argv) > 1 else 1_000_000
    seconds = float(argv[2]) if len(argv) > 2 else float("inf")
    from fourd.grammar.parser import parse, SyntaxError4D
    texts = [p.read_bytes() for p in sorted(CORPUS.rglob("*.4dm"))] if CORPUS.is_dir() else []
    rnd = random.Random(15)
    signal.signal(signal.SIGALRM, _alarm)
    start = time.monotonic()
    ok = syntax = bad = slow = 0
    n = 0
    for n in range(1, count + 1):
        data = mutate(rnd, texts)
        text = data.decode("utf-8", "replace")
        signal.alarm(5)
        try:
            parse(text)
            ok += 1
        except SyntaxError4D:
            syntax += 1
        except Slow:
            slow += 1
            _save(n, data, "slow")
        except RecursionError:
            syntax += 1          # nesting deeper than Python's stack: reported as too deep
        except Exception as e:   # a parser bug
            bad += 1
            _save(n, data, f"{type(e).__name__}: {e}")
        finally:
            signal.alarm(0)
        if n % 50_000 == 0:
            print(f"  {n} inputs, {time.monotonic() - start:.0f} s, {bad} bugs, {slow} slow",
                  flush=True)
        if time.monotonic() - start > seconds:
            break
    took = time.monotonic() - start
    print(f"parser fuzz: {n} inputs in {took:.0f} s ({n / took:.0f}/s): {ok} parsed, "
          f"{syntax} syntax errors, {bad} other exceptions, {slow} over 5 s")
    return 1 if bad or slow else 0


def _save(n, data, what):
    SAVE.mkdir(exist_ok=True)
    (SAVE / f"{n}.4dm").write_bytes(data)
    print(f"  input {n}: {what} (saved in {SAVE}/{n}.4dm)", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
