# expect: error ValueError
# str() of an int past int_max_str_digits.
print(str(10 ** 100_000))
