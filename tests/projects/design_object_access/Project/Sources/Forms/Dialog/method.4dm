// form method
