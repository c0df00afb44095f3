"""System Documents (4d/docs commands-legacy): Create document, Open document, Append
document, CLOSE DOCUMENT, SEND PACKET, RECEIVE PACKET, Get document position, SET DOCUMENT
POSITION, Get document size, Document to text, TEXT TO DOCUMENT, DELETE DOCUMENT, COPY
DOCUMENT, MOVE DOCUMENT, and the `Document` system variable.

Decisions:
* A relative pathname is relative to the folder of the structure file (the Project folder;
  a lone script's folder), as Test path name and the XML commands (files.document_folder).
  Pathnames use the host's syntax; a folder pathname ends with "/".
* A document reference (DocRef) is a Time value numbering the open documents of the whole
  application (1, 2, …; ?00:00:00? is no document). An unknown or closed reference is error
  -51 (the file manager's "bad reference number"). Documents still open when fourd ends are
  closed.
* No dialog headless: an empty document name (the open/save dialog) answers as a cancelled
  dialog: OK=0 and ?00:00:00?. `fileType` is ignored (no extension is added on Linux/macOS).
* SEND PACKET and RECEIVE PACKET exchange Text as UTF-8 (Unicode mode, no USE CHARACTER SET);
  a Blob is written or read as is. RECEIVE PACKET counts characters for a Text variable and
  bytes for a Blob; at the end of the document it returns what it read with OK=1, and the next
  call returns "" with OK=0 (docs).
* Document to text / TEXT TO DOCUMENT behave as File.getText() / File.setText() (UTF-8 without
  BOM by default, native line ends, a BOM wins over the charset given).
* Errors are the file manager's codes of runtime/classes/disk.py (-43 not found, -48 exists…).
"""
from __future__ import annotations

import codecs
import os
import shutil
import threading

from ..classes.disk import (ERR_DUPLICATE, ERR_FILE_NOT_FOUND, ERR_FOLDER_NOT_FOUND,
                            os_error)
from ..classes.files import File, _host_names, document_folder
from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..process import process_vars
from ..values import Blob4D, Time4D, type_name
from ._args import deref, int_arg, put, split_star, text_arg
from .output import set_ok
from .registry import command

ERR_BAD_REFERENCE = -51
READ_AND_WRITE, WRITE_MODE, READ_MODE, GET_PATHNAME = 0, 1, 2, 3
_CHUNK = 65536

_open: dict[int, "_Document"] = {}      # DocRef number -> open document
_lock = threading.Lock()
_last_ref = 0


class _Document:
    __slots__ = ("path", "file")

    def __init__(self, path, file):
        self.path, self.file = path, file


def document_path(name, what) -> str:
    """The absolute host path of a document name or pathname (a folder keeps its final /)."""
    name = text_arg(name, what)
    path = name if os.path.isabs(name) else os.path.join(document_folder(), name)
    folder = name.endswith(("/", os.sep))
    path = os.path.normpath(path)
    return path + os.sep if folder else path


def _set_document(path):
    process_vars()["document"] = path


def _register(path, file) -> Time4D:
    global _last_ref
    with _lock:
        _last_ref += 1
        _open[_last_ref] = _Document(path, file)
        return Time4D(_last_ref)


def _document(ref, what) -> _Document:
    ref = deref(ref)
    if isinstance(ref, bool) or not isinstance(ref, (int, float)):
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: a document reference (Time) is expected, "
                                            f"not {type_name(ref)}")
    doc = _open.get(int(ref))
    if doc is None:
        raise FourDError(ERR_BAD_REFERENCE, f"{what}: no open document has the reference {ref}")
    return doc


def _open_document(name, mode, what, append=False):
    if name == "" or name is None:           # the open/save dialog: cancelled headless
        set_ok(0)
        return Time4D(0)
    path = document_path(name, what)
    if mode == GET_PATHNAME:
        if not os.path.exists(path):
            set_ok(0)
            raise FourDError(ERR_FILE_NOT_FOUND, f"{what}: the document does not exist ({path})")
        _set_document(path)
        set_ok(1)
        return Time4D(0)
    flags = {READ_MODE: "rb", WRITE_MODE: "r+b", READ_AND_WRITE: "r+b"}.get(mode)
    if flags is None:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: unknown mode {mode}")
    try:
        file = open(path, flags)
    except OSError as exc:
        set_ok(0)
        raise os_error(exc, what, path) from None
    if append:
        file.seek(0, os.SEEK_END)
    _set_document(path)
    set_ok(1)
    return _register(path, file)


@command("Create document", 266)
def create_document(document="", _file_type=None):
    what = "Create document"
    if document == "" or document is None:
        set_ok(0)
        return Time4D(0)
    path = document_path(document, what)
    try:
        file = open(path, "w+b")
    except OSError as exc:
        set_ok(0)
        raise os_error(exc, what, path) from None
    _set_document(path)
    set_ok(1)
    return _register(path, file)


