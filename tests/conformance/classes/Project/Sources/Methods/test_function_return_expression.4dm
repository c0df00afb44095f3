// Doc: https://developer.4d.com/docs/Concepts/classes#example-2
// getRectArea uses return: 6 for (2;3), 0 when a side is not positive
var $rect : cs.Rectangle:=cs.Rectangle.new(1; 1)
ASSERT($rect.getRectArea(2; 3)=6; "gave "+String($rect.getRectArea(2; 3)))
ASSERT($rect.getRectArea(0; 3)=0; "gave "+String($rect.getRectArea(0; 3)))
