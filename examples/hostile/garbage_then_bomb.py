# Churns through garbage (which must not count), then keeps everything.
for i in range(2000):
    t = [0] * 10000
keep = []
while True:
    keep.append([0] * 10000)
