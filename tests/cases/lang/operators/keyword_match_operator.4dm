// language.md §4.4: text % word is a whole-word search returning a Boolean
ALERT(String("Alpha Bravo" % "Bravo"))
ALERT(String("Alpha Bravo" % "ravo"))
ALERT(String("Alpha Bravo" % "Bra@"))
ALERT(String("Alpha Bravo" % "Charlie"))
ALERT(String(Value type("Alpha Bravo" % "Bravo")))
