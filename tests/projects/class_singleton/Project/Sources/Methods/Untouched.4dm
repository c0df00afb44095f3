ALERT(String(cs.Counter.isSingleton))
