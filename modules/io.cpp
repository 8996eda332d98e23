// The _io module, as CPython 3.11's: the module itself, io.UnsupportedOperation, the four
// abstract bases (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase), FileIO, open(),
// open_code() and text_encoding(). The other types live in io_memory.cpp, io_buffered.cpp
// and io_text.cpp; io.h describes the class layout and how file descriptors are shared.
//
// The abstract bases are Instance-layout types without a constructor: their methods work on
// any object by calling its methods (self.read, self.readline, self.closed, ...), so Python
// subclasses (class R(io.RawIOBase)) get CPython's default implementations. `closed` of a
// plain _IOBase is the instance attribute __IOBase_closed, as in CPython.
//
// FileIO: a FileIO struct (below) with the Opaque layout; `st` is its FdState (null until
// __init__ opens something). The module is built at VM start (builtins.open is _io.open).
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "modules/io.h"

namespace taipan::runtime {

namespace io {

// ---------- errors and argument helpers ----------

Type* io_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "_io");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

Value raise_unsupported(VM& vm, const char* msg) {
  Type* t = io_type(vm, "UnsupportedOperation");
  return raise(vm, t ? t : vm.OSError, "%s", msg);
}

Value raise_closed(VM& vm, const char* msg) { return raise(vm, vm.ValueError, "%s", msg); }

Value raise_os_error(VM& vm, int err, Value filename) {
  Root rf(vm, filename);
  Type* t = vm.OSError;
  switch (err) {
    case ENOENT: t = vm.FileNotFoundError; break;
    case EEXIST: t = vm.FileExistsError; break;
    case EISDIR: t = vm.IsADirectoryError; break;
    case ENOTDIR: t = vm.NotADirectoryError; break;
    case EACCES: case EPERM: t = vm.PermissionError; break;
    case EINTR: t = vm.InterruptedError; break;
    case EAGAIN: t = vm.BlockingIOError; break;
    case EPIPE: t = vm.BrokenPipeError; break;
    case ETIMEDOUT: t = vm.TimeoutError; break;
    default: break;
  }
  Value msg = new_str(vm, std::strerror(err));
  if (msg.is_null()) return msg;
  Root rm(vm, msg);
  Value items[3] = {Value::small(err), msg, filename};
  Value e = call(vm, Value::ptr(t), items, filename.is_null() ? 2 : 3);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

Status int_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    return Status::Error;
  }
  return index_i64(vm, v, out);
}

Status size_arg(VM& vm, Value v, int64_t& out) {
  out = -1;
  if (v.is_null() || v.is_none()) return Status::Ok;
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "argument should be integer or None, not '%s'", type_name(vm, v));
    return Status::Error;
  }
  return int_arg(vm, v, out);
}

Status call_void(VM& vm, Value obj, const char* name) {
  Value r = call_method(vm, obj, vm.intern(name), nullptr, 0);
  return r.is_null() ? Status::Error : Status::Ok;
}

int attr_truth(VM& vm, Value obj, const char* name) {
  Value v = getattr(vm, obj, vm.intern(name));
  if (v.is_null()) return -1;
  return truthy(vm, v);
}

namespace {

Str* s_iobase_closed(VM& vm) { return vm.intern("__IOBase_closed"); }

// ---------- _IOBase ----------

// The closed state of a plain _IOBase object (the __IOBase_closed attribute).
bool base_is_closed(VM& vm, Value self) {
  if (!is_layout(self, Layout::Instance)) return false;
  Value v = instance_get(self.as<Instance>(), s_iobase_closed(vm));
  return !v.is_null() && truthy(vm, v) == 1;
}

// self.closed -> ValueError when true.
Status check_closed(VM& vm, Value self) {
  int c = attr_truth(vm, self, "closed");
  if (c < 0) return Status::Error;
  if (c) {
    raise_closed(vm);
    return Status::Error;
  }
  return Status::Ok;
}

bool fileio_is_closed(Value v);  // below

Value b_seek(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "seek"); }
Value b_truncate(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "truncate"); }
Value b_fileno(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "fileno"); }
Value b_false(VM& vm, Value, Value*, size_t, Tuple*) { return Value::false_(); }
Value b_none(VM& vm, Value, Value*, size_t, Tuple*) { return Value::none(); }

Value b_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value a[2] = {Value::small(0), Value::small(1)};
  return call_method(vm, self, vm.intern("seek"), a, 2);
}

Value b_flush(VM& vm, Value self, Value*, size_t, Tuple*) {
  // As in CPython, the natives that reach this (FileIO, StringIO) count as closed only when
  // their close() went through _IOBase.close, which FileIO's does.
  if (base_is_closed(vm, self) || fileio_is_closed(self)) return raise_closed(vm);
  return Value::none();
}

Value b_closed(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::boolean(base_is_closed(vm, self)); }

Value b_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (base_is_closed(vm, self)) return Value::none();
  Root rs(vm, self);
  Value r = call_method(vm, self, vm.s_flush, nullptr, 0);
  Root rexc(vm, vm.exc);
  vm.exc = Value::null();
  if (is_layout(self, Layout::Instance) && failed(instance_set(vm, self.as<Instance>(), s_iobase_closed(vm), Value::true_())))
    return Value::null();
  if (r.is_null()) {
    vm.exc = rexc.get();
    return Value::null();
  }
  return Value::none();
}

