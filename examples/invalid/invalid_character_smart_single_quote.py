words = ['one', 'two']
words.append(‘three’)
print(words)
