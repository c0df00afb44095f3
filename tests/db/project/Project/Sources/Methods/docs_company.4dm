// docs_company(ID; name {; revenues {; city}}) -> the saved company
#DECLARE($id : Integer; $name : Text; $revenues : Real; $city : Text) -> $c : cs.CompanyEntity
$c:=ds.Company.new()
$c.ID:=$id
$c.name:=$name
$c.revenues:=$revenues
If (Count parameters>=4)
	$c.city:=$city
End if
$c.save()
