// The buffered binary streams of _io: BufferedReader, BufferedWriter, BufferedRandom (one
// Buffered struct, `kind` telling which) and BufferedRWPair, as CPython 3.11's.
//
// A Buffered keeps a read-ahead buffer (rbuf, unread bytes at rbuf.data[rpos..rbuf.len)) and
// a buffer of pending writes (wbuf); only BufferedRandom ever has both in use, and it
// flushes the writes before reading and moves the raw position back over the unread bytes
// before writing. The logical position is raw.tell() - unread + pending.
// Raw I/O goes straight to the descriptor when the raw object is an exact native FileIO
// (`st`, shared with it, see io.h), otherwise through the raw object's readinto / write /
// seek / tell methods. Pending writes over a native FileIO are written out when the
// Buffered is finalized (collected, or at VM exit); over any other raw object they are
// written only by flush() or close().
#include <algorithm>
#include <cerrno>
#include <unistd.h>

#include "modules/io.h"

namespace taipan::runtime::io {

enum BufKind : uint8_t { kReader, kWriter, kRandom };

struct Buffered : Object {
  Value raw;
  FdState* st;
  ByteBuf rbuf, wbuf;
  size_t rpos;
  int64_t buffer_size;
  uint8_t kind, detached, ok;
};

namespace {

void trace_buffered(Object* o, Marker& m) { m.mark(static_cast<Buffered*>(o)->raw); }

// Writes out what is pending to the descriptor; used by the finalizer (errors ignored).
void write_pending_fd(Buffered* b) {
  if (!b->st || b->st->fd < 0) return;
  size_t off = 0;
  while (off < b->wbuf.len) {
    ssize_t n = ::write(b->st->fd, b->wbuf.data + off, b->wbuf.len - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += size_t(n);
  }
  b->wbuf.len = 0;
}

void fin_buffered(VM& vm, Object* o) {
  auto* b = static_cast<Buffered*>(o);
  write_pending_fd(b);
  if (b->st) fd_release(b->st);
  b->st = nullptr;
  b->rbuf.release(vm);
  b->wbuf.release(vm);
}

Buffered* buffered_of(Value v) { return native_of<Buffered>(v, trace_buffered); }

Buffered* BUF(VM& vm, Value self) {
  Buffered* b = buffered_of(self);
  if (!b) {
    raise(vm, vm.TypeError, "descriptor requires a buffered object but received a '%s'", type_name(vm, self));
    return nullptr;
  }
  if (!b->ok) {
    raise(vm, vm.ValueError, b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return nullptr;
  }
  return b;
}

// Whether the raw stream is closed: 1, 0, -1 on error.
int is_closed(VM& vm, Buffered* b) {
  if (b->st) return b->st->fd < 0;
  return attr_truth(vm, b->raw, "closed");
}

// Raises ValueError(msg) when closed.
Status check_open(VM& vm, Buffered* b, const char* msg) {
  int c = is_closed(vm, b);
  if (c < 0) return Status::Error;
  if (c) {
    raise_closed(vm, msg);
    return Status::Error;
  }
  return Status::Ok;
}

#define BUF_SELF                 \
  Buffered* b = BUF(vm, self);   \
  if (!b) return Value::null();  \
  Root rself(vm, Value::ptr(b))
#define BUF_OPEN(msg) \
  BUF_SELF;           \
  if (failed(check_open(vm, b, msg))) return Value::null()

// ---------- raw operations ----------

// Reads up to n bytes from the raw stream; appends them to out. Returns the count (0 at
// EOF), -2 when a non-blocking raw stream has nothing (None), -1 on error.
int64_t raw_read(VM& vm, Buffered* b, size_t n, std::string& out) {
  if (b->st) {
    size_t old = out.size();
    out.resize(old + n);
    ssize_t got;
    do got = ::read(b->st->fd, out.data() + old, n);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
      out.resize(old);
      if (errno == EAGAIN) return -2;
      raise_os_error(vm, errno);
      return -1;
    }
    out.resize(old + size_t(got));
    return got;
  }
  Root rb(vm, Value::ptr(b));
  Value ba = new_bytearray(vm, std::string(n, '\0'));
  if (ba.is_null()) return -1;
  Root rba(vm, ba);
  Value r = call_method(vm, b->raw, vm.intern("readinto"), &ba, 1);
  if (r.is_null()) return -1;
  if (r.is_none()) return -2;
  int64_t got;
  if (failed(int_arg(vm, r, got))) return -1;
  if (got < 0 || size_t(got) > n) {
    raise(vm, vm.OSError, "raw readinto() returned invalid length %ld (should have been between 0 and %zu)", long(got), n);
    return -1;
  }
  out.append(bytearray_unwrap(ba)->data, size_t(got));
  return got;
}

Status raw_write_all(VM& vm, Buffered* b, std::string_view data) {
  size_t off = 0;
  if (b->st) {
    while (off < data.size()) {
      if (b->st->fd < 0) {
        raise_closed(vm, "I/O operation on closed file");
        return Status::Error;
      }
      ssize_t n = ::write(b->st->fd, data.data() + off, data.size() - off);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        raise_os_error(vm, errno);
        return Status::Error;
      }
      off += size_t(n);
    }
    return Status::Ok;
  }
  Root rb(vm, Value::ptr(b));
  std::string copy(data);
  while (off < copy.size()) {
    Value chunk = new_bytes(vm, std::string_view(copy).substr(off));
    if (chunk.is_null()) return Status::Error;
    Root rc(vm, chunk);
    Value r = call_method(vm, b->raw, vm.s_write, &chunk, 1);
    if (r.is_null()) return Status::Error;
    if (r.is_none()) {
      raise(vm, vm.BlockingIOError, "write could not complete without blocking");
      return Status::Error;
    }
    int64_t n;
    if (failed(int_arg(vm, r, n))) return Status::Error;
    if (n < 0 || size_t(n) > copy.size() - off) {
      raise(vm, vm.OSError, "raw write() returned invalid length %ld (should have been between 0 and %zu)", long(n),
            copy.size() - off);
      return Status::Error;
    }
    off += size_t(n);
  }
  return Status::Ok;
}

Value raw_seek(VM& vm, Buffered* b, int64_t pos, int whence) {
  if (b->st) {
    if (b->st->fd < 0) return raise_closed(vm, "I/O operation on closed file");
    off_t r = lseek(b->st->fd, off_t(pos), whence);
    if (r < 0) return raise_os_error(vm, errno);
    return new_int(vm, int64_t(r));
  }
  Value a[2] = {Value::null(), Value::small(whence)};
  a[0] = new_int(vm, pos);
  if (a[0].is_null()) return a[0];
  Root rpos(vm, a[0]);
  return call_method(vm, b->raw, vm.intern("seek"), a, 2);
}

Status raw_tell(VM& vm, Buffered* b, int64_t& out) {
  if (b->st) {
    if (b->st->fd < 0) {
      raise_closed(vm, "I/O operation on closed file");
      return Status::Error;
    }
    off_t r = lseek(b->st->fd, 0, SEEK_CUR);
    if (r < 0) {
      raise_os_error(vm, errno);
      return Status::Error;
    }
    out = r;
    return Status::Ok;
  }
  Value r = call_method(vm, b->raw, vm.intern("tell"), nullptr, 0);
  if (r.is_null()) return Status::Error;
  return int_arg(vm, r, out);
}

size_t unread(Buffered* b) { return b->rbuf.len - b->rpos; }

// Writes the pending bytes to the raw stream.
Status flush_writes(VM& vm, Buffered* b) {
  if (b->wbuf.len == 0) return Status::Ok;
  Root rb(vm, Value::ptr(b));
  std::string data(b->wbuf.view());
  b->wbuf.len = 0;
  return raw_write_all(vm, b, data);
}

// Drops the read-ahead, moving the raw position back to the logical one.
Status drop_readahead(VM& vm, Buffered* b) {
  size_t n = unread(b);
  b->rbuf.len = b->rpos = 0;
  if (n == 0) return Status::Ok;
  return raw_seek(vm, b, -int64_t(n), SEEK_CUR).is_null() ? Status::Error : Status::Ok;
}

// Before reading: pending writes go out first (BufferedRandom).
Status prepare_read(VM& vm, Buffered* b) { return flush_writes(vm, b); }
// Before writing: the raw position must be the logical one.
Status prepare_write(VM& vm, Buffered* b) { return b->kind == kRandom ? drop_readahead(vm, b) : Status::Ok; }

// Makes sure some unread bytes are buffered (one raw read). 0 at EOF, -2 no data
// (non-blocking), -1 error, else the count available.
int64_t fill(VM& vm, Buffered* b) {
  if (unread(b)) return int64_t(unread(b));
  b->rbuf.len = b->rpos = 0;
  std::string tmp;
  int64_t got = raw_read(vm, b, size_t(b->buffer_size), tmp);
  if (got <= 0) return got;
  if (failed(b->rbuf.append(vm, tmp))) return -1;
  return got;
}

Value take(VM& vm, Buffered* b, size_t n) {
  size_t from = b->rpos;
  b->rpos += n;
  return new_bytes(vm, std::string_view(b->rbuf.data + from, n));
}

Status read_all(VM& vm, Buffered* b, std::string& out, bool& got_none) {
  got_none = false;
  out.assign(b->rbuf.data + b->rpos, unread(b));
  b->rbuf.len = b->rpos = 0;
  for (;;) {
    int64_t got = raw_read(vm, b, size_t(b->buffer_size > 65536 ? b->buffer_size : 65536), out);
    if (got == -1) return Status::Error;
    if (got == -2) {
      got_none = out.empty();
      return Status::Ok;
    }
    if (got == 0) return Status::Ok;
  }
}

Value read_n(VM& vm, Buffered* b, int64_t n) {
  if (size_t(n) <= unread(b)) return take(vm, b, size_t(n));
  std::string out(b->rbuf.data + b->rpos, unread(b));
  b->rbuf.len = b->rpos = 0;
  while (out.size() < size_t(n)) {
    size_t want = size_t(n) - out.size();
    if (want >= size_t(b->buffer_size)) {
      int64_t got = raw_read(vm, b, want, out);
      if (got == -1) return Value::null();
      if (got <= 0) {
        if (got == -2 && out.empty()) return Value::none();
        break;
      }
    } else {
      int64_t got = fill(vm, b);
      if (got == -1) return Value::null();
      if (got <= 0) {
        if (got == -2 && out.empty()) return Value::none();
        break;
      }
      size_t k = std::min(want, unread(b));
      out.append(b->rbuf.data + b->rpos, k);
      b->rpos += k;
    }
  }
  return new_bytes(vm, out);
}

Value readline_impl(VM& vm, Buffered* b, int64_t limit) {
  std::string out;
  for (;;) {
    size_t avail = unread(b);
    if (limit >= 0 && out.size() + avail > size_t(limit)) avail = size_t(limit) - out.size();
    const char* start = b->rbuf.data + b->rpos;
    const void* nl = avail ? std::memchr(start, '\n', avail) : nullptr;
    if (nl) {
      size_t k = size_t(static_cast<const char*>(nl) - start) + 1;
      if (out.empty()) return take(vm, b, k);
      out.append(start, k);
      b->rpos += k;
      break;
    }
    out.append(start, avail);
    b->rpos += avail;
    if (limit >= 0 && out.size() >= size_t(limit)) break;
    int64_t got = fill(vm, b);
    if (got == -1) return Value::null();
    if (got <= 0) break;
  }
  return new_bytes(vm, out);
}

// ---------- methods ----------

Value new_buffered(VM& vm, Type* t) {
  auto* b = static_cast<Buffered*>(vm.heap.alloc(sizeof(Buffered), t));
  if (!b) return raise_no_memory(vm);
  b->raw = Value::null();
  return Value::ptr(b);
}

Status buffered_init(VM& vm, Buffered* b, Value raw, Value size) {
  Root rb(vm, Value::ptr(b)), rraw(vm, raw);
  b->ok = 0;
  b->detached = 0;
  int64_t bs = kDefaultBufferSize;
  if (!size.is_null() && failed(int_arg(vm, size, bs))) return Status::Error;
  // raw.readable()/writable()/seekable(), as CPython asks them (raw need not derive from IOBase).
  auto check = [&](const char* method, const char* msg) {
    Value r = call_method(vm, rraw.value, vm.intern(method), nullptr, 0);
    if (r.is_null()) return Status::Error;
    int t = truthy(vm, r);
    if (t < 0) return Status::Error;
    if (!t) {
      raise_unsupported(vm, msg);
      return Status::Error;
    }
    return Status::Ok;
  };
  if (b->kind != kWriter && failed(check("readable", "File or stream is not readable."))) return Status::Error;
  if (b->kind != kReader && failed(check("writable", "File or stream is not writable."))) return Status::Error;
  if (b->kind == kRandom && failed(check("seekable", "File or stream is not seekable."))) return Status::Error;
  if (bs <= 0) {
    raise(vm, vm.ValueError, "buffer size must be strictly positive");
    return Status::Error;
  }
  if (b->st) fd_release(b->st);
  b->st = nullptr;
  b->raw = raw;
  if (FileIO* f = as_fileio(raw)) {
    b->st = fileio_state(f);
    if (b->st) b->st->refs++;
  }
  b->buffer_size = bs;
  b->rbuf.len = b->rpos = 0;
  b->wbuf.len = 0;
  b->ok = 1;
  return Status::Ok;
}

const char* const buffered_names[] = {"raw", "buffer_size"};

Value buffered_ctor(VM& vm, Type* t, BufKind kind, Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  if (failed(clinic_args(vm, kind == kReader ? "BufferedReader" : kind == kWriter ? "BufferedWriter" : "BufferedRandom",
                         args, nargs, kw, buffered_names, 2, 0, a)))
    return Value::null();
  Value v = new_buffered(vm, t);
  if (v.is_null()) return v;
  Root rv(vm, v);
  v.as<Buffered>()->kind = kind;
  if (a[0].is_null()) {
    if (nargs == 0 && !kw) return v;
    return raise(vm, vm.TypeError, "missing required argument 'raw' (pos 1)");
  }
  if (failed(buffered_init(vm, v.as<Buffered>(), a[0], a[1]))) return Value::null();
  return v;
}

Value reader_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return buffered_ctor(vm, self.as<Type>(), kReader, args, nargs, kw);
}
Value writer_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return buffered_ctor(vm, self.as<Type>(), kWriter, args, nargs, kw);
}
Value random_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return buffered_ctor(vm, self.as<Type>(), kRandom, args, nargs, kw);
}

