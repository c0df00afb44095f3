// language.md §1.4, §9: older real syntax: a method named 0x…, an `exposed onHTTPGet Function`
ALERT(String(0xDev_Seleccion(21)))
ALERT(String(0xFF))
ALERT(JSON Stringify(cs.Api.new().status())+" "+cs.Api.new().name())
