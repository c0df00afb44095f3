//%attributes = {}
// language.md §9: a class object is a shared object, so Use(cs.Kettle) works
Use (cs.Kettle)
	ALERT("in use "+cs.Kettle.name)
End use
Use (cs.Kettle)
	Use (cs.Kettle)
		ALERT("nested")
	End use
End use
