import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")


def run_fourd(*args, stdin=None, timeout=60, cwd=None):
    """Run `python -m fourd ARGS…` and return (returncode, stdout, stderr)."""
    env = dict(os.environ)
    env.pop("FOURD_DEBUG", None)
    p = subprocess.run([sys.executable, "-m", "fourd", *args], input=stdin, capture_output=True,
                       text=True, timeout=timeout, cwd=cwd or ROOT, env=env)
    return p.returncode, p.stdout, p.stderr
