// Doc: https://developer.4d.com/docs/Concepts/dt_object#-operator
// New object and literals mix; formula properties run with This = the object ($o.form1() = 52)
var $o : Object:={\
	ob1: {age: 42}; \
	ob2: New object("message"; "Hello"); \
	form1: Formula(This.ob1.age+10); \
	col: [1; 2; 3; 4; 5; 6]\
	}
ASSERT($o.form1()=52; "form1 gave "+String($o.form1()))
ASSERT($o.ob2.message="Hello"; "ob2")
ASSERT($o.col[5]=6; "col[5] gave "+String($o.col[5]))
