// Doc: https://developer.4d.com/docs/commands/time#example-2
// Time(10000) and Time((60*60)+(20*60)+5200) are both 02:46:40
var vTime : Time:=Time(10000)
ASSERT(vTime=?02:46:40?; "1: "+String(vTime))
var vTime2 : Time:=Time((60*60)+(20*60)+5200)
ASSERT(vTime2=?02:46:40?; "2: "+String(vTime2))
