// table form method
