// language.md §8.1/§8.3: .call(x)/.apply(x) run the formula with This = x
$f:=Formula(This.name+$1)
ALERT($f.call({name: "Ann"}; "!"))
ALERT($f.apply({name: "Bob"}; ["?"]))
$o:={name: "Own"; f: $f}
ALERT($o.f("."))
ALERT($o.f.call({name: "Other"}; "."))
