// language.md §12.3: Replace string(src; old; new {; howMany}{; *}) — insensitive unless *, old="" → unchanged
ALERT(Replace string("abcabc"; "b"; "X"))
ALERT(Replace string("abcabc"; "b"; "X"; 1))
ALERT(Replace string("Hello"; "L"; "x"))
ALERT(Replace string("Hello"; "L"; "x"; *))
ALERT(Replace string("Hello"; ""; "x"))
ALERT("["+Replace string(""; "a"; "b")+"]")
ALERT(Replace string("a-b-c"; "-"; ""))
ALERT(Replace string("aaa"; "a"; "aa"))
