"""`4D.FileHandle` and `File.open()` (4d/docs API/FileHandleClass.md, the `.open()` section of
API/FileClass.md).

A file handle keeps an OS file open on a 4D.File: "read" (the default; the file must exist),
"write" (from the start of the content) or "append" (from its end); "write" and "append" create
a missing file. Options: mode, charset (UTF-8 by default), breakModeRead / breakModeWrite
("native", "crlf", "cr", "lf" or the `Document with …` constants 1-4, shown as text).
`.offset` is a number of bytes for readBlob()/writeBlob() and a number of characters for
readText()/readLine(), which read a buffer holding the whole document text, loaded the first
time (FileHandleClass.md .offset caution). 4D closes the document when the handle is released;
fourd closes the OS file when the Python object goes away (no reference left, `$h:=Null`, end
of the method), and at exit at the latest.

Decisions where the documentation is silent (fourd's own):
* "write" does not truncate: it writes over the content from offset 0 (`.setSize(0)` empties
  the file); "append" only starts at the end: writes go to `.offset` as with "write".
* One "write" handle and one "append" handle at a time on a file (the same file on disk,
  whatever the File object): opening a second one while the first is still referenced is
  error -49 (the file manager's "file already open with write permission"). The documentation
  example opens "append" while a "write" handle is still referenced, so the two modes coexist.
  A handle that was released no longer counts.
* Writing (writeText, writeLine, writeBlob, setSize) with a "read" handle: error -54
  (permission); reading with a "write"/"append" handle works.
* The text buffer is the document decoded with the charset (a BOM at the start picks its own
  Unicode encoding and is not part of the text, as File.getText()), with its line breaks
  already converted to breakModeRead: readText()/readLine() offsets count those characters.
  A write or setSize() drops the buffer; the next text read loads it again.
* readLine() stops at CRLF, CR or LF and skips it; at the end of the document it returns ""
  (and `.eof` is True). readText("") is readText().
* Writing text at byte offset 0 first writes the charset's BOM when the `charset` option was
  given and has one (UTF-8, UTF-16…, not with a "-no-bom" suffix), as File.setText() does;
  the default charset (option absent) writes UTF-8 without BOM. Write offsets are bytes.
* `.eof` compares `.offset` with the document size in the unit of the last operation: the
  characters of the text buffer after readText()/readLine(), else bytes.
* Setting `.offset` clamps it to 0…the size in the current unit (bytes, or the characters of
  the text buffer after a text read); each read or write clamps it again to the size in its own
  unit. A non-numeric value is error -10735.
* Invalid mode / break mode (case-sensitive, as documented) are error -10721; an unknown
  charset -10512; the charset option must be a Text. readBlob() of a negative count reads
  nothing; reading past the end returns what is left.
* setSize() larger than the file pads it with zero bytes; the offset stays within the size.
* JSON Stringify shows the properties (mode, charset, break modes, offset, eof, file).
"""
from __future__ import annotations

import io
import os
import threading
import weakref

from ..errors import ERR_PARAM_COUNT, ERR_TYPE_MISMATCH, FourDError, fail
from ..values import Blob4D, Obj, type_name
from ..builtin import BuiltinObject, builtin_class
from ..charsets import decode_text, document_codec, encode_text
from .disk import (EOL_OF_MODE, ERR_DISK_FULL, ERR_DUPLICATE, ERR_FILE_NOT_FOUND,
                   ERR_PERMISSION, LINE_BREAKS, blob_argument, os_error)

ERR_ALREADY_OPEN = -49          # file manager: "file already open with write permission"

MODES = ("read", "write", "append")
BREAK_MODES = {"native": 1, "crlf": 2, "cr": 3, "lf": 4}     # Document with native format…
_BREAK_NAMES = {v: k for k, v in BREAK_MODES.items()}

_writers: dict = {}             # (real path, mode) -> weakref to the FileHandle writing it
_writers_lock = threading.Lock()


def _close(fileobj, key):
    """Release a handle's OS file (weakref.finalize: the handle is gone or the process ends)."""
    try:
        fileobj.close()
    except OSError:
        pass
    if key is not None:
        with _writers_lock:
            ref = _writers.get(key)
            if ref is not None and ref() is None:
                del _writers[key]


def _break_mode(options, name, what):
    value = options.get(name) if options is not None else None
    if value is None:
        return "native"
    if type(value) is str and value in BREAK_MODES:
        return value
    if type(value) in (int, float) and value == int(value) and int(value) in _BREAK_NAMES:
        return _BREAK_NAMES[int(value)]
    raise FourDError(ERR_PARAM_COUNT, f"{what}: invalid {name} {value!r} (\"native\", \"crlf\", "
                                      "\"cr\", \"lf\" or Document with native format, CRLF, CR, LF)")


