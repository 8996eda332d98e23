# mimetypes via MimeTypes(filenames=()) (the built-in table only): guess_type/extension, encodings, add_type, strict vs non-strict.
import mimetypes

m = mimetypes.MimeTypes(filenames=())
for url in ["index.html", "style.CSS", "photo.jpeg", "archive.tar.gz", "data.json", "x.tgz", "song.mp3", "README",
            "page.htm", "code.py", "doc.pdf", "a.b.c.txt", "file.xyzzy", "font.woff2", "pic.svgz", "img.bmp",
            "http://example.com/path/movie.mp4?x=1", "data:text/plain;base64,SGVsbG8=", "data:,hello",
            "C:\\dir\\file.txt", "noext.", ".bashrc", "f.tar.bz2", "f.tar.xz", "f.Z", "f.rtf", "f.midi", "f.xul"]:
    print(url.ljust(40), m.guess_type(url), m.guess_type(url, strict=False))
for t in ["text/html", "image/jpeg", "application/json", "text/plain", "application/x-nothing", "audio/mpeg", "image/svg+xml",
          "application/octet-stream", "text/xml", "video/mp4"]:
    print(t.ljust(26), m.guess_extension(t), sorted(m.guess_all_extensions(t)), sorted(m.guess_all_extensions(t, strict=False)))
m.add_type("application/x-demo", ".demo")
m.add_type("application/x-demo", ".dmo")
m.add_type("text/x-loose", ".loose", strict=False)
print(m.guess_type("a.demo"), m.guess_type("a.dmo"), m.guess_extension("application/x-demo"),
      m.guess_type("a.loose"), m.guess_type("a.loose", strict=False), m.guess_all_extensions("text/x-loose", strict=False))
print(sorted(m.encodings_map.items()), sorted(m.suffix_map.items()))
print(len(m.types_map[True]) > 100, len(m.types_map[False]), sorted(m.types_map[False].items())[:4])
m2 = mimetypes.MimeTypes(filenames=())
print(m2.guess_type("a.demo"), m2.guess_extension("text/plain"))
import io
m2.readfp(io.StringIO("# comment line\napplication/x-custom  cst  cus\ntext/x-other   oth\n\nbroken-line-without-ext\n"))
print(m2.guess_type("f.cst"), m2.guess_type("f.cus"), m2.guess_type("F.OTH"), m2.guess_all_extensions("application/x-custom"))
print(mimetypes.guess_type.__name__, type(mimetypes.types_map).__name__)
