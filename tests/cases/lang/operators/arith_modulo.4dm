// language.md §4.3: % is the long-integer remainder; sign follows the dividend [Decision]; reals not handled
ALERT(String(7%3))
ALERT(String(-7%3))
ALERT(String(7%-3))
ALERT(String(12%4))
ALERT(String(10.5%2))
