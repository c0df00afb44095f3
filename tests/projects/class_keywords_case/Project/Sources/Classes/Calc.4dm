class extends Base

property data : real

class constructor($d : Real)
	super()
	this.data:=$d

function divide($by : Real) -> $r : Real
	$r:=this.data/$by

FUNCTION GET double() -> $r : Real
	$r:=This.data*2

function set double($v : Real)
	THIS.data:=$v/2

function describe() -> $t : Text
	$t:="calc "+String(this.data)
