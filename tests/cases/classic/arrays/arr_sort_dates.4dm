  // 4D docs SORT ARRAY: date arrays sort chronologically
ARRAY DATE($d;3)
$d{1}:=!2021-05-01!
$d{2}:=!2019-12-31!
$d{3}:=!2020-06-15!
SORT ARRAY($d;>)
ALERT(String(Year of($d{1}))+" "+String(Year of($d{2}))+" "+String(Year of($d{3})))
