Class extends Rect

Class constructor($side : Real)
	Super($side; $side)

Function label() -> $t : Text
	$t:="square("+Super.label()+")"
