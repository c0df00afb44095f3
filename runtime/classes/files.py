"""`4D.File` and `4D.Folder` (4d/docs API/FileClass.md, API/FolderClass.md, the shared members of
API/Document.md and API/Directory.md, commands/file.md, commands/folder.md, Concepts/paths.md).

A File or Folder object is an immutable reference to a place on disk, existing or not: a
`filesystem` ("/PACKAGE", "/PROJECT", "/SOURCES", "/RESOURCES", "/DATA", "/LOGS") and the names
below it, or an absolute host path. `.path` shows the filesystem ("/RESOURCES/img/a.png"),
`.platformPath` the absolute host path; the root of a filesystem has no `.parent` (Null:
sandboxing, paths.md). Functions that move, copy or rename return new objects.

Decisions where the documentation is silent (fourd's own):
* Filesystems resolve against the running project's package folder: PACKAGE is the folder
  holding `Project/`, PROJECT `<package>/Project`, SOURCES `<package>/Project/Sources`,
  RESOURCES `<package>/Resources`, DATA `<package>/Data`, LOGS `<package>/Data/Logs` (paths.md
  examples). A single .4dm file run outside a project has its own folder as package.
* The platform syntax is the host's: POSIX paths on Linux and macOS (no HFS ":" paths).
* Failing filesystem operations raise the OS file-manager error codes 4D uses (FolderClass.md
  .delete() documents -47 and -120): -43 file not found, -48 already exists, -120 folder not
  found, -47 folder not empty, -37 bad name or pathname (also a relative path given to
  File/Folder, an absolute one given to .file()/.folder()), -54 permission denied, -45 locked,
  -34 disk full, -36 other I/O errors (.delete(Delete with contents) that fails: -45, -54 on
  Windows, as documented); -10512 "encoding not supported" for an unknown charset.
* .setText() without charset writes UTF-8 without BOM; with a Unicode charset it writes its
  BOM unless the name ends with "-no-bom"; "UTF-16"/"UTF-32" are big-endian (as CONVERT FROM
  TEXT). .setText()/.setContent() create the missing parent folders.
* File(fileConstant): settings files map into <package>/Settings (or Data/Settings) and give
  Null when absent; log and backup files give Null (fourd writes none). Folder(constant):
  database/resources/data/logs folders are their filesystems, web root is /PACKAGE/WebFolder,
  home/desktop/documents are ~, ~/Desktop, ~/Documents, user preferences is the 4D folder of
  the user's configuration folder (~/.config/4D on Linux); other constants: "not supported".
* The `*` parameter changes nothing (fourd runs no component).
* "Document with native format" is LF on Linux and macOS (4D 19 R3+), CRLF on Windows.
* Listings (.files(), .folders()) are sorted by name; a symbolic link is listed as a file
  (links are not resolved, Directory.md), so recursion never follows one; with `fk ignore
  invisible` the content of an invisible folder is skipped too. A folder that does not exist
  lists nothing.
* `.hidden` is True for a name starting with "." (the Unix convention); `.creationDate` /
  `.creationTime` come from the birth time when the OS gives it, else the earliest of the
  change and modification times; a missing file has the null date and 00:00:00.
* Folder `.copyTo(…; fk overwrite)` merges into an existing folder (existing elements are
  overwritten, others kept).
* JSON Stringify / OB Keys show name, extension, fullName, path, platformPath, exists, isFile,
  isFolder, isAlias, hidden (and size for a file): not the object-valued parent/original.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

from .. import host
from ..charsets import decode_text, document_codec, encode_text
from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH, fail
from ..values import NULL, Blob4D, Coll, Date4D, Star, Time4D, type_name
from ..builtin import BuiltinObject, builtin_class
from . import filehandle
from .disk import (EOL_OF_MODE, ERR_BAD_NAME, ERR_DUPLICATE, ERR_FILE_NOT_FOUND, ERR_FOLDER_NOT_FOUND, ERR_IO, ERR_LOCKED, ERR_NOT_EMPTY, ERR_PERMISSION, LINE_BREAKS, blob_argument, os_error)

FILESYSTEMS = ("PACKAGE", "PROJECT", "SOURCES", "RESOURCES", "DATA", "LOGS")
_FS_SUBPATH = {"PACKAGE": (), "PROJECT": ("Project",), "SOURCES": ("Project", "Sources"),
               "RESOURCES": ("Resources",), "DATA": ("Data",), "LOGS": ("Data", "Logs")}

POSIX_PATH, PLATFORM_PATH = 0, 1            # fk posix path, fk platform path
FK_RECURSIVE, FK_IGNORE_INVISIBLE = 1, 8    # fk recursive, fk ignore invisible
FK_OVERWRITE = 4                            # fk overwrite
DELETE_ONLY_IF_EMPTY, DELETE_WITH_CONTENTS = 0, 1

# ------------------------------------------------------------------------------ paths
def package_folder() -> str:
    """The folder "/PACKAGE" designates: the running project's, or a lone .4dm file's folder."""
    project = host.project()
    if project is not None:
        if project.root:
            root = os.path.abspath(project.root)
            if not os.path.isdir(os.path.join(root, "Project")) and \
                    os.path.isdir(os.path.join(root, "Sources")):
                return os.path.dirname(root)          # the Project folder itself was run
            return root
        if project.main_file:
            return os.path.dirname(os.path.abspath(project.main_file))
    fail(ERR_FOLDER_NOT_FOUND, "filesystem pathnames (/PACKAGE, /RESOURCES…) need a running "
                               "project or method file")


def document_folder() -> str:
    """Where a relative document path of the classic commands leads (Test path name, DOM Parse
    XML source…): next to the structure file, the Project folder of the running project; the
    folder of a lone script; else the current directory."""
    project = host.project()
    if project is not None and project.root:
        base = os.path.join(project.root, "Project")
        return base if os.path.isdir(base) else project.root
    if project is not None and project.main_file:
        return os.path.dirname(os.path.abspath(project.main_file))
    return os.getcwd()


def filesystem_root(fs: str) -> str:
    return os.path.join(package_folder(), *_FS_SUBPATH[fs])


def _normalize(names, floor: bool):
    """Resolve "." and ".." in a list of names. With `floor` (inside a filesystem) going above
    the first name is invalid (None); without it ".." stops at the root, as POSIX does."""
    out = []
    for name in names:
        if name in ("", "."):
            continue
        if name == "..":
            if out:
                out.pop()
            elif floor:
                return None
            continue
        out.append(name)
    return tuple(out)


def _host_names(path: str):
    """The names of an absolute host path (from the root)."""
    path = os.path.abspath(path)
    if os.sep != "/":
        path = path.replace(os.sep, "/")
    return tuple(n for n in path.split("/") if n)


def valid_name(name) -> bool:
    """A file or folder name (.rename(), newName): no separator, not empty, not . or .."""
    return type(name) is str and name not in ("", ".", "..") and \
        not any(c in name for c in "/:\0")


# ------------------------------------------------------------------------------ objects
class _Entry(BuiltinObject):
    """What 4D.File and 4D.Folder share (Document.md, Directory.md)."""
    __slots__ = ("_fs", "_names", "_os")
    shared = True                  # immutable: can go into shared objects and Storage
    is_folder = False

    props_4d = {"name": "name", "extension": "extension", "fullName": "fullName",
                "path": "path", "platformPath": "platformPath", "exists": "exists",
                "isFile": "isFile", "isFolder": "isFolder", "isAlias": "isAlias",
                "hidden": "hidden", "parent": "parent", "original": "original",
                "creationDate": "creationDate", "creationTime": "creationTime",
                "modificationDate": "modificationDate", "modificationTime": "modificationTime"}
    methods_4d = {"copyTo": "copyTo", "moveTo": "moveTo", "rename": "rename",
                  "create": "create", "delete": "delete"}
    _json_props = ("name", "extension", "fullName", "path", "platformPath", "exists", "isFile",
                   "isFolder", "isAlias", "hidden")

    def __init__(self, fs, names, os_path=None):
        self._fs = fs                       # filesystem name, or None for a host path
        self._names = tuple(names)          # names below the filesystem root (or "/")
        if os_path is None:
            base = filesystem_root(fs) if fs else os.sep
            os_path = os.path.join(base, *self._names)
        self._os = os_path

    @classmethod
    def new_4d(cls, *args):
        """`4D.File.new()` / `4D.Folder.new()`: the `File` / `Folder` command."""
        return new_entry(cls, args)

    def _sibling(self, cls, names):
        """An object of `cls` in the same filesystem (or host tree)."""
        return cls(self._fs, names, os.path.join(self._root_os(), *names))

    def _root_os(self):
        path = self._os
        for _ in self._names:
            path = os.path.dirname(path)
        return path

    def _child(self, cls, name):
        return cls(self._fs, self._names + (name,), os.path.join(self._os, name))

    def __repr__(self):
        return f"<4D.{self.class_name} {self.path}>"

    def to_json_4d(self):
        return {name: getattr(self, self.props_4d[name]) for name in self._json_props}

    # -- names and paths ------------------------------------------------------------
    @property
    def fullName(self):
        if self._names:
            return self._names[-1]
        return os.path.basename(self._os.rstrip(os.sep))

    @property
    def name(self):
        return os.path.splitext(self.fullName)[0]

    @property
    def extension(self):
        return os.path.splitext(self.fullName)[1]

    @property
    def path(self):
        text = "/" + "/".join(((self._fs,) if self._fs else ()) + self._names)
        if self.is_folder and text != "/":
            text += "/"
        return text

    @property
    def platformPath(self):
        path = self._os
        if self.is_folder and not path.endswith(os.sep):
            path += os.sep
        return path

    @property
    def parent(self):
        if not self._names:
            return NULL                     # a filesystem root (sandbox) or the disk root
        return self._sibling(Folder, self._names[:-1])

    @property
    def isFile(self):
        return not self.is_folder

    @property
    def isFolder(self):
        return self.is_folder

    @property
    def hidden(self):
        return self.fullName.startswith(".")

    # -- dates --------------------------------------------------------------------------
    def _stamp(self, birth: bool):
        """(Date4D, Time4D) in local time of the creation (`birth`) or modification."""
        try:
            st = os.stat(self._os) if self.exists else None
        except (OSError, ValueError):
            st = None
        if st is None:
            return Date4D(), Time4D(0)
        if birth:
            seconds = getattr(st, "st_birthtime", None) or min(st.st_mtime, st.st_ctime)
        else:
            seconds = st.st_mtime
        lt = time.localtime(seconds)
        return (Date4D(lt.tm_year, lt.tm_mon, lt.tm_mday),
                Time4D(lt.tm_hour * 3600 + lt.tm_min * 60 + lt.tm_sec))

    creationDate = property(lambda self: self._stamp(True)[0])
    creationTime = property(lambda self: self._stamp(True)[1])
    modificationDate = property(lambda self: self._stamp(False)[0])
    modificationTime = property(lambda self: self._stamp(False)[1])

    # -- copyTo / moveTo / rename ---------------------------------------------------
    def _what(self, fn):
        return f"{self.class_name}.{fn}()"

    def _must_exist(self, what):
        if not self.exists:
            fail(ERR_FOLDER_NOT_FOUND if self.is_folder else ERR_FILE_NOT_FOUND,
                 f"{what}: the {self.class_name.lower()} does not exist ({self.platformPath})")

    def _destination(self, args, what, with_overwrite):
        """(destination folder, new name, overwrite) from (destinationFolder {; newName}
        {; overwrite}); a number in second place is the overwrite option."""
        if not args:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: a destination folder is expected")
        dest = args[0]
        if not isinstance(dest, Folder):
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the destination must be a 4D.Folder, "
                                                f"not {type_name(dest)}")
        rest = list(args[1:])
        overwrite = False
        if with_overwrite and rest and type(rest[-1]) in (int, float):
            overwrite = bool(int(rest.pop()) & FK_OVERWRITE)
        if len(rest) > 1 or (rest and type(rest[0]) is not str):
            raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (destinationFolder {{; newName}}"
                                              + ("{; overwrite})" if with_overwrite else ")"))
        new_name = rest[0] if rest and rest[0] != "" else self.fullName
        if not valid_name(new_name):
            fail(ERR_BAD_NAME, f"{what}: invalid name {new_name!r}")
        if not dest.exists:
            fail(ERR_FOLDER_NOT_FOUND,
                 f"{what}: the destination folder does not exist ({dest.platformPath})")
        return dest, new_name, overwrite

    def _check_free(self, target, what, overwrite=False):
        """Refuse to replace an existing element (unless `overwrite` and of the same kind)."""
        if os.path.lexists(target._os):
            if overwrite and os.path.isdir(target._os) == self.is_folder:
                return
            fail(ERR_DUPLICATE, f"{what}: an element with the same name already exists "
                                f"({target.platformPath})")

    def copyTo(self, *args):
        what = self._what("copyTo")
        dest, new_name, overwrite = self._destination(args, what, True)
        self._must_exist(what)
        target = dest._child(type(self), new_name)
        self._check_free(target, what, overwrite)
        if self.is_folder and _inside(target._os, self._os):
            fail(ERR_BAD_NAME, f"{what}: cannot copy a folder into itself ({target.platformPath})")
        try:
            if self.is_folder:
                shutil.copytree(self._os, target._os, symlinks=True, dirs_exist_ok=overwrite)
            else:
                shutil.copy2(self._os, target._os, follow_symlinks=False)
        except shutil.Error as exc:
            first = exc.args[0][0] if exc.args and exc.args[0] else ("", "", str(exc))
            fail(ERR_IO, f"{what}: {first[2]} ({first[0]})")
        except OSError as exc:
            raise os_error(exc, what, exc.filename or target.platformPath) from None
        return target

    def moveTo(self, *args):
        what = self._what("moveTo")
        dest, new_name, _ = self._destination(args, what, False)
        return self._move(dest._child(type(self), new_name), what)

    def rename(self, *args):
        what = self._what("rename")
        if len(args) != 1 or type(args[0]) is not str:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (newName : Text)")
        if not valid_name(args[0]):
            fail(ERR_BAD_NAME, f"{what}: invalid name {args[0]!r}")
        if self._names:
            target = self._sibling(type(self), self._names[:-1] + (args[0],))
        else:
            target = type(self)(None, _host_names(os.path.join(os.path.dirname(
                self._os.rstrip(os.sep)), args[0])))
        return self._move(target, what)

    def _move(self, target, what):
        self._must_exist(what)
        if os.path.abspath(target._os) == os.path.abspath(self._os):
            return target
        self._check_free(target, what)
        if self.is_folder and _inside(target._os, self._os):
            fail(ERR_BAD_NAME, f"{what}: cannot move a folder into itself ({target.platformPath})")
        try:
            shutil.move(self._os, target._os)
        except OSError as exc:
            raise os_error(exc, what, exc.filename or self.platformPath) from None
        return target


def _inside(path, folder) -> bool:
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


# ------------------------------------------------------------------------------ 4D.File
@builtin_class("File")
class File(_Entry):
    __slots__ = ()
    props_4d = dict(_Entry.props_4d, size="size", isWritable="isWritable")
    methods_4d = dict(_Entry.methods_4d, getText="getText", setText="setText",
                      getContent="getContent", setContent="setContent", open="open")
    _json_props = _Entry._json_props + ("size",)

    @property
    def exists(self):
        return os.path.isfile(self._os)

    @property
    def isAlias(self):
        return os.path.islink(self._os)

    @property
    def isWritable(self):
        return self.exists and os.access(self._os, os.W_OK)

    @property
    def size(self):
        try:
            return float(os.path.getsize(self._os)) if self.exists else 0.0
        except OSError:
            return 0.0

    @property
    def original(self):
        if not self.isAlias:
            return self
        target = os.path.realpath(self._os)
        cls = Folder if os.path.isdir(target) else File
        return cls(None, _host_names(target))

    # -- functions -------------------------------------------------------------------
    def create(self, *args):
        """True if created; False if it exists or on error (FileClass.md: no error thrown)."""
        if os.path.lexists(self._os):
            return False
        try:
            os.makedirs(os.path.dirname(self._os), exist_ok=True)
            with open(self._os, "xb"):
                pass
        except OSError:
            return False
        return True

    def delete(self, *args):
        if not self.exists and not self.isAlias:
            return
        try:
            os.unlink(self._os)
        except OSError as exc:
            raise os_error(exc, "File.delete()", self.platformPath) from None

    def _read(self, what) -> bytes:
        self._must_exist(what)
        try:
            with open(self._os, "rb") as f:
                return f.read()
        except OSError as exc:
            raise os_error(exc, what, self.platformPath) from None

    def _write(self, data: bytes, what) -> None:
        if os.path.isdir(self._os):
            fail(ERR_DUPLICATE, f"{what}: a folder has this name ({self.platformPath})")
        try:
            os.makedirs(os.path.dirname(self._os), exist_ok=True)
            with open(self._os, "wb") as f:
                f.write(data)
        except OSError as exc:
            raise os_error(exc, what, exc.filename or self.platformPath) from None

    def getContent(self, *args):
        return Blob4D(self._read("File.getContent()"))

    def setContent(self, *args):
        what = "File.setContent()"
        self._write(blob_argument(args, what, "content : Blob"), what)

    def getText(self, *args):
        return self.read_text(args, "File.getText()")

    def read_text(self, args, what):
        """getText's work, errors named after `what` (also Document to text)."""
        charset, eol = _text_options(args, 0, what)
        data = self._read(what)
        text = decode_text(data, "utf-8" if charset is None else document_codec(charset, what)[0])
        return text if eol is None else LINE_BREAKS.sub(eol, text)

    def setText(self, *args):
        self.write_text(args, "File.setText()")

    def write_text(self, args, what):
        """setText's work, errors named after `what` (also TEXT TO DOCUMENT)."""
        if not args or type(args[0]) is not str:
            raise FourDError(ERR_TYPE_MISMATCH if args else ERR_PARAM_COUNT,
                             f"{what}: a Text is expected first")
        charset, eol = _text_options(args, 1, what)
        text = args[0] if eol is None else LINE_BREAKS.sub(eol, args[0])
        if charset is None:                 # default: UTF-8 without BOM (4D 19 R3+)
            codec, bom = "utf-8", b""
        else:
            codec, bom = document_codec(charset, what)
        self._write(bom + encode_text(text, codec), what)

    def open(self, *args):
        """`.open({mode | options})`: a new 4D.FileHandle (FileHandleClass.md)."""
        return filehandle.open_handle(self, args)


