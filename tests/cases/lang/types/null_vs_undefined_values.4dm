// language.md §2/§4.8: Null (Is null 255) and undefined (Is undefined 5) are distinct values
$o:={n: Null}
ALERT(String(Value type(Null)))
ALERT(String(Value type($o.n)))
ALERT(String(Value type($o.u)))
ALERT(String(Undefined(Null)))
ALERT(String(Undefined($o.u)))
ALERT(String(Undefined($o.n)))
