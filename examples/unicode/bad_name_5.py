x = "\N{hangul syllable hih}"
