#DECLARE($item : Text)
cs.Registry.me.add($item)
