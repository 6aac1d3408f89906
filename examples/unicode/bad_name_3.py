x = 1
y = "abc \N{NOT A NAME}"
