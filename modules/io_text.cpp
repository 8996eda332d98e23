// The text layer of _io: TextIOWrapper and IncrementalNewlineDecoder, as CPython 3.11's.
//
// TextIOWrapper reads raw bytes from its buffer in chunks (_CHUNK_SIZE) into `rbuf` and
// decodes them lazily, a line or a requested number of characters at a time, for the
// ASCII-compatible codecs (utf-8, utf-8-sig, latin-1, ascii): in those a "\r" or "\n" byte
// is always that character, so lines are found and newlines translated on the bytes, and
// tell() is the buffer's position minus the bytes not consumed yet. With errors='strict' each
// chunk is validated when it arrives, so a decoding error is raised with the position
// CPython reports (relative to the undecoded input handed to its decoder). Other codecs
// (utf-16, utf-32) are decoded eagerly: the first read takes the rest of the stream, and
// `rbuf` then holds the decoded text as UTF-8 (predecoded), already newline-translated.
//
// Newlines: newline=None reads universal newlines translated to "\n" and writes "\n" as
// os.linesep ("\n"); "" reads universal newlines untranslated; "\n", "\r", "\r\n" end lines
// with exactly that and write "\n" as it. `seennl` records the kinds seen (LF=1, CR=2,
// CRLF=4) for `newlines`, scanned as chunks arrive.
//
// Writing: over an exact native Buffered the encoded bytes go straight into its buffer
// (see io.h); over any other buffer they collect in `pending` until _CHUNK_SIZE bytes, a
// flush, a line-buffered newline, a seek or a read.
#include <algorithm>

#include "modules/io.h"

namespace taipan::runtime::io {

Value newlines_value(VM& vm, int seen);  // io_memory.cpp

CodecKind codec_kind(std::string_view name) {
  std::string n;
  bool punct = false;
  for (char c : name) {
    auto u = uint8_t(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '.') {
      if (punct && !n.empty()) n += '_';
      punct = false;
      n += char(u >= 'A' && u <= 'Z' ? u + 32 : u);
    } else {
      punct = true;
    }
  }
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return CodecKind::Utf8;
  if (n == "utf_8_sig") return CodecKind::Utf8Sig;
  if (n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "8859" || n == "cp819" ||
      n == "l1" || n == "latin")
    return CodecKind::Latin1;
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return CodecKind::Ascii;
  return CodecKind::Other;
}

namespace {

// Length of the valid UTF-8 sequence at p: 1..4, 0 when invalid, -1 when a valid prefix is
// cut off by `end`.
int utf8_seq(const uint8_t* p, const uint8_t* end) {
  uint8_t c = p[0];
  if (c < 0x80) return 1;
  int n;
  uint8_t lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (int i = 1; i < n; i++) {
    if (p + i >= end) return -1;
    uint8_t d = p[i];
    if (i == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) return 0;
  }
  return n;
}

int utf8_lead_len(uint8_t c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 1; }

std::string latin1_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) utf8_append(out, uint8_t(c));
  return out;
}

// True when the str holds a lone surrogate (stored as ED A0..BF xx).
bool has_surrogate(Str* s) {
  if (s->ascii) return false;
  for (uint32_t i = 0; i + 1 < s->nbytes; i++)
    if (uint8_t(s->data[i]) == 0xED && uint8_t(s->data[i + 1]) >= 0xA0) return true;
  return false;
}

// ---------- TextIOWrapper ----------

struct TextIO : Object {
  Value buffer;
  Str* encoding;
  Str* errors;
  Str* write_encoding;  // the codec name writes use (BOM-free after the first write)
  Value mode;           // set by open(); null otherwise
  Str* readnl;          // line terminator when not universal, else null
  Str* writenl;         // what "\n" becomes on write, null when unchanged
  ByteBuf rbuf;         // bytes read ahead (or decoded UTF-8 when predecoded)
  size_t rpos;          // consumed prefix of rbuf
  size_t validated;     // rbuf[..validated) holds only complete valid sequences (strict)
  size_t scanned;       // rbuf[..scanned) has had its newline kinds recorded
  ByteBuf pending;      // encoded bytes not yet given to a non-native buffer
  int64_t chunk_size;
  CodecKind kind;
  uint8_t strict, readuniversal, readtranslate, line_buffering, write_through, seekable, telling;
  uint8_t has_read1, eof, predecoded, seennl, bom_read, bom_write, ok, detached, readable, writable;
};

void trace_textio(Object* o, Marker& m) {
  auto* t = static_cast<TextIO*>(o);
  m.mark(t->buffer);
  m.mark(t->mode);
  if (t->encoding) m.mark_obj(t->encoding);
  if (t->errors) m.mark_obj(t->errors);
  if (t->write_encoding) m.mark_obj(t->write_encoding);
  if (t->readnl) m.mark_obj(t->readnl);
  if (t->writenl) m.mark_obj(t->writenl);
}
void fin_textio(VM& vm, Object* o) {
  auto* t = static_cast<TextIO*>(o);
  t->rbuf.release(vm);
  t->pending.release(vm);
}

TextIO* textio_of(Value v) { return native_of<TextIO>(v, trace_textio); }

