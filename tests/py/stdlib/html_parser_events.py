# html.parser.HTMLParser subclass: start/end/startend tags, attrs, data, comments, decl, pi, charrefs, script CDATA, feed in chunks.
from html.parser import HTMLParser

class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs))
    def handle_data(self, data): self.events.append(("data", data))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_decl(self, decl): self.events.append(("decl", decl))
    def handle_pi(self, data): self.events.append(("pi", data))
    def handle_entityref(self, name): self.events.append(("entityref", name))
    def handle_charref(self, name): self.events.append(("charref", name))
    def unknown_decl(self, data): self.events.append(("unknown_decl", data))

doc = """<!DOCTYPE html>
<html lang="en"><head><title>T &amp; t &#62; &#x3C; &copy; &bogus;</title>
<meta charset=utf-8 /><link rel='stylesheet' href="a.css" disabled></head>
<body class="main  big" data-X="1" ID=top>
<!-- a comment -- with dashes -->
<?xml-stylesheet href="s.xsl"?>
<p>Hello <b>bold</b><br/>world &lt;3 &unknown; &#1234; &#xZZ;</p>
<script>if (a < b && c > d) { document.write("</p>"); }</script>
<style>p > a { color: red }</style>
<![CDATA[raw <stuff>]]>
<img src="x.png" alt="an &quot;image&quot;" />
<UL><LI>One<LI>Two</ul>
<a href=unquoted?x=1&y=2>link</a>
</body></html>"""

for convert in (True, False):
    p = Recorder(convert_charrefs=convert)
    p.feed(doc)
    p.close()
    print("convert_charrefs =", convert)
    for e in p.events:
        print("  ", e)

p = Recorder()
for i in range(0, len(doc), 7):
    p.feed(doc[i:i + 7])
p.close()
q = Recorder()
q.feed(doc)
q.close()
print("chunked feed equals whole feed:", p.events == q.events)

p = Recorder()
p.feed("<p>unfinished <b")
print(p.events, repr(p.rawdata))
p.close()
print(p.events[-1:])
p = Recorder()
p.feed("<div a=1 b='2' c=\"3\" d e=>x</div><br/ ><x:y z:w='q'/>")
p.close()
print(p.events)
p.reset()
p.events = []
p.feed("text only &amp more")
p.close()
print(p.events, p.getpos())
print(p.get_starttag_text())
p = Recorder()
p.feed("<Tag Attr='V'>")
print(p.get_starttag_text(), p.getpos())
