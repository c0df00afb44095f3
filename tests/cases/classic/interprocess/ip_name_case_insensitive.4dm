  // language.md §1.4: interprocess variable names are case-insensitive
<>vIpCase:=1
<>VIPCASE:=<>vipcase+1
ALERT(String(<>vIpCase))
