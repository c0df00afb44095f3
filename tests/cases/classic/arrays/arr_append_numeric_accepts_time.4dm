  // 4D docs APPEND TO ARRAY: a number array accepts Integer, Longint, Real or Time values
ARRAY REAL($r;0)
APPEND TO ARRAY($r;2)
APPEND TO ARRAY($r;0.5)
APPEND TO ARRAY($r;?00:01:00?)
ALERT(String(Size of array($r)))
ALERT(String($r{1}+$r{2}+$r{3}))
