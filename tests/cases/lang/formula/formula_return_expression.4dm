// 4d/docs dt_object.md (object literal example): Formula(return expr) returns expr
var $o:={ob1: {age: 42}; form1: Formula(return This.ob1.age+10); form2: Formula(return $1+" World")}
ALERT(String($o.form1()))
ALERT($o.form2("Hello"))
ALERT($o.form1.source)
