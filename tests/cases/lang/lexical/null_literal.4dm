// language.md §1.7: the Null literal (command C1517)
ALERT(String(Null))
ALERT(JSON Stringify(Null))
ALERT(String(Value type(Null)))
ALERT(String(null=NULL))
$o:={a: Null}
ALERT(JSON Stringify($o))
