def main():
    print("hi")

return main()
