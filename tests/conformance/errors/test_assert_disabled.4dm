// Doc: https://developer.4d.com/docs/commands/assert#description
// SET ASSERT ENABLED(False) disables assertions
SET ASSERT ENABLED(False)
ASSERT(False; "should not fire")
SET ASSERT ENABLED(True)
ASSERT(Get assert enabled; "not re-enabled")
