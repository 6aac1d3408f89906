def search(items, *, key, /):
    return key in items

print(search([1], key=1))
