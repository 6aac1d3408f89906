async for chunk in reader():
    print(chunk)
