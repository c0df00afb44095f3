#DECLARE($t : Text)
ALERT("<"+$t+"> "+String(Length($t)))
