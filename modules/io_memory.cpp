// The in-memory streams of _io: StringIO and BytesIO, as CPython 3.11's.
//
// StringIO: a StringIO struct (Opaque layout) holding the text as code points (buf[0..len),
//   uint32 each, malloc'd through the heap's external accounting) and a position in code
//   points that may lie past the end (a write there pads with U+0000). Newline handling as
//   CPython's: newline=None translates "\r\n" and "\r" to "\n" on write (and records the
//   kinds seen for `newlines`), newline="" records without translating and makes readline
//   split on any of the three, "\r" or "\r\n" translate "\n" to themselves on write.
// BytesIO: a BytesIO struct with a ByteBuf and a byte position (also possibly past the end).
// Both are closed by close(); their buffers are freed then or when collected.
#include <algorithm>
#include <vector>

#include "modules/io.h"

namespace taipan::runtime::io {

// The `newlines` value for a set of seen kinds (LF=1, CR=2, CRLF=4).
Value newlines_value(VM& vm, int seen);

namespace {

// ---------- StringIO ----------

struct StringIO : Object {
  uint32_t* buf;
  size_t len, cap, pos;
  Str* readnl;      // newline argument when not None/"" (readline's terminator)
  Str* writenl;     // "\r" or "\r\n" when writes translate "\n", else null
  uint8_t closed, readuniversal, readtranslate, seennl, ok;
};

void trace_stringio(Object* o, Marker& m) {
  auto* s = static_cast<StringIO*>(o);
  if (s->readnl) m.mark_obj(s->readnl);
  if (s->writenl) m.mark_obj(s->writenl);
}
void fin_stringio(VM& vm, Object* o) {
  auto* s = static_cast<StringIO*>(o);
  if (s->buf) vm.heap.external_free(s->buf, s->cap * sizeof(uint32_t));
  s->buf = nullptr;
  s->len = s->cap = 0;
}

StringIO* stringio_of(Value v) { return native_of<StringIO>(v, trace_stringio); }

StringIO* SIO(VM& vm, Value self) {
  StringIO* s = stringio_of(self);
  if (!s) raise(vm, vm.TypeError, "descriptor requires a '_io.StringIO' object but received a '%s'", type_name(vm, self));
  else if (!s->ok) {
    raise(vm, vm.ValueError, "I/O operation on uninitialized object");
    return nullptr;
  }
  return s;
}

#define SIO_SELF                \
  StringIO* s = SIO(vm, self);  \
  if (!s) return Value::null(); \
  Root rself(vm, Value::ptr(s))
#define SIO_OPEN \
  SIO_SELF;      \
  if (s->closed) return raise_closed(vm, "I/O operation on closed file")

Status sio_reserve(VM& vm, StringIO* s, size_t n) {
  if (n <= s->cap) return Status::Ok;
  size_t ncap = s->cap ? s->cap : 16;
  while (ncap < n) ncap *= 2;
  void* p = s->buf ? vm.heap.external_realloc(s->buf, s->cap * sizeof(uint32_t), ncap * sizeof(uint32_t))
                   : vm.heap.external_alloc(ncap * sizeof(uint32_t));
  if (!p) {
    raise_no_memory(vm);
    return Status::Error;
  }
  s->buf = static_cast<uint32_t*>(p);
  s->cap = ncap;
  return Status::Ok;
}

Value sio_text(VM& vm, StringIO* s, size_t from, size_t to) {
  if (to > s->len) to = s->len;
  if (from >= to) return Value::ptr(vm.s_empty);
  std::string out;
  out.reserve(to - from);
  for (size_t i = from; i < to; i++) {
    uint32_t c = s->buf[i];
    if (c < 0x80) out += char(c);
    else utf8_append(out, c);
  }
  return new_str(vm, out);
}

// Writes a str at the position, with the newline handling; returns false on MemoryError.
// Copies n code points into the buffer at the position (padding a gap with U+0000).
Status sio_put(VM& vm, StringIO* s, const uint32_t* cps, const char* ascii, size_t n) {
  if (n == 0) return Status::Ok;
  size_t endpos = s->pos + n;
  if (failed(sio_reserve(vm, s, endpos))) return Status::Error;
  if (s->pos > s->len) std::fill(s->buf + s->len, s->buf + s->pos, 0u);
  uint32_t* dst = s->buf + s->pos;
  if (ascii) {
    for (size_t i = 0; i < n; i++) dst[i] = uint8_t(ascii[i]);
  } else {
    std::copy(cps, cps + n, dst);
  }
  s->pos = endpos;
  if (endpos > s->len) s->len = endpos;
  return Status::Ok;
}

Status sio_write_str(VM& vm, StringIO* s, Str* text) {
  Root rs(vm, Value::ptr(s)), rt(vm, Value::ptr(text));
  std::string_view v = text->view();
  if (text->ascii && !(s->readuniversal && v.find('\r') != std::string_view::npos) &&
      !(s->writenl && v.find('\n') != std::string_view::npos)) {
    if (s->readuniversal && v.find('\n') != std::string_view::npos) s->seennl |= 1;
    return sio_put(vm, s, nullptr, v.data(), v.size());  // text is rooted and objects never move
  }
  std::vector<uint32_t> cps;
  cps.reserve(text->length);
  const char* p = text->data;
  const char* end = p + text->nbytes;
  bool decoder = s->readuniversal;
  while (p < end) {
    uint32_t c = utf8_decode(p);
    if (decoder && c == '\r') {
      bool crlf = p < end && *p == '\n';
      s->seennl |= crlf ? 4 : 2;
      if (s->readtranslate) {
        if (crlf) p++;
        c = '\n';
      }
    } else if (decoder && c == '\n') {
      s->seennl |= 1;
    }
    if (c == '\n' && s->writenl) {
      const char* q = s->writenl->data;
      while (*q) cps.push_back(uint8_t(*q++));
      continue;
    }
    cps.push_back(c);
  }
  return sio_put(vm, s, cps.data(), nullptr, cps.size());
}

Value stringio_new(VM& vm) {
  Type* t = io_type(vm, "StringIO");
  if (!t) return raise(vm, vm.SystemError, "_io.StringIO is missing");
  auto* s = static_cast<StringIO*>(vm.heap.alloc(sizeof(StringIO), t));
  if (!s) return raise_no_memory(vm);
  return Value::ptr(s);
}

Status stringio_init(VM& vm, StringIO* s, Value init, Value newline) {
  Root rs(vm, Value::ptr(s));
  Str* nl = nullptr;
  if (!newline.is_null() && !newline.is_none()) {
    if (!is_str(newline)) {
      raise(vm, vm.TypeError, "newline must be str or None, not %s", type_name(vm, newline));
      return Status::Error;
    }
    nl = as_str(newline);
    std::string_view v = nl->view();
    if (!(v.empty() || v == "\n" || v == "\r" || v == "\r\n")) {
      raise(vm, vm.ValueError, "illegal newline value: %R", newline);
      return Status::Error;
    }
  } else if (newline.is_null()) {
    nl = vm.intern("\n");
  }
  if (!init.is_null() && !init.is_none() && !str_unwrap(init)) {
    raise(vm, vm.TypeError, "initial_value must be str or None, not %s", type_name(vm, init));
    return Status::Error;
  }
  s->ok = 0;
  s->len = 0;
  s->pos = 0;
  s->closed = 0;
  s->seennl = 0;
  s->readnl = nl && nl->nbytes ? vm.intern(nl) : nullptr;
  s->readuniversal = !nl || nl->nbytes == 0;
  s->readtranslate = !nl;
  s->writenl = nl && nl->nbytes && nl->data[0] == '\r' ? s->readnl : nullptr;
  if (!init.is_null() && !init.is_none()) {
    if (failed(sio_write_str(vm, s, str_unwrap(init)))) return Status::Error;
    s->pos = 0;
  }
  s->ok = 1;
  return Status::Ok;
}

const char* const stringio_names[] = {"initial_value", "newline"};

Value stringio_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (failed(clinic_args(vm, "StringIO", args, nargs, kw, stringio_names, 2, 0, a))) return Value::null();
  Value v = stringio_new(vm);
  if (v.is_null()) return v;
  Root rv(vm, v);
  if (failed(stringio_init(vm, v.as<StringIO>(), a[0], a[1]))) return Value::null();
  return v;
}

Value sio_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  StringIO* s = stringio_of(self);
  if (!s) return raise(vm, vm.TypeError, "descriptor '__init__' requires a '_io.StringIO' object");
  Value a[2];
  if (failed(clinic_args(vm, "StringIO", args, nargs, kw, stringio_names, 2, 0, a))) return Value::null();
  if (failed(stringio_init(vm, s, a[0], a[1]))) return Value::null();
  return Value::none();
}

