// Doc: https://developer.4d.com/docs/Concepts/classes#function
// Functions belong to the class, not to the instance: OB Keys lists only the data
var $rect : cs.Rectangle:=cs.Rectangle.new(2; 3)
ASSERT(OB Keys($rect).join(",")="name,height,width"; "keys "+OB Keys($rect).join(","))
ASSERT(JSON Stringify($rect)="{\"name\":\"Rectangle\",\"height\":3,\"width\":2}"; "json "+JSON Stringify($rect))
