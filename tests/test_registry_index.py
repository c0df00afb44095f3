"""The index of the command themes loaded on first use (runtime/commands/_lazy_index.py) is
current, and a lazy theme's command resolves by name and by token."""
import os

from fourd.runtime.commands import registry

INDEX = os.path.join(os.path.dirname(os.path.dirname(registry.__file__)), "lazy_index.py")


def test_lazy_index_is_current():
    with open(INDEX, encoding="utf-8") as f:
        assert f.read() == registry.build_lazy_index(), (
            "regenerate: python -c \"from fourd.runtime.commands import registry; "
            "open('runtime/lazy_index.py','w').write(registry.build_lazy_index())\"")


def test_lazy_commands_resolve():
    assert registry.lookup("DOM Parse XML source").name == "DOM Parse XML source"
    assert registry.lookup("anything", 1471).name == "New object"
    assert registry.lookup("start transaction") is not None
    assert registry.lookup("no such command") is None