Value sio_getvalue(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  return sio_text(vm, s, 0, s->len);
}

Value sio_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (s->closed) return raise_closed(vm, "I/O operation on closed file");
  if (s->pos >= s->len) return Value::ptr(vm.s_empty);
  size_t avail = s->len - s->pos;
  size_t take = n < 0 || size_t(n) > avail ? avail : size_t(n);
  size_t from = s->pos;
  s->pos += take;
  return sio_text(vm, s, from, from + take);
}

// End (exclusive) of the line starting at pos, at most `limit` code points (-1: no limit).
size_t sio_line_end(StringIO* s, int64_t limit) {
  size_t start = s->pos, stop = s->len;
  if (limit >= 0 && start + size_t(limit) < stop) stop = start + size_t(limit);
  for (size_t i = start; i < stop; i++) {
    uint32_t c = s->buf[i];
    if (s->readtranslate) {
      if (c == '\n') return i + 1;
    } else if (s->readuniversal) {
      if (c == '\n') return i + 1;
      if (c == '\r') return i + 1 < stop && s->buf[i + 1] == '\n' ? i + 2 : i + 1;
    } else {
      Str* nl = s->readnl;
      if (c == uint8_t(nl->data[0])) {
        if (nl->nbytes == 1) return i + 1;
        if (i + 1 < stop && s->buf[i + 1] == uint8_t(nl->data[1])) return i + 2;
      }
    }
  }
  return stop;
}

