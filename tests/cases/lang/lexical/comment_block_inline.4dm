// language.md §1.3: /* ... */ comments, inline or multi-line
$x:=1 /* inline */ +2
ALERT(String($x))
/* multi
line comment
ALERT("never")
*/
ALERT(String(/* before */ 5 /* after */))
ALERT(/* a */ "done" /* b */)
