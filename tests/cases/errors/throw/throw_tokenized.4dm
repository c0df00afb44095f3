// language.md §1.5 / §11.5: throw:C1805 tokenized form
Try
	throw:C1805(12; "tokenized throw")
Catch
	ALERT:C41(Last errors:C1799[0].message)
End try