Value buf_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Buffered* b = buffered_of(self);
  if (!b) return raise(vm, vm.TypeError, "descriptor '__init__' requires a buffered object");
  Value a[2];
  if (failed(clinic_args(vm, "__init__", args, nargs, kw, buffered_names, 2, 1, a))) return Value::null();
  if (failed(buffered_init(vm, b, a[0], a[1]))) return Value::null();
  return Value::none();
}

Value buf_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BUF_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (n < -1) return raise(vm, vm.ValueError, "read length must be non-negative or -1");
  if (failed(check_open(vm, b, "read of closed file")) || failed(prepare_read(vm, b))) return Value::null();
  if (n == -1) {
    std::string out;
    bool none;
    if (failed(read_all(vm, b, out, none))) return Value::null();
    return none ? Value::none() : new_bytes(vm, out);
  }
  return read_n(vm, b, n);
}

Value buf_read1(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BUF_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (n < 0) n = b->buffer_size;
  if (failed(check_open(vm, b, "read of closed file")) || failed(prepare_read(vm, b))) return Value::null();
  if (n == 0) return new_bytes(vm, "");
  if (unread(b)) return take(vm, b, std::min(size_t(n), unread(b)));
  if (n > b->buffer_size) {
    std::string out;
    int64_t got = raw_read(vm, b, size_t(n), out);
    if (got == -1) return Value::null();
    return new_bytes(vm, out);
  }
  int64_t got = fill(vm, b);
  if (got == -1) return Value::null();
  if (got <= 0) return new_bytes(vm, "");
  return take(vm, b, std::min(size_t(n), unread(b)));
}

