seen = {(x := 0) for x in "abc"}
