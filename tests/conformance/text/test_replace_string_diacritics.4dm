// Doc: https://developer.4d.com/docs/commands/replace-string#example-3
// Without * "Brulee" matches "brûlée" ("Crème caramel"); with * it does not
var $r : Text:=Replace string("Crème brûlée"; "Brulee"; "caramel")
ASSERT(Compare strings($r; "Crème caramel"; sk char codes)=0; "gave "+$r)
$r:=Replace string("Crème brûlée"; "Brulee"; "caramel"; *)
ASSERT(Compare strings($r; "Crème brûlée"; sk char codes)=0; "* gave "+$r)
