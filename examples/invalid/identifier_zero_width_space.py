count = 0
for item in range(3):
    count​ += item
