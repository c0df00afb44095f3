  // language.md §1.6/§3.3: interprocess variables <>name are created by assignment and usable like other variables
<>vIpCount:=5
<>vIpCount:=<>vIpCount+1
<>vIpName:="shared"
ALERT(<>vIpName+" "+String(<>vIpCount))
