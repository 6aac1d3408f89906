x; y
