debug = True
if debug:
    # TODO: log something
print("end")
