class Empty:
pass

e = Empty()
