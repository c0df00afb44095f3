// Classes page: properties initialized in the declaration line (types inferred)
property name : Text:="Smith"
property age : Integer:=42
property birthDate:=!1988-09-29!
property fuzzy

Class constructor()
	This.seenInConstructor:=This.name
