// language.md §11.7: ASSERT(bool; messageText) uses the custom text in the error message
Try(ASSERT(False; "Search for a blank client name"))
ALERT(String(Last errors[0].errCode))
ALERT(String(Position("Search for a blank client name"; Last errors[0].message)>0))
