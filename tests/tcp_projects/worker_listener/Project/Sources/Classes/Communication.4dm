Class constructor
	
Function fromHeader($data : 4D.Blob) : Object
	var $header : Object
	$header:=Try(JSON Parse(Convert to text($data; "utf-8"); Is object))
	return $header
	
Function toHeader($data : Object) : 4D.Blob
	var $header : Blob
	CONVERT FROM TEXT(JSON Stringify($data); "utf-8"; $header)
	return $header  // a scalar Blob returned as a 4D.Blob
