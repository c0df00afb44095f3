"""4D.File, 4D.Folder and the File / Folder commands (4d/docs API/FileClass.md,
API/FolderClass.md, API/Document.md, API/Directory.md, commands/file.md, commands/folder.md,
Concepts/paths.md). Every script runs as a lone .4dm file in a pytest temporary folder, whose
folder is then "/PACKAGE": nothing is written anywhere else."""
from __future__ import annotations

import os
import textwrap

import pytest

from conftest import run_fourd
from fourd.runtime.commands.registry import lookup


def run(tmp_path, code, *args, name="t.4dm"):
    script = tmp_path / name
    script.write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    rc, out, err = run_fourd("run", str(script), *args)
    assert "Traceback (most recent call last)" not in err, err
    return rc, out, err


def lines(tmp_path, code, *args):
    rc, out, err = run(tmp_path, code, *args)
    assert rc == 0, err
    return out.splitlines()


ERR = "String(Last errors[0].errCode)+\" \"+Last errors[0].message"


def test_commands_are_registered():
    assert lookup("File").number == 1566 and lookup("", 1566) is lookup("File")
    assert lookup("Folder").number == 1567 and lookup("", 1567) is lookup("Folder")
    assert lookup("Temporary folder").number == 486


def test_file_properties_without_disk(tmp_path):
    out = lines(tmp_path, """
        var $f : 4D.File
        $f:=File("/tmp//fourd-none/./sub/../a.b.txt")
        ALERT($f.name+"|"+$f.extension+"|"+$f.fullName+"|"+$f.path+"|"+$f.platformPath)
        ALERT(String($f.exists)+" "+String($f.isFile)+" "+String($f.isFolder)+" "+String($f.isAlias))
        ALERT(String($f.size)+" "+String(Value type($f.size))+" "+String($f.hidden)+" "+String($f.isWritable))
        ALERT($f.parent.path+" "+$f.parent.parent.path+" "+String($f.parent.parent.parent.parent=Null))
        ALERT(String($f.original=$f)+" "+String($f.creationDate)+" "+String($f.modificationTime))
        ALERT(String(Type($f.modificationDate))+" "+String(Type($f.creationTime)))
        ALERT(File("/tmp/.profile").name+"|"+File("/tmp/.profile").extension+"|"+String(File("/tmp/.profile").hidden))
        ALERT(File("/tmp/x/"; fk posix path).path+" "+File("/tmp/y.txt"; fk platform path).path)
        """)
    assert out == [
        "a.b|.txt|a.b.txt|/tmp/fourd-none/a.b.txt|/tmp/fourd-none/a.b.txt",
        "False True False False",
        "0 1 False False",
        "/tmp/fourd-none/ /tmp/ True",
        "True 00/00/00 00:00:00",
        "4 11",
        ".profile||True",
        "/tmp/x /tmp/y.txt",
    ]


def test_folder_properties_and_relative_paths(tmp_path):
    out = lines(tmp_path, """
        var $d : 4D.Folder
        $d:=Folder("/tmp/fourd-none/My.app")
        ALERT($d.name+"|"+$d.extension+"|"+$d.fullName+"|"+$d.path+"|"+$d.platformPath)
        ALERT(String($d.isFile)+" "+String($d.isFolder)+" "+String($d.isAlias)+" "+String($d.isPackage)+" "+String($d.exists))
        ALERT($d.file("x/y.txt").path+" "+$d.folder("x/").path+" "+$d.folder("").path)
        ALERT($d.file("../z.txt").path+" "+$d.folder("../../..").path)
        ALERT(String($d.file(""))+" "+String($d.file("x/.."))+" "+String($d.original=$d))
        ALERT(String(Folder("/").parent)+" "+Folder("/").path+" ["+Folder("/").name+"]")
        ALERT(String(OB Instance of($d; 4D.Folder))+" "+String(OB Instance of($d; 4D.File))+" "+OB Class($d).name)
        ALERT(4D.Folder.new("/tmp/q"; fk posix path).path+" "+4D.File.new("/tmp/q").path)
        """)
    assert out == [
        "My|.app|My.app|/tmp/fourd-none/My.app/|/tmp/fourd-none/My.app/",
        "False True False False False",
        "/tmp/fourd-none/My.app/x/y.txt /tmp/fourd-none/My.app/x/ /tmp/fourd-none/My.app/",
        "/tmp/fourd-none/z.txt /",
        "null null True",
        "null / []",
        "True False Folder",
        "/tmp/q/ /tmp/q",
    ]