Value buf_peek(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_OPEN("peek of closed file");
  if (failed(prepare_read(vm, b))) return Value::null();
  if (fill(vm, b) == -1) return Value::null();
  return new_bytes(vm, std::string_view(b->rbuf.data + b->rpos, unread(b)));
}

Value buf_readline(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BUF_SELF;
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (failed(check_open(vm, b, "readline of closed file")) || failed(prepare_read(vm, b))) return Value::null();
  return readline_impl(vm, b, n);
}

Value buf_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_OPEN("readline of closed file");
  if (failed(prepare_read(vm, b))) return Value::null();
  Value line = readline_impl(vm, b, -1);
  if (line.is_null()) return line;
  if (line.as<Bytes>()->size == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  return line;
}

Value buf_readinto(VM& vm, Value self, Value* args, size_t, Tuple*) {
  BUF_SELF;
  ByteArray* ba = bytearray_unwrap(args[0]);
  if (!ba) return raise(vm, vm.TypeError, "readinto() argument must be read-write bytes-like object, not %s", type_name(vm, args[0]));
  Root rt(vm, args[0]);
  if (failed(check_open(vm, b, "readinto of closed file")) || failed(prepare_read(vm, b))) return Value::null();
  Value d = read_n(vm, b, int64_t(ba->size));
  if (d.is_null() || d.is_none()) return d;
  ba = bytearray_unwrap(args[0]);
  size_t n = d.as<Bytes>()->size;
  if (n) std::memcpy(ba->data, d.as<Bytes>()->data, n);
  return new_int(vm, int64_t(n));
}

