Function nothing