Value b_check_closed(VM& vm, Value self, Value*, size_t, Tuple*) {
  return failed(check_closed(vm, self)) ? Value::null() : Value::none();
}

Value check_ability(VM& vm, Value self, const char* method, const char* msg) {
  Value r = call_method(vm, self, vm.intern(method), nullptr, 0);
  if (r.is_null()) return r;
  int t = truthy(vm, r);
  if (t < 0) return Value::null();
  if (!t) return raise_unsupported(vm, msg);
  return Value::none();
}
Value b_check_seekable(VM& vm, Value self, Value*, size_t, Tuple*) {
  return check_ability(vm, self, "seekable", "File or stream is not seekable.");
}
Value b_check_readable(VM& vm, Value self, Value*, size_t, Tuple*) {
  return check_ability(vm, self, "readable", "File or stream is not readable.");
}
Value b_check_writable(VM& vm, Value self, Value*, size_t, Tuple*) {
  return check_ability(vm, self, "writable", "File or stream is not writable.");
}

Value b_isatty(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(check_closed(vm, self))) return Value::null();
  return Value::false_();
}

Value b_enter(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(check_closed(vm, self))) return Value::null();
  return self;
}

Value b_exit(VM& vm, Value self, Value*, size_t, Tuple*) { return call_method(vm, self, vm.s_close, nullptr, 0); }

Value b_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(check_closed(vm, self))) return Value::null();
  return self;
}

Value b_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value line = call_method(vm, self, vm.intern("readline"), nullptr, 0);
  if (line.is_null()) return line;
  Root rl(vm, line);
  int64_t n;
  if (failed(length(vm, line, n))) return Value::null();
  if (n == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  return line;
}

// readline(size=-1) of a byte stream: peek() when the object has it, else read(1) at a time.
Value b_readline(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t limit = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], limit))) return Value::null();
  Root rs(vm, self);
  Value peek = getattr_opt(vm, self, vm.intern("peek"));
  Root rp(vm, peek);
  std::string out;
  while (limit < 0 || int64_t(out.size()) < limit) {
    int64_t nread = 1;
    if (!peek.is_null()) {
      Value ahead = call1(vm, peek, Value::small(1));
      if (ahead.is_null()) return ahead;
      std::string_view v;
      if (!bytes_view(ahead, v))
        return raise(vm, vm.OSError, "peek() should have returned a bytes object, not '%s'", type_name(vm, ahead));
      if (!v.empty()) {
        size_t n = 0;
        while (n < v.size() && (limit < 0 || int64_t(n) < limit)) {
          if (v[n++] == '\n') break;
        }
        nread = int64_t(n);
      }
    }
    Value a = Value::small(nread);
    Value b = call_method(vm, self, vm.intern("read"), &a, 1);
    if (b.is_null()) return b;
    if (b.is_none()) break;
    std::string_view v;
    if (!bytes_view(b, v))
      return raise(vm, vm.OSError, "read() should have returned a bytes object, not '%s'", type_name(vm, b));
    if (v.empty()) break;
    out += v;
    if (out.back() == '\n') break;
  }
  return new_bytes(vm, out);
}

Value b_readlines(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t hint = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], hint))) return Value::null();
  Root rs(vm, self);
  List* l = new_list(vm);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  Value it = get_iter(vm, self);
  if (it.is_null()) return it;
  Root rit(vm, it);
  int64_t total = 0;
  for (;;) {
    Value line = iter_next(vm, it);
    if (line.is_null()) return vm.exc.is_null() ? rl.get() : line;
    Root rline(vm, line);
    if (failed(list_append(vm, l, line))) return Value::null();
    if (hint > 0) {
      int64_t n;
      if (failed(length(vm, line, n))) return Value::null();
      total += n;
      if (total >= hint) return rl.get();
    }
  }
}

Value b_writelines(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(check_closed(vm, self))) return Value::null();
  Root rs(vm, self);
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value line = iter_next(vm, it);
    if (line.is_null()) return vm.exc.is_null() ? Value::none() : line;
    Root rline(vm, line);
    if (call_method(vm, self, vm.s_write, &line, 1).is_null()) return Value::null();
  }
}

// ---------- _RawIOBase ----------

Value r_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (n < 0) return call_method(vm, self, vm.intern("readall"), nullptr, 0);
  Value buf = new_bytearray(vm, std::string(size_t(n), '\0'));
  if (buf.is_null()) return buf;
  Root rb(vm, buf);
  Value r = call_method(vm, self, vm.intern("readinto"), &buf, 1);
  if (r.is_null() || r.is_none()) return r;
  int64_t got;
  if (failed(int_arg(vm, r, got))) return Value::null();
  if (got < 0 || got > n) return raise(vm, vm.ValueError, "readinto returned %ld outside buffer size %ld", long(got), long(n));
  std::string_view v;
  (void)bytes_view(buf, v);
  return new_bytes(vm, v.substr(0, size_t(got)));
}

Value r_readall(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rs(vm, self);
  std::string out;
  for (;;) {
    Value a = Value::small(kDefaultBufferSize);
    Value d = call_method(vm, self, vm.intern("read"), &a, 1);
    if (d.is_null()) return d;
    if (d.is_none()) {
      if (out.empty()) return d;
      break;
    }
    std::string_view v;
    if (!bytes_view(d, v)) return raise(vm, vm.TypeError, "read() should return bytes");
    if (v.empty()) break;
    out += v;
  }
  return new_bytes(vm, out);
}

