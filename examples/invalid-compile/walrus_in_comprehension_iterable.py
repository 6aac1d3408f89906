def run():
    return [x for x in (items := [1, 2, 3])]
