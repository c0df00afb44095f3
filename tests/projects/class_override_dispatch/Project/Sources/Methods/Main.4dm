// language.md §9: a parent function calling This.fn() dispatches to the child's override
var $shapes : Collection:=[cs.Square.new(2); cs.Rect.new(2; 3); cs.Shape.new()]
var $s : Object
For each ($s; $shapes)
	ALERT($s.report())
End for each
ALERT(String($shapes.sum("size")))
