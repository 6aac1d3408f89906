message = 'Welcome aboard
print(message)
print("bye")
