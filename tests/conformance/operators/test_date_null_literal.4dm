// Doc: https://developer.4d.com/docs/Concepts/dt_date#date-literals
// A null date is !00-00-00!; it is the default value of a Date variable
var $d : Date
ASSERT($d=!00-00-00!; "default date is not null")
ASSERT(Year of(!00-00-00!)=0; "year of null date "+String(Year of(!00-00-00!)))