Value r_not_implemented(VM& vm, Value, Value*, size_t, Tuple*) {
  Value e = new_exception(vm, vm.NotImplementedError, vm.empty_tuple);
  return e.is_null() ? e : raise_value(vm, e);
}

// ---------- _BufferedIOBase ----------

Value bb_read(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "read"); }
Value bb_read1(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "read1"); }
Value bb_write(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "write"); }
Value bb_detach(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "detach"); }

Value readinto_with(VM& vm, Value self, Value target, const char* method) {
  ByteArray* ba = bytearray_unwrap(target);
  if (!ba) return raise(vm, vm.TypeError, "readinto() argument must be read-write bytes-like object, not %s", type_name(vm, target));
  Root rt(vm, target);
  Value a = new_int(vm, int64_t(ba->size));
  if (a.is_null()) return a;
  Root ra(vm, a);
  Value d = call_method(vm, self, vm.intern(method), &a, 1);
  if (d.is_null()) return d;
  std::string_view v;
  if (!bytes_view(d, v)) return raise(vm, vm.TypeError, "read() should return bytes");
  ba = bytearray_unwrap(target);
  size_t n = v.size() < ba->size ? v.size() : ba->size;
  if (n) std::memcpy(ba->data, v.data(), n);
  return new_int(vm, int64_t(n));
}
Value bb_readinto(VM& vm, Value self, Value* args, size_t, Tuple*) { return readinto_with(vm, self, args[0], "read"); }
Value bb_readinto1(VM& vm, Value self, Value* args, size_t, Tuple*) { return readinto_with(vm, self, args[0], "read1"); }

// ---------- _TextIOBase ----------

Value tb_read(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "read"); }
Value tb_readline(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "readline"); }
Value tb_write(VM& vm, Value, Value*, size_t, Tuple*) { return raise_unsupported(vm, "write"); }

}  // namespace

// ---------- FileIO ----------

struct FileIO : Object {
  FdState* st;
  Value name;
  int64_t blksize;
  uint8_t readable, writable, appending, created;
  int8_t seekable;  // -1 unknown
};

namespace {

void trace_fileio(Object* o, Marker& m) { m.mark(static_cast<FileIO*>(o)->name); }
void fin_fileio(VM&, Object* o) {
  auto* f = static_cast<FileIO*>(o);
  if (f->st) fd_release(f->st);
  f->st = nullptr;
}

FileIO* fileio_of(Value v) { return native_of<FileIO>(v, trace_fileio); }

FileIO* FIO(VM& vm, Value self) {
  FileIO* f = fileio_of(self);
  if (!f) raise(vm, vm.TypeError, "descriptor requires a '_io.FileIO' object but received a '%s'", type_name(vm, self));
  return f;
}

bool fio_closed(FileIO* f) { return !f->st || f->st->fd < 0; }

bool fileio_is_closed(Value v) {
  FileIO* f = fileio_of(v);
  return f && fio_closed(f);
}

#define FILEIO_SELF                                                                       \
  FileIO* f = FIO(vm, self);                                                              \
  if (!f) return Value::null();                                                           \
  Root rself(vm, Value::ptr(f));                                                          \
  if (fio_closed(f)) return raise_closed(vm, "I/O operation on closed file")

Value new_fileio_object(VM& vm) {
  Type* t = io_type(vm, "FileIO");
  if (!t) return raise(vm, vm.SystemError, "_io.FileIO is missing");
  auto* f = static_cast<FileIO*>(vm.heap.alloc(sizeof(FileIO), t));
  if (!f) return raise_no_memory(vm);
  f->name = Value::null();
  f->seekable = -1;
  return Value::ptr(f);
}

// Closes the descriptor (if this object owns it being open); errno-based OSError on failure.
Status fileio_close_fd(VM& vm, FileIO* f) {
  if (!f->st || f->st->fd < 0) return Status::Ok;
  int fd = f->st->fd;
  f->st->fd = -1;
  if (f->st->closefd && ::close(fd) < 0) {
    raise_os_error(vm, errno);
    return Status::Error;
  }
  return Status::Ok;
}

// A path argument: str or bytes (PathLike through __fspath__); the bytes for open(2).
Status path_arg(VM& vm, Value file, std::string& out) {
  Value v = file;
  Root rv(vm, v);
  if (!is_str(v) && !str_unwrap(v)) {
    std::string_view bv;
    if (bytes_view(v, bv) && !bytes_is_bytearray(v)) {
      out.assign(bv);
      return Status::Ok;
    }
    Value fs = lookup_special(vm, v, vm.s_fspath);
    if (fs.is_null()) {
      if (!vm.exc.is_null()) return Status::Error;
      raise(vm, vm.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, file));
      return Status::Error;
    }
    v = call0(vm, fs);
    if (v.is_null()) return Status::Error;
    rv = v;
    if (!is_str(v) && !str_unwrap(v)) {
      if (bytes_view(v, bv) && !bytes_is_bytearray(v)) {
        out.assign(bv);
        return Status::Ok;
      }
      raise(vm, vm.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(vm, file),
            type_name(vm, v));
      return Status::Error;
    }
  }
  Str* s = str_unwrap(v);
  std::string_view sv = s->view();
  if (sv.find('\0') != std::string_view::npos) {
    raise(vm, vm.ValueError, "embedded null byte");
    return Status::Error;
  }
  out.assign(sv);
  return Status::Ok;
}

