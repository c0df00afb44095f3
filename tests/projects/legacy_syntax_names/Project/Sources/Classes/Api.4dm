// language.md §9: `exposed onHTTPGet Function` (a function REST requests may call with GET) is a function
exposed onHTTPGet Function status() : Object
	return {ok: True}
	
exposed Function name() : Text
	return "api"
