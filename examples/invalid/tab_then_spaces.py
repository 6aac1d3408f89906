def greet(name):
	message = 'Hi ' + name
        return message

print(greet('Ada'))
