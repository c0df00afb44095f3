#DECLARE($o : Object)
$o:={replaced: True}
