// language.md §1.6: local names are $ + up to 31 chars (letters, digits, _)
$abcdefghijklmnopqrstuvwxyz12345:=31
ALERT(String($abcdefghijklmnopqrstuvwxyz12345))
$_private:="u"
$x_1:="v"
$A2b:="w"
ALERT($_private+$x_1+$A2b)