TextIO* TIO(VM& vm, Value self) {
  TextIO* t = textio_of(self);
  if (!t) {
    raise(vm, vm.TypeError, "descriptor requires a '_io.TextIOWrapper' object but received a '%s'", type_name(vm, self));
    return nullptr;
  }
  if (!t->ok) {
    raise(vm, vm.ValueError, t->detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
    return nullptr;
  }
  return t;
}

Status check_closed(VM& vm, TextIO* t) {
  Buffered* b = as_buffered(t->buffer);
  int c = b ? buffered_closed(vm, b) : attr_truth(vm, t->buffer, "closed");
  if (c < 0) return Status::Error;
  if (c) {
    raise_closed(vm);
    return Status::Error;
  }
  return Status::Ok;
}

#define TIO_SELF                \
  TextIO* t = TIO(vm, self);    \
  if (!t) return Value::null(); \
  Root rself(vm, Value::ptr(t))
#define TIO_OPEN \
  TIO_SELF;      \
  if (failed(check_closed(vm, t))) return Value::null()

// Whether the buffer reads and writes is asked once, at construction (as CPython, which
// makes a decoder and an encoder only then).
Status check_readable(VM& vm, TextIO* t) {
  if (!t->readable) {
    raise_unsupported(vm, "not readable");
    return Status::Error;
  }
  return Status::Ok;
}

Status check_writable(VM& vm, TextIO* t) {
  if (!t->writable) {
    raise_unsupported(vm, "not writable");
    return Status::Error;
  }
  return Status::Ok;
}

// Gives the pending bytes to the (non-native) buffer.
Status flush_pending(VM& vm, TextIO* t) {
  if (t->pending.len == 0) return Status::Ok;
  Value b = new_bytes(vm, t->pending.view());
  if (b.is_null()) return Status::Error;
  t->pending.len = 0;
  Root rb(vm, b);
  return call_method(vm, t->buffer, vm.s_write, &b, 1).is_null() ? Status::Error : Status::Ok;
}

Status flush_all(VM& vm, TextIO* t) {
  Root rt(vm, Value::ptr(t));
  t->telling = t->seekable;
  if (failed(flush_pending(vm, t))) return Status::Error;
  if (Buffered* b = as_buffered(t->buffer)) return buffered_flush(vm, b);
  return call_void(vm, t->buffer, "flush");
}

void reset_read(TextIO* t) {
  t->rbuf.len = t->rpos = t->validated = t->scanned = 0;
  t->eof = 0;
  t->predecoded = 0;
}

// ---------- reading ----------

// Raises the decoding error CPython reports for the undecoded input rbuf[validated..).
void raise_decode_error(VM& vm, TextIO* t) {
  const char* enc = t->kind == CodecKind::Ascii ? "ascii" : "utf-8";
  std::string_view data(t->rbuf.data + t->validated, t->rbuf.len - t->validated);
  Value r = bytes_decode(vm, data, vm.intern(enc), nullptr);
  if (!r.is_null()) raise(vm, vm.UnicodeDecodeError, "'%s' codec can't decode the input", enc);
}

// After new bytes arrived: skip a BOM, validate (strict), record newline kinds.
Status post_fill(VM& vm, TextIO* t) {
  const auto* d = reinterpret_cast<const uint8_t*>(t->rbuf.data);
  size_t len = t->rbuf.len;
  if (t->bom_read) {
    size_t avail = len - t->rpos;
    static const uint8_t bom[3] = {0xEF, 0xBB, 0xBF};
    size_t k = std::min<size_t>(avail, 3);
    bool prefix = std::memcmp(d + t->rpos, bom, k) == 0;
    if (!prefix) {
      t->bom_read = 0;
    } else if (avail >= 3) {
      t->rpos += 3;
      t->bom_read = 0;
    } else if (t->eof) {
      t->bom_read = 0;
    }
    if (t->validated < t->rpos) t->validated = t->rpos;
    if (t->scanned < t->rpos) t->scanned = t->rpos;
  }
  if (t->strict && t->kind != CodecKind::Latin1) {
    size_t i = t->validated;
    if (t->kind == CodecKind::Ascii) {
      while (i < len && d[i] < 0x80) i++;
      if (i < len) {
        t->validated = i - 0;
        raise_decode_error(vm, t);
        return Status::Error;
      }
    } else {
      while (i < len) {
        if (d[i] < 0x80) {
          i++;
          continue;
        }
        int n = utf8_seq(d + i, d + len);
        if (n == 0 || (n < 0 && t->eof)) {
          raise_decode_error(vm, t);
          return Status::Error;
        }
        if (n < 0) break;
        i += size_t(n);
      }
    }
    t->validated = i;
  }
  if (t->readuniversal) {
    size_t i = t->scanned;
    for (; i < len; i++) {
      if (d[i] == '\n') {
        t->seennl |= 1;
      } else if (d[i] == '\r') {
        if (i + 1 < len) {
          if (d[i + 1] == '\n') {
            t->seennl |= 4;
            i++;
          } else {
            t->seennl |= 2;
          }
        } else if (t->eof) {
          t->seennl |= 2;
        } else {
          break;
        }
      }
    }
    t->scanned = i;
  }
  return Status::Ok;
}

// Moves the unconsumed bytes to the front of rbuf.
void compact(TextIO* t) {
  if (t->rpos == 0) return;
  size_t n = t->rbuf.len - t->rpos;
  if (n) std::memmove(t->rbuf.data, t->rbuf.data + t->rpos, n);
  t->rbuf.len = n;
  t->validated = t->validated > t->rpos ? t->validated - t->rpos : 0;
  t->scanned = t->scanned > t->rpos ? t->scanned - t->rpos : 0;
  t->rpos = 0;
}

// Reads `want` bytes from the buffer (read1 when it has it); -1 for everything.
Status read_chunk(VM& vm, TextIO* t, int64_t want, std::string& out) {
  if (Buffered* b = as_buffered(t->buffer)) {
    if (want < 0) return buffered_read_all(vm, b, out);
    return buffered_read1(vm, b, want, out);
  }
  Value a = Value::small(want);
  Value r = call_method(vm, t->buffer, vm.intern(want >= 0 && t->has_read1 ? "read1" : "read"), &a, want < 0 ? 0 : 1);
  if (r.is_null()) return Status::Error;
  if (r.is_none()) return Status::Ok;
  std::string_view v;
  if (!bytes_view(r, v)) {
    raise(vm, vm.TypeError, "underlying %s() should have returned a bytes-like object, not '%s'",
          want >= 0 && t->has_read1 ? "read1" : "read", type_name(vm, r));
    return Status::Error;
  }
  out.append(v);
  return Status::Ok;
}

// Decodes the rest of the stream at once (codecs other than the ASCII-compatible ones).
Status predecode(VM& vm, TextIO* t) {
  std::string raw;
  if (failed(read_chunk(vm, t, -1, raw))) return Status::Error;
  t->eof = 1;
  Value s = bytes_decode(vm, raw, t->encoding, t->errors);
  if (s.is_null()) return Status::Error;
  std::string_view text = as_str(s)->view();
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (t->readuniversal && c == '\r') {
      bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
      t->seennl |= crlf ? 4 : 2;
      if (t->readtranslate) {
        out += '\n';
        if (crlf) i++;
        continue;
      }
    } else if (t->readuniversal && c == '\n') {
      t->seennl |= 1;
    }
    out += c;
  }
  reset_read(t);
  t->eof = 1;
  t->predecoded = 1;
  return t->rbuf.append(vm, out);
}

