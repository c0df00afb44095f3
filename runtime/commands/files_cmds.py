"""Theme File and Folder: File (C1566), Folder (C1567) (4d/docs commands/file.md,
commands/folder.md), and Temporary folder (C486, commands-legacy/temporary-folder.md). The
4D.File and 4D.Folder classes live in runtime/classes/files.py."""
from __future__ import annotations

from ..classes import files as _files
from .registry import command


@command("File", 1566)
def File(*args):
    return _files.new_entry(_files.File, args)


@command("Folder", 1567)
def Folder(*args):
    return _files.new_entry(_files.Folder, args)


@command("Temporary folder", 486)
def Temporary_folder():
    return _files.temporary_folder()