Value buf_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  BUF_SELF;
  std::string_view v;
  if (!bytes_view(args[0], v)) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  std::string data(v);
  if (failed(check_open(vm, b, "write to closed file"))) return Value::null();
  if (failed(buffered_write(vm, b, data))) return Value::null();
  return new_int(vm, int64_t(data.size()));
}

Value buf_flush(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  if (b->kind == kReader) return call_method(vm, b->raw, vm.s_flush, nullptr, 0);
  if (failed(check_open(vm, b, "flush of closed file"))) return Value::null();
  if (failed(buffered_flush(vm, b))) return Value::null();
  return Value::none();
}

Value buf_seek(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BUF_SELF;
  int64_t pos, whence = 0;
  if (failed(int_arg(vm, args[0], pos))) return Value::null();
  if (nargs > 1 && failed(int_arg(vm, args[1], whence))) return Value::null();
  if (whence < 0 || whence > 2) return raise(vm, vm.ValueError, "whence value %d unsupported", int(whence));
  if (failed(check_open(vm, b, "seek of closed file"))) return Value::null();
  if (failed(flush_writes(vm, b))) return Value::null();
  if (whence == 1) pos -= int64_t(unread(b));
  b->rbuf.len = b->rpos = 0;
  return raw_seek(vm, b, pos, int(whence));
}

