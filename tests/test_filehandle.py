"""4D.FileHandle and File.open() (4d/docs API/FileHandleClass.md, the .open() section of
API/FileClass.md). Every script runs as a lone .4dm file in a pytest temporary folder, whose
folder is then "/PACKAGE": nothing is written anywhere else."""
from __future__ import annotations

import os
import sys
import textwrap

import pytest

from conftest import run_fourd


def run(tmp_path, code, *args):
    script = tmp_path / "t.4dm"
    script.write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    rc, out, err = run_fourd("run", str(script), *args)
    assert "Traceback (most recent call last)" not in err, err
    return rc, out, err


def lines(tmp_path, code):
    rc, out, err = run(tmp_path, code)
    assert rc == 0, err
    return out.splitlines()


ERR = "String(Last errors[0].errCode)"
SHOW = 'Replace string(Replace string({}; Char(13); "<CR>"); Char(10); "<LF>")'


def test_documentation_example(tmp_path):
    out = lines(tmp_path, """
        var $f : 4D.File
        var $fhandle : 4D.FileHandle
        $f:=Folder(fk database folder).file("example.txt")
        $fhandle:=$f.open("write")
        $text:="Hello World"
        For ($line; 1; 4)
            $fhandle.writeLine($text+String($line))
        End for
        $fhandle:=$f.open("append")
        $text:="Hello New World!"
        For ($line; 1; 4)
            $fhandle.writeLine($text+String($line))
        End for
        $o:=New object()
        $o.mode:="read"
        $o.charset:="UTF-8"
        $o.breakModeRead:=Document with CRLF
        $stopChar:="!"
        $fhandle:=$f.open($o)
        $text:=$fhandle.readText($stopChar)
        ALERT(%s)
        ALERT(String($fhandle.offset)+" "+String($fhandle.eof))
        $lines:=New collection
        $fhandle:=$f.open("read")
        While (Not($fhandle.eof))
            $lines.push($fhandle.readLine())
        End while
        ALERT(JSON Stringify($lines))
        """ % SHOW.format("$text"))
    assert out == [
        ("Hello World1<CR><LF>Hello World2<CR><LF>Hello World3<CR><LF>Hello World4<CR><LF>"
         "Hello New World"),
        "72 False",
        ('["Hello World1","Hello World2","Hello World3","Hello World4","Hello New World!1",'
         '"Hello New World!2","Hello New World!3","Hello New World!4"]'),
    ]
    expected = "".join(f"Hello World{i}\n" for i in range(1, 5)) + \
        "".join(f"Hello New World!{i}\n" for i in range(1, 5))
    assert (tmp_path / "example.txt").read_bytes() == expected.encode()


def test_properties_and_defaults(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"abc")
    out = lines(tmp_path, """
        var $h : 4D.FileHandle
        $h:=File("/PACKAGE/a.txt").open()
        ALERT($h.mode+" "+$h.charset+" "+$h.breakModeRead+" "+$h.breakModeWrite+" "+String($h.offset)+" "+String($h.eof))
        ALERT($h.file.path+" "+String(OB Instance of($h.file; 4D.File))+" "+String(Value type($h.offset))+" "+String($h.getSize()))
        ALERT(String(OB Instance of($h; 4D.FileHandle))+" "+OB Class($h).name)
        $h:=File("/PACKAGE/a.txt").open(New object("breakModeRead"; Document with CR; "breakModeWrite"; "crlf"; "charset"; "ISO-8859-1"))
        ALERT($h.mode+" "+$h.charset+" "+$h.breakModeRead+" "+$h.breakModeWrite)
        $h:=File("/PACKAGE/a.txt").open(New object("breakModeRead"; Document with native format; "breakModeWrite"; Document with LF))
        ALERT($h.breakModeRead+" "+$h.breakModeWrite)
        $h:=File("/PACKAGE/a.txt").open(New object("mode"; "append"; "breakModeRead"; "cr"))
        ALERT($h.mode+" "+String($h.offset)+" "+String($h.eof)+" "+$h.breakModeRead)
        ALERT(JSON Stringify(OB Keys($h)))
        Try
            $h.mode:="write"
        Catch
            ALERT(%s)
        End try
        Try
            $h:=4D.FileHandle.new()
        Catch
            ALERT(%s)
        End try
        """ % (ERR, ERR))
    assert out == [
        "read UTF-8 native native 0 False",
        "/PACKAGE/a.txt True 1 3",
        "True FileHandle",
        "read ISO-8859-1 cr crlf",
        "native lf",
        "append 3 True cr",
        '["file","mode","charset","breakModeRead","breakModeWrite","offset","eof"]',
        "-10730",
        "-10735",
    ]


