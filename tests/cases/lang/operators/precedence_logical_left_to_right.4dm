// language.md §4.2: & | && || share one level, evaluated left to right
ALERT(String(True | False & False))
ALERT(String(False & True | True))
ALERT(String(True || False && False))
ALERT(String(False && True || True))
ALERT(String(True | False && False))
