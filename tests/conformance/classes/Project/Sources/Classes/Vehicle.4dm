// a vehicle built by VehicleFactory
Class constructor($kind : Text)
	This.kind:=$kind