// One more chunk into rbuf; sets eof when the buffer has no more.
Status fill(VM& vm, TextIO* t) {
  if (t->eof) return Status::Ok;
  Root rt(vm, Value::ptr(t));
  if (t->kind == CodecKind::Other) return predecode(vm, t);
  if (failed(flush_pending(vm, t))) return Status::Error;
  compact(t);
  std::string chunk;
  if (failed(read_chunk(vm, t, t->chunk_size, chunk))) return Status::Error;
  if (chunk.empty()) t->eof = 1;
  else if (failed(t->rbuf.append(vm, chunk))) return Status::Error;
  return post_fill(vm, t);
}

// Byte offset after at most n characters from `from`, never splitting a character (or a
// "\r\n" that reads as one). count gets the characters passed.
size_t advance_chars(TextIO* t, size_t from, size_t to, int64_t n, int64_t& count) {
  const auto* d = reinterpret_cast<const uint8_t*>(t->rbuf.data);
  bool utf8 = t->predecoded || t->kind == CodecKind::Utf8 || t->kind == CodecKind::Utf8Sig;
  bool pair = t->readtranslate && !t->predecoded;
  size_t i = from;
  count = 0;
  while (i < to && count < n) {
    uint8_t c = d[i];
    size_t len = 1;
    if (pair && c == '\r') {
      if (i + 1 < to) {
        if (d[i + 1] == '\n') len = 2;
      } else if (!t->eof) {
        break;
      }
    } else if (c >= 0x80 && utf8) {
      len = size_t(utf8_lead_len(c));
      if (i + len > to) {
        if (!t->eof) break;
        len = to - i;
      }
    }
    i += len;
    count++;
  }
  return i;
}

// The text of rbuf[from, to), newline-translated and decoded.
Value produce(VM& vm, TextIO* t, size_t from, size_t to) {
  if (from >= to) return Value::ptr(vm.s_empty);
  std::string_view seg(t->rbuf.data + from, to - from);
  if (t->predecoded) return new_str(vm, seg);
  std::string tmp;
  if (t->readtranslate && std::memchr(seg.data(), '\r', seg.size())) {
    tmp.reserve(seg.size());
    for (size_t i = 0; i < seg.size(); i++) {
      if (seg[i] == '\r') {
        tmp += '\n';
        if (i + 1 < seg.size() && seg[i + 1] == '\n') i++;
      } else {
        tmp += seg[i];
      }
    }
    seg = tmp;
  }
  if (t->kind == CodecKind::Latin1) return new_str(vm, latin1_to_utf8(seg));
  if (t->strict) return new_str(vm, seg);
  std::string copy(seg);
  const char* enc = t->kind == CodecKind::Ascii ? "ascii" : "utf-8";
  return bytes_decode(vm, copy, vm.intern(enc), t->errors);
}

Value take_text(VM& vm, TextIO* t, size_t to) {
  Value s = produce(vm, t, t->rpos, to);
  if (!s.is_null()) t->rpos = to;
  return s;
}

Value read_impl(VM& vm, TextIO* t, int64_t n) {
  Root rt(vm, Value::ptr(t));
  if (failed(flush_pending(vm, t))) return Value::null();
  if (n < 0) {
    if (t->kind == CodecKind::Other) {
      if (failed(fill(vm, t))) return Value::null();
    } else if (!t->eof) {
      compact(t);
      std::string rest;
      if (failed(read_chunk(vm, t, -1, rest))) return Value::null();
      t->eof = 1;
      if (failed(t->rbuf.append(vm, rest)) || failed(post_fill(vm, t))) return Value::null();
    }
    return take_text(vm, t, t->rbuf.len);
  }
  for (;;) {
    int64_t count;
    size_t end = advance_chars(t, t->rpos, t->rbuf.len, n, count);
    if (count >= n || t->eof) return take_text(vm, t, end);
    if (failed(fill(vm, t))) return Value::null();
  }
}

// End of the line starting at rpos within rbuf, or 0 with need_more when undecidable yet.
size_t find_line_end(TextIO* t, size_t from, bool& need_more) {
  const char* d = t->rbuf.data;
  size_t len = t->rbuf.len;
  need_more = false;
  if (t->readtranslate && t->predecoded) {
    const void* p = from < len ? std::memchr(d + from, '\n', len - from) : nullptr;
    return p ? size_t(static_cast<const char*>(p) - d) + 1 : 0;
  }
  if (t->readuniversal) {
    for (size_t i = from; i < len; i++) {
      if (d[i] == '\n') return i + 1;
      if (d[i] == '\r') {
        if (i + 1 < len) return d[i + 1] == '\n' ? i + 2 : i + 1;
        if (t->eof) return i + 1;
        need_more = true;
        return 0;
      }
    }
    return 0;
  }
  std::string_view nl = t->readnl->view();
  std::string_view hay(d + from, len - from);
  size_t p = hay.find(nl);
  if (p != std::string_view::npos) return from + p + nl.size();
  if (nl.size() == 2 && !hay.empty() && hay.back() == '\r' && !t->eof) need_more = true;
  return 0;
}

