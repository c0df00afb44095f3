// an empty error-handling method (Error handling page)
