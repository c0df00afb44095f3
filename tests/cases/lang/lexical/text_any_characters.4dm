// language.md §1.7: text literals may contain any character (UTF-16 length)
$t:="日本語"
ALERT($t)
ALERT(String(Length($t)))
ALERT(String(Length("é")))
ALERT(String(Length("😀")))
ALERT("Grüße, 世界")
ALERT(String(Length("")))
