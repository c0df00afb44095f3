// language.md §8.3: .apply(thisObj; collection) passes the collection elements as $1...$n
$f:=Formula($1*$2)
ALERT(String($f.apply(Null; [6; 7])))
ALERT(String($f.apply(Null; New collection(3; 4))))
$g:=Formula(This.k+$1)
ALERT(String($g.apply({k: 100}; [5])))
