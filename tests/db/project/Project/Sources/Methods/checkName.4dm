// checkName method (docs API/DataClassClass.md, .query() example 3)
#DECLARE($exclude : Text) -> $result : Boolean
$result:=(Position($exclude; This.lastname)=0)
