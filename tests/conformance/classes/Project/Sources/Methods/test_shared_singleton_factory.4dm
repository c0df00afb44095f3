// Doc: https://developer.4d.com/docs/Concepts/classes#shared-singleton
// cs.VehicleFactory.me.buildVehicle("truck") builds through the shared singleton and counts
var $vehicle : Object:=cs.VehicleFactory.me.buildVehicle("truck")
$vehicle:=cs.VehicleFactory.me.buildVehicle("car")
ASSERT($vehicle.kind="car"; "kind "+$vehicle.kind)
ASSERT(cs.VehicleFactory.me.vehicleBuilt=2; "built "+String(cs.VehicleFactory.me.vehicleBuilt))
ASSERT(cs.VehicleFactory.isShared & cs.VehicleFactory.isSingleton; "flags")
