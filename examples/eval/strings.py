'a' 'b' b'c' r'\d'