Value buf_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  int64_t pos;
  if (failed(raw_tell(vm, b, pos))) return Value::null();
  pos = pos - int64_t(unread(b)) + int64_t(b->wbuf.len);
  return new_int(vm, pos < 0 ? 0 : pos);
}

Value buf_truncate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  BUF_OPEN("truncate of closed file");
  if (b->kind == kReader) return raise_unsupported(vm, "truncate");
  if (failed(buffered_flush(vm, b)) || failed(drop_readahead(vm, b))) return Value::null();
  Value a = nargs > 0 ? args[0] : Value::none();
  return call_method(vm, b->raw, vm.intern("truncate"), &a, 1);
}

Value buf_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  int c = is_closed(vm, b);
  if (c < 0) return Value::null();
  if (c) return Value::none();
  Status fs = flush_writes(vm, b);
  Root rexc(vm, vm.exc);
  vm.exc = Value::null();
  b->rbuf.len = b->rpos = 0;
  Value r = call_method(vm, b->raw, vm.s_close, nullptr, 0);
  if (r.is_null()) return r;
  if (failed(fs)) {
    vm.exc = rexc.get();
    return Value::null();
  }
  return Value::none();
}

Value buf_detach(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  int c = is_closed(vm, b);
  if (c < 0) return Value::null();
  if (c) return raise_closed(vm);
  if (failed(buffered_flush(vm, b))) return Value::null();
  Value raw = b->raw;
  b->raw = Value::null();
  if (b->st) fd_release(b->st);
  b->st = nullptr;
  b->ok = 0;
  b->detached = 1;
  return raw;
}