Value readline_impl(VM& vm, TextIO* t, int64_t limit) {
  Root rt(vm, Value::ptr(t));
  if (failed(flush_pending(vm, t))) return Value::null();
  size_t search = t->rpos;
  for (;;) {
    bool need_more;
    size_t end = find_line_end(t, search, need_more);
    if (end || t->eof) {
      if (!end) end = t->rbuf.len;
      if (limit >= 0) {
        int64_t count;
        size_t cut = advance_chars(t, t->rpos, end, limit, count);
        if (count >= limit) end = cut;
      }
      return take_text(vm, t, end);
    }
    if (limit >= 0) {
      int64_t count;
      size_t cut = advance_chars(t, t->rpos, t->rbuf.len, limit, count);
      if (count >= limit) return take_text(vm, t, cut);
    }
    size_t consumed = t->rpos;
    if (!need_more) search = t->rbuf.len;
    else search = t->rbuf.len - 1;
    if (failed(fill(vm, t))) return Value::null();
    search -= consumed - t->rpos;  // compaction moved the data
  }
}

// ---------- writing ----------

Status write_bytes(VM& vm, TextIO* t, std::string_view data, bool needflush) {
  Root rt(vm, Value::ptr(t));
  if (Buffered* b = as_buffered(t->buffer)) {
    if (failed(buffered_write(vm, b, data))) return Status::Error;
    if (needflush || t->write_through) return buffered_flush(vm, b);
    return Status::Ok;
  }
  std::string copy(data);
  if (failed(t->pending.append(vm, copy))) return Status::Error;
  if (t->pending.len > size_t(t->chunk_size) || needflush || t->write_through)
    if (failed(flush_pending(vm, t))) return Status::Error;
  if (needflush) return call_void(vm, t->buffer, "flush");
  return Status::Ok;
}

Value encode_text(VM& vm, TextIO* t, Str* s) {
  switch (t->kind) {
    case CodecKind::Utf8:
    case CodecKind::Utf8Sig:
      if (!has_surrogate(s)) return new_bytes(vm, s->view());
      return str_encode(vm, s, vm.intern("utf-8"), t->errors);
    case CodecKind::Latin1:
    case CodecKind::Ascii:
      if (s->ascii) return new_bytes(vm, s->view());
      return str_encode(vm, s, t->encoding, t->errors);
    default:
      return str_encode(vm, s, t->write_encoding, t->errors);
  }
}

// The codec a BOM-writing encoding continues with after its first write.
Str* bom_free(VM& vm, Str* enc) {
  std::string n;
  for (char c : enc->view())
    if (c != '-' && c != '_') n += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (n == "utf16" || n == "u16") return vm.intern("utf-16-le");
  if (n == "utf32" || n == "u32") return vm.intern("utf-32-le");
  return enc;
}

Value tio_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  TIO_SELF;
  Str* text = str_unwrap(args[0]);
  if (!text) return raise(vm, vm.TypeError, "write() argument must be str, not %s", type_name(vm, args[0]));
  Root rtext(vm, Value::ptr(text));
  if (failed(check_closed(vm, t)) || failed(check_writable(vm, t))) return Value::null();
  int64_t n = text->length;
  std::string_view v = text->view();
  bool haslf = v.find('\n') != std::string_view::npos;
  bool needflush = t->line_buffering && (haslf || v.find('\r') != std::string_view::npos);
  Str* s = text;
  if (haslf && t->writenl) {
    std::string out;
    out.reserve(v.size() + 16);
    for (char c : v) {
      if (c == '\n') out += t->writenl->view();
      else out += c;
    }
    Value ns = new_str(vm, out);
    if (ns.is_null()) return ns;
    s = as_str(ns);
    rtext = ns;
  }
  Value enc = encode_text(vm, t, s);
  if (enc.is_null()) return enc;
  Root renc(vm, enc);
  if (t->kind == CodecKind::Other) t->write_encoding = bom_free(vm, t->encoding);
  // Reading state is dropped (as CPython does), not rewound.
  if (t->rbuf.len) reset_read(t);
  if (t->bom_write && t->kind == CodecKind::Utf8Sig) {
    t->bom_write = 0;
    if (failed(write_bytes(vm, t, "\xEF\xBB\xBF", false))) return Value::null();
  }
  t->bom_write = 0;
  if (failed(write_bytes(vm, t, enc.as<Bytes>()->view(), needflush))) return Value::null();
  return new_int(vm, n);
}

// ---------- methods ----------

Value textio_new(VM& vm, Type* type) {
  auto* t = static_cast<TextIO*>(vm.heap.alloc(sizeof(TextIO), type));
  if (!t) return raise_no_memory(vm);
  t->buffer = t->mode = Value::null();
  return Value::ptr(t);
}

