# Regression: the charmap codecs (cp1252, cp437, ...) honour surrogateescape,
# xmlcharrefreplace and backslashreplace over a run of unmappable characters.
cases = ['a\udc80\udcffb', '€\u4e2d\U0001f600x', '\udc80\u4e2d', 'plain', '\u4e2d\u6587', 'x\u0100\u0101y']
for enc in ['cp1252', 'cp437', 'cp850', 'mac_roman']:
    for h in ['strict', 'surrogateescape', 'xmlcharrefreplace', 'backslashreplace', 'replace', 'ignore']:
        row = []
        for s in cases:
            try:
                row.append(s.encode(enc, h))
            except UnicodeEncodeError as e:
                row.append(('UEE', e.start, e.end))
        print(enc, h, row)
print(b'\x80\x81abc'.decode('cp1252', 'surrogateescape').encode('cp1252', 'surrogateescape'))
