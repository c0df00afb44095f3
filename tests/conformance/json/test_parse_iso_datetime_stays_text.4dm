// Doc: https://developer.4d.com/docs/commands/json-parse#example-2
// A date-time string stays text without a type; with Is date it gives a date
var $test : Variant:=JSON Parse("\"1990-12-25T12:00:00Z\"")
ASSERT(Value type($test)=Is text; "type "+String(Value type($test)))
ASSERT($test="1990-12-25T12:00:00Z"; "gave "+String($test))
var $date : Date:=JSON Parse("\"2008-01-01T12:00:00Z\""; Is date)
ASSERT($date=!2008-01-01!; "Is date gave "+String($date; ISO date))
