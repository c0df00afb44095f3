// language.md §9: Super(...) must be called before This is used (-10743); only once (-10746)
var $c : Object:=cs.GoodChild.new(5)
ALERT(JSON Stringify($c))
