//IO ERROR HANDLER project method (ON ERR CALL page, example 2): copy the error code
gError:=Error
