// throws a deferred error, then goes on to its end
throw({errCode: 77; message: "deferred one"; deferred: True})
gAfterThrow:=True