Value delegate(VM& vm, Value self, const char* name) {
  BUF_SELF;
  return call_method(vm, b->raw, vm.intern(name), nullptr, 0);
}
Value buf_fileno(VM& vm, Value self, Value*, size_t, Tuple*) { return delegate(vm, self, "fileno"); }
Value buf_isatty(VM& vm, Value self, Value*, size_t, Tuple*) { return delegate(vm, self, "isatty"); }
Value buf_readable(VM& vm, Value self, Value*, size_t, Tuple*) { return delegate(vm, self, "readable"); }
Value buf_writable(VM& vm, Value self, Value*, size_t, Tuple*) { return delegate(vm, self, "writable"); }
Value buf_seekable(VM& vm, Value self, Value*, size_t, Tuple*) { return delegate(vm, self, "seekable"); }

Value buf_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  if (b->st) return Value::boolean(b->st->fd < 0);
  return getattr(vm, b->raw, vm.intern("closed"));
}
Value buf_raw(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  return b->raw;
}
Value buf_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  return getattr(vm, b->raw, vm.intern("name"));
}
Value buf_mode(VM& vm, Value self, Value*, size_t, Tuple*) {
  BUF_SELF;
  return getattr(vm, b->raw, vm.intern("mode"));
}

Value buf_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Buffered* b = buffered_of(self);
  if (!b) return raise(vm, vm.TypeError, "expected a buffered object");
  std::string s = "<";
  s += type_of(vm, self)->name->view();
  if (b->ok) {
    Root rb(vm, Value::ptr(b));
    Value name = getattr_opt(vm, b->raw, vm.intern("name"));
    if (name.is_null() && !vm.exc.is_null()) {
      if (!exc_matches(vm, vm.ValueError)) return Value::null();
      clear_exc(vm);
    }
    if (!name.is_null()) {
      Value r = repr(vm, name);
      if (r.is_null()) return r;
      s += " name=";
      s += as_str(r)->view();
    }
  }
  s += ">";
  return new_str(vm, s);
}

// ---------- BufferedRWPair ----------

struct RWPair : Object {
  Value reader, writer;
};

void trace_rwpair(Object* o, Marker& m) {
  m.mark(static_cast<RWPair*>(o)->reader);
  m.mark(static_cast<RWPair*>(o)->writer);
}

RWPair* rwpair_of(Value v) { return native_of<RWPair>(v, trace_rwpair); }

Status rwpair_init(VM& vm, RWPair* p, Value* a) {
  Root rp(vm, Value::ptr(p));
  Type* rt = io_type(vm, "BufferedReader");
  Type* wt = io_type(vm, "BufferedWriter");
  if (!rt || !wt) {
    raise(vm, vm.SystemError, "_io buffered types are missing");
    return Status::Error;
  }
  Value ra[2] = {a[0], a[2].is_null() ? Value::small(kDefaultBufferSize) : a[2]};
  Value r = call(vm, Value::ptr(rt), ra, 2);
  if (r.is_null()) return Status::Error;
  p->reader = r;
  Value wa[2] = {a[1], ra[1]};
  Value w = call(vm, Value::ptr(wt), wa, 2);
  if (w.is_null()) return Status::Error;
  p->writer = w;
  return Status::Ok;
}

Value rwpair_ctor(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"reader", "writer", "buffer_size"};
  Value a[3];
  if (failed(parse_old(vm, "BufferedRWPair", args, nargs, kw, names, 3, 0, a))) return Value::null();
  auto* p = static_cast<RWPair*>(vm.heap.alloc(sizeof(RWPair), self.as<Type>()));
  if (!p) return raise_no_memory(vm);
  p->reader = p->writer = Value::null();
  Value v = Value::ptr(p);
  if (nargs == 0 && !kw) return v;
  Root rv(vm, v);
  if (a[1].is_null()) return raise(vm, vm.TypeError, "BufferedRWPair expected 2 arguments, got %zu", nargs);
  if (failed(rwpair_init(vm, p, a))) return Value::null();
  return v;
}

