# U+00B7 is Other_ID_Continue only
l·l = 1
·x = 2
