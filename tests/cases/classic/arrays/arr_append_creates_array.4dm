  // 4D docs APPEND TO ARRAY: in interpreted mode, appending to an array that does not exist creates it from the value's type
APPEND TO ARRAY($atNew;"x")
APPEND TO ARRAY($atNew;"y")
ALERT(String(Size of array($atNew)))
ALERT(String(Type($atNew)=Text array))
