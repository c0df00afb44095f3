// language.md §4.4: Booleans compare with = and #
ALERT(String(True=True))
ALERT(String(True#False))
ALERT(String(False=False))
ALERT(String(True=False))
