# repr of str constants: which code points CPython 3.11 (Unicode 14.0) prints and which it escapes:
# unassigned in 14.0 (some assigned since), private use, noncharacters, controls, format,
# separators, combining marks; written as escapes and, where a source may hold them, raw.
escaped = [
    '\u2ffc', 'a\u2ffcb',
    '\u0378', 'a\u0378b',
    '\u0870', 'a\u0870b',
    '\u088e', 'a\u088eb',
    '\U0001e290', 'a\U0001e290b',
    '\U0001f6dc', 'a\U0001f6dcb',
    '\U0001f6dd', 'a\U0001f6ddb',
    '\U00011f00', 'a\U00011f00b',
    '\U00031350', 'a\U00031350b',
    '\U0001fa7b', 'a\U0001fa7bb',
    '\U0001faf7', 'a\U0001faf7b',
    '\ue000', 'a\ue000b',
    '\uf8ff', 'a\uf8ffb',
    '\uffff', 'a\uffffb',
    '\ufffe', 'a\ufffeb',
    '\U0010ffff', 'a\U0010ffffb',
    '\u00ad', 'a\u00adb',
    '\u200b', 'a\u200bb',
    '\u200e', 'a\u200eb',
    '\u2028', 'a\u2028b',
    '\u2029', 'a\u2029b',
    '\u00a0', 'a\u00a0b',
    '\u3000', 'a\u3000b',
    '\u1680', 'a\u1680b',
    '\u0085', 'a\u0085b',
    '\u007f', 'a\u007fb',
    '\u0000', 'a\u0000b',
    '\u001b', 'a\u001bb',
    '\ufeff', 'a\ufeffb',
    '\u061c', 'a\u061cb',
    '\u0300', 'a\u0300b',
    '\u20dd', 'a\u20ddb',
    '\U0001d173', 'a\U0001d173b',
    '\U000e0001', 'a\U000e0001b',
    '\U000e007f', 'a\U000e007fb',
    '\u2e5d', 'a\u2e5db',
    '\u2e5e', 'a\u2e5eb',
    '\u0c5d', 'a\u0c5db',
    '\u1b4c', 'a\u1b4cb',
    '\u1b4d', 'a\u1b4db',
    '\u9fff', 'a\u9fffb',
    '\ua7c0', 'a\ua7c0b',
    '\ua7ca', 'a\ua7cab',
    '\U0001d7ff', 'a\U0001d7ffb',
    '\U0001f7f0', 'a\U0001f7f0b',
]
raw = [
    '⿼',  # U+2FFC
    '͸',  # U+0378
    'ࡰ',  # U+0870
    'ࢎ',  # U+088E
    '𞊐',  # U+1E290
    '🛜',  # U+1F6DC
    '🛝',  # U+1F6DD
    '𑼀',  # U+11F00
    '𱍐',  # U+31350
    '🩻',  # U+1FA7B
    '🫷',  # U+1FAF7
    '',  # U+E000
    '',  # U+F8FF
    '￿',  # U+FFFF
    '￾',  # U+FFFE
    '􏿿',  # U+10FFFF
    '­',  # U+00AD
    '​',  # U+200B
    '‎',  # U+200E
    ' ',  # U+00A0
    '　',  # U+3000
    ' ',  # U+1680
    '؜',  # U+061C
    '̀',  # U+0300
    '⃝',  # U+20DD
    '𝅳',  # U+1D173
    '󠀁',  # U+E0001
    '󠁿',  # U+E007F
    '⹝',  # U+2E5D
    '⹞',  # U+2E5E
    'ౝ',  # U+0C5D
    'ᭌ',  # U+1B4C
    '᭍',  # U+1B4D
    '鿿',  # U+9FFF
    'Ꟁ',  # U+A7C0
    'ꟊ',  # U+A7CA
    '𝟿',  # U+1D7FF
    '🟰',  # U+1F7F0
]
mixed = f'{escaped[0]}\u2ffd\U0001f6dc' + '\x7f\x80\xa0\xad'
print(len(escaped), len(raw), [s.isprintable() for s in escaped], ascii(mixed))
