// language.md §7.2/§7.4: variadic "... : Type", legacy C_TEXT(${2}), ${$i} and Count parameters
ALERT(String(SumAll))
ALERT(String(SumAll(1; 2; 3.5)))
ALERT(Format("%1 likes %2"; "Ann"; "tea"))
ALERT(Format("no placeholders"))
ALERT(LegacyJoin("-"; "a"; "b"))
ALERT(String(MaxOf(3; 9; 2)))
ALERT(String(MaxOf(-4)))