def test_read_text_stop_char_and_offsets(tmp_path):
    (tmp_path / "s.txt").write_bytes("été;b;;c".encode())
    out = lines(tmp_path, """
        $h:=File("/PACKAGE/s.txt").open()
        ALERT($h.readText(";")+"|"+String($h.offset))
        ALERT($h.readText("xyz")+"|"+String($h.offset))
        ALERT($h.readText(";")+"|"+$h.readText(";")+"|"+String($h.offset)+" "+String($h.eof))
        ALERT($h.readText()+"|"+String($h.offset)+" "+String($h.eof))
        ALERT($h.readText()+"|"+$h.readLine()+"|"+String($h.offset))
        $h.offset:=1
        ALERT($h.readText(";"))
        $h.offset:=-5
        ALERT(String($h.offset)+" "+$h.readText(""))
        $h.offset:=1000
        ALERT(String($h.offset)+" "+String($h.eof))
        $h:=File("/PACKAGE/s.txt").open()
        $b:=$h.readBlob(2)
        ALERT(String($b.size)+" "+String($h.offset)+" "+String(OB Instance of($b; 4D.Blob)))
        $h.offset:=1000
        ALERT(String($h.offset)+" "+String($h.eof)+" "+String($h.readBlob(5).size))
        $h.offset:=8
        ALERT(String($h.readBlob(100).size)+" "+String($h.offset)+" "+String($h.readBlob(-1).size))
        """)
    assert out == ["été|4", "|4", "b||7 False", "c|8 True", "||8", "té", "0 été;b;;c",
                   "8 True", "2 2 True", "10 True 0", "2 10 0"]


def test_read_line_with_all_line_breaks_and_break_modes(tmp_path):
    (tmp_path / "l.txt").write_bytes(b"a\r\nb\rc\n\nd")
    out = lines(tmp_path, """
        $h:=File("/PACKAGE/l.txt").open()
        $c:=New collection
        While (Not($h.eof))
            $c.push($h.readLine())
        End while
        ALERT(JSON Stringify($c)+" "+String($h.offset)+" ["+$h.readLine()+"]")
        $h:=File("/PACKAGE/l.txt").open(New object("breakModeRead"; "crlf"))
        $t:=$h.readText()
        ALERT(%s+" "+String($h.offset)+" "+String(Length($t)))
        $h:=File("/PACKAGE/l.txt").open(New object("breakModeRead"; Document with CR))
        ALERT(%s)
        $h.offset:=0
        ALERT($h.readLine()+"|"+$h.readLine()+"|"+String($h.offset))
        """ % (SHOW.format("$t"), SHOW.format("$h.readText()")))
    assert out == ['["a","b","c","","d"] 8 []',
                   "a<CR><LF>b<CR><LF>c<CR><LF><CR><LF>d 12 12",
                   "a<CR>b<CR>c<CR><CR>d", "a|b|4"]


def test_empty_file_and_last_line_without_break(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "n.txt").write_bytes(b"x\ny")
    out = lines(tmp_path, """
        $h:=File("/PACKAGE/e.txt").open()
        ALERT(String($h.eof)+" ["+$h.readLine()+"] ["+$h.readText()+"] "+String($h.readBlob(3).size))
        $h:=File("/PACKAGE/n.txt").open()
        ALERT($h.readLine()+" "+String($h.eof)+" "+$h.readLine()+" "+String($h.eof)+" ["+$h.readLine()+"]")
        """)
    assert out == ["True [] [] 0", "x False y True []"]


