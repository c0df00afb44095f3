// 4d/docs collection.query(): null, true and false are keywords in any case (`= Null`)
var $c : Collection
$c:=[{a: Null; b: True}; {a: 1; b: False}; {b: True}]
ALERT(String($c.query("a = null").length)+" "+String($c.query("a = Null").length)+" "+String($c.query("a = NULL").length)+" "+String($c.query("a # Null").length))
ALERT(String($c.query("b = true").length)+" "+String($c.query("b = True").length)+" "+String($c.query("b = TRUE").length))
ALERT(String($c.query("b = false").length)+" "+String($c.query("b = False").length))
ALERT(String($c.query("b IN [TRUE, Null]").length))
