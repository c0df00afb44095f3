// 4d/docs FunctionClass.md .source: the whole expression, closing brackets included
ALERT(Formula(String(Current time; HH MM AM PM)).source)
var $c:=[1; 2]
ALERT(Formula($c[0]).source)
ALERT(Formula(New object("a"; {b: Length("x;)")})).source)
ALERT(Formula(Timestamp).source)
ALERT(Formula($c.sum()).source)
ALERT(Formula(1+\
  Abs(-2)).source)
