#DECLARE($inv : cs.Invoice) -> $t : Text
$t:=$inv.id+": "+String($inv.lines.length)+" lines"