def _text_options(args, first, what):
    """(charset or None, end-of-line or None) from ({charSetName|charSetNum {; breakMode}})."""
    rest = args[first:]
    if len(rest) > 2:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: too many parameters")
    charset = rest[0] if rest and rest[0] != "" else None
    if charset is not None and type(charset) not in (str, int, float):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the character set must be a Text or a "
                                            f"Number, not {type_name(charset)}")
    mode = rest[1] if len(rest) > 1 else 1
    if type(mode) not in (int, float) or int(mode) not in EOL_OF_MODE:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: invalid line break mode {mode!r}")
    return charset, EOL_OF_MODE[int(mode)]


# ------------------------------------------------------------------------------ 4D.Folder
@builtin_class("Folder")
class Folder(_Entry):
    __slots__ = ()
    is_folder = True
    props_4d = dict(_Entry.props_4d, isPackage="isPackage")
    methods_4d = dict(_Entry.methods_4d, file="file", folder="folder", files="files",
                      folders="folders")

    @property
    def exists(self):
        return os.path.isdir(self._os)

    @property
    def isAlias(self):
        return False

    @property
    def isPackage(self):
        return False                # macOS bundles only; fourd runs them as plain folders

    @property
    def original(self):
        return self

    # -- functions -------------------------------------------------------------------
    def create(self, *args):
        if os.path.lexists(self._os):
            return False
        try:
            os.makedirs(self._os)
        except OSError:
            return False
        return True

    def delete(self, *args):
        what = "Folder.delete()"
        option = args[0] if args else DELETE_ONLY_IF_EMPTY
        if type(option) not in (int, float) or int(option) not in (DELETE_ONLY_IF_EMPTY,
                                                                   DELETE_WITH_CONTENTS):
            raise FourDError(ERR_PARAM_COUNT, f"{what}: the option must be Delete only if empty "
                                              "or Delete with contents")
        if int(option) == DELETE_ONLY_IF_EMPTY:
            if not self.exists:
                fail(ERR_FOLDER_NOT_FOUND, f"{what}: the folder does not exist "
                                           f"({self.platformPath})")
            try:
                if os.listdir(self._os):
                    fail(ERR_NOT_EMPTY, f"{what}: the folder is not empty ({self.platformPath})")
                os.rmdir(self._os)
            except OSError as exc:
                raise os_error(exc, what, self.platformPath) from None
        elif self.exists:
            try:
                if os.path.islink(self._os):
                    os.unlink(self._os)
                else:
                    shutil.rmtree(self._os)
            except OSError as exc:         # stops at the first element that resists
                raise os_error(exc, what, exc.filename or self.platformPath,
                               ERR_PERMISSION if sys.platform == "win32" else ERR_LOCKED) from None

    def _relative(self, args, cls):
        """`.file(path)` / `.folder(path)`: a relative POSIX path below this folder; Null when
        it leaves the filesystem or names no file (Directory.md: null if path is invalid)."""
        what = f"Folder.{cls.__name__.lower()}()"
        if len(args) != 1 or type(args[0]) is not str:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (path : Text)")
        if args[0].startswith("/"):
            fail(ERR_BAD_NAME, f"{what}: a relative POSIX path is expected, not {args[0]!r}")
        if "\0" in args[0]:
            fail(ERR_BAD_NAME, f"{what}: invalid path {args[0]!r}")
        parts = args[0].split("/")
        if cls is File:
            while parts and parts[-1] == "":
                parts.pop()
            if not parts or parts[-1] in (".", ".."):
                return NULL
        names = _normalize(self._names + tuple(parts), floor=bool(self._fs))
        if names is None or (cls is File and not names):
            return NULL
        return self._sibling(cls, names)

    def file(self, *args):
        return self._relative(args, File)

    def folder(self, *args):
        return self._relative(args, Folder)

    def _list(self, args, want_folders):
        what = f"Folder.{'folders' if want_folders else 'files'}()"
        options = args[0] if args else 0
        if type(options) not in (int, float):
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the options must be a Number")
        options = int(options)
        out = Coll()
        self._walk(out, want_folders, bool(options & FK_RECURSIVE),
                   bool(options & FK_IGNORE_INVISIBLE))
        return out

    def _walk(self, out, want_folders, recursive, skip_invisible):
        try:
            entries = sorted(os.scandir(self._os), key=lambda e: e.name)
        except OSError:
            return                 # missing or unreadable: nothing to list
        subfolders = []
        for entry in entries:
            if skip_invisible and entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                sub = self._child(Folder, entry.name)
                subfolders.append(sub)
                if want_folders:
                    out.append(sub)
                    if recursive:
                        sub._walk(out, want_folders, recursive, skip_invisible)
            elif not want_folders:
                out.append(self._child(File, entry.name))
        if recursive and not want_folders:
            for sub in subfolders:
                sub._walk(out, want_folders, recursive, skip_invisible)

    def files(self, *args):
        return self._list(args, False)

    def folders(self, *args):
        return self._list(args, True)


