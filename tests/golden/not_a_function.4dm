$o:={}
$o.run()