Value rw_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  RWPair* p = rwpair_of(self);
  if (!p) return raise(vm, vm.TypeError, "expected a BufferedRWPair");
  static const char* const names[] = {"reader", "writer", "buffer_size"};
  Value a[3];
  if (failed(parse_old(vm, "BufferedRWPair", args, nargs, kw, names, 3, 2, a))) return Value::null();
  if (failed(rwpair_init(vm, p, a))) return Value::null();
  return Value::none();
}

Value rw_forward(VM& vm, Value self, bool to_writer, const char* name, Value* args, size_t nargs) {
  RWPair* p = rwpair_of(self);
  if (!p) return raise(vm, vm.TypeError, "expected a BufferedRWPair");
  Value target = to_writer ? p->writer : p->reader;
  if (target.is_null()) return raise(vm, vm.ValueError, "I/O operation on uninitialized object");
  return call_method(vm, target, vm.intern(name), args, nargs);
}

#define RW_READ(fn, name) \
  Value fn(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return rw_forward(vm, self, false, name, args, nargs); }
#define RW_WRITE(fn, name) \
  Value fn(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return rw_forward(vm, self, true, name, args, nargs); }
RW_READ(rw_read, "read")
RW_READ(rw_peek, "peek")
RW_READ(rw_read1, "read1")
RW_READ(rw_readinto, "readinto")
RW_READ(rw_readinto1, "readinto1")
RW_READ(rw_readable, "readable")
RW_WRITE(rw_write, "write")
RW_WRITE(rw_flush, "flush")
RW_WRITE(rw_writable, "writable")

Value rw_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value r = rw_forward(vm, self, true, "close", nullptr, 0);
  Root rexc(vm, vm.exc);
  vm.exc = Value::null();
  Value r2 = rw_forward(vm, self, false, "close", nullptr, 0);
  if (r.is_null()) {
    vm.exc = rexc.get();
    return r;
  }
  return r2;
}

Value rw_isatty(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value r = rw_forward(vm, self, true, "isatty", nullptr, 0);
  if (r.is_null()) return r;
  if (truthy(vm, r) == 1) return r;
  return rw_forward(vm, self, false, "isatty", nullptr, 0);
}

Value rw_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  RWPair* p = rwpair_of(self);
  if (!p || p->writer.is_null()) return raise(vm, vm.RuntimeError, "the BufferedRWPair object is being garbage-collected");
  return getattr(vm, p->writer, vm.intern("closed"));
}

}  // namespace

// ---------- fast paths for TextIOWrapper ----------

Buffered* as_buffered(Value v) {
  if (!v.is_ptr() || v.as_ptr()->type->trace != trace_buffered) return nullptr;
  Buffered* b = v.as<Buffered>();
  return b->ok ? b : nullptr;
}

Status buffered_write(VM& vm, Buffered* b, std::string_view data) {
  Root rb(vm, Value::ptr(b));
  if (b->kind == kReader) {
    raise_unsupported(vm, "write");
    return Status::Error;
  }
  if (failed(prepare_write(vm, b))) return Status::Error;
  if (b->wbuf.len + data.size() > size_t(b->buffer_size)) {
    if (failed(flush_writes(vm, b))) return Status::Error;
    if (data.size() > size_t(b->buffer_size)) return raw_write_all(vm, b, data);
  }
  if (b->wbuf.len + data.size() > b->wbuf.cap) {
    std::string copy(data);  // growing may collect
    return b->wbuf.append(vm, copy);
  }
  return b->wbuf.append(vm, data);
}

int buffered_closed(VM& vm, Buffered* b) { return is_closed(vm, b); }

Status buffered_flush(VM& vm, Buffered* b) {
  Root rb(vm, Value::ptr(b));
  if (failed(flush_writes(vm, b))) return Status::Error;
  if (b->kind == kRandom) return drop_readahead(vm, b);
  return Status::Ok;
}

Status buffered_read1(VM& vm, Buffered* b, int64_t n, std::string& out) {
  Root rb(vm, Value::ptr(b));
  if (b->kind == kWriter) {
    raise_unsupported(vm, "read1");
    return Status::Error;
  }
  if (failed(check_open(vm, b, "read of closed file")) || failed(prepare_read(vm, b))) return Status::Error;
  if (!unread(b)) {
    if (n > b->buffer_size) return raw_read(vm, b, size_t(n), out) == -1 ? Status::Error : Status::Ok;
    if (fill(vm, b) == -1) return Status::Error;
  }
  size_t k = std::min(size_t(n), unread(b));
  out.append(b->rbuf.data + b->rpos, k);
  b->rpos += k;
  return Status::Ok;
}

