// Doc: https://developer.4d.com/docs/API/TCPEventClass#data
// $event.data holds the received bytes as a Blob (a 4D.Blob object)
var $r : Object:=echoRoundTrip("bytes")
ASSERT($r.client.dataIsBlob=True; "data is not a 4D.Blob")
