# html: escape/unescape with named and numeric references; html.parser.HTMLParser subclass
# collecting tags, attributes, data, comments, entity handling and an outline of a document.
import html
from html.parser import HTMLParser
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<"\'>', quote=False))
print(html.unescape('&lt;p&gt; &amp;amp; &copy; &#169; &#xA9; &eacute; &notanentity; &amp &lt3 &#0; &#x110000;'))
class Outline(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.events = []
        self.links = []
    def handle_starttag(self, tag, attrs):
        self.events.append('  ' * self.depth + f'<{tag} {dict(attrs)}>' if attrs else '  ' * self.depth + f'<{tag}>')
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))
        if tag not in ('br', 'img', 'meta'):
            self.depth += 1
    def handle_endtag(self, tag):
        self.depth -= 1
        self.events.append('  ' * self.depth + f'</{tag}>')
    def handle_startendtag(self, tag, attrs):
        self.events.append('  ' * self.depth + f'<{tag}/> {attrs}')
    def handle_data(self, data):
        if data.strip():
            self.events.append('  ' * self.depth + repr(data.strip()))
    def handle_comment(self, data):
        self.events.append('  ' * self.depth + f'<!--{data}-->')
    def handle_decl(self, decl):
        self.events.append(f'DECL {decl}')
doc = '''<!DOCTYPE html>
<html><head><title>Test &amp; page</title><meta charset="utf-8"></head>
<body class="main" id=b1>
<!-- a comment -->
<h1>Hello, <em>world</em>!</h1>
<p>Links: <a href="/one">one</a>, <a href='two.html' title="Two &quot;2&quot;">two</a><br/>
caf&eacute; &#8364;5 &lt;tag&gt;</p>
<ul><li>item 1<li>item 2</ul>
<script>if (a < b) { x = "</p>"; }</script>
<img src="x.png" alt="">
</body></html>'''
p = Outline()
p.feed(doc)
p.close()
print('\n'.join(p.events))
print(p.links, p.getpos())
class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.refs = []
    def handle_entityref(self, name):
        self.refs.append(('entity', name))
    def handle_charref(self, name):
        self.refs.append(('char', name))
r = Raw(); r.feed('a &amp; b &#65; c &#x42; &copy;'); r.close(); print(r.refs)
