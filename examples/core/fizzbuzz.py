# FizzBuzz, with the words collected into one line per ten numbers.

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


line = ""
for i in range(1, 31):
    word = fizzbuzz(i)
    if line == "":
        line = word
    else:
        line = line + " " + word
    if i % 10 == 0:
        print(line)
        line = ""
