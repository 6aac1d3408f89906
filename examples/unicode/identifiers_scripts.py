# Identifiers from many scripts (PEP 3131: XID_Start, then XID_Continue, compared after NFKC).
# Latin with diacritics, precomposed and combining
café = "precomposed é"
café_decomposed = "NFKC composes it"
naïve_count = 3
Ångström = 1e-10
# Greek, Cyrillic, Armenian, Georgian
λ = lambda x: x + 1
Σύνολο = sum([1, 2, 3])
привет_мир = "hello"
բարեւ = 1
გამარჯობა = 2
# Hebrew, Arabic (with Arabic-Indic digits continuing a name), Syriac, Thaana
שלום = "shalom"
عدد١٢٣ = 123
ܫܠܡܐ = 3
ދިވެހި = 4
# Devanagari with vowel signs and virama (spacing and non-spacing marks), Bengali, Tamil, Thai
नमस्ते = "namaste"
संख्या२ = 2
বাংলা = 5
தமிழ் = 6
ภาษาไทย = 7
# CJK, Hiragana, Katakana (with U+30FC, the prolonged sound mark), Hangul
变量 = 8
ひらがな = 9
カタカナー = 10
ゔ = 11
한국어 = 12
각 = 13
# Ethiopic with its digits U+1369..U+1371 (Other_ID_Continue), New Tai Lue U+19DA
ሰላም፩፪፫ = 14
x፱ = 15
ᦀ᧚ = 16
# Other_ID_Start: U+2118 (script P), U+212E (estimated), U+1885/U+1886 (Mongolian)
℘ = "weierstrass"
℮_sign = 17
ᢅᢆ = 18
# Other_ID_Continue: U+00B7 middle dot, U+0387 Greek ano teleia (NFKC: U+00B7)
l·l = 19
a·b·c = 20
α·β = 21
# Connector punctuation and fullwidth forms (NFKC folds these to ASCII)
ｆｕｌｌ＿ｗｉｄｔｈ = 22
x‿y = 23
x⁀y = 24
# Mathematical alphanumerics outside the BMP (NFKC: plain letters), and other planes
𝐛𝐨𝐥𝐝 = 25
𝔣𝔯𝔞𝔨𝔱𝔲𝔯 = 26
𐌰𐌱 = 27
𠀀 = 28
# Superscripts and letter-like symbols that NFKC maps into names
xⁱ = 29
ℌ = 30
ﬁle = 31
# Mn marks continuing a name: Hebrew points, Arabic harakat, combining enclosing marks
שָׁלוֹם = 32
كَتَبَ = 33
print(café, λ(Σύνολο), привет_мир, ℘, xⁱ, file, bold, l·l, 𝐛𝐨𝐥𝐝)
print(sorted(k for k in dir() if not k.startswith("__")))
