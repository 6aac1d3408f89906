pick = lambda items: [(yield i) for i in items]
