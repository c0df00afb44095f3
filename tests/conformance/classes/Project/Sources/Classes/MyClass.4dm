// Classes page, property example: only color is initialized on new()
property name : Text
property age : Integer
property color : Text:="Blue"
