add = lambda a, a: a + a