def test_json_and_keys_show_the_plain_properties(tmp_path):
    (tmp_path / "data.txt").write_bytes(b"12345")
    out = lines(tmp_path, """
        ALERT(JSON Stringify(File("/PACKAGE/data.txt")))
        ALERT(JSON Stringify(OB Keys(Folder("/PACKAGE/sub"))))
        """)
    assert out == [
        '{"name":"data","extension":".txt","fullName":"data.txt","path":"/PACKAGE/data.txt",'
        f'"platformPath":"{tmp_path}/data.txt","exists":true,"isFile":true,"isFolder":false,'
        '"isAlias":false,"hidden":false,"size":5}',
        '["name","extension","fullName","path","platformPath","exists","isFile","isFolder",'
        '"isAlias","hidden"]',
    ]


def test_package_filesystem_of_a_lone_method_file(tmp_path):
    out = lines(tmp_path, """
        ALERT(Folder(fk database folder).path+" "+String(Folder(fk database folder).parent=Null))
        ALERT(Folder("/PACKAGE").platformPath)
        ALERT(Folder("/PACKAGE/sub").parent.path+" "+File("/PACKAGE/t.4dm").parent.path)
        ALERT(String(File("/PACKAGE/t.4dm").exists)+" "+String(Folder("/PACKAGE").file("t.4dm").size>0))
        ALERT(String(Folder("/PACKAGE").folder(".."))+" "+String(Folder("/PACKAGE/a").file("../../x")))
        ALERT(Folder("/PACKAGE/a").file("../t.4dm").path)
        """)
    assert out == [
        "/PACKAGE/ True",
        f"{tmp_path}/",
        "/PACKAGE/ /PACKAGE/",
        "True True",
        "null null",
        "/PACKAGE/t.4dm",
    ]


def test_create_delete_and_exists(tmp_path):
    out = lines(tmp_path, """
        $f:=File("/PACKAGE/a/b/new.txt")
        ALERT(String($f.exists)+" "+String($f.create())+" "+String($f.exists)+" "+String($f.create()))
        ALERT(String($f.parent.exists)+" "+String($f.size)+" "+String($f.isWritable))
        ALERT(String($f.modificationDate=Current date)+" "+String(Abs($f.modificationTime-Current time)<=5))
        $f.delete()
        $f.delete()
        ALERT(String($f.exists))
        $d:=Folder("/PACKAGE/x/y")
        ALERT(String($d.create())+" "+String($d.create())+" "+String(File("/PACKAGE/x/y").create()))
        ALERT(String(File("/PACKAGE/x/y").exists)+" "+String(Folder("/PACKAGE/a/b/new.txt").exists))
        """)
    assert out == ["False True True False", "True 0 True", "True True", "False",
                   "True False False", "False False"]
    assert not (tmp_path / "a" / "b" / "new.txt").exists()
    assert (tmp_path / "x" / "y").is_dir()