const char* const textio_names[] = {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"};

Status textio_init(VM& vm, TextIO* t, Value* a) {
  Root rt(vm, Value::ptr(t));
  t->ok = 0;
  t->detached = 0;
  for (int i = 1; i <= 3; i++) {
    if (!a[i].is_null() && !a[i].is_none() && !is_str(a[i])) {
      raise(vm, vm.TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s", textio_names[i],
            type_name(vm, a[i]));
      return Status::Error;
    }
  }
  Str* enc = a[1].is_null() || a[1].is_none() || as_str(a[1])->view() == "locale" ? vm.intern("UTF-8") : as_str(a[1]);
  if (bytes_decode(vm, "", enc, nullptr).is_null()) return Status::Error;  // LookupError for unknown codecs
  Str* errors = a[2].is_null() || a[2].is_none() ? vm.intern("strict") : as_str(a[2]);
  Str* nl = a[3].is_null() || a[3].is_none() ? nullptr : as_str(a[3]);
  if (nl) {
    std::string_view v = nl->view();
    if (!(v.empty() || v == "\n" || v == "\r" || v == "\r\n")) {
      raise(vm, vm.ValueError, "illegal newline value: %s", std::string(v).c_str());
      return Status::Error;
    }
  }
  bool line_buffering = false, write_through = false;
  if (!a[4].is_null()) {
    int v = truthy(vm, a[4]);
    if (v < 0) return Status::Error;
    line_buffering = v;
  }
  if (!a[5].is_null()) {
    int v = truthy(vm, a[5]);
    if (v < 0) return Status::Error;
    write_through = v;
  }
  t->buffer = a[0];
  t->encoding = enc;
  t->write_encoding = enc;
  t->errors = errors;
  t->kind = codec_kind(enc->view());
  t->strict = errors->view() == "strict";
  t->readuniversal = !nl || nl->nbytes == 0;
  t->readtranslate = !nl;
  t->readnl = nl && nl->nbytes ? nl : nullptr;
  t->writenl = nl && nl->nbytes && nl->view() != "\n" ? nl : nullptr;
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->chunk_size = kDefaultBufferSize;
  t->seennl = 0;
  reset_read(t);
  t->pending.len = 0;
  t->bom_read = t->kind == CodecKind::Utf8Sig;
  t->bom_write = t->kind == CodecKind::Utf8Sig || bom_free(vm, enc) != enc;
  Value sk = call_method(vm, t->buffer, vm.intern("seekable"), nullptr, 0);
  if (sk.is_null()) return Status::Error;
  int s = truthy(vm, sk);
  if (s < 0) return Status::Error;
  t->seekable = t->telling = s;
  t->has_read1 = !getattr_opt(vm, t->buffer, vm.intern("read1")).is_null();
  if (!vm.exc.is_null()) return Status::Error;
  for (int k = 0; k < 2; k++) {
    Value r = call_method(vm, t->buffer, vm.intern(k ? "writable" : "readable"), nullptr, 0);
    if (r.is_null()) return Status::Error;
    int v = truthy(vm, r);
    if (v < 0) return Status::Error;
    (k ? t->writable : t->readable) = uint8_t(v);
  }
  if (t->seekable && t->bom_write) {
    if (t->writable) {
      Value pos = call_method(vm, t->buffer, vm.intern("tell"), nullptr, 0);
      if (pos.is_null()) return Status::Error;
      if (!(pos.is_small() && pos.as_small() == 0)) {
        t->bom_write = 0;
        t->write_encoding = bom_free(vm, enc);
      }
    }
  }
  t->ok = 1;
  return Status::Ok;
}

Value textio_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Value a[6];
  if (failed(clinic_args(vm, "TextIOWrapper", args, nargs, kw, textio_names, 6, 0, a))) return Value::null();
  Value v = textio_new(vm, self.as<Type>());
  if (v.is_null()) return v;
  Root rv(vm, v);
  if (a[0].is_null()) {
    if (nargs == 0 && !kw) return v;
    return raise(vm, vm.TypeError, "TextIOWrapper() missing required argument 'buffer' (pos 1)");
  }
  if (failed(textio_init(vm, v.as<TextIO>(), a))) return Value::null();
  return v;
}

Value tio_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  TextIO* t = textio_of(self);
  if (!t) return raise(vm, vm.TypeError, "descriptor '__init__' requires a '_io.TextIOWrapper' object");
  Value a[6];
  if (failed(clinic_args(vm, "TextIOWrapper", args, nargs, kw, textio_names, 6, 1, a))) return Value::null();
  if (failed(textio_init(vm, t, a))) return Value::null();
  return Value::none();
}

Value tio_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  TIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (failed(check_closed(vm, t)) || failed(check_readable(vm, t))) return Value::null();
  return read_impl(vm, t, n);
}

Value tio_readline(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  TIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (failed(check_closed(vm, t)) || failed(check_readable(vm, t))) return Value::null();
  return readline_impl(vm, t, n);
}

Value tio_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_OPEN;
  if (failed(check_readable(vm, t))) return Value::null();
  t->telling = 0;
  Value line = readline_impl(vm, t, -1);
  if (line.is_null()) return line;
  if (as_str(line)->length == 0) {
    t->telling = t->seekable;
    return raise_value(vm, Value::ptr(vm.StopIteration));
  }
  return line;
}

Value tio_flush(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_OPEN;
  return failed(flush_all(vm, t)) ? Value::null() : Value::none();
}

Value tio_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  int c = attr_truth(vm, t->buffer, "closed");
  if (c < 0) return Value::null();
  if (c) return Value::none();
  Status fs = flush_all(vm, t);
  Root rexc(vm, vm.exc);
  vm.exc = Value::null();
  Value r = call_method(vm, t->buffer, vm.s_close, nullptr, 0);
  if (r.is_null()) return r;
  if (failed(fs)) {
    vm.exc = rexc.get();
    return Value::null();
  }
  return Value::none();
}

Status check_seekable(VM& vm, TextIO* t) {
  if (!t->seekable) {
    raise_unsupported(vm, "underlying stream is not seekable");
    return Status::Error;
  }
  return Status::Ok;
}

Value tell_impl(VM& vm, TextIO* t) {
  if (failed(check_seekable(vm, t))) return Value::null();
  if (!t->telling) return raise(vm, vm.OSError, "telling position disabled by next() call");
  if (failed(flush_all(vm, t))) return Value::null();
  Value pv = call_method(vm, t->buffer, vm.intern("tell"), nullptr, 0);
  if (pv.is_null()) return pv;
  int64_t pos;
  if (failed(int_arg(vm, pv, pos))) return Value::null();
  size_t rest = t->rbuf.len - t->rpos;
  if (rest == 0) return pv;
  if (t->predecoded) {
    Value s = new_str(vm, std::string_view(t->rbuf.data + t->rpos, rest));
    if (s.is_null()) return s;
    Root rs(vm, s);
    Value b = str_encode(vm, as_str(s), bom_free(vm, t->encoding), t->errors);
    if (b.is_null()) return b;
    return new_int(vm, pos - int64_t(b.as<Bytes>()->size));
  }
  return new_int(vm, pos - int64_t(rest));
}

Value tio_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_OPEN;
  return tell_impl(vm, t);
}

