// Doc: https://developer.4d.com/docs/API/DataClassClass#query — example 3 (formulas)
// Follows: the docs' Students dataclass is the Student dataclass here (lastname, nationality);
// data: French and German students, two with a last name of 30 characters or more.
var $o; $s : Object
For each ($o; [{last: "Dupont"; nat: "French"}; {last: "Martin-Dubois"; nat: "French"}; {last: "de la Fontaine de Saint-Exupéry-Montmorency"; nat: "French"}; {last: "Wolfeschlegelsteinhausenbergerdorff"; nat: "German"}; {last: "Ould Mohamed Ahmed Salem Bouceif"; nat: "French"}])
	$s:=ds.Student.new()
	$s.lastname:=$o.last
	$s.firstname:="A"
	$s.nationality:=$o.nat
	$s.save()
End for each

//The formula is given as text with eval() in the queryString parameter:
var $es : cs.StudentSelection
$es:=ds.Student.query("eval(length(This.lastname) >=30) and nationality='French'")
ALERT(JSON Stringify($es.lastname))
//The formula is given as a Formula object through a placeholder:
var $formula : Object
$formula:=Formula(Length(This.lastname)>=30)
$es:=ds.Student.query(":1 and nationality='French'"; $formula)
ALERT(JSON Stringify($es.lastname))
//Only a Formula object is given as criteria:
$formula:=Formula(Length(This.lastname)>=30)
$es:=ds.Student.query($formula)
ALERT(JSON Stringify($es.lastname))
//Several formulas can be applied:
var $formula1; $formula2 : Object
$formula1:=$formula
$formula2:=Formula(Length(This.firstname)>=30)
$es:=ds.Student.query(":1 and :2 and nationality='French'"; $formula1; $formula2)
ALERT(String($es.length))
//We want to disallow formulas, for example when the user enters their query:
var $queryString : Text
$queryString:="eval(Length(This.lastname)>5)"  // the docs ask the user: Request("Enter your query:")
$settings:=New object("allowFormulas"; False)
Try
	$es:=ds.Student.query($queryString; $settings)  //An error is raised if $queryString contains a formula
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
// a Null formula object: error 1626
Try
	$es:=ds.Student.query(Null)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)
End try
