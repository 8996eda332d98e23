# xml.etree.ElementTree without parsing: Element/SubElement building, attributes, tostring methods/encodings, indent, ElementPath find/iter, write to BytesIO.
import xml.etree.ElementTree as ET
import io

root = ET.Element("catalog", {"version": "2"}, lang="en")
for i, (title, price, tags) in enumerate([("Dune", 9.5, ["sf", "classic"]), ("Emma", 4.25, ["romance"]), ("Ubik", 7.0, [])]):
    book = ET.SubElement(root, "book", id=str(i), available="yes" if i != 1 else "no")
    ET.SubElement(book, "title").text = title
    p = ET.SubElement(book, "price", currency="EUR")
    p.text = str(price)
    for t in tags:
        ET.SubElement(book, "tag").text = t
    book.tail = None
root.append(ET.Comment(" generated "))
root.append(ET.ProcessingInstruction("render", "fast"))
special = ET.SubElement(root, "note")
special.text = "a < b & c > d \"quoted\" 'apos' ünï"
special.set("attr", "x<y&\"z\"\n\t")
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root))
print(ET.tostring(special, encoding="us-ascii"))
print(ET.tostring(special, encoding="utf-8")[:60])
print(ET.tostring(root.find("book"), method="text", encoding="unicode"))
empty = ET.Element("e")
print(ET.tostring(empty), ET.tostring(empty, short_empty_elements=False), ET.tostring(empty, method="html"))
br = ET.Element("div")
ET.SubElement(br, "br")
ET.SubElement(br, "script").text = "if (a<b) x();"
print(ET.tostring(br, method="html", encoding="unicode"), ET.tostring(br, method="xml", encoding="unicode"))

ET.indent(root, space="  ")
print(ET.tostring(root, encoding="unicode"))
print(len(root), root.tag, sorted(root.attrib.items()), root.get("lang"), root.get("nope", "dflt"), sorted(root.keys()))
print([b.get("id") for b in root.findall("book")], root.find("book/title").text, root.findtext("book/price"), root.findtext("zzz", "none"))
print([t.text for t in root.iter("tag")], [e.tag for e in root.iter() if isinstance(e.tag, str)][:8])
print([b.findtext("title") for b in root.findall("book[@available='yes']")], [b.findtext("title") for b in root.findall("book[tag]")])
print([b.get("id") for b in root.findall(".//price[@currency='EUR']/..")], [e.text for e in root.findall("book/*[1]")])
print([b.findtext("title") for b in root.findall("book[last()]")], [b.findtext("title") for b in root.findall("book[2]")])
print([t.text for t in root.iterfind(".//title")], "".join(root.find("book").itertext()).split())
print([b.findtext("title") for b in root.findall("book[title='Emma']")], len(root.findall(".//*")))

b0 = root[0]
b0.remove(b0.find("tag"))
b0.insert(0, ET.Element("first"))
b0.extend([ET.Element("x1"), ET.Element("x2")])
b0[1:2] = [ET.Element("replaced")]
del b0[-1]
print([c.tag for c in b0], b0.attrib, [c.tag for c in list(b0)])
b0.attrib["new"] = "1"
b0.set("id", "zero")
print(sorted(b0.items()))
c = ET.Element("copy")
c.extend(b0)
print(len(c), len(b0))
import copy
dc = copy.deepcopy(root)
dc[0].set("id", "changed")
print(root[0].get("id"), dc[0].get("id"), ET.iselement(dc), ET.iselement("x"))
b0.clear()
print(b0.attrib, len(b0), b0.text, b0.tail)

tree = ET.ElementTree(root)
for kw in [dict(), dict(encoding="utf-8", xml_declaration=True), dict(encoding="unicode"), dict(default_namespace=None)]:
    buf = io.StringIO() if kw.get("encoding") == "unicode" else io.BytesIO()
    tree.write(buf, **kw)
    print(kw, repr(buf.getvalue()[:70]))
ET.register_namespace("ex", "http://example.com/ns")
ns_root = ET.Element("{http://example.com/ns}root")
ET.SubElement(ns_root, "{http://example.com/ns}child", {"{http://example.com/ns}a": "1"})
ET.SubElement(ns_root, "{urn:other}thing")
print(ET.tostring(ns_root, encoding="unicode"))
print(ns_root.find("{http://example.com/ns}child") is not None, ns_root.find("ex:child", {"ex": "http://example.com/ns"}) is not None)
q = ET.QName("http://example.com/ns", "tag")
print(q.text, q.namespace if hasattr(q, "namespace") else None, q.localname if hasattr(q, "localname") else None, str(q))
try:
    ET.tostring(ET.Element(None))
except Exception as e:
    print(type(e).__name__)
try:
    root.append("not an element")
except TypeError:
    print("TypeError")  # (the wording differs between the C accelerator and the Python module)
