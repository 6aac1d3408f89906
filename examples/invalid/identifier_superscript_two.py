xⁱ = 1  # NFKC: xi
x² = 2