Value sio_readline_impl(VM& vm, StringIO* s, int64_t limit) {
  if (s->pos >= s->len) return Value::ptr(vm.s_empty);
  size_t from = s->pos, to = sio_line_end(s, limit);
  s->pos = to;
  return sio_text(vm, s, from, to);
}

Value sio_readline(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (s->closed) return raise_closed(vm, "I/O operation on closed file");
  return sio_readline_impl(vm, s, n);
}

Value sio_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  Value line = sio_readline_impl(vm, s, -1);
  if (line.is_null()) return line;
  if (as_str(line)->length == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  return line;
}

Value sio_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SIO_SELF;
  Str* text = str_unwrap(args[0]);
  if (!text) return raise(vm, vm.TypeError, "string argument expected, got '%s'", type_name(vm, args[0]));
  if (s->closed) return raise_closed(vm, "I/O operation on closed file");
  int64_t n = text->length;
  if (failed(sio_write_str(vm, s, text))) return Value::null();
  return new_int(vm, n);
}

Value sio_seek(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SIO_SELF;
  int64_t pos, whence = 0;
  if (failed(int_arg(vm, args[0], pos))) return Value::null();
  if (nargs > 1 && failed(int_arg(vm, args[1], whence))) return Value::null();
  if (s->closed) return raise_closed(vm, "I/O operation on closed file");
  if (whence != 0 && whence != 1 && whence != 2)
    return raise(vm, vm.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", int(whence));
  if (pos < 0 && whence == 0) return raise(vm, vm.ValueError, "Negative seek position %ld", long(pos));
  if (whence != 0 && pos != 0) return raise(vm, vm.OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = int64_t(s->pos);
  else if (whence == 2) pos = int64_t(s->len);
  s->pos = size_t(pos);
  return new_int(vm, pos);
}

Value sio_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  return new_int(vm, int64_t(s->pos));
}

Value sio_truncate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SIO_SELF;
  int64_t size = -1;
  bool given = nargs > 0 && !args[0].is_none();
  if (given && failed(size_arg(vm, args[0], size))) return Value::null();
  if (s->closed) return raise_closed(vm, "I/O operation on closed file");
  if (!given) size = int64_t(s->pos);
  if (size < 0) return raise(vm, vm.ValueError, "Negative size value %ld", long(size));
  if (size_t(size) < s->len) s->len = size_t(size);
  return new_int(vm, size);
}

Value sio_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  StringIO* s = stringio_of(self);
  if (!s) return raise(vm, vm.TypeError, "descriptor 'close' requires a '_io.StringIO' object");
  s->closed = 1;
  fin_stringio(vm, s);
  return Value::none();
}

Value sio_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_SELF;
  return Value::boolean(s->closed);
}

Value sio_true(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  return Value::true_();
}

Value sio_line_buffering(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  return Value::false_();
}