def test_write_modes_offsets_and_blobs(tmp_path):
    (tmp_path / "w.txt").write_bytes(b"0123456789")
    out = lines(tmp_path, """
        var $h : 4D.FileHandle
        $f:=File("/PACKAGE/w.txt")
        $h:=$f.open("write")
        ALERT(String($h.offset)+" "+String($h.getSize())+" "+String($h.eof))
        $h.writeText("ab")
        ALERT(String($h.offset)+" "+String($h.getSize())+" "+String($h.eof))
        $h.offset:=8
        $h.writeText("XYZ")
        ALERT(String($h.offset)+" "+String($h.getSize())+" "+String($f.size))
        $h.offset:=0
        ALERT(Convert to text($h.readBlob(4); "UTF-8")+" "+String($h.offset))
        var $b : Blob
        TEXT TO BLOB("é"; $b; UTF8 text without length)
        $h.writeBlob($b)
        $h.writeBlob(4D.Blob.new($b))
        ALERT(String($h.offset))
        $h.setSize(3)
        ALERT(String($h.getSize())+" "+String($h.offset)+" "+String($h.eof))
        $h.setSize(5)
        ALERT(String($h.getSize())+" "+String($h.offset))
        $h:=Null
        $h:=$f.open("append")
        $h.writeLine("end")
        ALERT(String($h.offset)+" "+String($h.getSize()))
        $h:=File("/PACKAGE/new/sub/n.txt").open("append")
        $h.writeLine("a"+Char(13)+Char(10)+"b")
        ALERT(String(File("/PACKAGE/new/sub/n.txt").exists)+" "+String($h.offset))
        """)
    assert out == ["0 10 False", "2 10 False", "11 11 11", "ab23 4", "8", "3 3 True", "5 3",
                   "9 9", "True 4"]
    assert (tmp_path / "w.txt").read_bytes() == b"ab2\0\0end\n"
    assert (tmp_path / "new" / "sub" / "n.txt").read_bytes() == b"a\nb\n"


def test_break_mode_write_and_charsets(tmp_path):
    out = lines(tmp_path, """
        $h:=File("/PACKAGE/crlf.txt").open(New object("mode"; "write"; "breakModeWrite"; Document with CRLF))
        $h.writeLine("a"+Char(10)+"b")
        $h.writeText("c"+Char(13)+"d")
        $h:=File("/PACKAGE/cr.txt").open(New object("mode"; "write"; "breakModeWrite"; "cr"))
        $h.writeLine("x")
        $h:=File("/PACKAGE/bom.txt").open(New object("mode"; "write"; "charset"; "UTF-8"))
        $h.writeText("é")
        ALERT(String($h.offset))
        $h.writeText("é")
        $h:=File("/PACKAGE/nobom.txt").open(New object("mode"; "write"; "charset"; "UTF-8-no-bom"))
        $h.writeText("é")
        $h:=File("/PACKAGE/default.txt").open("write")
        $h.writeText("é")
        $h:=File("/PACKAGE/u16.txt").open(New object("mode"; "write"; "charset"; "UTF-16LE"))
        $h.writeLine("hé")
        $h:=File("/PACKAGE/latin.txt").open(New object("mode"; "write"; "charset"; "ISO-8859-1"))
        $h.writeText("été")
        ALERT(String($h.offset))
        $h:=Null
        $h:=File("/PACKAGE/bom.txt").open()
        ALERT($h.readText()+" "+String($h.offset))
        $h:=File("/PACKAGE/u16.txt").open(New object("charset"; "UTF-16LE"))
        ALERT($h.readLine()+" "+String($h.offset)+" "+String($h.eof))
        $h:=File("/PACKAGE/latin.txt").open(New object("charset"; "ISO-8859-1"))
        ALERT($h.readText()+" "+String($h.getSize()))
        $h:=File("/PACKAGE/latin.txt").open()
        ALERT(String(Length($h.readText())))
        """)
    assert out == ["5", "3", "éé 2", "hé 3 True", "été 3", "3"]
    assert (tmp_path / "crlf.txt").read_bytes() == b"a\r\nb\r\nc\r\nd"
    assert (tmp_path / "cr.txt").read_bytes() == b"x\r"
    assert (tmp_path / "bom.txt").read_bytes() == b"\xef\xbb\xbf\xc3\xa9\xc3\xa9"
    assert (tmp_path / "nobom.txt").read_bytes() == b"\xc3\xa9"
    assert (tmp_path / "default.txt").read_bytes() == b"\xc3\xa9"
    assert (tmp_path / "u16.txt").read_bytes() == b"\xff\xfeh\x00\xe9\x00\n\x00"


