# email.mime: multipart/mixed and alternative trees with fixed boundaries, base64/qp transfer encodings, attachments, as_string/as_bytes, reparse.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import encoders, policy, message_from_string, message_from_bytes
from email.charset import Charset, QP

outer = MIMEMultipart("mixed", boundary="===OUTER===")
outer["Subject"] = "Quarterly report"
outer["From"] = "Alice <alice@example.com>"
outer["To"] = "bob@example.com, carol@example.com"
outer.preamble = "This is a multi-part message in MIME format."
outer.epilogue = "end of message"
alt = MIMEMultipart("alternative", boundary="---ALT---")
alt.attach(MIMEText("Hello Bob,\nplain text body.\n", "plain"))
alt.attach(MIMEText("<p>Hello <b>Bob</b></p>", "html"))
outer.attach(alt)
outer.attach(MIMEText("Grüße aus Köln — ünïcödé\n", "plain", "utf-8"))
cs = Charset("utf-8")
cs.body_encoding = QP
qp = MIMEText("", "plain")
qp.set_payload("Qüoted = printable line that is rather long so that it will need a soft line break somewhere here\n", cs)
outer.attach(qp)
att = MIMEApplication(bytes(range(64)), Name="data.bin")
att.add_header("Content-Disposition", "attachment", filename="data.bin")
outer.attach(att)
raw = MIMEBase("application", "x-custom", note="n1")
raw.set_payload(b"custom payload \x00\x01")
encoders.encode_base64(raw)
outer.attach(raw)
inner = MIMEText("forwarded body")
inner["Subject"] = "fwd"
outer.attach(MIMEMessage(inner))

text = outer.as_string()
print(text)
print(outer.is_multipart(), len(outer.get_payload()), outer.get_content_type(), outer.get_boundary())
for part in outer.walk():
    print(part.get_content_type().ljust(28), part.get_content_maintype(), part.get("Content-Transfer-Encoding"),
          part.get_filename(), part.get_content_charset(), part.is_multipart())
back = message_from_string(text)
print([p.get_content_type() for p in back.walk()])
print(back["Subject"], back.get_param("boundary"), back.preamble, repr(back.epilogue))
parts = back.get_payload()
print(parts[1].get_payload(decode=True).decode("utf-8"), parts[2].get_payload(decode=True).decode("utf-8"))
print(parts[3].get_payload(decode=True) == bytes(range(64)), parts[4].get_payload(decode=True), parts[4].get_params())
print(parts[5].get_payload(0)["Subject"], parts[5].get_payload(0).get_payload())
b = outer.as_bytes(policy=policy.SMTP)
print(b.count(b"\r\n") > 20, message_from_bytes(b)["To"])
print(outer.as_string(maxheaderlen=30).splitlines()[:3])
