cs.Counter.me.inc()
