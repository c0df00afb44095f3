// Doc: https://developer.4d.com/docs/commands/day-number#example
// A Case of on Day number returns the day's name
#DECLARE($d : Date) -> $name : Text
If (Count parameters=0)
	ASSERT(test_day_number_name_method(!2024-07-04!)="Thursday"; "gave "+test_day_number_name_method(!2024-07-04!))
Else
	var $viDay : Integer:=Day number($d)
	Case of
		: ($viDay=1)
			$name:="Sunday"
		: ($viDay=2)
			$name:="Monday"
		: ($viDay=3)
			$name:="Tuesday"
		: ($viDay=4)
			$name:="Wednesday"
		: ($viDay=5)
			$name:="Thursday"
		: ($viDay=6)
			$name:="Friday"
		: ($viDay=7)
			$name:="Saturday"
	End case
End if
