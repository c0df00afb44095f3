Function sel($task : Text) : Collection
	return Copy parameters(2)