Value sio_newlines(VM& vm, Value self, Value*, size_t, Tuple*) {
  SIO_OPEN;
  if (!s->readuniversal) return Value::none();
  return newlines_value(vm, s->seennl);
}

Value sio_getstate(VM& vm, Value self, Value*, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "cannot pickle '%s' object", type_name(vm, self));
}

// ---------- BytesIO ----------

struct BytesIO : Object {
  ByteBuf buf;
  size_t pos;
  uint8_t closed;
};

void trace_bytesio(Object*, Marker&) {}
void fin_bytesio(VM& vm, Object* o) { static_cast<BytesIO*>(o)->buf.release(vm); }

BytesIO* bytesio_of(Value v) { return native_of<BytesIO>(v, trace_bytesio); }

BytesIO* BIO(VM& vm, Value self) {
  BytesIO* b = bytesio_of(self);
  if (!b) raise(vm, vm.TypeError, "descriptor requires a '_io.BytesIO' object but received a '%s'", type_name(vm, self));
  return b;
}

#define BIO_SELF                \
  BytesIO* b = BIO(vm, self);   \
  if (!b) return Value::null(); \
  Root rself(vm, Value::ptr(b))
#define BIO_OPEN \
  BIO_SELF;      \
  if (b->closed) return raise_closed(vm)

Value bytesio_new(VM& vm) {
  Type* t = io_type(vm, "BytesIO");
  if (!t) return raise(vm, vm.SystemError, "_io.BytesIO is missing");
  auto* b = static_cast<BytesIO*>(vm.heap.alloc(sizeof(BytesIO), t));
  if (!b) return raise_no_memory(vm);
  return Value::ptr(b);
}

Status bytesio_init(VM& vm, BytesIO* b, Value init) {
  b->buf.len = 0;
  b->pos = 0;
  b->closed = 0;
  if (init.is_null() || init.is_none()) return Status::Ok;
  std::string_view v;
  if (!bytes_view(init, v)) {
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, init));
    return Status::Error;
  }
  std::string copy(v);  // the allocation below may collect
  return b->buf.append(vm, copy);
}

const char* const bytesio_names[] = {"initial_bytes"};

Value bytesio_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  if (failed(clinic_args(vm, "BytesIO", args, nargs, kw, bytesio_names, 1, 0, a))) return Value::null();
  Root ra(vm, a[0]);
  Value v = bytesio_new(vm);
  if (v.is_null()) return v;
  Root rv(vm, v);
  if (failed(bytesio_init(vm, v.as<BytesIO>(), a[0]))) return Value::null();
  return v;
}

Value bio_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  BIO_SELF;
  Value a[1];
  if (failed(clinic_args(vm, "BytesIO", args, nargs, kw, bytesio_names, 1, 0, a))) return Value::null();
  if (failed(bytesio_init(vm, b, a[0]))) return Value::null();
  return Value::none();
}

Value bio_slice(VM& vm, BytesIO* b, size_t n) {
  size_t from = b->pos;
  b->pos += n;
  return new_bytes(vm, std::string_view(b->buf.data + from, n));
}

size_t bio_avail(BytesIO* b) { return b->pos < b->buf.len ? b->buf.len - b->pos : 0; }

Value bio_getvalue(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  return new_bytes(vm, b->buf.view());
}

// getbuffer(): a writable memoryview of a snapshot of the contents (a bytearray copy), so
// writes through the view do not reach the stream and the stream can still be resized.
Value bio_getbuffer(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  Value copy = new_bytearray(vm, b->buf.view());
  if (copy.is_null()) return copy;
  Root rc(vm, copy);
  Value mvt = dict_get_cstr(vm, vm.builtins->dict, "memoryview");
  if (mvt.is_null()) return raise(vm, vm.SystemError, "memoryview is missing");
  return call1(vm, mvt, copy);
}

Value bio_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (b->closed) return raise_closed(vm);
  size_t avail = bio_avail(b);
  return bio_slice(vm, b, n < 0 || size_t(n) > avail ? avail : size_t(n));
}

size_t bio_line_len(BytesIO* b, int64_t limit) {
  size_t avail = bio_avail(b);
  if (limit >= 0 && size_t(limit) < avail) avail = size_t(limit);
  const char* start = b->buf.data + b->pos;
  const void* nl = avail ? std::memchr(start, '\n', avail) : nullptr;
  return nl ? size_t(static_cast<const char*>(nl) - start) + 1 : avail;
}