Value tio_seek(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  TIO_SELF;
  Value cookie = args[0];
  int64_t whence = 0;
  if (nargs > 1 && failed(int_arg(vm, args[1], whence))) return Value::null();
  if (failed(check_closed(vm, t)) || failed(check_seekable(vm, t))) return Value::null();
  if (whence == 1) {
    int e = eq(vm, cookie, Value::small(0));
    if (e < 0) return Value::null();
    if (!e) return raise_unsupported(vm, "can't do nonzero cur-relative seeks");
    cookie = tell_impl(vm, t);
    if (cookie.is_null()) return cookie;
  } else if (whence == 2) {
    int e = eq(vm, cookie, Value::small(0));
    if (e < 0) return Value::null();
    if (!e) return raise_unsupported(vm, "can't do nonzero end-relative seeks");
    if (failed(flush_all(vm, t))) return Value::null();
    reset_read(t);
    t->bom_read = 0;
    Value a[2] = {Value::small(0), Value::small(2)};
    Value r = call_method(vm, t->buffer, vm.intern("seek"), a, 2);
    if (r.is_null()) return r;
    if (!(r.is_small() && r.as_small() == 0)) {
      t->bom_write = 0;
      t->write_encoding = bom_free(vm, t->encoding);
    }
    return r;
  } else if (whence != 0) {
    return raise(vm, vm.ValueError, "invalid whence (%d, should be 0, 1 or 2)", int(whence));
  }
  Root rc(vm, cookie);
  int neg = compare_bool(vm, cookie, Value::small(0), CmpOp::Lt);
  if (neg < 0) return Value::null();
  if (neg) return raise(vm, vm.ValueError, "negative seek position %R", cookie);
  if (failed(flush_all(vm, t))) return Value::null();
  Value a[1] = {cookie};
  if (call_method(vm, t->buffer, vm.intern("seek"), a, 1).is_null()) return Value::null();
  reset_read(t);
  bool at_start = cookie.is_small() && cookie.as_small() == 0;
  t->bom_read = t->kind == CodecKind::Utf8Sig;
  if (t->kind == CodecKind::Utf8Sig || bom_free(vm, t->encoding) != t->encoding) {
    t->bom_write = at_start;
    t->write_encoding = at_start ? t->encoding : bom_free(vm, t->encoding);
  }
  return cookie;
}

Value tio_truncate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  TIO_OPEN;
  if (failed(flush_all(vm, t))) return Value::null();
  Value a = nargs > 0 ? args[0] : Value::none();
  return call_method(vm, t->buffer, vm.intern("truncate"), &a, 1);
}

Value tio_detach(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  if (failed(flush_all(vm, t))) return Value::null();
  Value b = t->buffer;
  t->buffer = Value::null();
  t->ok = 0;
  t->detached = 1;
  return b;
}

Value forward(VM& vm, Value self, const char* name) {
  TIO_SELF;
  return call_method(vm, t->buffer, vm.intern(name), nullptr, 0);
}
Value tio_fileno(VM& vm, Value self, Value*, size_t, Tuple*) { return forward(vm, self, "fileno"); }
Value tio_isatty(VM& vm, Value self, Value*, size_t, Tuple*) { return forward(vm, self, "isatty"); }
Value tio_readable(VM& vm, Value self, Value*, size_t, Tuple*) { return forward(vm, self, "readable"); }
Value tio_writable(VM& vm, Value self, Value*, size_t, Tuple*) { return forward(vm, self, "writable"); }
Value tio_seekable(VM& vm, Value self, Value*, size_t, Tuple*) { return forward(vm, self, "seekable"); }

Value tio_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return getattr(vm, t->buffer, vm.intern("closed"));
}
Value tio_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return getattr(vm, t->buffer, vm.intern("name"));
}
Value tio_buffer(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return t->buffer;
}
Value tio_encoding(VM& vm, Value self, Value*, size_t, Tuple*) {
  TextIO* t = textio_of(self);
  if (!t || !t->encoding) return raise(vm, vm.ValueError, "I/O operation on uninitialized object");
  return Value::ptr(t->encoding);
}
Value tio_errors(VM& vm, Value self, Value*, size_t, Tuple*) {
  TextIO* t = textio_of(self);
  if (!t || !t->errors) return raise(vm, vm.ValueError, "I/O operation on uninitialized object");
  return Value::ptr(t->errors);
}
Value tio_newlines(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  if (!t->readuniversal) return Value::none();
  return newlines_value(vm, t->seennl);
}
Value tio_line_buffering(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return Value::boolean(t->line_buffering);
}
Value tio_write_through(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return Value::boolean(t->write_through);
}
Value tio_chunk_size(VM& vm, Value self, Value*, size_t, Tuple*) {
  TIO_SELF;
  return new_int(vm, t->chunk_size);
}
Value tio_set_mode(VM& vm, Value self, Value* args, size_t, Tuple*) {
  TextIO* t = textio_of(self);
  if (!t) return raise(vm, vm.TypeError, "descriptor 'mode' requires a '_io.TextIOWrapper' object");
  t->mode = args[0];
  return Value::none();
}
Value tio_mode(VM& vm, Value self, Value*, size_t, Tuple*) {
  TextIO* t = textio_of(self);
  if (!t || t->mode.is_null()) return raise(vm, vm.AttributeError, "'%s' object has no attribute 'mode'", type_name(vm, self));
  return t->mode;
}

Value tio_reconfigure(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  TIO_SELF;
  static const char* const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
  Value a[5];
  if (nargs) return raise(vm, vm.TypeError, "reconfigure() takes no positional arguments");
  if (failed(clinic_args(vm, "reconfigure", args, nargs, kw, names, 5, 0, a))) return Value::null();
  if (failed(flush_all(vm, t))) return Value::null();
  if (!a[0].is_null() || !a[1].is_null() || !a[2].is_null()) {
    Value init[6] = {t->buffer, a[0].is_null() ? Value::ptr(t->encoding) : a[0],
                     a[1].is_null() ? (a[0].is_null() ? Value::ptr(t->errors) : Value::none()) : a[1],
                     Value::null(), Value::boolean(t->line_buffering), Value::boolean(t->write_through)};
    if (!a[2].is_null()) {
      init[3] = a[2];
    } else if (t->readtranslate) {
      init[3] = Value::none();
    } else {
      init[3] = t->readnl ? Value::ptr(t->readnl) : Value::ptr(vm.s_empty);
    }
    Value mode = t->mode;
    Root rm(vm, mode);
    if (failed(textio_init(vm, t, init))) return Value::null();
    t->mode = mode;
  }
  if (!a[3].is_null() && !a[3].is_none()) {
    int v = truthy(vm, a[3]);
    if (v < 0) return Value::null();
    t->line_buffering = v;
  }
  if (!a[4].is_null() && !a[4].is_none()) {
    int v = truthy(vm, a[4]);
    if (v < 0) return Value::null();
    t->write_through = v;
  }
  return Value::none();
}

