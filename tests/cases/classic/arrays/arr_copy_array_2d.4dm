  // 4D docs COPY ARRAY: the destination receives a copy of the source; for a 2D array the rows are copied too
ARRAY TEXT($m;2;2)
$m{1}{1}:="orig"
COPY ARRAY($m;$copy)
$copy{1}{1}:="changed"
APPEND TO ARRAY($copy{2};"extra")
ALERT($m{1}{1}+" "+$copy{1}{1})
ALERT(String(Size of array($m{2}))+" "+String(Size of array($copy{2})))
