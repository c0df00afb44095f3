Class constructor
	C_REAL($1)
	This.rawValue:=$1