Value tio_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  TextIO* t = textio_of(self);
  if (!t) return raise(vm, vm.TypeError, "expected a TextIOWrapper");
  Root rself(vm, self);
  std::string s = "<";
  s += type_of(vm, self)->name->view();
  if (t->ok) {
    Value name = getattr_opt(vm, self, vm.intern("name"));
    if (name.is_null() && !vm.exc.is_null()) {
      if (!exc_matches(vm, vm.Exception)) return Value::null();
      clear_exc(vm);
    }
    if (!name.is_null()) {
      Value r = repr(vm, name);
      if (r.is_null()) return r;
      s += " name=";
      s += as_str(r)->view();
    }
  }
  if (!t->mode.is_null()) {
    Value r = repr(vm, t->mode);
    if (r.is_null()) return r;
    s += " mode=";
    s += as_str(r)->view();
  }
  if (t->encoding) {
    s += " encoding=";
    s += str_repr_utf8(t->encoding->view());
  }
  s += ">";
  return new_str(vm, s);
}

// ---------- IncrementalNewlineDecoder ----------

struct NewlineDecoder : Object {
  Value decoder;  // None or an incremental decoder
  Value errors;
  uint8_t translate, pendingcr, seennl, ok;
};

void trace_nldecoder(Object* o, Marker& m) {
  m.mark(static_cast<NewlineDecoder*>(o)->decoder);
  m.mark(static_cast<NewlineDecoder*>(o)->errors);
}

NewlineDecoder* nld_of(VM& vm, Value v) {
  NewlineDecoder* d = nullptr;
  if (v.is_ptr()) {
    Object* o = v.as_ptr();
    if (o->type->trace == trace_nldecoder) d = static_cast<NewlineDecoder*>(o);
    else if (o->type->layout == Layout::Instance) {
      Value b = static_cast<Instance*>(o)->base_value;
      if (b.is_ptr() && b.as_ptr()->type->trace == trace_nldecoder) d = b.as<NewlineDecoder>();
    }
  }
  if (!d) raise(vm, vm.TypeError, "expected an IncrementalNewlineDecoder");
  else if (!d->ok) {
    raise(vm, vm.ValueError, "IncrementalNewlineDecoder.__init__() not called");
    return nullptr;
  }
  return d;
}

const char* const nld_names[] = {"decoder", "translate", "errors"};

Status nld_init(VM& vm, NewlineDecoder* d, Value* a) {
  int tr = truthy(vm, a[1]);
  if (tr < 0) return Status::Error;
  d->decoder = a[0];
  d->translate = tr;
  d->errors = a[2].is_null() ? Value::ptr(vm.intern("strict")) : a[2];
  d->pendingcr = d->seennl = 0;
  d->ok = 1;
  return Status::Ok;
}

Value nld_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (failed(clinic_args(vm, "IncrementalNewlineDecoder", args, nargs, kw, nld_names, 3, 0, a))) return Value::null();
  Root r0(vm, a[0]), r2(vm, a[2]);
  auto* d = static_cast<NewlineDecoder*>(vm.heap.alloc(sizeof(NewlineDecoder), self.as<Type>()));
  if (!d) return raise_no_memory(vm);
  d->decoder = d->errors = Value::null();
  Value v = Value::ptr(d);
  if (nargs == 0 && !kw) return v;
  Root rv(vm, v);
  if (a[1].is_null()) return raise(vm, vm.TypeError, "IncrementalNewlineDecoder() missing required argument 'translate' (pos 2)");
  if (failed(nld_init(vm, d, a))) return Value::null();
  return v;
}

Value nld_init_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  if (failed(clinic_args(vm, "IncrementalNewlineDecoder", args, nargs, kw, nld_names, 3, 2, a))) return Value::null();
  NewlineDecoder* d = nullptr;
  if (self.is_ptr() && self.as_ptr()->type->trace == trace_nldecoder) d = self.as<NewlineDecoder>();
  if (!d) return raise(vm, vm.TypeError, "expected an IncrementalNewlineDecoder");
  if (failed(nld_init(vm, d, a))) return Value::null();
  return Value::none();
}

Value nld_decode(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  NewlineDecoder* d = nld_of(vm, self);
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  static const char* const names[] = {"input", "final"};
  Value a[2];
  if (failed(clinic_args(vm, "decode", args, nargs, kw, names, 2, 1, a))) return Value::null();
  bool final = false;
  if (!a[1].is_null()) {
    int v = truthy(vm, a[1]);
    if (v < 0) return Value::null();
    final = v;
  }
  Value out = a[0];
  if (!d->decoder.is_none()) {
    Value da[2] = {a[0], Value::boolean(final)};
    static const char* const kwn[] = {"final"};
    (void)kwn;
    out = call_method(vm, d->decoder, vm.intern("decode"), da, 2);
    if (out.is_null()) return out;
  }
  Str* s = str_unwrap(out);
  if (!s) return raise(vm, vm.TypeError, "decoder should return a string result, not '%s'", type_name(vm, out));
  std::string text;
  if (d->pendingcr && (s->nbytes || final)) {
    text = "\r";
    d->pendingcr = 0;
  }
  text += s->view();
  if (!final && !text.empty() && text.back() == '\r') {
    text.pop_back();
    d->pendingcr = 1;
  }
  std::string res;
  res.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c == '\r') {
      bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
      d->seennl |= crlf ? 4 : 2;
      if (d->translate) {
        res += '\n';
        if (crlf) i++;
        continue;
      }
    } else if (c == '\n') {
      d->seennl |= 1;
    }
    res += c;
  }
  return new_str(vm, res);
}

