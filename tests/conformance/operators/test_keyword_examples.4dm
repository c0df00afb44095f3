// Doc: https://developer.4d.com/docs/Concepts/dt_string#keywords
// % finds whole words only, with punctuation separators and a trailing @
ASSERT("Alpha Bravo Charlie"%"Bravo"; "1")
ASSERT(Not("Alpha Bravo Charlie"%"vo"); "2")
ASSERT(Not("Alpha Bravo Charlie"%"Alpha Bravo"); "3")
ASSERT("Alpha,Bravo,Charlie"%"Alpha"; "4")
ASSERT("Software and Computers"%"comput@"; "5")
