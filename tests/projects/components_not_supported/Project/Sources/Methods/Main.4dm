// a class of a component (cs.<namespace>.X) is a clear "not supported" error
ALERT("before")
$x:=cs.svgx.xml.new()
ALERT("after")
