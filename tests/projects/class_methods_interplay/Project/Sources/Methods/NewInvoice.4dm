#DECLARE($id : Text) -> $inv : cs.Invoice
$inv:=cs.Invoice.new($id)
