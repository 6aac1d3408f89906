# Assigning to a name later in a function makes it local everywhere in it,
# so reading it first raises UnboundLocalError (a kind of NameError).

counter = 10


def bump(step):
    print("counter before:", counter)
    counter = counter + step
    return counter


print("start:", counter)
print(bump(5))
