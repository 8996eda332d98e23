# xml.sax.saxutils: escape/unescape/quoteattr with entity maps, XMLGenerator writing into StringIO/BytesIO, namespaces, XMLFilterBase passthrough.
from xml.sax import saxutils, handler
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl
import io

for s in ["plain", "a < b && c > d", "quote\" and apos'", "tab\tnl\ncr\r", "&amp; already", "]]>"]:
    print(repr(s), "|", saxutils.escape(s), "|", saxutils.escape(s, {'"': "&quot;", "'": "&apos;"}), "|", saxutils.quoteattr(s))
print(saxutils.unescape("&lt;tag&gt; &amp;amp; &quot;q&quot;"), saxutils.unescape("&lt;x&gt; &copy;", {"&copy;": "(c)"}))
print(saxutils.quoteattr("has \"double\" only"), saxutils.quoteattr("has 'single' only"), saxutils.quoteattr("both ' and \""))

out = io.StringIO()
g = saxutils.XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
g.startDocument()
g.processingInstruction("xml-stylesheet", 'href="s.css"')
g.startElement("root", AttributesImpl({"version": "1.0", "note": "a<b & \"c\""}))
g.characters("\n  ")
g.startElement("empty", AttributesImpl({}))
g.endElement("empty")
g.characters("text with <special> & chars, ünïcode")
g.ignorableWhitespace("\n")
g.startElement("child", AttributesImpl({"id": "1"}))
g.characters("")
g.endElement("child")
g.endElement("root")
g.endDocument()
print(out.getvalue())

bout = io.BytesIO()
g = saxutils.XMLGenerator(bout, encoding="latin-1")
g.startDocument()
g.startPrefixMapping("x", "urn:example")
g.startElementNS(("urn:example", "item"), "x:item", AttributesNSImpl({(None, "plain"): "v", ("urn:example", "q"): "w"},
                                                                      {(None, "plain"): "plain", ("urn:example", "q"): "x:q"}))
g.characters("caf\u00e9 \u20ac")
g.endElementNS(("urn:example", "item"), "x:item")
g.endPrefixMapping("x")
g.startElementNS((None, "noprefix"), "noprefix", AttributesNSImpl({}, {}))
g.endElementNS((None, "noprefix"), "noprefix")
g.endDocument()
print(bout.getvalue())

class Upper(saxutils.XMLFilterBase):
    def characters(self, content):
        super().characters(content.upper())
out = io.StringIO()
f = Upper()
f.setContentHandler(saxutils.XMLGenerator(out))
f.startDocument()
f.startElement("p", AttributesImpl({"k": "v"}))
f.characters("shout this")
f.endElement("p")
f.endDocument()
print(out.getvalue())
a = AttributesImpl({"a": "1", "b": "2"})
print(a.getLength(), sorted(a.getNames()), a.getValue("a"), a.get("zz", "dflt"), a.getType("a"), "a" in a, sorted(a.items()), a.getQNameByName("b"))
print(handler.feature_namespaces, handler.property_lexical_handler, isinstance(saxutils.XMLGenerator(), handler.ContentHandler))
