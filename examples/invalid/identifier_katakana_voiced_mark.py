# U+309B is Other_ID_Start, but NFKC makes it a space and U+3099: not XID_Continue
カタカナ = 10
カタカナ゛ = 11
print(カタカナ)