def test_set_text_get_text_charsets_and_line_breaks(tmp_path):
    out = lines(tmp_path, """
        $f:=File("/PACKAGE/out/t.txt")
        $f.setText("a"+Char(13)+"b"+Char(13)+Char(10)+"c"+Char(10)+"d")
        $t:=$f.getText("UTF-8"; Document unchanged)
        ALERT(Replace string(Replace string($t; Char(13); "<CR>"); Char(10); "<LF>"))
        $t:=$f.getText("UTF-8"; Document with CRLF)
        ALERT(Replace string(Replace string($t; Char(13); "<CR>"); Char(10); "<LF>"))
        $t:=$f.getText("UTF-8"; Document with CR)
        ALERT(Replace string(Replace string($t; Char(13); "<CR>"); Char(10); "<LF>"))
        $f.setText("a"+Char(10)+"b"; "UTF-8-no-bom"; Document with CRLF)
        $f.copyTo($f.parent; "crlf.txt")
        $f.setText("é"; "UTF-8")
        $f.copyTo($f.parent; "bom8.txt")
        $f.setText("é"; "UTF-8-no-bom")
        $f.copyTo($f.parent; "nobom.txt")
        $f.setText("é"; "UTF-16")
        ALERT(String($f.size)+" "+$f.getText("ISO-8859-1"))
        $f.setText("é"; "ISO-8859-1")
        ALERT(String($f.size)+" "+$f.getText("ISO-8859-1")+" "+$f.getText(4)+" "+String(Length($f.getText())))
        $f.setText("x"; 106)
        ALERT(String($f.size)+" "+$f.getText())
        File("/PACKAGE/out/new/deep.txt").setText("deep")
        ALERT(File("/PACKAGE/out/new/deep.txt").getText())
        """)
    assert out == ["a<LF>b<LF>c<LF>d", "a<CR><LF>b<CR><LF>c<CR><LF>d", "a<CR>b<CR>c<CR>d",
                   "4 é", "1 é é 1", "4 x", "deep"]
    assert (tmp_path / "out" / "crlf.txt").read_bytes() == b"a\r\nb"
    assert (tmp_path / "out" / "bom8.txt").read_bytes() == b"\xef\xbb\xbf\xc3\xa9"
    assert (tmp_path / "out" / "nobom.txt").read_bytes() == b"\xc3\xa9"
    assert (tmp_path / "out" / "t.txt").read_bytes() == b"\xef\xbb\xbfx"
    assert (tmp_path / "out" / "new" / "deep.txt").read_bytes() == b"deep"


def test_default_set_text_is_utf8_without_bom_and_native_lf(tmp_path):
    lines(tmp_path, """
        File("/PACKAGE/d.txt").setText("é"+Char(13)+"x")
        """)
    assert (tmp_path / "d.txt").read_bytes() == b"\xc3\xa9\nx"


def test_get_text_uses_the_bom_and_defaults_to_utf8(tmp_path):
    (tmp_path / "le.txt").write_bytes(b"\xff\xfeh\x00i\x00")
    (tmp_path / "plain.txt").write_bytes("ça\r\nva".encode())
    out = lines(tmp_path, """
        ALERT(File("/PACKAGE/le.txt").getText("ISO-8859-1"))
        $t:=File("/PACKAGE/plain.txt").getText()
        ALERT(String(Length($t))+" "+Replace string($t; Char(10); "<LF>"))
        """)
    assert out == ["hi", "5 ça<LF>va"]


def test_content_blobs(tmp_path):
    out = lines(tmp_path, """
        var $blob : Blob
        TEXT TO BLOB("hey"; $blob; UTF8 text without length)
        $f:=File("/PACKAGE/b/blob.bin")
        $f.setContent($blob)
        $c:=$f.getContent()
        ALERT(String(OB Instance of($c; 4D.Blob))+" "+String($c.size)+" "+Convert to text($c; "UTF-8"))
        $f.setContent(4D.Blob.new())
        ALERT(String($f.size)+" "+String($f.exists))
        Try
            $f.setContent("text")
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        """)
    assert out == ["True 3 hey", "0 True", "-10735"]


