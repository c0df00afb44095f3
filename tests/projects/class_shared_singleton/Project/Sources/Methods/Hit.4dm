cs.Config.me.hit()
