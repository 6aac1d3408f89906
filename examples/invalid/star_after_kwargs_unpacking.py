opts = {"sep": "-"}
parts = ["a", "b"]
print(**opts, *parts)
