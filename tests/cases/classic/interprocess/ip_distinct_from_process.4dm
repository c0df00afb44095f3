  // language.md §1.6: <>v, v and $v are three different variables
<>vIpSame:="interprocess"
vIpSame:="process"
$vIpSame:="local"
ALERT(<>vIpSame)
ALERT(vIpSame)
ALERT($vIpSame)
