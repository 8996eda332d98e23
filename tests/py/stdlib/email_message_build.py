# email package (pure Python): building a multipart message with EmailMessage, headers with
# non-ASCII values, attachments base64-encoded, serializing with a fixed boundary, and parsing
# it back with the default policy.
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser, Parser
import email
msg = EmailMessage()
msg['From'] = 'Ann <ann@example.com>'
msg['To'] = 'Bob <bob@example.org>, carol@example.net'
msg['Subject'] = 'Quarterly report'
msg['Date'] = 'Tue, 01 Jan 2030 10:00:00 +0000'
msg['Message-ID'] = '<fixed@example.com>'
msg.set_content('Hello Bob,\n\nPlease find the report attached.\n')
msg.add_alternative('<p>Hello <b>Bob</b></p>', subtype='html')
msg.add_attachment(b'col1,col2\n1,2\n', maintype='text', subtype='csv', filename='report.csv')
msg.add_attachment(bytes(range(40)), maintype='application', subtype='octet-stream', filename='data.bin')
for i, part in enumerate(msg.walk()):
    part.set_boundary(f'BOUNDARY{i}') if part.is_multipart() else None
text = msg.as_string()
print(text)
back = BytesParser(policy=policy.default).parsebytes(text.encode())
print(back['subject'], back['to'].addresses[1].username if hasattr(back['to'], 'addresses') else back['to'], back.get_content_type(), back.is_multipart())
print([p.get_content_type() for p in back.walk()], [p.get_filename() for p in back.iter_attachments()])
body = back.get_body(preferencelist=('plain', 'html'))
print(repr(body.get_content()))
att = list(back.iter_attachments())
print(att[0].get_content(), att[1].get_content()[:8], len(att[1].get_content()))
simple = Parser().parsestr('From: x@y.z\nSubject: =?utf-8?q?caf=C3=A9?=\nX-Custom: a\n  folded\n\nbody text\n')
print(simple['From'], simple['X-Custom'], simple.get_payload(), email.header.decode_header(simple['Subject']), str(email.header.make_header(email.header.decode_header(simple['Subject']))))