def test_utf16_documentation_offset_example(tmp_path):
    (tmp_path / "u.txt").write_bytes("0123456789abcdef".encode("utf-16-le"))
    out = lines(tmp_path, """
        $fh:=File("/PACKAGE/u.txt").open(New object("charset"; "UTF-16LE"))
        $b:=$fh.readBlob(20)
        ALERT(String($fh.offset)+" "+Convert to text($b; "UTF-16LE"))
        $fh.offset:=10
        $s:=$fh.readText()
        ALERT($s+" "+String($fh.offset)+" "+String($fh.eof))
        """)
    assert out == ["20 0123456789", "abcdef 16 True"]


def test_errors(tmp_path):
    (tmp_path / "r.txt").write_bytes(b"r")
    (tmp_path / "dir").mkdir()
    out = lines(tmp_path, """
        var $h; $h2 : 4D.FileHandle
        $f:=File("/PACKAGE/w.txt")
        $h:=$f.open("write")
        Try
            $h2:=$f.open("write")
        Catch
            ALERT(%(E)s+" "+Last errors[0].message)
        End try
        $h2:=$f.open("append")
        Try
            $x:=File("/PACKAGE/w.txt").open("append")
        Catch
            ALERT(%(E)s)
        End try
        $r1:=$f.open("read")
        $r2:=$f.open("read")
        ALERT("readers ok")
        $h:=Null
        $h:=$f.open("write")
        ALERT("write again after release")
        Try
            $x:=File("/PACKAGE/missing.txt").open()
        Catch
            ALERT(%(E)s+" "+String(File("/PACKAGE/missing.txt").exists))
        End try
        $r:=File("/PACKAGE/r.txt").open("read")
        For each ($call; New collection(Formula($r.writeText("x")); Formula($r.writeLine("x")); Formula($r.writeBlob(4D.Blob.new())); Formula($r.setSize(0))))
            Try
                $call.call()
            Catch
                ALERT(%(E)s)
            End try
        End for each
        ALERT(File("/PACKAGE/r.txt").getText())
        For each ($arg; New collection("Read"; "WRITE"; "wrote"; New object("mode"; "Append"); New object("breakModeRead"; "CRLF"); New object("breakModeWrite"; 7); New object("breakModeRead"; Document unchanged)))
            Try
                $x:=File("/PACKAGE/r.txt").open($arg)
            Catch
                ALERT(%(E)s)
            End try
        End for each
        Try
            $x:=File("/PACKAGE/r.txt").open(New object("charset"; "no-such-charset"))
        Catch
            ALERT(%(E)s)
        End try
        Try
            $x:=File("/PACKAGE/r.txt").open(New object("charset"; 106))
        Catch
            ALERT(%(E)s)
        End try
        Try
            $x:=File("/PACKAGE/r.txt").open(12)
        Catch
            ALERT(%(E)s)
        End try
        Try
            $x:=File("/PACKAGE/dir").open("write")
        Catch
            ALERT(%(E)s)
        End try
        Try
            $r.offset:="3"
        Catch
            ALERT(%(E)s)
        End try
        Try
            $r.readText(3)
        Catch
            ALERT(%(E)s)
        End try
        Try
            $h.writeText(3)
        Catch
            ALERT(%(E)s)
        End try
        Try
            $h.writeBlob("x")
        Catch
            ALERT(%(E)s)
        End try
        Try
            $r.readBlob()
        Catch
            ALERT(%(E)s)
        End try
        """ % {"E": ERR})
    assert out == [
        f'-49 File.open(): the file is already open in "write" mode ({tmp_path}/w.txt)',
        "-49", "readers ok", "write again after release", "-43 False",
        "-54", "-54", "-54", "-54", "r",
        "-10721", "-10721", "-10721", "-10721", "-10721", "-10721", "-10721",
        "-10512", "-10735", "-10735", "-48", "-10735", "-10735", "-10735", "-10735", "-10721",
    ]
    assert not (tmp_path / "missing.txt").exists()


