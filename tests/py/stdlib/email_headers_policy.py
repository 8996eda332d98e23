# email headers: parsing with compat32 and default policy, encoded words, address parsing, params, EmailMessage content manager.
import email
from email import policy, utils
from email.header import Header, decode_header, make_header
from email.message import EmailMessage

raw = """From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>
To: "Doe, John" <john@example.com>, jane@example.com
Cc: undisclosed-recipients:;
Subject: =?iso-8859-1?b?SGVsbG8gV/ZybGQ=?= and more
 folded continuation
Date: Tue, 01 Mar 2022 10:20:30 +0100
Content-Type: text/plain; charset="us-ascii"; format=flowed; delsp=yes
Message-ID: <unique@example.com>
X-Multi: one
X-Multi: two

Body line 1
Body line 2
"""
for pol in (policy.compat32, policy.default):
    m = email.message_from_string(raw, policy=pol)
    print("policy", type(pol).__name__)
    print(" ", repr(str(m["From"])), repr(str(m["Subject"])))
    print(" ", m.get_all("X-Multi"), m.get_content_type(), m.get_param("format"), m.get_params())
    print(" ", m.keys())
    print(" ", repr(m.get_payload()))
print(decode_header("=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>"))
print(decode_header("=?iso-8859-1?b?SGVsbG8gV/ZybGQ=?= plain"))
print(str(make_header(decode_header("=?utf-8?b?w6nDqMOq?= tail"))))
h = Header("Grüße an alle Freunde der Unicode-Kodierung in E-Mail-Kopfzeilen", "utf-8", header_name="Subject")
print(h.encode())
print(Header("plain ascii", "us-ascii").encode(), Header("x" * 100).encode(maxlinelen=40))
print(utils.parseaddr('"Doe, John" <john@example.com>'), utils.parseaddr("bad address"), utils.parseaddr("a@b"))
print(utils.getaddresses(['"A" <a@x.com>, b@y.org', "C <c@z.net>"]))
print(utils.formataddr(("Jürgen", "j@example.de")), utils.formataddr(("A, B", "ab@x.com")), utils.formataddr((None, "n@x")))
print(utils.parsedate_tz("Tue, 01 Mar 2022 10:20:30 +0100"), utils.parsedate_to_datetime("Tue, 01 Mar 2022 10:20:30 -0500").isoformat())
print(utils.format_datetime(utils.parsedate_to_datetime("Wed, 02 Feb 2000 03:04:05 +0000")), utils.formatdate(0, usegmt=True))
print(utils.quote('a"b\\c'), utils.unquote('"quoted"'), utils.unquote("<angle>"), utils.collapse_rfc2231_value(("utf-8", "", "x%20y")))
print(utils.encode_rfc2231("naïve file.txt", "utf-8"), utils.decode_rfc2231("utf-8''na%C3%AFve"))

msg = EmailMessage()
msg["From"] = "Ann <ann@example.com>"
msg["To"] = "x@example.com, Ÿ Person <y@example.com>"
msg["Subject"] = "Ünïcode subject that is long enough to need folding when it is serialised by the policy"
msg.set_content("Plain body with ünicode\n")
msg.add_alternative("<p>html body</p>\n", subtype="html")
msg.add_attachment(b"\x00\x01\x02", maintype="application", subtype="octet-stream", filename="tiny.bin")
for part in msg.walk():
    print(part.get_content_type(), part.get_content_disposition(), part.get_filename(), part.is_attachment())
body = msg.get_body(preferencelist=("plain",))
print(repr(body.get_content()), repr(msg.get_body(("html",)).get_content()))
print([a.get_content() for a in msg.iter_attachments()])
print(msg["To"].addresses[1].display_name, msg["To"].addresses[1].addr_spec, msg["From"].addresses[0].username)
s = msg.as_string()
print([l for l in s.splitlines() if l.startswith(("Subject", " ", "To", "MIME")) and "boundary" not in l][:6])
m2 = EmailMessage()
m2["X-Test"] = "value"
m2.replace_header("X-Test", "new")
del m2["X-Test"]
m2["Content-Type"] = "text/plain"
m2.set_param("charset", "utf-8")
print(m2.items(), m2.get_param("charset"), m2.get_content_charset())
try:
    m2.replace_header("Missing", "x")
except KeyError as e:
    print("KeyError", e)
