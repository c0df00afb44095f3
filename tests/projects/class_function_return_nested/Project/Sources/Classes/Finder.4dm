// language.md §9, §7.3: a declared function result set by `return x` inside nested blocks
property items : Collection

Class constructor
	This.items:=["a"; "b"; "c"]
	
Function has($name : Text) : Boolean
	var $item : Text
	For each ($item; This.items)
		If ($item=$name)
			return True
		End if 
	End for each 
	
Function position($name : Text)->$pos : Integer
	var $i : Integer
	For ($i; 0; This.items.length-1)
		Case of 
			: (This.items[$i]=$name)
				return $i
		End case 
	End for 
	$pos:=-1
	
Function firstLong($min : Integer) : Text
	var $item : Text
	Try
		For each ($item; This.items)
			If (Length($item)>=$min)
				return $item
			End if 
		End for each 
	End try
	
Function kind($x : Variant) : Object
	If (Value type($x)=Is text)
		return {kind: "text"}
	End if 
