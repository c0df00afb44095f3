// Doc: https://developer.4d.com/docs/commands/super#example-1
// Square calls Super($side;$side): height and width are set by Rectangle's constructor
var $sq : cs.Square:=cs.Square.new(4)
ASSERT($sq.getArea()=16; "area "+String($sq.getArea()))
ASSERT($sq.name="Square"; "name "+$sq.name)
ASSERT($sq.sayName()="Hi, I am a Square."; "inherited function gave "+$sq.sayName())
