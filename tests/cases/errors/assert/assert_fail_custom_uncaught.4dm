// language.md §11.7 / §15: a failed ASSERT with a custom message shows that message on stderr; exit 1
ALERT("start")
ASSERT(False; "Search for a blank client name")
