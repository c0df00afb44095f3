// language.md §1.7: text escapes \n \t \r \\ \"
$t:="a\nb"
ALERT(String(Length($t)))
ALERT(String(Character code(Substring($t; 2; 1))))
ALERT(String(Character code("\t")))
ALERT(String(Character code("\r")))
ALERT(String(Character code("\\")))
ALERT(String(Character code("\"")))
ALERT("say \"hi\"")
ALERT("C:\\temp\\x")