def test_handles_are_released_with_their_last_reference(tmp_path):
    """4D closes the document when the handle is released: a method's local handle at its end,
    also when the method failed and the caller caught the error (Try or ON ERR CALL), a
    handle inside an object or collection when that is released."""
    pkg = tmp_path / "Pkg"
    methods = pkg / "Project" / "Sources" / "Methods"
    methods.mkdir(parents=True)
    sources = {
        "Main": """
            var $f : 4D.File
            var $h : 4D.FileHandle
            $f:=File("/PACKAGE/w.txt")
            Writer($f)
            Writer($f)
            ALERT("sequence")
            Try
                Failer($f)
            Catch
                ALERT("caught "+String(Last errors[0].errCode))
            End try
            $h:=$f.open("write")
            $h:=Null
            ON ERR CALL("Handler")
            Failer($f)
            ON ERR CALL("")
            $h:=$f.open("write")
            $h:=Null
            $x:=Try(Failer($f))
            $h:=$f.open("write")
            $h:=Null
            $o:=New object("h"; $f.open("write"))
            $o:=Null
            $c:=New collection($f.open("write"))
            $c.clear()
            $h:=$f.open("write")
            ALERT("released")
            """,
        "Writer": """
            #DECLARE($f : 4D.File)
            var $h : 4D.FileHandle
            $h:=$f.open("write")
            $h.writeText("x")
            """,
        "Failer": """
            #DECLARE($f : 4D.File)
            var $h : 4D.FileHandle
            $h:=$f.open("write")
            throw(12; "boom")
            """,
        "Handler": """
            ALERT("handler "+String(Last errors[0].errCode))
            """,
    }
    for name, code in sources.items():
        (methods / f"{name}.4dm").write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    rc, out, err = run_fourd("run", str(pkg), "--method", "Main")
    assert rc == 0, err
    assert out.splitlines() == ["sequence", "caught 12", "handler 12", "released"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts /proc/self/fd")
def test_no_file_descriptor_leak(tmp_path):
    out = lines(tmp_path, """
        $f:=File("/PACKAGE/w.txt")
        $f.setText("some text")
        $before:=Folder("/proc/self/fd").files().length
        For ($i; 1; 500)
            $h:=$f.open("write")
            $h.writeText("x")
            $r:=$f.open("read")
            $t:=$r.readText()
            $a:=$f.open("append")
            $h:=Null
            $a:=Null
        End for
        $r:=Null
        ALERT(String(Folder("/proc/self/fd").files().length-$before))
        """)
    assert out == ["0"]


def test_handle_cannot_be_shared(tmp_path):
    (tmp_path / "r.txt").write_bytes(b"r")
    out = lines(tmp_path, """
        Try
            Use (Storage)
                Storage.h:=File("/PACKAGE/r.txt").open()
            End use
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        """)
    assert out == ["-10748"]


def test_file_deleted_while_open(tmp_path):
    """A POSIX system lets a file go while a handle has it open (4D on macOS too, FileClass.md
    .delete())."""
    if os.name != "posix":
        pytest.skip("POSIX behaviour")
    (tmp_path / "d.txt").write_bytes(b"data")
    out = lines(tmp_path, """
        $f:=File("/PACKAGE/d.txt")
        $h:=$f.open()
        $f.delete()
        ALERT(String($f.exists)+" "+$h.readText())
        """)
    assert out == ["False data"]
