// bench/db.py: the entity selection of all the entities, kept in a process variable for
// bench_order and bench_sum
benchSelection:=ds.Person.all()
