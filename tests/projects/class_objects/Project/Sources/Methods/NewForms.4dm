var $cls : Object:=cs.Person
var $p : cs.Person:=$cls.new("Ann")
ALERT($p.name)
var $q : Object:=cs["Person"].new("Bob")
ALERT($q.name)
var $r : Object:=OB Class($p).new("Cid")
ALERT($r.name+" "+OB Class($r).name)
ALERT(String(OB Instance of($r; cs.Person)))
var $name : Text:="Student"
var $s : Object:=cs[$name].new("Dee"; 3)
ALERT($s.name+" "+String($s.year))
ALERT(String(OB Instance of($s; cs.Person)))
