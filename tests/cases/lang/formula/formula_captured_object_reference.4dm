// language.md §8.1/§2: a captured object local keeps the reference: later mutations are seen, rebinding is not
$obj:={n: 1}
$f:=Formula($obj.n)
$obj.n:=2
ALERT(String($f.call()))
$obj:={n: 99}
ALERT(String($f.call()))
