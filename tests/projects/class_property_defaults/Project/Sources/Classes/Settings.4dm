property count : Integer := 5
property label : Text := "none"
property ratio : Real := 0.5
property enabled : Boolean := True
property since : Date := !2024-01-31!
property tags : Collection := []
property meta : Object := {}
property notSet : Text
property alsoNotSet; another : Integer
property untyped:="u"

Class constructor($label : Text)
	This.seenCount:=This.count
	If (Count parameters>0)
		This.label:=$label
	End if