Status fileio_init(VM& vm, FileIO* f, Value file, Value modev, Value closefdv, Value opener) {
  Root rf(vm, Value::ptr(f)), rfile(vm, file), ro(vm, opener);
  if (f->st) {
    if (failed(fileio_close_fd(vm, f))) return Status::Error;
    fd_release(f->st);
    f->st = nullptr;
  }
  if (file.is_double()) {
    raise(vm, vm.TypeError, "integer argument expected, got float");
    return Status::Error;
  }
  int fd = -1;
  bool have_fd = false;
  if (is_int(vm, file)) {
    int64_t v;
    if (failed(int_to_i64(vm, file, v))) return Status::Error;
    if (v < 0) {
      raise(vm, vm.ValueError, "negative file descriptor");
      return Status::Error;
    }
    fd = int(v);
    have_fd = true;
  }
  std::string path;
  if (!have_fd && failed(path_arg(vm, file, path))) return Status::Error;
  std::string_view mode = "r";
  if (!modev.is_null()) {
    if (!is_str(modev)) {
      raise(vm, vm.TypeError, "FileIO() argument 'mode' must be str, not %s", type_name(vm, modev));
      return Status::Error;
    }
    mode = as_str(modev)->view();
  }
  bool rwa = false, plus = false;
  f->readable = f->writable = f->appending = f->created = 0;
  int flags = 0;
  for (char c : mode) {
    switch (c) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (rwa) goto bad_mode;
        rwa = true;
        if (c == 'x') {
          f->created = f->writable = 1;
          flags |= O_EXCL | O_CREAT;
        } else if (c == 'r') {
          f->readable = 1;
        } else if (c == 'w') {
          f->writable = 1;
          flags |= O_CREAT | O_TRUNC;
        } else {
          f->writable = f->appending = 1;
          flags |= O_APPEND | O_CREAT;
        }
        break;
      case 'b':
        break;
      case '+':
        if (plus) goto bad_mode;
        f->readable = f->writable = 1;
        plus = true;
        break;
      default:
        raise(vm, vm.ValueError, "invalid mode: %s", std::string(mode).c_str());
        return Status::Error;
    }
  }
  if (!rwa) goto bad_mode;
  if (f->readable && f->writable) flags |= O_RDWR;
  else if (f->readable) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  flags |= O_CLOEXEC;
  {
    bool closefd = true;
    if (!closefdv.is_null()) {
      int t = truthy(vm, closefdv);
      if (t < 0) return Status::Error;
      closefd = t != 0;
    }
    if (!have_fd) {
      if (!closefd) {
        raise(vm, vm.ValueError, "Cannot use closefd=False with file name");
        return Status::Error;
      }
      if (!opener.is_null() && !opener.is_none()) {
        Value fl = Value::small(flags);
        Value r = call2(vm, opener, file, fl);
        if (r.is_null()) return Status::Error;
        int64_t v;
        if (!is_int(vm, r)) {
          raise(vm, vm.TypeError, "expected integer from opener");
          return Status::Error;
        }
        if (failed(int_to_i64(vm, r, v))) return Status::Error;
        if (v < 0) {
          raise(vm, vm.ValueError, "opener returned %d", int(v));
          return Status::Error;
        }
        fd = int(v);
      } else {
        do fd = ::open(path.c_str(), flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) {
          raise_os_error(vm, errno, file);
          return Status::Error;
        }
      }
    }
    auto* st = static_cast<FdState*>(std::malloc(sizeof(FdState)));
    st->fd = fd;
    st->closefd = closefd;
    st->refs = 1;
    f->st = st;
  }
  f->blksize = kDefaultBufferSize;
  {
    struct stat sb;
    if (fstat(fd, &sb) < 0) {
      int err = errno;
      if (err == EBADF) {
        f->st->fd = -1;
        raise_os_error(vm, err);
        return Status::Error;
      }
    } else {
      if (S_ISDIR(sb.st_mode)) {
        (void)fileio_close_fd(vm, f);
        raise_os_error(vm, EISDIR, file);
        return Status::Error;
      }
      if (sb.st_blksize > 1) f->blksize = sb.st_blksize;
    }
  }
  f->name = file;
  f->seekable = -1;
  if (f->appending) (void)lseek(fd, 0, SEEK_END);
  return Status::Ok;
bad_mode:
  raise(vm, vm.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  return Status::Error;
}

const char* const fileio_names[] = {"file", "mode", "closefd", "opener"};

Value fileio_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  Value a[4];
  if (failed(clinic_args(vm, "FileIO", args, nargs, kw, fileio_names, 4, 0, a))) return Value::null();
  Value fv = new_fileio_object(vm);
  if (fv.is_null() || (nargs == 0 && !kw)) return fv;
  Root rf(vm, fv);
  if (a[0].is_null()) return raise(vm, vm.TypeError, "FileIO() missing required argument 'file' (pos 1)");
  if (failed(fileio_init(vm, fv.as<FileIO>(), a[0], a[1], a[2], a[3]))) return Value::null();
  return fv;
}

Value fio_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  Value a[4];
  if (failed(clinic_args(vm, "FileIO", args, nargs, kw, fileio_names, 4, 1, a))) return Value::null();
  if (failed(fileio_init(vm, f, a[0], a[1], a[2], a[3]))) return Value::null();
  return Value::none();
}

