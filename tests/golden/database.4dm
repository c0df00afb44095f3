ALL RECORDS([Customers])
