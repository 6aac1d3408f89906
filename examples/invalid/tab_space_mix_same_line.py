def f(values):
    for v in values:
    	print(v)
        print('next')
