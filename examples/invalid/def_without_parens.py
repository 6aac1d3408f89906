def main:
    print("running")

main()
