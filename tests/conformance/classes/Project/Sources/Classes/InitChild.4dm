// a child class: parent properties are instantiated before the child's
Class extends InitProps

property childProp : Text:="child"

Class constructor()
	Super()
