// Doc: https://developer.4d.com/docs/commands/date#example-2
// Date of an ISO text attribute gives the date; of a missing attribute 00/00/00
var $vobj : Object:=New object("expDate"; "2020-11-17T00:00:00.0000")
ASSERT(Date($vobj.expDate)=!2020-11-17!; "4: "+String(Date($vobj.expDate); ISO date))
ASSERT(Date($vobj.creationDate)=!00-00-00!; "5: "+String(Date($vobj.creationDate); ISO date))
