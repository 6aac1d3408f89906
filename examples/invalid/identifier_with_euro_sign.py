def total(items):
    price€ = sum(items)
    return price€
