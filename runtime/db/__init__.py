"""The 4D database: the structure of `catalog.4DCatalog`, stored in SQLite (embedded) or
PostgreSQL, reached through ORDA (`ds`) and the classic record commands. See README "Database".

Modules, one job each: structure (the catalog reader), types (the type-mapping table), backend /
sqlite / postgres (the engines behind one interface), query (the query language -> tree),
compile (tree -> SQL with bound parameters), database (data file and process-wide state),
session (per-process connection and transactions), rows (row reads and writes), model (ORDA
dataclasses and attributes), orda / entity / selection / exporting (the ORDA objects).
"""