Value bio_readline(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BIO_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (b->closed) return raise_closed(vm);
  return bio_slice(vm, b, bio_line_len(b, n));
}

Value bio_readlines(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BIO_SELF;
  int64_t hint = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], hint))) return Value::null();
  if (b->closed) return raise_closed(vm);
  List* l = new_list(vm);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  int64_t total = 0;
  for (;;) {
    size_t n = bio_line_len(b, -1);
    if (n == 0) break;
    Value line = bio_slice(vm, b, n);
    if (line.is_null() || failed(list_append(vm, l, line))) return Value::null();
    total += int64_t(n);
    if (hint > 0 && total >= hint) break;
  }
  return rl.get();
}

Value bio_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  size_t n = bio_line_len(b, -1);
  if (n == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  return bio_slice(vm, b, n);
}

Value bio_readinto(VM& vm, Value self, Value* args, size_t, Tuple*) {
  BIO_OPEN;
  ByteArray* ba = bytearray_unwrap(args[0]);
  if (!ba) return raise(vm, vm.TypeError, "readinto() argument must be read-write bytes-like object, not %s", type_name(vm, args[0]));
  size_t n = bio_avail(b);
  if (n > ba->size) n = ba->size;
  if (n) std::memcpy(ba->data, b->buf.data + b->pos, n);
  b->pos += n;
  return new_int(vm, int64_t(n));
}

Status bio_write_bytes(VM& vm, BytesIO* b, std::string_view v) {
  if (v.empty()) return Status::Ok;
  size_t endpos = b->pos + v.size();
  std::string copy;
  if (endpos > b->buf.cap) {  // growing may collect: keep the data
    copy.assign(v);
    v = copy;
    if (failed(b->buf.reserve(vm, endpos))) return Status::Error;
  }
  if (b->pos > b->buf.len) std::memset(b->buf.data + b->buf.len, 0, b->pos - b->buf.len);
  std::memcpy(b->buf.data + b->pos, v.data(), v.size());
  b->pos = endpos;
  if (endpos > b->buf.len) b->buf.len = endpos;
  return Status::Ok;
}

Value bio_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  BIO_OPEN;
  std::string_view v;
  if (!bytes_view(args[0], v)) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  Root rarg(vm, args[0]);
  if (failed(bio_write_bytes(vm, b, v))) return Value::null();
  return new_int(vm, int64_t(v.size()));
}

Value bio_writelines(VM& vm, Value self, Value* args, size_t, Tuple*) {
  BIO_OPEN;
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value line = iter_next(vm, it);
    if (line.is_null()) return vm.exc.is_null() ? Value::none() : line;
    Root rline(vm, line);
    if (b->closed) return raise_closed(vm);
    std::string_view v;
    if (!bytes_view(line, v)) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, line));
    if (failed(bio_write_bytes(vm, b, v))) return Value::null();
  }
}

Value bio_seek(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BIO_SELF;
  int64_t pos, whence = 0;
  if (failed(int_arg(vm, args[0], pos))) return Value::null();
  if (nargs > 1 && failed(int_arg(vm, args[1], whence))) return Value::null();
  if (b->closed) return raise_closed(vm);
  if (pos < 0 && whence == 0) return raise(vm, vm.ValueError, "negative seek value %ld", long(pos));
  if (whence == 1) pos += int64_t(b->pos);
  else if (whence == 2) pos += int64_t(b->buf.len);
  else if (whence != 0) return raise(vm, vm.ValueError, "invalid whence (%d, should be 0, 1 or 2)", int(whence));
  if (pos < 0) pos = 0;
  b->pos = size_t(pos);
  return new_int(vm, pos);
}

Value bio_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  return new_int(vm, int64_t(b->pos));
}

Value bio_truncate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BIO_SELF;
  int64_t size = -1;
  bool given = nargs > 0 && !args[0].is_none();
  if (given && failed(size_arg(vm, args[0], size))) return Value::null();
  if (b->closed) return raise_closed(vm);
  if (!given) size = int64_t(b->pos);
  if (size < 0) return raise(vm, vm.ValueError, "negative size value %ld", long(size));
  if (size_t(size) < b->buf.len) b->buf.len = size_t(size);
  return new_int(vm, size);
}

Value bio_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_SELF;
  b->closed = 1;
  b->buf.release(vm);
  return Value::none();
}

