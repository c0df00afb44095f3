// Doc: https://developer.4d.com/docs/Concepts/classes#4d
// The 4D class store lists the built-in classes (OB Keys(4D))
var $keys : Collection:=OB Keys(4D)
ASSERT($keys.length>0; "no built-in classes")
ASSERT($keys.indexOf("Function")>=0; "4D.Function missing")
ASSERT($keys.indexOf("TCPListener")>=0; "4D.TCPListener missing")