def test_copy_move_rename_files(tmp_path):
    out = lines(tmp_path, f"""
        $src:=File("/PACKAGE/s/a.txt")
        $src.setText("A")
        $dest:=Folder("/PACKAGE/d")
        Try
            $src.copyTo($dest)
        Catch
            ALERT({ERR})
        End try
        $dest.create()
        $c:=$src.copyTo($dest)
        ALERT($c.path+" "+$c.getText()+" "+String($src.exists))
        Try
            $src.copyTo($dest)
        Catch
            ALERT({ERR})
        End try
        $src.setText("B")
        ALERT($src.copyTo($dest; fk overwrite).getText()+" "+$src.copyTo($dest; "b.txt"; fk overwrite).getText())
        $m:=$src.moveTo($dest; "moved.txt")
        ALERT($m.path+" "+String($src.exists)+" "+$m.getText())
        Try
            $src.moveTo($dest)
        Catch
            ALERT({ERR})
        End try
        $r:=$m.rename("r.txt")
        ALERT($r.path+" "+String($m.exists)+" "+String($r.exists))
        Try
            $r.rename("a.txt")
        Catch
            ALERT({ERR})
        End try
        Try
            $r.rename("x:y")
        Catch
            ALERT({ERR})
        End try
        Try
            $r.copyTo($dest; "a/b")
        Catch
            ALERT({ERR})
        End try
        ALERT($r.rename("noext").path+" "+File("/PACKAGE/d/noext").extension)
        """)
    d = str(tmp_path / "d")
    assert out == [
        f"-120 File.copyTo(): the destination folder does not exist ({d}/)",
        "/PACKAGE/d/a.txt A True",
        f"-48 File.copyTo(): an element with the same name already exists ({d}/a.txt)",
        "B B",
        "/PACKAGE/d/moved.txt False B",
        f"-43 File.moveTo(): the file does not exist ({tmp_path}/s/a.txt)",
        "/PACKAGE/d/r.txt False True",
        f"-48 File.rename(): an element with the same name already exists ({d}/a.txt)",
        "-37 File.rename(): invalid name 'x:y'",
        "-37 File.copyTo(): invalid name 'a/b'",
        "/PACKAGE/d/noext ",
    ]
    assert sorted(os.listdir(d)) == ["a.txt", "b.txt", "noext"]


def test_folder_copy_move_rename(tmp_path):
    out = lines(tmp_path, f"""
        $w:=Folder("/PACKAGE/w")
        $w.file("a/b/c.txt").setText("c")
        $dest:=Folder("/PACKAGE/dest")
        $dest.create()
        $cp:=$w.folder("a").copyTo($dest)
        ALERT($cp.path+" "+String($cp.files(fk recursive).length)+" "+String($w.folder("a").exists))
        Try
            $w.folder("a").copyTo($dest)
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        $w.file("a/new.txt").setText("n")
        $cp:=$w.folder("a").copyTo($dest; fk overwrite)
        ALERT(JSON Stringify($cp.files(fk recursive).map(Formula($1.value.path))))
        $mv:=$w.folder("a").moveTo($dest; "a2")
        ALERT($mv.path+" "+String($w.folder("a").exists)+" "+$mv.file("b/c.txt").getText())
        Try
            $mv.moveTo($mv.folder("b"))
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        Try
            $mv.copyTo($mv)
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        $r:=$mv.rename("a3")
        ALERT($r.path+" "+$r.fullName+" "+String($mv.exists))
        Try
            $r.rename("a")
        Catch
            ALERT({ERR})
        End try
        """)
    assert out == [
        "/PACKAGE/dest/a/ 1 True",
        "-48",
        '["/PACKAGE/dest/a/new.txt","/PACKAGE/dest/a/b/c.txt"]',
        "/PACKAGE/dest/a2/ False c",
        "-37",
        "-37",
        "/PACKAGE/dest/a3/ a3 False",
        f"-48 Folder.rename(): an element with the same name already exists ({tmp_path}/dest/a/)",
    ]