Status buffered_read_all(VM& vm, Buffered* b, std::string& out) {
  Root rb(vm, Value::ptr(b));
  if (b->kind == kWriter) {
    raise_unsupported(vm, "read");
    return Status::Error;
  }
  if (failed(check_open(vm, b, "read of closed file")) || failed(prepare_read(vm, b))) return Status::Error;
  bool none;
  return read_all(vm, b, out, none);
}

Status init_buffered_types(VM& vm, Module* m, Type* buffered_base) {
  static const MethodDef common[] = {
      {"__init__", buf_init, 0, -1, kBuiltinKeywords},
      {"flush", buf_flush, 0, 0, 0},
      {"seek", buf_seek, 1, 2, 0},
      {"tell", buf_tell, 0, 0, 0},
      {"truncate", buf_truncate, 0, 1, 0},
      {"close", buf_close, 0, 0, 0},
      {"detach", buf_detach, 0, 0, 0},
      {"fileno", buf_fileno, 0, 0, 0},
      {"isatty", buf_isatty, 0, 0, 0},
      {"seekable", buf_seekable, 0, 0, 0},
      {"__repr__", buf_repr, 0, 0, 0},
  };
  static const MethodDef reading[] = {
      {"read", buf_read, 0, 1, 0},         {"read1", buf_read1, 0, 1, 0},
      {"peek", buf_peek, 0, 1, 0},         {"readline", buf_readline, 0, 1, 0},
      {"readinto", buf_readinto, 1, 1, 0}, {"readinto1", buf_readinto, 1, 1, 0},
      {"__next__", buf_next, 0, 0, 0},     {"readable", buf_readable, 0, 0, 0},
  };
  static const MethodDef writing[] = {
      {"write", buf_write, 1, 1, 0},
      {"writable", buf_writable, 0, 0, 0},
  };
  struct {
    const char* name;
    NativeFn ctor;
    bool reads, writes;
  } kinds[] = {{"BufferedReader", reader_ctor, true, false},
               {"BufferedWriter", writer_ctor, false, true},
               {"BufferedRandom", random_ctor, true, true}};
  for (auto& k : kinds) {
    Type* t = native_type(vm, m, "_io", k.name, Layout::Opaque, k.ctor, buffered_base);
    if (!t) return Status::Error;
    t->trace = trace_buffered;
    t->finalize = fin_buffered;
    t->tflags |= kTypeInitFills;
    add_methods(vm, t, common);
    if (k.reads) add_methods(vm, t, reading);
    if (k.writes) add_methods(vm, t, writing);
    add_getter(vm, t, "closed", buf_closed);
    add_getter(vm, t, "raw", buf_raw);
    add_getter(vm, t, "name", buf_name);
    add_getter(vm, t, "mode", buf_mode);
  }

  Type* rw = native_type(vm, m, "_io", "BufferedRWPair", Layout::Opaque, rwpair_ctor, buffered_base);
  if (!rw) return Status::Error;
  rw->trace = trace_rwpair;
  rw->tflags |= kTypeInitFills;
  static const MethodDef rw_methods[] = {
      {"__init__", rw_init, 0, -1, kBuiltinKeywords},
      {"read", rw_read, 0, 1, 0},
      {"peek", rw_peek, 0, 1, 0},
      {"read1", rw_read1, 0, 1, 0},
      {"readinto", rw_readinto, 1, 1, 0},
      {"readinto1", rw_readinto1, 1, 1, 0},
      {"readable", rw_readable, 0, 0, 0},
      {"write", rw_write, 1, 1, 0},
      {"flush", rw_flush, 0, 0, 0},
      {"writable", rw_writable, 0, 0, 0},
      {"close", rw_close, 0, 0, 0},
      {"isatty", rw_isatty, 0, 0, 0},
  };
  add_methods(vm, rw, rw_methods);
  add_getter(vm, rw, "closed", rw_closed);
  return Status::Ok;
}

}  // namespace taipan::runtime::io
