tag = "python"
print(f"{#tag}")
print(tag)