def test_folder_delete_options_and_errors(tmp_path):
    out = lines(tmp_path, f"""
        $d:=Folder("/PACKAGE/del")
        Try
            $d.delete()
        Catch
            ALERT({ERR})
        End try
        $d.delete(Delete with contents)
        $d.file("x/y.txt").setText("y")
        Try
            $d.delete(Delete only if empty)
        Catch
            ALERT({ERR})
        End try
        ALERT(String($d.exists))
        $d.delete(Delete with contents)
        ALERT(String($d.exists))
        $d.create()
        $d.delete()
        ALERT(String($d.exists))
        Try
            $d.delete(5)
        Catch
            ALERT(String(Last errors[0].errCode))
        End try
        """)
    d = str(tmp_path / "del")
    assert out == [
        f"-120 Folder.delete(): the folder does not exist ({d}/)",
        f"-47 Folder.delete(): the folder is not empty ({d}/)",
        "True", "False", "False", "-10721",
    ]


def test_listing_files_and_folders(tmp_path):
    for rel in ("z.txt", "a/b/c.txt", "a/.hid", ".git/x/y.txt", "m/n.txt"):
        p = tmp_path / "w" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(rel)
    (tmp_path / "w" / "empty").mkdir()
    os.symlink(tmp_path / "w" / "m", tmp_path / "w" / "link")
    out = lines(tmp_path, """
        $w:=Folder("/PACKAGE/w")
        ALERT(JSON Stringify($w.files().map(Formula($1.value.fullName))))
        ALERT(JSON Stringify($w.files(fk recursive).map(Formula($1.value.path))))
        ALERT(JSON Stringify($w.files(fk recursive+fk ignore invisible).map(Formula($1.value.path))))
        ALERT(JSON Stringify($w.folders().map(Formula($1.value.name))))
        ALERT(JSON Stringify($w.folders(fk recursive).map(Formula($1.value.path))))
        ALERT(JSON Stringify($w.folders(fk recursive+fk ignore invisible).map(Formula($1.value.path))))
        $l:=$w.file("link")
        ALERT(String($l.isAlias)+" "+$l.original.path+" "+String(OB Instance of($l.original; 4D.Folder)))
        ALERT(String(Folder("/PACKAGE/none").files().length)+" "+String(Folder("/PACKAGE/none").folders(fk recursive).length))
        """)
    p = str(tmp_path)
    assert out == [
        '["link","z.txt"]',
        '["/PACKAGE/w/link","/PACKAGE/w/z.txt","/PACKAGE/w/.git/x/y.txt","/PACKAGE/w/a/.hid",'
        '"/PACKAGE/w/a/b/c.txt","/PACKAGE/w/m/n.txt"]',
        '["/PACKAGE/w/link","/PACKAGE/w/z.txt","/PACKAGE/w/a/b/c.txt","/PACKAGE/w/m/n.txt"]',
        '[".git","a","empty","m"]',
        '["/PACKAGE/w/.git/","/PACKAGE/w/.git/x/","/PACKAGE/w/a/","/PACKAGE/w/a/b/",'
        '"/PACKAGE/w/empty/","/PACKAGE/w/m/"]',
        '["/PACKAGE/w/a/","/PACKAGE/w/a/b/","/PACKAGE/w/empty/","/PACKAGE/w/m/"]',
        f"True {p}/w/m/ True",
        "0 0",
    ]


def test_file_delete_removes_a_link_not_its_target(tmp_path):
    (tmp_path / "target.txt").write_text("t")
    os.symlink(tmp_path / "target.txt", tmp_path / "alias.txt")
    out = lines(tmp_path, """
        $a:=File("/PACKAGE/alias.txt")
        ALERT(String($a.isAlias)+" "+$a.original.path+" "+$a.getText())
        $a.delete()
        ALERT(String($a.exists)+" "+String(File("/PACKAGE/target.txt").exists))
        """)
    assert out == [f"True {tmp_path}/target.txt t", "False True"]


