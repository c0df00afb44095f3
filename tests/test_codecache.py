"""The on-disk cache of compiled methods (interpreter/codecache.py): a second run reuses the
entry and behaves the same (errors still name method, line and column); FOURD_CACHE=0 writes
nothing; a changed source is compiled again."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _run(script, cache, **env):
    e = dict(os.environ, FOURD_CACHE_DIR=str(cache), **env)
    e.pop("FOURD_CACHE", None) if "FOURD_CACHE" not in env else None
    p = subprocess.run([sys.executable, "-m", "fourd", "run", str(script)], capture_output=True,
                       text=True, cwd=ROOT, env=e, timeout=60)
    return p.returncode, p.stdout, p.stderr


def _entries(cache):
    return sorted(f for _d, _s, files in os.walk(cache) for f in files)


def test_second_run_uses_the_cache_and_behaves_the_same(tmp_path):
    script = tmp_path / "boom.4dm"
    script.write_text('ALERT(String(3+4*5))\nvar $t : Text\nALERT($t+1)\n')
    cache = tmp_path / "cache"
    first = _run(script, cache)
    entries = _entries(cache)
    assert len(entries) == 1
    os.utime(os.path.join(cache, entries[0][:2], entries[0]))
    second = _run(script, cache)
    assert second == first
    assert first[0] == 1 and first[1] == "35\n"
    assert "boom" in first[2] and "line 3" in first[2]
    script.write_text('ALERT("changed")\n')
    assert _run(script, cache)[1] == "changed\n"
    assert len(_entries(cache)) == 2


def test_cache_off(tmp_path):
    script = tmp_path / "hello.4dm"
    script.write_text('ALERT("hi")\n')
    cache = tmp_path / "cache"
    assert _run(script, cache, FOURD_CACHE="0")[:2] == (0, "hi\n")
    assert not cache.exists()
