// language.md §8.3/§12.2: class functions as collection callbacks; instances inside collections
var $people : Collection:=[cs.Person.new("Ann"; 34); cs.Person.new("Bob"; 17); cs.Person.new("Cid"; 52)]
var $rules : cs.Rules:=cs.Rules.new()
ALERT(JSON Stringify($people.filter($rules.isAdult).extract("name")))
ALERT(JSON Stringify($people.map($rules.nameOf)))
ALERT(JSON Stringify($people.filter($rules.olderThan; 40).extract("name")))
ALERT(String($people.reduce($rules.sumAges; 0)))
ALERT(JSON Stringify($people.orderByMethod($rules.byAge).extract("name")))
ALERT(String($people.find($rules.isMinor).name))
ALERT(String($people.some($rules.olderThan; 50)))
ALERT(String($people.every($rules.olderThan; 10)))
