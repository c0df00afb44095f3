// language.md §7/§9: class functions call project methods and methods create instances
var $inv : cs.Invoice:=NewInvoice("INV-1")
$inv.addLine("pen"; 2; 1.5)
$inv.addLine("book"; 1; 12)
ALERT(String($inv.total()))
ALERT($inv.summary())
ALERT(Describe invoice($inv))
ALERT(String(Line count($inv)))
