property items : Collection := []

singleton Class constructor

Function add($item : Text)
	This.items.push($item)