Value fio_readall_impl(VM& vm, FileIO* f) {
  int fd = f->st->fd;
  std::string out;
  struct stat sb;
  size_t hint = 0;
  if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode)) {
    off_t pos = lseek(fd, 0, SEEK_CUR);
    if (pos >= 0 && sb.st_size > pos) hint = size_t(sb.st_size - pos);
  }
  out.reserve(hint + 1);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN && !out.empty()) break;
      if (errno == EAGAIN) return Value::none();
      return raise_os_error(vm, errno);
    }
    if (n == 0) break;
    out.append(buf, size_t(n));
  }
  return new_bytes(vm, out);
}

Value fio_read(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  FILEIO_SELF;
  if (!f->readable) return raise_unsupported(vm, "File not open for reading");
  int64_t n = -1;
  if (nargs > 0 && failed(size_arg(vm, args[0], n))) return Value::null();
  if (n < 0) return fio_readall_impl(vm, f);
  std::string buf(size_t(n), '\0');
  ssize_t got;
  do got = ::read(f->st->fd, buf.data(), size_t(n));
  while (got < 0 && errno == EINTR);
  if (got < 0) return errno == EAGAIN ? Value::none() : raise_os_error(vm, errno);
  return new_bytes(vm, std::string_view(buf.data(), size_t(got)));
}

Value fio_readall(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  if (!f->readable) return raise_unsupported(vm, "File not open for reading");
  return fio_readall_impl(vm, f);
}

Value fio_readinto(VM& vm, Value self, Value* args, size_t, Tuple*) {
  FILEIO_SELF;
  if (!f->readable) return raise_unsupported(vm, "File not open for reading");
  ByteArray* ba = bytearray_unwrap(args[0]);
  if (!ba) return raise(vm, vm.TypeError, "readinto() argument must be read-write bytes-like object, not %s", type_name(vm, args[0]));
  ssize_t got;
  do got = ::read(f->st->fd, ba->data, ba->size);
  while (got < 0 && errno == EINTR);
  if (got < 0) return errno == EAGAIN ? Value::none() : raise_os_error(vm, errno);
  return new_int(vm, int64_t(got));
}

Value fio_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  FILEIO_SELF;
  if (!f->writable) return raise_unsupported(vm, "File not open for writing");
  std::string_view v;
  if (!bytes_view(args[0], v)) return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[0]));
  ssize_t n;
  do n = ::write(f->st->fd, v.data(), v.size());
  while (n < 0 && errno == EINTR);
  if (n < 0) return errno == EAGAIN ? Value::none() : raise_os_error(vm, errno);
  return new_int(vm, int64_t(n));
}

Value fio_seek(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  FILEIO_SELF;
  if (args[0].is_double()) return raise(vm, vm.TypeError, "an integer is required");
  int64_t pos, whence = 0;
  if (failed(int_arg(vm, args[0], pos))) return Value::null();
  if (nargs > 1 && failed(int_arg(vm, args[1], whence))) return Value::null();
  off_t r = lseek(f->st->fd, off_t(pos), int(whence));
  if (r < 0) return raise_os_error(vm, errno);
  if (f->seekable < 0) f->seekable = 1;
  return new_int(vm, int64_t(r));
}

Value fio_tell(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  off_t r = lseek(f->st->fd, 0, SEEK_CUR);
  if (r < 0) return raise_os_error(vm, errno);
  return new_int(vm, int64_t(r));
}

Value fio_truncate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  FILEIO_SELF;
  if (!f->writable) return raise_unsupported(vm, "File not open for writing");
  int64_t size;
  if (nargs == 0 || args[0].is_none()) {
    off_t r = lseek(f->st->fd, 0, SEEK_CUR);
    if (r < 0) return raise_os_error(vm, errno);
    size = r;
  } else if (failed(int_arg(vm, args[0], size))) {
    return Value::null();
  }
  if (ftruncate(f->st->fd, off_t(size)) < 0) return raise_os_error(vm, errno);
  return new_int(vm, size);
}

Value fio_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  if (fio_closed(f)) return Value::none();
  if (failed(fileio_close_fd(vm, f))) return Value::null();
  return Value::none();
}

Value fio_closed_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  return Value::boolean(fio_closed(f));
}

Value fio_closefd(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  return Value::boolean(!f->st || f->st->closefd);
}

Value fio_fileno(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  return Value::small(f->st->fd);
}

Value fio_isatty(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  return Value::boolean(::isatty(f->st->fd));
}

Value fio_readable(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  return Value::boolean(f->readable);
}
Value fio_writable(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  return Value::boolean(f->writable);
}
Value fio_seekable(VM& vm, Value self, Value*, size_t, Tuple*) {
  FILEIO_SELF;
  if (f->seekable < 0) f->seekable = lseek(f->st->fd, 0, SEEK_CUR) < 0 ? 0 : 1;
  return Value::boolean(f->seekable);
}

const char* fileio_mode(FileIO* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

Value fio_mode(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  return new_str(vm, fileio_mode(f));
}

Value fio_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  if (f->name.is_null()) return raise(vm, vm.AttributeError, "'_io.FileIO' object has no attribute 'name'");
  return f->name;
}

// `name` is writable, as in CPython where it lives in the instance dict (tempfile sets it).
Value fio_set_name(VM& vm, Value self, Value* args, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  f->name = args[0];
  return Value::none();
}

Value fio_blksize(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  return new_int(vm, f->blksize);
}

