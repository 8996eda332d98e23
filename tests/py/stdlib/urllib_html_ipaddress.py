# urllib.parse (urlparse/urlsplit/urlunparse, urljoin, quote/unquote forms, urlencode, parse_qs),
# html (escape/unescape), html.parser events, ipaddress (v4/v6 parsing, networks, membership).
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
import html, ipaddress
from html.parser import HTMLParser
u = urlparse('https://user:pw@Example.com:8080/p/a/t/h;params?query=1&b=two#frag')
print(u, u.hostname, u.port, u.username, u.password, u.geturl(), urlunparse(u) == u.geturl())
print(urlsplit('//netloc/path?q'), urlsplit('mailto:someone@x.org'), urlparse('file:///etc/hosts').path)
for rel in ['g', './g', '../g', '/g', '//h/g', '?y', '#s', '../../../g', 'g;x?y#s', 'http:g']:
    print(rel, urljoin('http://a/b/c/d;p?q', rel))
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote_plus('a b&c'), unquote('%E2%82%AC%20x'), unquote_plus('a+b%2B'), quote(b'\xff'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}, doseq=True), urlencode([('k', 'v&w')]), parse_qs('a=1&a=2&b=&c'), parse_qsl('a=1&b=', keep_blank_values=True))
print(urldefrag('http://x/y#frag'), html.escape('<a href="x">&\'</a>'), html.escape('"q"', quote=False), html.unescape('&lt;&amp;&gt;&#65;&#x42;&eacute;&nbsp;&notanentity;'))
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    def handle_endtag(self, tag): print('end', tag)
    def handle_data(self, data):
        if data.strip(): print('data', repr(data))
    def handle_comment(self, data): print('comment', repr(data))
    def handle_startendtag(self, tag, attrs): print('startend', tag, attrs)
P().feed('<html><body class="x" id=main><!-- note --><p>Hello &amp; <b>bold</b></p><br/><img src="a.png" alt></body></html>')
for a in ['192.168.1.10', '10.0.0.0', '::1', '2001:db8::8a2e:370:7334', '::ffff:1.2.3.4']:
    ip = ipaddress.ip_address(a)
    print(ip, ip.version, ip.is_private, ip.is_loopback, int(ip), ip.exploded, ip.compressed, repr(ip))
net = ipaddress.ip_network('192.168.0.0/22')
print(net, net.num_addresses, net.netmask, net.broadcast_address, ipaddress.ip_address('192.168.3.255') in net, list(net.subnets(prefixlen_diff=1)), net.supernet())
print(list(ipaddress.ip_network('10.0.0.0/30').hosts()), ipaddress.ip_interface('10.1.2.3/24').network, ipaddress.IPv4Address('1.2.3.4') + 1, sorted([ipaddress.ip_address('10.0.0.2'), ipaddress.ip_address('9.0.0.1')]))
for bad in ['256.1.1.1', '1.2.3', 'gg::1', '10.0.0.1/24']:
    try: print(ipaddress.ip_network(bad) if '/' in bad else ipaddress.ip_address(bad))
    except ValueError as e: print('ValueError', e)
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address('10.0.0.0'), ipaddress.IPv4Address('10.0.0.10'))), ipaddress.ip_network('2001:db8::/126').num_addresses)
