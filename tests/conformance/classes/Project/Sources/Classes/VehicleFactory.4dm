// Classes page: a shared singleton with a shared function
property vehicleBuilt : Integer

shared singleton Class constructor()
	This.vehicleBuilt:=0

shared Function buildVehicle($type : Text) -> $vehicle : Object
	$vehicle:=cs.Vehicle.new($type)
	This.vehicleBuilt+=1
