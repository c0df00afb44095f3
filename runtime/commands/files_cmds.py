"""Theme File and Folder: File (C1566), Folder (C1567) (4d/docs commands/file.md,
commands/folder.md), Temporary folder (C486, commands-legacy/temporary-folder.md); and the
folders of the running project: Get 4D folder (C485), Structure file (C489), Test path name
(C476). The 4D.File and 4D.Folder classes live in runtime/classes/files.py."""
from __future__ import annotations

import glob
import os

from .. import host
from ..classes import files as _files
from ..classes.disk import ERR_FILE_NOT_FOUND
from ._args import int_arg, is_star
from .output import set_ok
from .registry import command

# Get 4D folder selectors (4d/docs commands/get-4d-folder.md) -> folder, and whether 4D
# creates it when missing (Current resources folder, Logs folder)
_4D_FOLDERS = {
    0: (_files.preferences_folder, False),                     # Active 4D Folder
    4: (_files.package_folder, False),                         # Database folder
    5: (_files.package_folder, False),                         # Database folder Unix syntax
    6: (lambda: _files.filesystem_root("RESOURCES"), True),    # Current resources folder
    7: (lambda: _files.filesystem_root("LOGS"), True),         # Logs folder
    8: (lambda: os.path.join(_files.package_folder(), *_files.WEB_FOLDER), False),  # HTML Root
    9: (lambda: _files.filesystem_root("DATA"), False),        # Data folder
}


@command("File", 1566)
def file(*args):
    return _files.new_entry(_files.File, args)


@command("Folder", 1567)
def folder(*args):
    return _files.new_entry(_files.Folder, args)


@command("Temporary folder", 486)
def temporary_folder():
    return _files.temporary_folder()


@command("Get 4D folder", 485)
def get_4d_folder(folder=0, *_options):
    """The folder's platform path, ending with the separator; OK 0 for the folders a
    standalone fourd does not have (Licenses, 4D Client database, MobileApps). `*` changes
    nothing: fourd runs no component."""
    entry = _4D_FOLDERS.get(0 if is_star(folder) else int_arg(folder, "Get 4D folder"))
    if entry is None:
        set_ok(0)
        return ""
    make, create = entry
    path = make()
    if create:
        os.makedirs(path, exist_ok=True)
    set_ok(1)
    return os.path.join(path, "")


@command("Structure file", 489)
def structure_file(*_star):
    """The project's .4DProject file (a lone method file: that .4dm file)."""
    package = _files.package_folder()
    found = sorted(glob.glob(os.path.join(glob.escape(package), "Project", "*.4DProject")))
    if found:
        return found[0]
    project = host.project()
    return os.path.abspath(project.main_file) if project is not None and project.main_file else ""


@command("Test path name", 476)
def test_path_name(pathname=""):
    """1 (Is a document), 0 (Is a folder), or -43 when nothing is there; a relative path is
    relative to the structure file's folder (4d/docs commands/test-path-name.md)."""
    path = os.path.join(_files.document_folder(), str(pathname))
    if os.path.isfile(path):
        return 1
    if os.path.isdir(path):
        return 0
    return ERR_FILE_NOT_FOUND
