  // language.md §1.5 + 4D docs ARRAY STRING(strLen;array;size): old ARRAY STRING:C218 resolved by number (= _O_ARRAY STRING)
ARRAY STRING:C218(20;$as;2)
$as{1}:="first"
$as{2}:="second"
ALERT:C41(String:C10(Size of array:C274($as))+" "+$as{2})
