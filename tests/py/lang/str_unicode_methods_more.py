# str methods with non-ASCII text: case mapping (ß, Σ final sigma, İ, ligatures), casefold,
# title/capitalize, isidentifier/isnumeric/isdecimal, center/ljust with wide chars, translate,
# splitlines with Unicode breaks, encode/decode round trips.
words = ['straße', 'ΟΔΥΣΣΕΥΣ', 'İstanbul', 'ﬁne', 'Ǆemal', 'ǅ', 'ǉubljana', 'σς', 'ÉCOLE', 'ǰ']
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), len(w.upper()))
print('ὈΔΥΣΣΕΎΣ'.lower(), 'ΑΣ ΑΣ.'.lower(), 'Σ'.lower(), 'aΣ'.lower(), 'aΣb'.lower())
print([c.isidentifier() for c in ['abc', 'ñame', '2x', '_', 'π', 'a-b', '']], ['²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '٣'.isdecimal(), '五'.isnumeric()])
print(['Ab'.istitle(), 'ǅa'.istitle(), 'ß'.islower(), 'ǅ'.isupper(), ' \u2003\t'.isspace(), '\u200b'.isspace(), 'é'.isalpha(), '١'.isalnum()])
print('ab\u2028cd\u2029ef\x1cgh\x85ij\r\nkl\x0bmn'.splitlines(), 'x\u2028y'.split())
print('日本'.center(8, '*'), 'é'.ljust(3, '-'), 'ü'.rjust(3), '[' + 'naïve'.zfill(8) + ']', '-5'.zfill(5), '+ä'.zfill(4))
tbl = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss'})
print('Größe über Äpfel'.translate(tbl), 'abc'.translate(str.maketrans('abc', 'xyz', 'b')), 'hello'.translate({ord('l'): None}))
for s in ['café', 'Ünïcödé', '日本語', '😀 emoji', 'a\u0301']:
    for enc in ['utf-8', 'utf-16-le', 'utf-32-be', 'latin-1']:
        try:
            e = s.encode(enc)
            print(enc, e.hex()[:24], e.decode(enc) == s, end=' | ')
        except UnicodeEncodeError as ex:
            print(enc, 'UnicodeEncodeError', ex.start, ex.end, ex.reason, end=' | ')
    print()
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), 'café'.encode('ascii', 'xmlcharrefreplace'), 'café'.encode('ascii', 'backslashreplace'), b'caf\xe9'.decode('utf-8', 'replace'), b'caf\xe9'.decode('utf-8', 'backslashreplace'))
print(sorted(['b', 'A', 'é', 'e', 'Z', 'ä']), sorted(['b', 'A', 'é', 'e', 'Z', 'ä'], key=str.casefold), 'ǅ'.upper() == 'Ǆ', 'ﬀ'.upper(), 'ŉ'.upper(), chr(0x1E9E).lower())
print('İ'.lower(), len('İ'.lower()), 'i̇'.upper(), 'ΐ'.upper(), 'ᾳ'.upper(), 'ᾳ'.title(), 'ﬃ'.title(), 'Straße'.startswith('STRASSE'.lower()[:4]))
print('a😀b'[1], len('a😀b'), 'a😀b'.find('b'), '😀'.encode('utf-16-le'), ascii('😀é'), repr('\u200b\x7f\xa0'), 'ab\tc'.expandtabs(4), 'x'.join('日本語'))
