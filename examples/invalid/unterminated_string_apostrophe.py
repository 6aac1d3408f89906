def reply():
    return 'it's fine'

print(reply())
