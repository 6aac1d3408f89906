class Loop:
    def run(self):
        continue
