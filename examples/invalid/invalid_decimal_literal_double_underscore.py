budget = 1__000
spent = 250
print(budget - spent)
