class Client:
    data = await fetch()
