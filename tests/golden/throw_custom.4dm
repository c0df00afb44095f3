throw(1234; "Custom failure")
