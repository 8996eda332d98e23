# Regex-based Markdown-to-HTML converter: headings, emphasis, code, links, lists, blockquotes, tables, escaping.
import re, html
INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: "<code>" + m.group(1) + "</code>"),
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)"), lambda m: f'<img src="{m[2]}" alt="{m[1]}"' + (f' title="{m[3]}"' if m[3] else "") + ">"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m[2]}">{m[1]}</a>'),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), lambda m: "<strong>" + (m[1] or m[2]) + "</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), lambda m: "<em>" + (m[1] or m[2]) + "</em>"),
    (re.compile(r"~~(.+?)~~"), lambda m: "<del>" + m[1] + "</del>"),
    (re.compile(r"<(https?://[^>]+)>"), lambda m: f'<a href="{m[1]}">{m[1]}</a>'),
]
def inline(text):
    codes = []
    def stash(m):
        codes.append(html.escape(m.group(1), quote=False))
        return f"\x00{len(codes) - 1}\x00"
    text = re.sub(r"`([^`]+)`", stash, text)
    text = html.escape(text, quote=False).replace("&lt;http", "<http").replace("&gt;", ">") if "<http" in text else html.escape(text, quote=False)
    for pat, rep in INLINE[1:]:
        text = pat.sub(rep, text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: "<code>" + codes[int(m[1])] + "</code>", text)
    return text
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ULIST = re.compile(r"^(\s*)[-*+]\s+(.*)$")
OLIST = re.compile(r"^(\s*)(\d+)[.)]\s+(.*)$")
HR = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
def slug(t):
    return re.sub(r"[^\w]+", "-", re.sub(r"<[^>]+>", "", t).lower()).strip("-")
def convert(md):
    out, lines, i = [], md.split("\n"), 0
    para = []
    def flush():
        if para:
            out.append("<p>" + inline(" ".join(s.strip() for s in para)) + "</p>")
            para.clear()
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            lang = line[3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(html.escape(lines[i])); i += 1
            cls = f' class="language-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + "\n".join(body) + "</code></pre>")
            i += 1; continue
        if not line.strip():
            flush(); i += 1; continue
        m = HEADING.match(line)
        if m:
            flush()
            n, t = len(m[1]), inline(m[2])
            out.append(f'<h{n} id="{slug(t)}">{t}</h{n}>'); i += 1; continue
        if HR.match(line):
            flush(); out.append("<hr>"); i += 1; continue
        if line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i][1:].lstrip() if lines[i][1:2] == " " else lines[i][1:]); i += 1
            out.append("<blockquote>\n" + convert("\n".join(quote)) + "\n</blockquote>"); continue
        if "|" in line and i + 1 < len(lines) and re.match(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", lines[i + 1]):
            flush()
            def cells(l): return [c.strip() for c in l.strip().strip("|").split("|")]
            head = cells(line)
            aligns = []
            for c in cells(lines[i + 1]):
                aligns.append("center" if c.startswith(":") and c.endswith(":") else "right" if c.endswith(":") else "left" if c.startswith(":") else None)
            rows = []
            i += 2
            while i < len(lines) and "|" in lines[i]:
                rows.append(cells(lines[i])); i += 1
            def tag(t, c, a): return f'<{t} style="text-align:{a}">{inline(c)}</{t}>' if a else f"<{t}>{inline(c)}</{t}>"
            out.append("<table>\n<tr>" + "".join(tag("th", c, a) for c, a in zip(head, aligns)) + "</tr>")
            for r in rows:
                r = (r + [""] * len(head))[:len(head)]
                out.append("<tr>" + "".join(tag("td", c, a) for c, a in zip(r, aligns)) + "</tr>")
            out.append("</table>"); continue
        if ULIST.match(line) or OLIST.match(line):
            flush()
            stack = []
            while i < len(lines) and (ULIST.match(lines[i]) or OLIST.match(lines[i])):
                um, om = ULIST.match(lines[i]), OLIST.match(lines[i])
                indent = len((um or om)[1])
                kind = "ul" if um else "ol"
                text = um[2] if um else om[3]
                level = indent // 2
                while len(stack) > level + 1:
                    out.append(f"</li></{stack.pop()}>")
                if len(stack) == level + 1 and stack[-1] != kind:
                    out.append(f"</li></{stack.pop()}>")
                if len(stack) < level + 1:
                    start = f' start="{om[2]}"' if om and om[2] != "1" else ""
                    out.append(f"<{kind}{start}>"); stack.append(kind)
                else:
                    out.append("</li>")
                task = re.match(r"\[([ xX])\]\s+(.*)", text)
                if task:
                    chk = " checked" if task[1] != " " else ""
                    text = f'<input type="checkbox"{chk} disabled> ' + inline(task[2])
                else:
                    text = inline(text)
                out.append("<li>" + text); i += 1
            while stack:
                out.append(f"</li></{stack.pop()}>")
            continue
        para.append(line); i += 1
    flush()
    return "\n".join(out)
DOC = """# Project *Taipan* Notes ##

Intro paragraph with **bold**, *italic*, _under_, ~~gone~~ and `code <b>` spans,
continued on a second line & with a [link](http://example.com/a?b=1&c=2).
Math like 2 * 3 * 4 stays, snake_case_name stays, and <http://auto.link/x>.

## Lists & Tasks

- first item
- second with `inline`
  - nested one
  - nested **two**
    1. deep ordered
    2. deep second
- back to top
- [x] done task
- [ ] open task

3. three
4. four

> A quote with *emphasis*
> > nested quote
> back out

---

| Name | Qty | Price |
|:-----|:---:|------:|
| apple | 3 | 1.50 |
| pear | 10 | 0.25 |
| odd row |

```python
def f(x):
    return x < 3 and "ok"
```

![logo](img/logo.png "The Logo") trailing text
### Final heading with `code`
"""
result = convert(DOC)
print(result)
print("---")
print(len(result.splitlines()), result.count("<li>"), result.count("</li>"), sorted(set(re.findall(r"<(\w+)", result))))
for s in ["**a** and **b**", "*a* b *c*", "a*b*c", "__init__ method", "`a` `b`", "[x](y) [z](w)", "x < y > z & w", "*not closed", "** double spaced **"]:
    print(repr(s), "=>", inline(s))
