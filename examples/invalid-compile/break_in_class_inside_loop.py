while True:
    class Done:
        break
