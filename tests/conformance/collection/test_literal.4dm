// Doc: https://developer.4d.com/docs/Concepts/dt_collection#-operator
// [] creates collection literals; elements are expressions, including objects ($col2[5] = 6)
var $col1; $col2; $users : Collection
$col1:=[]
$col2:=[1; 2; 3; 4; 5; 6]
$users:=[{name: "Alice"; \
	height: 183; \
	eyecolor: "hazel"; \
	id: $col2[5]\
	}; \
	{name: "Bob"; \
	height: 172; \
	eyecolor: "blue"\
	}]
ASSERT($col1.length=0; "empty")
ASSERT($col2.length=6; "numbers")
ASSERT($users[0].id=6; "id "+String($users[0].id))
ASSERT($users[1].name="Bob"; "Bob")