def attempts(*statements):
    """4D code running each statement in its own Try block; a failure prints the error code,
    and its message too for a statement starting with "!"."""
    blocks = []
    for stmt in statements:
        shown = ERR if stmt.startswith("!") else "String(Last errors[0].errCode)"
        blocks.append(f"Try\n    {stmt.lstrip('!')}\nCatch\n    ALERT({shown})\nEnd try\n")
    return "".join(blocks)


def test_invalid_paths_and_parameters_are_4d_errors(tmp_path):
    out = lines(tmp_path, attempts(
        '$x:=File("relative/path.txt")',
        '!$x:=Folder("/PACKAGE/../up")',
        '$x:=File("/")',
        '!$x:=Folder("/tmp").file("/abs.txt")',
        '$x:=File(New object)',
        '$x:=File("/tmp/x"; 7)',
        '!$x:=File("/PACKAGE/nope.txt").getText()',
        '$x:=File("/PACKAGE/nope.txt").getContent()',
        '!File("/PACKAGE/e.txt").setText("x"; "no-such-charset")',
        'File("/PACKAGE/e.txt").setText("x"; "UTF-8"; 9)',
        'File("/PACKAGE/t.4dm").copyTo(File("/PACKAGE/t.4dm"))',
        '$f:=File("/PACKAGE/t.4dm")\n    $f.name:="other"'))
    assert out == [
        "-37",
        "-37 Folder: a path cannot go above its filesystem ('/PACKAGE/../up')",
        "-37",
        "-37 Folder.file(): a relative POSIX path is expected, not '/abs.txt'",
        "-10735",
        "-10721",
        f"-43 File.getText(): the file does not exist ({tmp_path}/nope.txt)",
        "-43",
        "-10512 File.setText(): the encoding is not supported (no-such-charset)",
        "-10721",
        "-10735",
        "-10730",
    ]
    assert not (tmp_path / "e.txt").exists()


def test_an_uncaught_file_error_stops_the_script(tmp_path):
    rc, out, err = run(tmp_path, """
        ALERT("before")
        Folder("/PACKAGE/missing").delete()
        ALERT("after")
        """)
    assert rc == 1 and out == "before\n"
    assert "-120" in err and "Folder.delete()" in err


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="needs a user that permissions apply to")
def test_permission_denied_is_a_4d_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        out = lines(tmp_path, """
            Try
                File("/PACKAGE/locked/x.txt").setText("x")
            Catch
                ALERT(String(Last errors[0].errCode))
            End try
            ALERT(String(File("/PACKAGE/locked/y.txt").create()))
            """)
    finally:
        locked.chmod(0o700)
    assert out == ["-54", "False"]


def test_folder_constants(tmp_path):
    home = os.path.expanduser("~")
    out = lines(tmp_path, """
        ALERT(Folder(fk database folder).path+" "+Folder(fk resources folder).path+" "+Folder(fk data folder).path+" "+Folder(fk logs folder).path)
        ALERT(Folder(fk home folder).platformPath)
        ALERT(Folder(fk desktop folder).platformPath)
        ALERT(Folder(fk documents folder).platformPath)
        ALERT(Folder(fk user preferences folder; *).name)
        ALERT(Folder(fk web root folder).path)
        ALERT(String(File(Backup log file))+" "+String(File(Build application settings file)))
        ALERT(Folder(Temporary folder; fk platform path).platformPath=Temporary folder)
        """)
    assert out == ["/PACKAGE/ /RESOURCES/ /DATA/ /LOGS/", f"{home}/", f"{home}/Desktop/",
                   f"{home}/Documents/", "4D", "/PACKAGE/WebFolder/", "null null", "True"]


