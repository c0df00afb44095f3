// 4d/docs dec.md: the decimal part is always positive or zero, Int(n)+Dec(n) = n
ALERT(String(Dec(7.25)))
ALERT(String(Dec(-7.25)))
ALERT(String(Int(-7.25)+Dec(-7.25)))
ALERT(String(Dec(-3)))
ALERT(String(Dec(0)))
