# shlex split/quote/join and the lexer's punctuation/posix modes; fnmatch translate/filter/
# case rules; glob.escape; os.path pure functions with fixed strings.
import shlex, fnmatch, glob, posixpath
print(shlex.split('ls -l "my file.txt" \'single q\' esc\\ aped # comment'), shlex.split('a # b', comments=True))
print(shlex.split('a "b\\"c" d'), shlex.split("x 'y\\'"), shlex.join(['echo', 'hello world', "it's", '$HOME']))
print([shlex.quote(s) for s in ['', 'safe', 'has space', "quo'te", 'a;b', '-n']])
lx = shlex.shlex('a && b || c; d > out.txt', punctuation_chars=True)
print(list(lx))
lx2 = shlex.shlex('key=value, other = "quoted val"', posix=True)
lx2.whitespace_split = False
print(list(lx2))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print('ValueError', e)
names = ['data.csv', 'data.CSV', 'report1.txt', 'report22.txt', '.hidden', 'a[b].py', 'x.py']
print(fnmatch.filter(names, '*.csv'), fnmatch.filter(names, 'report?.txt'), fnmatch.filter(names, '*[0-9][0-9].*'), fnmatch.filter(names, '[!a-r]*'))
print(fnmatch.fnmatch('FILE.TXT', '*.txt'), fnmatch.fnmatchcase('FILE.TXT', '*.txt'), fnmatch.fnmatch('a[b].py', 'a[[]b].py'), fnmatch.translate('*.py'), fnmatch.translate('[!x]?[a-c]'))
print(glob.escape('a*b?[c].txt'), glob.has_magic('a*') if hasattr(glob, 'has_magic') else '')
for p in ['/usr/lib/python3.11/os.py', 'rel/path/', 'file.tar.gz', '/', '', 'a//b/../c/./d']:
    print(repr(p), posixpath.split(p), posixpath.splitext(p), posixpath.basename(p), posixpath.dirname(p), posixpath.normpath(p) if p else '', posixpath.isabs(p))
print(posixpath.join('a', 'b', '/c', 'd'), posixpath.commonprefix(['/usr/lib', '/usr/local']), posixpath.commonpath(['/usr/lib', '/usr/local']), posixpath.relpath('/a/b/c', '/a/d'))