def test_shared_storage_and_workers(tmp_path):
    out = lines(tmp_path, """
        Use (Storage)
            Storage.file:=File("/PACKAGE/x.txt")
        End use
        ALERT(Storage.file.path)
        $c:=OB Copy(New object("f"; Folder("/PACKAGE/y")))
        ALERT($c.f.path+" "+String(OB Instance of($c.f; 4D.Folder)))
        """)
    assert out == ["/PACKAGE/x.txt", "/PACKAGE/y/ True"]


def _project(tmp_path, main_code, layout="package"):
    """A project folder in tmp_path: <package>/Project/Sources/Methods/Main.4dm."""
    package = tmp_path / "Pkg"
    methods = package / "Project" / "Sources" / "Methods"
    methods.mkdir(parents=True)
    (methods / "Main.4dm").write_text(textwrap.dedent(main_code).lstrip("\n"), encoding="utf-8")
    (package / "Resources").mkdir()
    (package / "Resources" / "hello.txt").write_text("hello", encoding="utf-8")
    return package if layout == "package" else package / "Project"


@pytest.mark.parametrize("layout", ["package", "project-folder"])
def test_filesystems_of_a_project(tmp_path, layout):
    target = _project(tmp_path, """
        ALERT(File("/RESOURCES/hello.txt").getText()+" "+Folder(fk resources folder).file("hello.txt").path)
        ALERT(Folder("/PACKAGE").platformPath)
        ALERT(Folder("/PROJECT").platformPath)
        ALERT(Folder("/SOURCES").platformPath)
        ALERT(Folder("/RESOURCES").platformPath)
        ALERT(Folder("/DATA").platformPath+" "+Folder("/LOGS").platformPath)
        ALERT(Folder("/SOURCES/Methods").file("Main.4dm").path+" "+String(File("/SOURCES/Methods/Main.4dm").exists))
        ALERT(String(Folder("/RESOURCES").parent)+" "+Folder("/RESOURCES/a/b").parent.parent.path)
        ALERT(JSON Stringify(Folder("/PACKAGE").folders().map(Formula($1.value.path))))
        """, layout)
    rc, out, err = run_fourd("run", str(target), "--method", "Main")
    assert rc == 0, err
    pkg = tmp_path / "Pkg"
    assert out.splitlines() == [
        "hello /RESOURCES/hello.txt",
        f"{pkg}/", f"{pkg}/Project/", f"{pkg}/Project/Sources/", f"{pkg}/Resources/",
        f"{pkg}/Data/ {pkg}/Data/Logs/",
        "/SOURCES/Methods/Main.4dm True",
        "null /RESOURCES/",
        '["/PACKAGE/Project/","/PACKAGE/Resources/"]',
    ]


def test_os_failures_map_to_file_manager_codes(tmp_path, monkeypatch):
    """In-process: OS errors become 4D errors with 4D's codes (FolderClass.md .delete(): -45
    on macOS / -54 on Windows when `Delete with contents` meets an element it cannot delete)."""
    import errno
    import shutil
    import sys
    from fourd.runtime.classes import files
    from fourd.runtime.errors import FourDError

    folder = files.Folder.new_4d(str(tmp_path / "d"), files.PLATFORM_PATH)
    assert folder.create() is True

    def refuse(path, *a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", path + "/locked.txt")
    monkeypatch.setattr(shutil, "rmtree", refuse)
    with pytest.raises(FourDError) as info:
        folder.delete(files.DELETE_WITH_CONTENTS)
    assert info.value.code == (-54 if sys.platform == "win32" else -45)
    assert "locked.txt" in info.value.message
    for err, code in ((errno.EACCES, -54), (errno.ENOSPC, -34), (errno.EEXIST, -48),
                      (errno.ENOTEMPTY, -47), (errno.EIO, -36)):
        assert files.os_error(OSError(err, "x"), "what", "/p").code == code
    with pytest.raises(FourDError) as info:
        files.File.new_4d("/tmp/a\0b")
    assert info.value.code == -37
