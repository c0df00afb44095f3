// a script cannot reach Python objects: member names, Formula from string,
// EXECUTE METHOD / EXECUTE FORMULA, OB Keys, JSON Stringify of runtime objects, pointers
var $o; $r : Object
var $c; $keys : Collection
var $f : 4D.Function
var $v : Variant
var $p : Pointer
$o:=New object("a"; 1)
$c:=New collection(1; 2)
$f:=Formula(1)
ALERT("object __class__: "+String(Undefined(Try($o.__class__))))
ALERT("object __dict__: "+String(Undefined(Try($o.__dict__))))
ALERT("object keys(): "+String(Undefined(Try($o.keys()))))
ALERT("object get: "+String(Undefined(Try($o.get))))
ALERT("collection __class__: "+String(Undefined(Try($c.__class__))))
ALERT("collection append: "+String(Undefined(Try($c.append))))
ALERT("formula __globals__: "+String(Undefined(Try($f.__globals__))))
ALERT("formula __code__: "+String(Undefined(Try($f.__code__))))
ALERT("formula __reduce__: "+String(Undefined(Try($f.__reduce__))))
ALERT("formula call.__self__: "+String(Undefined(Try($f.call.__self__))))
ALERT("folder __class__: "+String(Undefined(Try(Folder("/PACKAGE").__class__))))
ALERT("cs __class__: "+String(Undefined(Try(cs.__class__))))
ALERT("4D __class__: "+String(Undefined(Try(4D.__class__))))
ALERT("4D.File __init__: "+String(Undefined(Try(4D.File.__init__))))
ALERT("shared object __class__: "+String(Undefined(Try(New shared object.__class__))))
ALERT("blob data: "+String(Undefined(Try(4D.Blob.new().data))))
ALERT("__bases__ chain: "+String(Undefined(Try($o.__class__.__bases__))))
$keys:=OB Keys(Folder("/PACKAGE"))
ALERT("OB Keys(Folder) private: "+String($keys.filter(Formula(Position("_"; $1.value)=1)).length))
$keys:=OB Keys(4D)
ALERT("OB Keys(4D) private: "+String($keys.filter(Formula(Position("_"; $1.value)=1)).length))
ALERT("JSON Stringify(4D.TCPListener) Python: "+String(Position("0x"; JSON Stringify(4D.TCPListener))))
ALERT("JSON Stringify(Formula) Python: "+String(Position("0x"; JSON Stringify(New object("f"; $f)))))
$v:=Try(Formula from string("__import__(\"os\")").call())
ALERT("Formula from string __import__: "+String(Undefined($v))+" "+String(Last errors[0].errCode))
$v:=Try(Formula from string("$1.__class__").call(Null; $o))
ALERT("Formula from string $1.__class__: "+String(Undefined($v)))
Try(EXECUTE METHOD("__import__"))
ALERT("EXECUTE METHOD __import__: "+String(Last errors[0].errCode))
Try(EXECUTE FORMULA("__import__(\"os\").system(\"echo escaped\")"))
ALERT("EXECUTE FORMULA python: "+String(Last errors#Null))
$p:=Get pointer("__builtins__")
ALERT("pointer __builtins__: "+String(Undefined(Try($p->))))
$p:=Get pointer("BASE_GLOBALS")
ALERT("pointer BASE_GLOBALS: "+String(Undefined(Try($p->))))
$p:=->$o
ALERT("pointer ->$o __class__: "+String(Undefined(Try($p->__class__))))
$o["__class__"]:="own"
ALERT("own property __class__: "+$o["__class__"]+" "+String(OB Is defined($o; "__init__")))