# ------------------------------------------------------------------------------ File(), Folder()
def _entry_from_path(cls, path, path_type):
    what = cls.__name__
    if "\0" in path:
        fail(ERR_BAD_NAME, f"{what}: invalid path {path!r}")
    if path_type == PLATFORM_PATH:
        if not os.path.isabs(path):
            fail(ERR_BAD_NAME, f"{what}: an absolute platform path is expected, not {path!r}")
        names = _host_names(path)
        fs = None
    else:
        if not path.startswith("/"):
            fail(ERR_BAD_NAME, f"{what}: only absolute POSIX pathnames are supported "
                               f"(\"/…\" or a filesystem like \"/PACKAGE/…\"), not {path!r}")
        parts = path.split("/")[1:]
        fs = parts[0] if parts and parts[0] in FILESYSTEMS else None
        names = _normalize(parts[1:] if fs else parts, floor=bool(fs))
        if names is None:
            fail(ERR_BAD_NAME, f"{what}: a path cannot go above its filesystem ({path!r})")
    if cls is File and not names:
        fail(ERR_BAD_NAME, f"{what}: the path designates no file ({path!r})")
    return cls(fs, names)


WEB_FOLDER = ("WebFolder",)         # the HTML root, below the package folder


def _user_folder(*names):
    return os.path.join(os.path.expanduser("~"), *names)