Value fio_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  FileIO* f = FIO(vm, self);
  if (!f) return Value::null();
  std::string tn(type_of(vm, self)->name->view());
  if (fio_closed(f)) return new_str(vm, "<" + tn + " [closed]>");
  Root rself(vm, self);
  std::string s = "<" + tn;
  if (!f->name.is_null()) {
    Value r = repr(vm, f->name);
    if (r.is_null()) return r;
    s += " name=";
    s += as_str(r)->view();
  } else {
    s += " fd=" + std::to_string(f->st->fd);
  }
  s += " mode='";
  s += fileio_mode(f);
  s += "' closefd=";
  s += f->st->closefd ? "True>" : "False>";
  return new_str(vm, s);
}

Value fio_getstate(VM& vm, Value self, Value*, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "cannot pickle '%s' object", type_name(vm, self));
}

// ---------- open(), open_code(), text_encoding() ----------

Value text_encoding_impl(VM& vm, Value enc) {
  if (!enc.is_null() && !enc.is_none()) return enc;
  return Value::ptr(vm.intern("locale"));
}

Value io_text_encoding(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"encoding", "stacklevel"};
  Value a[2];
  if (failed(clinic_args(vm, "text_encoding", args, nargs, kw, names, 2, 1, a))) return Value::null();
  return text_encoding_impl(vm, a[0]);
}

Value io_open(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
  Value a[8];
  if (failed(clinic_args(vm, "open", args, nargs, kw, names, 8, 1, a))) return Value::null();
  Value file = a[0];
  std::string_view mode = "r";
  if (!a[1].is_null()) {
    if (!is_str(a[1])) return raise(vm, vm.TypeError, "open() argument 'mode' must be str, not %s", type_name(vm, a[1]));
    mode = as_str(a[1])->view();
  }
  int64_t buffering = -1;
  if (!a[2].is_null()) {
    if (a[2].is_double()) return raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
    if (failed(int_arg(vm, a[2], buffering))) return Value::null();
  }
  for (int i = 3; i <= 5; i++) {
    if (!a[i].is_null() && !a[i].is_none() && !is_str(a[i]))
      return raise(vm, vm.TypeError, "open() argument '%s' must be str or None, not %s", names[i], type_name(vm, a[i]));
  }
  Value encoding = a[3].is_null() ? Value::none() : a[3];
  Value errors = a[4].is_null() ? Value::none() : a[4];
  Value newline = a[5].is_null() ? Value::none() : a[5];
  Root rfile(vm, file);
  if (!is_int(vm, file) && !is_str(file) && !str_unwrap(file)) {
    std::string_view bv;
    if (!bytes_view(file, bv) || bytes_is_bytearray(file)) {
      Value fs = lookup_special(vm, file, vm.s_fspath);
      if (fs.is_null()) {
        if (!vm.exc.is_null()) return Value::null();
        return raise(vm, vm.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, file));
      }
      Value p = call0(vm, fs);  // the file's name becomes os.fspath(file)
      if (p.is_null()) return p;
      if (!str_unwrap(p) && !(bytes_view(p, bv) && !bytes_is_bytearray(p)))
        return raise(vm, vm.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(vm, file),
                     type_name(vm, p));
      file = p;
      rfile = p;
    }
  }
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    if (std::strchr("xrwab+t", c) == nullptr || mode.find(c, i + 1) != std::string_view::npos || c == '\0') {
      Value mr = repr(vm, a[1]);
      if (mr.is_null()) return mr;
      return raise(vm, vm.ValueError, "invalid mode: %S", mr);
    }
    switch (c) {
      case 'x': creating = true; break;
      case 'r': reading = true; break;
      case 'w': writing = true; break;
      case 'a': appending = true; break;
      case '+': updating = true; break;
      case 't': text = true; break;
      case 'b': binary = true; break;
    }
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';
  if (text && binary) return raise(vm, vm.ValueError, "can't have text and binary mode at once");
  if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
    return raise(vm, vm.ValueError, "must have exactly one of create/read/write/append mode");
  if (binary && !encoding.is_none()) return raise(vm, vm.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && !errors.is_none()) return raise(vm, vm.ValueError, "binary mode doesn't take an errors argument");
  if (binary && !newline.is_none()) return raise(vm, vm.ValueError, "binary mode doesn't take a newline argument");

  Value rawmode_v = new_str(vm, rawmode);
  if (rawmode_v.is_null()) return rawmode_v;
  Root rrm(vm, rawmode_v);
  Value raw = new_fileio_object(vm);
  if (raw.is_null()) return raw;
  Root rraw(vm, raw);
  Value closefd = a[6].is_null() ? Value::true_() : a[6];
  Value opener = a[7].is_null() ? Value::none() : a[7];
  if (failed(fileio_init(vm, raw.as<FileIO>(), file, rawmode_v, closefd, opener))) return Value::null();
  Root rresult(vm, raw);
  // From here on, a failure closes the raw file.
  auto fail = [&]() -> Value {
    Root rexc(vm, vm.exc);
    vm.exc = Value::null();
    (void)fileio_close_fd(vm, raw.as<FileIO>());
    vm.exc = rexc.get();
    return Value::null();
  };
  bool line_buffering = false;
  FileIO* f = raw.as<FileIO>();
  if (buffering == 1 || (buffering < 0 && ::isatty(f->st->fd))) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) buffering = f->blksize > 1 ? f->blksize : kDefaultBufferSize;
  if (buffering < 0) {
    raise(vm, vm.ValueError, "invalid buffering size");
    return fail();
  }
  if (buffering == 0) {
    if (binary) return raw;
    raise(vm, vm.ValueError, "can't have unbuffered text I/O");
    return fail();
  }
  const char* bufname = updating ? "BufferedRandom" : (creating || writing || appending) ? "BufferedWriter" : "BufferedReader";
  Type* bt = io_type(vm, bufname);
  if (!bt) {
    raise(vm, vm.SystemError, "_io.%s is missing", bufname);
    return fail();
  }
  Value bargs[2] = {raw, new_int(vm, buffering)};
  Value buffer = call(vm, Value::ptr(bt), bargs, 2);
  if (buffer.is_null()) return fail();
  Root rbuf(vm, buffer);
  if (binary) return buffer;
  Value enc = text_encoding_impl(vm, encoding);
  Root renc(vm, enc);
  Type* tt = io_type(vm, "TextIOWrapper");
  if (!tt) {
    raise(vm, vm.SystemError, "_io.TextIOWrapper is missing");
    return fail();
  }
  Value targs[5] = {buffer, enc, errors, newline, Value::boolean(line_buffering)};
  Value wrapper = call(vm, Value::ptr(tt), targs, 5);
  if (wrapper.is_null()) return fail();
  Root rw(vm, wrapper);
  Value mv = a[1].is_null() ? new_str(vm, "r") : a[1];
  if (mv.is_null()) return fail();
  Root rmv(vm, mv);
  textio_set_mode(wrapper, mv);
  return wrapper;
}

