Class extends NoSuchParent

Class constructor()
	Super()
