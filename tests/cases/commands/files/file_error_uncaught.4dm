// 4d/docs API/FolderClass.md .delete(): an uncaught -47/-120 stops the method (language.md §15: exit 1)
ALERT("before")
Folder("/fourd-no-such-dir/none").delete(Delete only if empty)
ALERT("not reached")
