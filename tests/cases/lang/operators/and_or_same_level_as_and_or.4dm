// language.md §4.2: && and || have the same precedence as & and |, left to right
ALERT(String(True | False && False))
ALERT(String(False & True || True))
ALERT(String(True || False & False))
