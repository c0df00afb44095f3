// language.md §1.5 / §3.2: ARRAY TEXT:C222, APPEND TO ARRAY:C911, Size of array:C274, Find in array:C230 tokenized
ARRAY TEXT:C222($at; 0)
APPEND TO ARRAY:C911($at; "a")
APPEND TO ARRAY:C911($at; "b")
ALERT:C41(String:C10(Size of array:C274($at)))
ALERT:C41(String:C10(Find in array:C230($at; "B")))