def preferences_folder():
    if sys.platform == "darwin":
        return _user_folder("Library", "Application Support", "4D")
    if sys.platform == "win32":
        return os.path.join(os.environ.get("APPDATA") or _user_folder("AppData", "Roaming"), "4D")
    return os.path.join(os.environ.get("XDG_CONFIG_HOME") or _user_folder(".config"), "4D")


def _folder_constants():
    from ..catalog import constant_by_name

    def k(name):
        return constant_by_name(name).value
    return {
        k("fk database folder"): lambda: Folder("PACKAGE", ()),
        k("fk resources folder"): lambda: Folder("RESOURCES", ()),
        k("fk data folder"): lambda: Folder("DATA", ()),
        k("fk logs folder"): lambda: Folder("LOGS", ()),
        k("fk web root folder"): lambda: Folder("PACKAGE", WEB_FOLDER),
        k("fk user preferences folder"): lambda: _host_folder(preferences_folder()),
        k("fk home folder"): lambda: _host_folder(_user_folder()),
        k("fk desktop folder"): lambda: _host_folder(_user_folder("Desktop")),
        k("fk documents folder"): lambda: _host_folder(_user_folder("Documents")),
    }


def _host_folder(path):
    return Folder(None, _host_names(path))


# File(fileConstant): values of commands/file.md; fourd writes no log nor backup file, so
# those targets do not exist and give Null, as the doc says of a missing target
_SETTINGS_FILES = {1: ("Settings", "backup.4DSettings"), 18: ("Settings", "backup.4DSettings"),
                   3: ("Settings", "settings.4DSettings"), 16: ("Settings", "directory.json"),
                   20: ("Settings", "buildApp.4DSettings"),
                   4: ("Data", "Settings", "settings.4DSettings"),
                   17: ("Data", "Settings", "backup.4DSettings")}
