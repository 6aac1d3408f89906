settings = {"debug": True}}
print(settings)
print("ok")
