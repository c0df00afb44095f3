// Doc: https://developer.4d.com/docs/API/CollectionClass#multisort
// .multiSort with a {collection; order} object adds a sort level (example 2)
var $city; $country; $continent : Collection
$city:=["Paris"; "Lyon"; "Rabat"; "Eching"; "San Diego"]
$country:=["France"; "France"; "Morocco"; "Germany"; "US"]
$continent:=["Europe"; "Europe"; "Africa"; "Europe"; "America"]
$continent.multiSort([$country; {collection: $city; order: ck ascending}])
ASSERT(JSON Stringify($continent)="[\"Africa\",\"America\",\"Europe\",\"Europe\",\"Europe\"]"; "continent "+JSON Stringify($continent))
ASSERT(JSON Stringify($country)="[\"Morocco\",\"US\",\"France\",\"France\",\"Germany\"]"; "country "+JSON Stringify($country))
ASSERT(JSON Stringify($city)="[\"Rabat\",\"San Diego\",\"Lyon\",\"Paris\",\"Eching\"]"; "city "+JSON Stringify($city))
