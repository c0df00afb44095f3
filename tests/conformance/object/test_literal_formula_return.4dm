// Doc: https://developer.4d.com/docs/Concepts/dt_object#-operator
// form1: Formula(return This.ob1.age+10) returns 52
var $o : Object:={ob1: {age: 42}; form1: Formula(return This.ob1.age+10)}
ASSERT($o.form1()=52; "gave "+String($o.form1()))
