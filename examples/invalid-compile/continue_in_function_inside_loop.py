while True:
    def next_one():
        continue
    break
