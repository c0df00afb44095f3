// language.md §12.4: Trunc(n; places) truncates toward negative infinity (its page: -216.9, -220); negative places truncate left of the point
ALERT(String(Trunc(216.897; 1)))
ALERT(String(Trunc(216.897; -1)))
ALERT(String(Trunc(-216.897; 1)))
ALERT(String(Trunc(5.99; 0)))
ALERT(String(Trunc(-5.99; 0)))
