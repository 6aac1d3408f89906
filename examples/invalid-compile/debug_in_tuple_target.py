(__debug__, mode) = True, "fast"
