avogadro = 6.022e
moles = 2
print(avogadro * moles)