Value io_open_code(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path"};
  Value a[1];
  if (failed(clinic_args(vm, "open_code", args, nargs, kw, names, 1, 1, a))) return Value::null();
  if (!is_str(a[0])) return raise(vm, vm.TypeError, "open_code() argument 'path' must be str, not %s", type_name(vm, a[0]));
  Value oargs[2] = {a[0], Value::ptr(vm.intern("rb"))};
  return io_open(vm, self, oargs, 2, nullptr);
}

// ---------- the module ----------

Type* abstract_type(VM& vm, Module* m, const char* name, Type* base) {
  Type* t = new_builtin_type(vm, name, Layout::Instance, base, true);
  if (!t) return nullptr;
  Root rt(vm, Value::ptr(t));
  (void)dict_set_str(vm, m->dict, t->name, Value::ptr(t));
  (void)dict_set_str(vm, t->dict, vm.s_module, Value::ptr(vm.intern("_io")));
  (void)dict_set_str(vm, t->dict, vm.s_doc, Value::none());
  t->name = vm.intern(std::string("_io.") + name);
  type_modified(vm, t);
  return t;
}

Value make_io(VM& vm) {
  Value mv = native_module(vm, "_io");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "open").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_cstr(vm, m->dict, "DEFAULT_BUFFER_SIZE", Value::small(kDefaultBufferSize));
  (void)dict_set_cstr(vm, m->dict, "BlockingIOError", Value::ptr(vm.BlockingIOError));

  // UnsupportedOperation(OSError, ValueError), made like a class statement so that
  // io.py can set its __module__.
  {
    Tuple* bases = new_tuple(vm, 2);
    if (!bases) return raise_no_memory(vm);
    bases->items[0] = Value::ptr(vm.OSError);
    bases->items[1] = Value::ptr(vm.ValueError);
    Root rb(vm, Value::ptr(bases));
    Dict* ns = new_dict(vm);
    if (!ns) return raise_no_memory(vm);
    Root rns(vm, Value::ptr(ns));
    (void)dict_set_str(vm, ns, vm.s_module, Value::ptr(vm.intern("io")));
    Value uo = build_class(vm, Value::ptr(vm.type_type), vm.intern("UnsupportedOperation"), bases, ns, Value::null());
    if (uo.is_null()) return uo;
    Root ruo(vm, uo);
    (void)dict_set_cstr(vm, m->dict, "UnsupportedOperation", uo);
  }

  Type* iobase = abstract_type(vm, m, "_IOBase", vm.object_type);
  if (!iobase) return Value::null();
  static const MethodDef iobase_methods[] = {
      {"seek", b_seek, 0, -1, 0},
      {"tell", b_tell, 0, 0, 0},
      {"truncate", b_truncate, 0, -1, 0},
      {"flush", b_flush, 0, 0, 0},
      {"close", b_close, 0, 0, 0},
      {"seekable", b_false, 0, 0, 0},
      {"readable", b_false, 0, 0, 0},
      {"writable", b_false, 0, 0, 0},
      {"_checkClosed", b_check_closed, 0, -1, 0},
      {"_checkSeekable", b_check_seekable, 0, -1, 0},
      {"_checkReadable", b_check_readable, 0, -1, 0},
      {"_checkWritable", b_check_writable, 0, -1, 0},
      {"fileno", b_fileno, 0, 0, 0},
      {"isatty", b_isatty, 0, 0, 0},
      {"__enter__", b_enter, 0, 0, 0},
      {"__exit__", b_exit, 0, -1, 0},
      {"readline", b_readline, 0, 1, 0},
      {"readlines", b_readlines, 0, 1, 0},
      {"writelines", b_writelines, 1, 1, 0},
      {"__iter__", b_iter, 0, 0, 0},
      {"__next__", b_next, 0, 0, 0},
  };
  add_methods(vm, iobase, iobase_methods);
  add_getter(vm, iobase, "closed", b_closed);
  Root rio(vm, Value::ptr(iobase));

  Type* rawbase = abstract_type(vm, m, "_RawIOBase", iobase);
  if (!rawbase) return Value::null();
  Root rraw(vm, Value::ptr(rawbase));
  static const MethodDef raw_methods[] = {
      {"read", r_read, 0, 1, 0},
      {"readall", r_readall, 0, 0, 0},
      {"readinto", r_not_implemented, 0, -1, 0},
      {"write", r_not_implemented, 0, -1, 0},
  };
  add_methods(vm, rawbase, raw_methods);

  Type* bufbase = abstract_type(vm, m, "_BufferedIOBase", iobase);
  if (!bufbase) return Value::null();
  Root rbb(vm, Value::ptr(bufbase));
  static const MethodDef buf_methods[] = {
      {"read", bb_read, 0, -1, 0},       {"read1", bb_read1, 0, -1, 0},         {"write", bb_write, 0, -1, 0},
      {"detach", bb_detach, 0, 0, 0},    {"readinto", bb_readinto, 1, 1, 0},    {"readinto1", bb_readinto1, 1, 1, 0},
  };
  add_methods(vm, bufbase, buf_methods);

  Type* textbase = abstract_type(vm, m, "_TextIOBase", iobase);
  if (!textbase) return Value::null();
  Root rtb(vm, Value::ptr(textbase));
  static const MethodDef text_methods[] = {
      {"read", tb_read, 0, -1, 0},
      {"readline", tb_readline, 0, -1, 0},
      {"write", tb_write, 0, -1, 0},
      {"detach", bb_detach, 0, 0, 0},
  };
  add_methods(vm, textbase, text_methods);
  add_getter(vm, textbase, "encoding", b_none);
  add_getter(vm, textbase, "newlines", b_none);
  add_getter(vm, textbase, "errors", b_none);

  Type* fio = native_type(vm, m, "_io", "FileIO", Layout::Opaque, fileio_ctor, rawbase);
  if (!fio) return Value::null();
  fio->trace = trace_fileio;
  fio->finalize = fin_fileio;
  fio->tflags |= kTypeInitFills;
  static const MethodDef fileio_methods[] = {
      {"__init__", fio_init, 0, -1, kBuiltinKeywords},
      {"read", fio_read, 0, 1, 0},
      {"readall", fio_readall, 0, 0, 0},
      {"readinto", fio_readinto, 1, 1, 0},
      {"write", fio_write, 1, 1, 0},
      {"seek", fio_seek, 1, 2, 0},
      {"tell", fio_tell, 0, 0, 0},
      {"truncate", fio_truncate, 0, 1, 0},
      {"close", fio_close, 0, 0, 0},
      {"fileno", fio_fileno, 0, 0, 0},
      {"isatty", fio_isatty, 0, 0, 0},
      {"readable", fio_readable, 0, 0, 0},
      {"writable", fio_writable, 0, 0, 0},
      {"seekable", fio_seekable, 0, 0, 0},
      {"__repr__", fio_repr, 0, 0, 0},
      {"__getstate__", fio_getstate, 0, 0, 0},
  };
  add_methods(vm, fio, fileio_methods);
  add_getter(vm, fio, "closed", fio_closed_get);
  add_getter(vm, fio, "closefd", fio_closefd);
  add_getter(vm, fio, "mode", fio_mode);
  add_getter(vm, fio, "name", fio_name);
  {
    Value prop = dict_get_cstr(vm, fio->dict, "name");
    Value setter = new_builtin(vm, "name", fio_set_name, Value::null(), 1, 1, 0);
    if (!prop.is_null() && prop.as_ptr()->type == vm.property_type && !setter.is_null()) {
      setter.as<Builtin>()->owner = fio;
      prop.as<Property>()->fset = setter;
    }
  }
  add_getter(vm, fio, "_blksize", fio_blksize);

  if (failed(init_memory_types(vm, m, bufbase, textbase))) return Value::null();
  if (failed(init_buffered_types(vm, m, bufbase))) return Value::null();
  if (failed(init_text_types(vm, m, textbase))) return Value::null();

  static const MethodDef fns[] = {
      {"open", io_open, 0, -1, kBuiltinKeywords},
      {"open_code", io_open_code, 0, -1, kBuiltinKeywords},
      {"text_encoding", io_text_encoding, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

FileIO* as_fileio(Value v) {
  return v.is_ptr() && v.as_ptr()->type->trace == trace_fileio ? v.as<FileIO>() : nullptr;
}
FdState* fileio_state(FileIO* f) { return f->st; }

void fd_release(FdState* st) {
  if (--st->refs > 0) return;
  if (st->fd >= 0 && st->closefd) ::close(st->fd);
  std::free(st);
}

}  // namespace io

void init_io(VM& vm) {
  register_native_module(vm, "_io", io::make_io);
  // builtins.open is _io.open: build the module now.
  Value m = io::make_io(vm);
  if (m.is_null()) {
    clear_exc(vm);
    return;
  }
  Value open = dict_get_cstr(vm, m.as<Module>()->dict, "open");
  if (!open.is_null()) (void)dict_set_cstr(vm, vm.builtins->dict, "open", open);
}

}  // namespace taipan::runtime