@command("Open document", 264)
def open_document(document="", *rest):
    """Open document(document {; fileType}{; mode})."""
    mode = READ_AND_WRITE
    if rest and not isinstance(rest[-1], str):
        mode = int_arg(rest[-1], "Open document")
    return _open_document(document, mode, "Open document")


@command("Append document", 265)
def append_document(document="", _file_type=None):
    return _open_document(document, READ_AND_WRITE, "Append document", append=True)


@command("CLOSE DOCUMENT", 267, procedure=True)
def close_document(ref=None):
    doc = _document(ref, "CLOSE DOCUMENT")
    with _lock:
        _open.pop(int(deref(ref)), None)
    doc.file.close()


@command("SEND PACKET", 103, procedure=True)
def send_packet(*args):
    """SEND PACKET({docRef;} packet): no docRef means the serial port / SET CHANNEL."""
    if len(args) < 2:
        raise FourDError(ERR_PARAM_COUNT, "SEND PACKET: expected (docRef; packet) (no SET "
                                          "CHANNEL in fourd)")
    doc, packet = _document(args[0], "SEND PACKET"), args[1]
    if isinstance(packet, Blob4D):
        data = packet.data
    elif type(packet) in (bytearray, bytes):
        data = bytes(packet)
    else:
        data = text_arg(packet, "SEND PACKET").encode("utf-8")
    try:
        doc.file.write(data)
        doc.file.flush()
    except OSError as exc:
        raise os_error(exc, "SEND PACKET", doc.path) from None
    except ValueError:                       # opened in Read mode
        raise FourDError(-61, f"SEND PACKET: the document is open in read mode ({doc.path})")


def _read_text(file, stop: str | None, count: int | None) -> str:
    """The text from the file's position, up to `stop` (skipped) or `count`
    characters; the file is left just after what was consumed."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    start = file.tell()
    text = ""
    while True:
        chunk = file.read(_CHUNK)
        eof = not chunk
        text += decoder.decode(chunk, final=eof)
        if stop is not None:
            at = text.find(stop)
            if at >= 0:
                taken, consumed = text[:at], text[:at + len(stop)]
                break
        elif len(text) >= count:
            taken = consumed = text[:count]
            break
        if eof:
            taken = consumed = text
            break
    file.seek(start + len(consumed.encode("utf-8", "surrogateescape")))
    return taken.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_bytes(file, stop: bytes | None, count: int | None) -> bytearray:
    start = file.tell()
    if stop is None:
        return bytearray(file.read(count))
    buf = b""
    while True:
        chunk = file.read(_CHUNK)
        buf += chunk
        at = buf.find(stop)
        if at >= 0:
            file.seek(start + at + len(stop))
            return bytearray(buf[:at])
        if not chunk:
            return bytearray(buf)


@command("RECEIVE PACKET", 104, refs=(0, 1), procedure=True)
def receive_packet(*args):
    """RECEIVE PACKET({docRef;} receiveVar; stopChar | numChars)."""
    if len(args) < 3:
        raise FourDError(ERR_PARAM_COUNT, "RECEIVE PACKET: expected (docRef; receiveVar; "
                                          "stopChar | numBytes) (no SET CHANNEL in fourd)")
    doc, target, until = _document(args[0], "RECEIVE PACKET"), args[1], args[2]
    as_blob = type(deref(target)) in (bytearray, Blob4D)
    stop = count = None
    if isinstance(until, str):
        stop = until
    else:
        count = max(0, int_arg(until, "RECEIVE PACKET"))
    try:
        if doc.file.tell() >= os.fstat(doc.file.fileno()).st_size:    # nothing left
            put(target, bytearray() if as_blob else "")
            set_ok(0)
            return
        if as_blob:
            value = _read_bytes(doc.file, None if stop is None else stop.encode(), count)
        else:
            value = _read_text(doc.file, stop, count)
    except OSError as exc:
        raise os_error(exc, "RECEIVE PACKET", doc.path) from None
    put(target, value)
    set_ok(1)


@command("Get document position", 481)
def get_document_position(ref=None):
    return float(_document(ref, "Get document position").file.tell())


@command("SET DOCUMENT POSITION", 482, procedure=True)
def set_document_position(ref=None, offset=0, anchor=1):
    doc = _document(ref, "SET DOCUMENT POSITION")
    whence = {1: os.SEEK_SET, 2: os.SEEK_END, 3: os.SEEK_CUR}.get(
        int_arg(anchor, "SET DOCUMENT POSITION"))
    if whence is None:
        raise FourDError(ERR_PARAM_COUNT, f"SET DOCUMENT POSITION: unknown anchor {anchor}")
    base = {os.SEEK_SET: 0, os.SEEK_CUR: doc.file.tell(),
            os.SEEK_END: os.fstat(doc.file.fileno()).st_size}[whence]
    try:
        doc.file.seek(max(0, base + int_arg(offset, "SET DOCUMENT POSITION")))
    except OSError as exc:
        raise os_error(exc, "SET DOCUMENT POSITION", doc.path) from None


@command("Get document size", 479)
def get_document_size(document=None, *_star):
    """Get document size(docRef | pathname {; *}): bytes (the `*` resource fork is Mac-only)."""
    what = "Get document size"
    if isinstance(document, str):
        path = document_path(document, what)
        try:
            return float(os.path.getsize(path))
        except OSError as exc:
            raise os_error(exc, what, path) from None
    doc = _document(document, what)
    doc.file.flush()
    return float(os.fstat(doc.file.fileno()).st_size)


def _file(name, what) -> File:
    return File(None, _host_names(document_path(name, what)))


@command("Document to text", 1236)
def document_to_text(name=None, *options):
    what = "Document to text"
    if name is None:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (fileName {{; charSet {{; breakMode}}}})")
    return _file(name, what).read_text(options, what)


@command("TEXT TO DOCUMENT", 1237, procedure=True)
def text_to_document(name=None, text=None, *options):
    what = "TEXT TO DOCUMENT"
    if name is None or text is None:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (fileName; text {{; charSet "
                                          "{; breakMode}})")
    _file(name, what).write_text((text_arg(text, what),) + options, what)


@command("DELETE DOCUMENT", 159, procedure=True)
def delete_document(name=None):
    what = "DELETE DOCUMENT"
    path = document_path(name, what)
    if os.path.isdir(path):
        raise FourDError(ERR_FILE_NOT_FOUND, f"{what}: a folder is not a document ({path})")
    try:
        os.remove(path)
    except OSError as exc:
        set_ok(0)
        raise os_error(exc, what, path) from None
    set_ok(1)


def _destination(source, dest, new_name, what):
    """The target path of COPY/MOVE DOCUMENT: a folder destination keeps the source's name."""
    base = os.path.basename(source.rstrip(os.sep))
    if dest.endswith(os.sep):
        if not os.path.isdir(dest):
            raise FourDError(ERR_FOLDER_NOT_FOUND, f"{what}: the folder does not exist ({dest})")
        dest = os.path.join(dest, base)
    if new_name:
        dest = os.path.join(os.path.dirname(dest.rstrip(os.sep)), new_name)
    return dest.rstrip(os.sep)


