// language.md §1.5 / §12.4: Round:C94, Trunc:C95, Int:C8, Abs:C99, Mod:C98 tokenized forms
ALERT:C41(String:C10(Round:C94(2.5; 0)))
ALERT:C41(String:C10(Trunc:C95(2.9; 0)))
ALERT:C41(String:C10(Int:C8(-2.5)))
ALERT:C41(String:C10(Abs:C99(-7)))
ALERT:C41(String:C10(Mod:C98(7; 4)))
