// fourd run samples/orda_project: the first run creates Data/fourd.sqlite and fills it; the
// next runs find the data again, give Acme's staff a raise and add a line to the Run table
var $e : Object
If (ds.Company.getCount()=0)
	ALERT("New data file: adding two companies and their staff")
	seed
Else
	ALERT("Data file found: "+String(ds.Company.getCount())+" companies, "+String(ds.Employee.getCount())+" employees")
	For each ($e; ds.Company.named("Acme").staff)  // a raise at each run after the first
		$e.salary:=$e.salary+100
		$e.save()
	End for each
End if
$e:=ds.Run.new()
$e.note:="run "+String(ds.Run.getCount()+1)
$e.save()
ALERT("This is run "+String(ds.Run.getCount())+" (data file: "+File(Data file; fk platform path).fullName+")")
report