@command("COPY DOCUMENT", 541, procedure=True)
def copy_document(*args):
    """COPY DOCUMENT(source; destination {; newName}{; *}): a file, or a folder (paths ending
    with /) merged into an existing one; `*` replaces existing files."""
    what = "COPY DOCUMENT"
    args, overwrite = split_star(args)
    if len(args) < 2:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (source; destination {{; newName}}"
                                          "{; *})")
    source = document_path(args[0], what)
    dest = _destination(source, document_path(args[1], what),
                        text_arg(args[2], what) if len(args) > 2 else "", what)
    try:
        if source.endswith(os.sep):
            _copy_folder(source.rstrip(os.sep), dest, overwrite, what)
        else:
            if not os.path.isfile(source):
                raise FourDError(ERR_FILE_NOT_FOUND, f"{what}: the document does not exist "
                                                     f"({source})")
            if os.path.exists(dest) and not overwrite:
                raise FourDError(ERR_DUPLICATE, f"{what}: the document already exists ({dest})")
            shutil.copyfile(source, dest)
    except OSError as exc:
        set_ok(0)
        raise os_error(exc, what, exc.filename or dest) from None
    set_ok(1)


def _copy_folder(source, dest, overwrite, what):
    if not os.path.isdir(source):
        raise FourDError(ERR_FOLDER_NOT_FOUND, f"{what}: the folder does not exist ({source})")
    os.makedirs(dest, exist_ok=True)
    for entry in sorted(os.listdir(source)):
        src, dst = os.path.join(source, entry), os.path.join(dest, entry)
        if os.path.isdir(src) and not os.path.islink(src):
            _copy_folder(src, dst, overwrite, what)
        elif os.path.exists(dst) and not overwrite:
            raise FourDError(ERR_DUPLICATE, f"{what}: the document already exists ({dst})")
        else:
            shutil.copyfile(src, dst)


@command("MOVE DOCUMENT", 540, procedure=True)
def move_document(source=None, destination=None):
    """MOVE DOCUMENT(source; destination): move or rename a file; never replaces one."""
    what = "MOVE DOCUMENT"
    if source is None or destination is None:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected (source; destination)")
    src = document_path(source, what)
    dest = _destination(src, document_path(destination, what), "", what)
    if not os.path.isfile(src):
        raise FourDError(ERR_FILE_NOT_FOUND, f"{what}: the document does not exist ({src})")
    if os.path.exists(dest):
        raise FourDError(ERR_DUPLICATE, f"{what}: the document already exists ({dest})")
    try:
        shutil.move(src, dest)
    except OSError as exc:
        set_ok(0)
        raise os_error(exc, what, exc.filename or dest) from None
    set_ok(1)
