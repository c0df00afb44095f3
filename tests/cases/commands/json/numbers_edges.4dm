// JSON Stringify writes Reals in 4D's form: integral without .0, exponents without padding,
// NaN/INF as null; undefined properties are left out, in collections they are null
var $o : Object
$o:=New object("a"; 1; "b"; 0.5; "c"; 0.00001; "d"; -3.5e-7; "e"; 1e+16; "f"; 1e+21; "g"; 1.5e+22; "h"; "1.0,1e-05"; "i"; Null)
ALERT(JSON Stringify($o))
$o.j:=Log(-1)
$o.k:=1/0
ALERT(JSON Stringify(New collection($o.j; $o.k; $o.nothing; 2.5)))
ALERT(JSON Stringify(New object("x"; New collection(1; 2); "y"; New object)))
ALERT(JSON Stringify(New object("x"; New collection(1; 2); "y"; New object("z"; 0.000002)); *))
