# urllib.parse: urlparse/urlsplit components, urljoin edge cases, quote/unquote variants,
# parse_qs/parse_qsl with blanks, urlencode with doseq, urldefrag, netloc parts.
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, urlencode, urldefrag, urlunsplit
u = urlparse('https://user:pw@Example.COM:8443/a/b;params?q=1&r=two#frag')
print(u, u.hostname, u.port, u.username, u.password, u.netloc, u.geturl())
print(urlsplit('//host/path?x'), urlsplit('mailto:someone@example.com'), urlsplit('file:///etc/hosts'), urlsplit('/rel/only?q#f'))
print(urlunparse(('http', 'h', '/p', '', 'a=1', '')), urlunsplit(('https', 'h:1', '', 'q', 'f')))
base = 'http://a/b/c/d;p?q'
for ref in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'g.', '.g', 'g/../h', 'http:g', 'https://x/y']:
    print(f'{ref!r:>12} -> {urljoin(base, ref)}')
print(quote('a b&c/d?é'), quote('a b/c', safe=''), quote_plus('a b+c'), quote(b'\xff\x00'), unquote('%E2%82%AC%20x%zz'), unquote_plus('a+b%2Bc'), unquote('%ff', errors='replace'))
print(parse_qs('a=1&a=2&b=&c', keep_blank_values=True), parse_qs('a=1&b=2;c=3'), parse_qsl('x=1&y=%20z&x=3'), parse_qsl('q=a+b'))
print(urlencode({'q': 'a b', 'n': 1, 'lst': ['x', 'y']}), urlencode({'lst': ['x', 'y']}, doseq=True), urlencode([('k', 'é')]), urlencode({'s': 'a/b'}, safe='/'))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y'), urlparse('http://[::1]:80/').hostname, urlparse('http://h:99999/').netloc)
try:
    urlparse('http://h:99999/').port
except ValueError as e:
    print('ValueError', e)
print(urlparse('HTTP://H/P').scheme, urlparse('x').path, urlsplit('http://h/p').path, urlparse('http://h/p')._replace(path='/new').geturl())
