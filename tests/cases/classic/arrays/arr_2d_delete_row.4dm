  // language.md §3.2 (4D docs): array commands on the first dimension delete whole rows of a 2D array
ARRAY TEXT($m;3;1)
$m{1}{1}:="r1"
$m{2}{1}:="r2"
$m{3}{1}:="r3"
DELETE FROM ARRAY($m;1)
ALERT(String(Size of array($m)))
ALERT($m{1}{1}+$m{2}{1})
