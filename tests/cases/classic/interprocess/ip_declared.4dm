  // language.md §3.2/§3.3: C_LONGINT(<>v) / C_TEXT(<>t) declare interprocess variables with default values
C_LONGINT(<>vIpDeclN)
C_TEXT(<>vIpDeclT)
ALERT(String(<>vIpDeclN)+"["+<>vIpDeclT+"]")