_FOLDER_CONSTANTS = None


def entry_from_constant(cls, value):
    global _FOLDER_CONSTANTS
    if cls is File:
        names = _SETTINGS_FILES.get(value)
        if names is None:
            return NULL
        entry = File(None, _host_names(os.path.join(package_folder(), *names)))
        return entry if entry.exists else NULL
    if _FOLDER_CONSTANTS is None:
        _FOLDER_CONSTANTS = _folder_constants()
    make = _FOLDER_CONSTANTS.get(value)
    if make is None:
        from ..errors import ERR_NOT_SUPPORTED
        raise FourDError(ERR_NOT_SUPPORTED, f"Folder: folder constant {value} is not supported "
                                            "by fourd")
    return make()


def new_entry(cls, args):
    """`File(path {; pathType}{; *})` / `File(fileConstant {; *})`, same for Folder; the `*`
    (host database of a component) changes nothing: fourd runs no component."""
    args = list(args)
    while args and isinstance(args[-1], Star):
        args.pop()
    what = cls.__name__
    if not args or len(args) > 2:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (path {{; pathType}}{{; *}}) or "
                                          f"({what.lower()}Constant {{; *}})")
    first = args[0]
    if type(first) in (int, float, Time4D) and not isinstance(first, bool):
        if len(args) > 1:
            raise FourDError(ERR_PARAM_COUNT, f"{what}: a constant takes no path type")
        return entry_from_constant(cls, int(first))
    if type(first) is not str:
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the path must be a Text, "
                                            f"not {type_name(first)}")
    path_type = args[1] if len(args) > 1 else POSIX_PATH
    if type(path_type) not in (int, float) or int(path_type) not in (POSIX_PATH, PLATFORM_PATH):
        raise FourDError(ERR_PARAM_COUNT, f"{what}: the path type must be fk posix path or "
                                          "fk platform path")
    return _entry_from_path(cls, first, int(path_type))


def temporary_folder() -> str:
    """`Temporary folder`: the system's temporary folder, with a final separator."""
    return os.path.join(tempfile.gettempdir(), "")


