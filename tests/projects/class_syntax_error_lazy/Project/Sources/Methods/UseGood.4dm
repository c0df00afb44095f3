ALERT(cs.Good.new().hello())
