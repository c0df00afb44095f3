// Doc: https://developer.4d.com/docs/Concepts/dt_object#-operator
// {a: "foo"; b: 42; c: {}; d: ($toto) ? true : false} gives {"a":"foo","b":42,"c":{},"d":false}
var $toto : Boolean
var $o2 : Object:={a: "foo"; b: 42; c: {}; d: ($toto) ? True : False}
ASSERT(JSON Stringify($o2)="{\"a\":\"foo\",\"b\":42,\"c\":{},\"d\":false}"; "gave "+JSON Stringify($o2))
