def run(items):
    return [j for i in items if (j := i) for j in range(i)]