def open_handle(file, args):
    """`file.open({mode})` / `file.open({options})`."""
    what = "File.open()"
    if len(args) > 1:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected ({{mode : Text}}) or "
                                          "({options : Object})")
    options = None
    mode = "read"
    if args and args[0] is not None:
        arg = args[0]
        if type(arg) is str:
            mode = arg
        elif isinstance(arg, Obj):
            options = arg
            mode = arg.get("mode")
            mode = "read" if mode is None else mode
        else:
            raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the mode must be a Text or the options "
                                                f"an Object, not {type_name(arg)}")
    if mode not in MODES:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: invalid mode {mode!r} (\"read\", \"write\" "
                                          "or \"append\")")
    charset = options.get("charset") if options is not None else None
    if charset is not None and type(charset) is not str:
        raise FourDError(ERR_TYPE_MISMATCH, f"{what}: the charset must be a Text, "
                                            f"not {type_name(charset)}")
    codec, bom = document_codec(charset, what) if charset else ("utf-8", b"")
    read_mode = _break_mode(options, "breakModeRead", what)
    write_mode = _break_mode(options, "breakModeWrite", what)
    return FileHandle(file, mode, charset or "UTF-8", codec, bom, read_mode, write_mode, what)


@builtin_class("FileHandle")
class FileHandle(BuiltinObject):
    props_4d = {"file": "file", "mode": "mode", "charset": "charset",
                "breakModeRead": "breakModeRead", "breakModeWrite": "breakModeWrite",
                "offset": "offset", "eof": "eof"}
    writable_4d = frozenset(("offset",))
    methods_4d = {"readText": "readText", "readLine": "readLine", "readBlob": "readBlob",
                  "writeText": "writeText", "writeLine": "writeLine", "writeBlob": "writeBlob",
                  "getSize": "getSize", "setSize": "setSize"}

    def __init__(self, file, mode, charset, codec, bom, break_read, break_write, what):
        self.file = file
        self.mode = mode
        self.charset = charset
        self.breakModeRead = break_read
        self.breakModeWrite = break_write
        self._codec = codec
        self._bom = bom
        self._eol_read = EOL_OF_MODE[BREAK_MODES[break_read]]
        self._eol_write = EOL_OF_MODE[BREAK_MODES[break_write]]
        self._text = None               # the document text buffer (text reads)
        self._chars = False             # unit of the offset: characters after a text read
        path = file._os
        key = None
        if mode == "read":
            if not os.path.isfile(path):
                fail(ERR_FILE_NOT_FOUND, f"{what}: the file does not exist ({file.platformPath})")
            try:
                fileobj = io.FileIO(path, "r")
            except OSError as exc:
                raise os_error(exc, what, file.platformPath) from None
        else:
            if os.path.isdir(path):
                fail(ERR_DUPLICATE, f"{what}: a folder has this name ({file.platformPath})")
            key = (os.path.realpath(path), mode)
            with _writers_lock:
                ref = _writers.get(key)
                if ref is not None and ref() is not None:
                    fail(ERR_ALREADY_OPEN, f"{what}: the file is already open in \"{mode}\" mode "
                                           f"({file.platformPath})")
                try:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
                    fileobj = io.FileIO(fd, "r+", closefd=True)
                except OSError as exc:
                    raise os_error(exc, what, exc.filename or file.platformPath) from None
                _writers[key] = weakref.ref(self)
        self._f = fileobj
        self._finalizer = weakref.finalize(self, _close, fileobj, key)
        self._offset = self._size() if mode == "append" else 0

    def __repr__(self):
        return f"<4D.FileHandle {self.mode} {self.file.path}>"

    @classmethod
    def new_4d(cls, *args):
        raise FourDError(ERR_TYPE_MISMATCH, "4D.FileHandle objects are created by File.open(); "
                                            "4D.FileHandle.new() is not available")

    # -- helpers -------------------------------------------------------------------------
    def _size(self) -> int:
        try:
            return os.fstat(self._f.fileno()).st_size
        except OSError as exc:
            raise os_error(exc, "FileHandle", self.file.platformPath) from None

    def _os_call(self, what, fn, *args):
        try:
            return fn(*args)
        except OSError as exc:
            raise os_error(exc, f"FileHandle.{what}()", self.file.platformPath) from None

    def _buffer(self) -> str:
        if self._text is None:
            self._f.seek(0)
            data = self._os_call("readText", self._f.readall)
            text = decode_text(data, self._codec)
            self._text = LINE_BREAKS.sub(self._eol_read, text)
        self._chars = True
        self._offset = min(self._offset, len(self._text))
        return self._text

    def _writable(self, what):
        if self.mode == "read":
            fail(ERR_PERMISSION, f"FileHandle.{what}(): the file handle is open in \"read\" mode "
                                 f"({self.file.platformPath})")

    def _write(self, data: bytes, what):
        self._writable(what)
        self._offset = min(self._offset, self._size())
        self._chars = False
        self._text = None
        self._os_call(what, self._f.seek, self._offset)
        self._os_call(what, self._f.write, data)
        self._offset += len(data)

    def _text_arg(self, args, what):
        if len(args) != 1:
            raise FourDError(ERR_PARAM_COUNT, f"FileHandle.{what}(): expected (text : Text)")
        if type(args[0]) is not str:
            raise FourDError(ERR_TYPE_MISMATCH, f"FileHandle.{what}(): a Text is expected, "
                                                f"not {type_name(args[0])}")
        return LINE_BREAKS.sub(self._eol_write, args[0])

    def _write_text(self, text, what):
        data = encode_text(text, self._codec)
        if self._bom and self._offset == 0:
            data = self._bom + data
        self._write(data, what)

    # -- properties ----------------------------------------------------------------------
    @property
    def offset(self):
        return float(self._offset)

    @offset.setter
    def offset(self, value):
        if type(value) not in (int, float):
            raise FourDError(ERR_TYPE_MISMATCH, f"FileHandle.offset: a Number is expected, "
                                                f"not {type_name(value)}")
        end = len(self._text) if self._chars and self._text is not None else self._size()
        self._offset = max(0, min(int(value), end))

    @property
    def eof(self):
        if self._chars and self._text is not None:
            return self._offset >= len(self._text)
        return self._offset >= self._size()

    # -- functions -----------------------------------------------------------------------
    def getSize(self, *args):
        return float(self._size())

    def setSize(self, *args):
        what = "setSize"
        if len(args) != 1 or type(args[0]) not in (int, float):
            raise FourDError(ERR_PARAM_COUNT, f"FileHandle.{what}(): expected (size : Real)")
        self._writable(what)
        size = max(0, _byte_count(args[0]))
        if size > _MAX_FILE_SIZE:
            raise FourDError(ERR_DISK_FULL, f"FileHandle.{what}(): {size} bytes is beyond what "
                                            "a disk holds")
        self._os_call(what, self._f.truncate, size)
        self._text = None
        self._chars = False
        self._offset = min(self._offset, size)

    def readBlob(self, *args):
        what = "readBlob"
        if len(args) != 1 or type(args[0]) not in (int, float):
            raise FourDError(ERR_PARAM_COUNT, f"FileHandle.{what}(): expected (bytes : Real)")
        self._chars = False
        self._offset = min(self._offset, self._size())
        # no more than there is, and 2 GB at most at a time (a scalar Blob's size limit)
        count = min(_byte_count(args[0]), self._size() - self._offset, _MAX_READ)
        if count <= 0:
            return Blob4D(b"")
        self._os_call(what, self._f.seek, self._offset)
        chunks = []
        while count > 0:
            chunk = self._os_call(what, self._f.read, count)
            if not chunk:
                break
            chunks.append(chunk)
            count -= len(chunk)
        data = b"".join(chunks)
        self._offset += len(data)
        return Blob4D(data)

    def readText(self, *args):
        if len(args) > 1:
            raise FourDError(ERR_PARAM_COUNT, "FileHandle.readText(): expected ({stopChar : Text})")
        stop = args[0] if args else None
        if stop is not None and type(stop) is not str:
            raise FourDError(ERR_TYPE_MISMATCH, f"FileHandle.readText(): the stop character must "
                                                f"be a Text, not {type_name(stop)}")
        text = self._buffer()
        start = self._offset
        if not stop:
            self._offset = len(text)
            return text[start:]
        found = text.find(stop, start)
        if found < 0:
            return ""
        self._offset = found + len(stop)
        return text[start:found]

    def readLine(self, *args):
        if args:
            raise FourDError(ERR_PARAM_COUNT, "FileHandle.readLine(): no parameter expected")
        text = self._buffer()
        start = self._offset
        match = LINE_BREAKS.search(text, start)
        if match is None:
            self._offset = len(text)
            return text[start:]
        self._offset = match.end()
        return text[start:match.start()]

    def writeText(self, *args):
        self._write_text(self._text_arg(args, "writeText"), "writeText")

    def writeLine(self, *args):
        self._write_text(self._text_arg(args, "writeLine") + self._eol_write, "writeLine")

    def writeBlob(self, *args):
        what = "writeBlob"
        self._write(blob_argument(args, f"FileHandle.{what}()", "blob : 4D.Blob"), what)


_MAX_BYTES = 2**63 - 1      # what the OS takes as a file size or a read count
_MAX_FILE_SIZE = 2**50      # 1 PiB: a larger .setSize() is a "disk full" error, not a sparse file
_MAX_READ = 2**31 - 1       # one .readBlob() reads 2 GB at most


def _byte_count(x) -> int:
    """A byte count given as a Real: NaN is 0, beyond the OS limits is the limit."""
    if x != x:
        return 0
    return int(max(-_MAX_BYTES, min(_MAX_BYTES, x)))