Value bio_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_SELF;
  return Value::boolean(b->closed);
}

Value bio_true(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  return Value::true_();
}
Value bio_false(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  return Value::false_();
}
Value bio_flush(VM& vm, Value self, Value*, size_t, Tuple*) {
  BIO_OPEN;
  return Value::none();
}

}  // namespace

Value newlines_value(VM& vm, int seen) {
  auto s = [&](const char* t) { return Value::ptr(vm.intern(t)); };
  switch (seen) {
    case 0: return Value::none();
    case 1: return s("\n");
    case 2: return s("\r");
    case 4: return s("\r\n");
    case 3: {
      Value items[2] = {s("\r"), s("\n")};
      return new_tuple_from(vm, items, 2);
    }
    case 5: {
      Value items[2] = {s("\n"), s("\r\n")};
      return new_tuple_from(vm, items, 2);
    }
    case 6: {
      Value items[2] = {s("\r"), s("\r\n")};
      return new_tuple_from(vm, items, 2);
    }
    default: {
      Value items[3] = {s("\r"), s("\n"), s("\r\n")};
      return new_tuple_from(vm, items, 3);
    }
  }
}

Status init_memory_types(VM& vm, Module* m, Type* buffered_base, Type* text_base) {
  Type* st = native_type(vm, m, "_io", "StringIO", Layout::Opaque, stringio_ctor, text_base);
  if (!st) return Status::Error;
  st->trace = trace_stringio;
  st->finalize = fin_stringio;
  st->tflags |= kTypeInitFills;
  static const MethodDef sio_methods[] = {
      {"__init__", sio_init, 0, -1, kBuiltinKeywords},
      {"getvalue", sio_getvalue, 0, 0, 0},
      {"read", sio_read, 0, 1, 0},
      {"readline", sio_readline, 0, 1, 0},
      {"write", sio_write, 1, 1, 0},
      {"seek", sio_seek, 1, 2, 0},
      {"tell", sio_tell, 0, 0, 0},
      {"truncate", sio_truncate, 0, 1, 0},
      {"close", sio_close, 0, 0, 0},
      {"readable", sio_true, 0, 0, 0},
      {"writable", sio_true, 0, 0, 0},
      {"seekable", sio_true, 0, 0, 0},
      {"__next__", sio_next, 0, 0, 0},
      {"__getstate__", sio_getstate, 0, 0, 0},
  };
  add_methods(vm, st, sio_methods);
  add_getter(vm, st, "closed", sio_closed);
  add_getter(vm, st, "line_buffering", sio_line_buffering);
  add_getter(vm, st, "newlines", sio_newlines);

  Type* bt = native_type(vm, m, "_io", "BytesIO", Layout::Opaque, bytesio_ctor, buffered_base);
  if (!bt) return Status::Error;
  bt->trace = trace_bytesio;
  bt->finalize = fin_bytesio;
  bt->tflags |= kTypeInitFills;
  static const MethodDef bio_methods[] = {
      {"__init__", bio_init, 0, -1, kBuiltinKeywords},
      {"getvalue", bio_getvalue, 0, 0, 0},
      {"getbuffer", bio_getbuffer, 0, 0, 0},
      {"read", bio_read, 0, 1, 0},
      {"read1", bio_read, 0, 1, 0},
      {"readline", bio_readline, 0, 1, 0},
      {"readlines", bio_readlines, 0, 1, 0},
      {"readinto", bio_readinto, 1, 1, 0},
      {"readinto1", bio_readinto, 1, 1, 0},
      {"write", bio_write, 1, 1, 0},
      {"writelines", bio_writelines, 1, 1, 0},
      {"seek", bio_seek, 1, 2, 0},
      {"tell", bio_tell, 0, 0, 0},
      {"truncate", bio_truncate, 0, 1, 0},
      {"close", bio_close, 0, 0, 0},
      {"readable", bio_true, 0, 0, 0},
      {"writable", bio_true, 0, 0, 0},
      {"seekable", bio_true, 0, 0, 0},
      {"isatty", bio_false, 0, 0, 0},
      {"flush", bio_flush, 0, 0, 0},
      {"__next__", bio_next, 0, 0, 0},
      {"__getstate__", sio_getstate, 0, 0, 0},
  };
  add_methods(vm, bt, bio_methods);
  add_getter(vm, bt, "closed", bio_closed);
  return Status::Ok;
}

}  // namespace taipan::runtime::io