Value nld_getstate(VM& vm, Value self, Value*, size_t, Tuple*) {
  NewlineDecoder* d = nld_of(vm, self);
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  Value buf, flag;
  if (!d->decoder.is_none()) {
    Value st = call_method(vm, d->decoder, vm.intern("getstate"), nullptr, 0);
    if (st.is_null()) return st;
    Root rst(vm, st);
    if (!is_tuple(st) || st.as<Tuple>()->size != 2) return raise(vm, vm.TypeError, "illegal decoder state");
    buf = st.as<Tuple>()->items[0];
    int64_t f;
    if (failed(int_arg(vm, st.as<Tuple>()->items[1], f))) return Value::null();
    flag = new_int(vm, (f << 1) | d->pendingcr);
  } else {
    buf = new_bytes(vm, "");
    flag = Value::small(d->pendingcr);
  }
  if (buf.is_null() || flag.is_null()) return Value::null();
  Root rb(vm, buf);
  Value items[2] = {buf, flag};
  return new_tuple_from(vm, items, 2);
}

Value nld_setstate(VM& vm, Value self, Value* args, size_t, Tuple*) {
  NewlineDecoder* d = nld_of(vm, self);
  if (!d) return Value::null();
  Value st = args[0];
  if (!is_tuple(st) || st.as<Tuple>()->size != 2) return raise(vm, vm.TypeError, "state argument must be a tuple");
  int64_t f;
  if (failed(int_arg(vm, st.as<Tuple>()->items[1], f))) return Value::null();
  d->pendingcr = f & 1;
  if (!d->decoder.is_none()) {
    Value fl = new_int(vm, f >> 1);
    if (fl.is_null()) return fl;
    Root rfl(vm, fl);
    Value items[2] = {st.as<Tuple>()->items[0], fl};
    Value nt = new_tuple_from(vm, items, 2);
    if (nt.is_null()) return nt;
    Root rnt(vm, nt);
    return call_method(vm, d->decoder, vm.intern("setstate"), &nt, 1);
  }
  return Value::none();
}

Value nld_reset(VM& vm, Value self, Value*, size_t, Tuple*) {
  NewlineDecoder* d = nld_of(vm, self);
  if (!d) return Value::null();
  d->seennl = 0;
  d->pendingcr = 0;
  if (!d->decoder.is_none()) return call_method(vm, d->decoder, vm.intern("reset"), nullptr, 0);
  return Value::none();
}

Value nld_newlines(VM& vm, Value self, Value*, size_t, Tuple*) {
  NewlineDecoder* d = nld_of(vm, self);
  if (!d) return Value::null();
  return newlines_value(vm, d->seennl);
}

}  // namespace

void textio_set_mode(Value wrapper, Value mode) {
  if (TextIO* t = textio_of(wrapper)) t->mode = mode;
}

Status init_text_types(VM& vm, Module* m, Type* text_base) {
  Type* t = native_type(vm, m, "_io", "TextIOWrapper", Layout::Opaque, textio_ctor, text_base);
  if (!t) return Status::Error;
  t->trace = trace_textio;
  t->finalize = fin_textio;
  t->tflags |= kTypeInitFills;
  static const MethodDef methods[] = {
      {"__init__", tio_init, 0, -1, kBuiltinKeywords},
      {"read", tio_read, 0, 1, 0},
      {"readline", tio_readline, 0, 1, 0},
      {"write", tio_write, 1, 1, 0},
      {"flush", tio_flush, 0, 0, 0},
      {"close", tio_close, 0, 0, 0},
      {"seek", tio_seek, 1, 2, 0},
      {"tell", tio_tell, 0, 0, 0},
      {"truncate", tio_truncate, 0, 1, 0},
      {"detach", tio_detach, 0, 0, 0},
      {"fileno", tio_fileno, 0, 0, 0},
      {"isatty", tio_isatty, 0, 0, 0},
      {"readable", tio_readable, 0, 0, 0},
      {"writable", tio_writable, 0, 0, 0},
      {"seekable", tio_seekable, 0, 0, 0},
      {"reconfigure", tio_reconfigure, 0, -1, kBuiltinKeywords},
      {"__next__", tio_next, 0, 0, 0},
      {"__repr__", tio_repr, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  add_getter(vm, t, "closed", tio_closed);
  add_getter(vm, t, "name", tio_name);
  add_getter(vm, t, "buffer", tio_buffer);
  add_getter(vm, t, "encoding", tio_encoding);
  add_getter(vm, t, "errors", tio_errors);
  add_getter(vm, t, "newlines", tio_newlines);
  add_getter(vm, t, "line_buffering", tio_line_buffering);
  add_getter(vm, t, "write_through", tio_write_through);
  add_getter(vm, t, "_CHUNK_SIZE", tio_chunk_size);
  add_getter(vm, t, "mode", tio_mode);
  // open() sets `mode` on the wrapper, and so may programs (tokenize.open does): writable.
  {
    Value p = dict_get_str(t->dict, vm.intern("mode"));
    Value set = new_builtin(vm, "mode", tio_set_mode, Value::null(), 1, 1, 0);
    if (is_layout(p, Layout::Property) && !set.is_null()) {
      set.as<Builtin>()->owner = t;
      p.as<Property>()->fset = set;
    }
  }

  Type* d = native_type(vm, m, "_io", "IncrementalNewlineDecoder", Layout::Opaque, nld_ctor);
  if (!d) return Status::Error;
  d->trace = trace_nldecoder;
  d->tflags |= kTypeInitFills;
  static const MethodDef nld_methods[] = {
      {"__init__", nld_init_m, 0, -1, kBuiltinKeywords},
      {"decode", nld_decode, 0, -1, kBuiltinKeywords},
      {"getstate", nld_getstate, 0, 0, 0},
      {"setstate", nld_setstate, 1, 1, 0},
      {"reset", nld_reset, 0, 0, 0},
  };
  add_methods(vm, d, nld_methods);
  add_getter(vm, d, "newlines", nld_newlines);
  return Status::Ok;
}

}  // namespace taipan::runtime::io
