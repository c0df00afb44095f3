// calls between methods with declared parameters: absent ones, extra ones, Count parameters
ALERT(String(add(2; 3))+" "+String(add(2))+" "+String(add)+" "+String(add(1; 2; 99)))
ALERT(String(count_them)+String(count_them(1))+String(count_them(1; 2))+String(count_them(1; 2; 3; 4)))
ALERT(describe(Null)+"|"+describe(New object("a"; 1))+"|"+describe)
ALERT(String(untyped)+"|"+untyped("x")+"|"+String(untyped(5)))
var $p : cs.Point
$p:=cs.Point.new(3)
ALERT(String($p.x)+","+String($p.y)+" "+String($p.scaled(2).x)+" "+String($p.scaled().x)+" "+String($p.args(1; 2; 3)))
ALERT(String(fact(10)))
ALERT(String(add(2.6; 3)))
ALERT(String(add("a"; 3)))
