// language.md §1.1/§1.6: method names with spaces or a leading digit, called from other methods
00_Start
ALERT(String(Compute total(1; 1)))
Show sum(20; 22)
