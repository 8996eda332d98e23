# Random paragraphs wrapped with random widths and TextWrapper options; the wrapped lines and
# fill/shorten/dedent/indent results are compared with CPython.
import random, textwrap, binascii
random.seed(31415)
words = ['a', 'an', 'the', 'quick', 'brown', 'fox', 'jumped', 'over', 'lazy', 'dogs', 'supercalifragilistic', 'well-known',
         'e-mail', 'x' * 25, 'end.', 'Mr.', 'Ms.', 'U.S.', 'tab\there', '  ', 'co-operate']
acc = 0
for i in range(100):
    text = ' '.join(random.choice(words) for _ in range(random.randint(0, 30)))
    w = random.randint(5, 40)
    opts = dict(width=w, break_long_words=random.random() < 0.7, break_on_hyphens=random.random() < 0.7,
                fix_sentence_endings=random.random() < 0.3, drop_whitespace=random.random() < 0.8,
                expand_tabs=random.random() < 0.8, tabsize=random.randint(1, 8))
    if random.random() < 0.3: opts['max_lines'] = random.randint(1, 4); opts['placeholder'] = ' ...' if w > 5 else '.'
    if random.random() < 0.3: opts['initial_indent'] = '> '; opts['subsequent_indent'] = '  '
    try:
        lines = textwrap.TextWrapper(**opts).wrap(text)
    except ValueError as e:
        lines = ['ValueError: ' + str(e)]
    try:
        short = textwrap.shorten(text, width=max(w, 12))
    except ValueError as e:
        short = str(e)
    o = repr((lines, short, textwrap.indent(text[:40], '| ')))
    acc = (acc * 7 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 10 == 0: print(w, lines[:3], repr(short))
print(acc)
