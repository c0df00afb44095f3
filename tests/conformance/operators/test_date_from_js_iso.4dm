// Doc: https://developer.4d.com/docs/Concepts/dt_date#conversion-of-dates-from-javascript
// Follows: the example's code minus its extra closing parenthesis after Is date (a typo)
// A JavaScript ISO date text converts to a 4D date with JSON Parse(…; Is date) or Date()
var $dateIso : Text:="2013-08-23"
var $date4D : Date
$date4D:=JSON Parse("\""+$dateIso+"\""; Is date)
ASSERT($date4D=!2013-08-23!; "JSON Parse gave "+String($date4D; ISO date))
$date4D:=Date($dateIso)
ASSERT($date4D=!2013-08-23!; "Date gave "+String($date4D; ISO date))
