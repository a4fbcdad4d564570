"""Training recipes for the models officials-kg ships (run by hand or ``make model``; never at run time)."""
