// The posix module (what Lib/os.py builds os on) and the errno module, natively, with CPython
// 3.11's names, results and messages for the functions they provide.
//
// Paths: a path argument is a str (encoded as UTF-8 with surrogateescape), bytes, an
// os.PathLike (its __fspath__), or for some functions an int file descriptor (PathArg
// below). Functions that return names return str for a str path and bytes for a bytes one.
// Failures raise OSError(errno, strerror[, filename[, None, filename2]]) through the OSError
// type, which picks the subclass for the errno (FileNotFoundError, ...); filename is the
// argument as given.
//
// Struct sequences (os.stat_result, os.terminal_size, posix.times_result,
// posix.uname_result) are tuple subclasses built like `class stat_result(tuple)`: an instance
// wraps the tuple of its visible fields (Instance::base_value) and holds every named field,
// visible or not, as a read-only instance attribute; see SeqDesc.
//
// scandir() reads the whole directory when called and returns a ScandirIterator (an Iter:
// seq = List of DirEntry, index = next position) whose DirEntry objects (DirEntryObj) cache
// their stat()/lstat() results as CPython's do.
#include <dirent.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/str.h"

extern char** environ;

namespace taipan::runtime {

namespace {

// ---------- errors ----------

// Raises OSError(err, strerror(err)[, filename[, None, filename2]]); the OSError type maps
// err to its subclass. `err` must be read from errno before anything can allocate.
Value posix_error(VM& vm, int err, Value filename = Value::null(), Value filename2 = Value::null()) {
  Root rf(vm, filename), rf2(vm, filename2);
  Value msg = new_str(vm, std::strerror(err));
  if (msg.is_null()) return msg;
  Root rm(vm, msg);
  Value items[5] = {Value::small(err), msg, filename.is_null() ? Value::none() : filename, Value::none(),
                    filename2.is_null() ? Value::none() : filename2};
  size_t n = !filename2.is_null() ? 5 : !filename.is_null() ? 3 : 2;
  Value e = call(vm, Value::ptr(vm.OSError), items, n);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

// ---------- argument parsing (argument clinic's wording) ----------

// names[0..nparams): the first maxpos may be positional, the first nrequired are required,
// the rest are keyword-only. out[i] is null when absent.
Status clinic(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, const char* const* names,
              size_t nparams, size_t maxpos, size_t nrequired, Value* out) {
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = 0; i < nparams; i++) out[i] = Value::null();
  if (nargs + nkw > nparams) {
    raise(vm, vm.TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nparams,
          nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
    return Status::Error;
  }
  if (nargs > maxpos) {
    if (maxpos == 0)
      raise(vm, vm.TypeError, "%s() takes no positional arguments", fname);
    else
      raise(vm, vm.TypeError, "%s() takes %s %zu positional argument%s (%zu given)", fname,
            nrequired < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    return Status::Error;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    Str* kn = as_str(kw->items[k]);
    size_t i = 0;
    while (i < nparams && kn->view() != names[i]) i++;
    if (i == nparams) {
      raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", kn, fname);
      return Status::Error;
    }
    if (!out[i].is_null()) {
      raise(vm, vm.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, names[i], i + 1);
      return Status::Error;
    }
    out[i] = args[nargs + k];
  }
  for (size_t i = 0; i < nrequired; i++) {
    if (out[i].is_null()) {
      raise(vm, vm.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return Status::Error;
    }
  }
  return Status::Ok;
}

// An integer argument through __index__ (floats refused), as clinic's int converters;
// OverflowError names the C type when the value does not fit 64 bits.
Status index_arg(VM& vm, Value v, int64_t& out, const char* overflow_ctype) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (v.is_double() || (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null())) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    return Status::Error;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  BigInt b = to_bigint(i);
  if (!b.fits_i64()) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C %s", overflow_ctype);
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

Status int_arg(VM& vm, Value v, int& out) {
  int64_t x;
  if (failed(index_arg(vm, v, x, "int"))) return Status::Error;
  if (x > INT_MAX || x < INT_MIN) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C int");
    return Status::Error;
  }
  out = int(x);
  return Status::Ok;
}

// A file descriptor argument: an int, or (fildes) an object with fileno().
Status fd_arg(VM& vm, Value v, int& out, bool fileno_ok = false) {
  if (fileno_ok && !is_int(vm, v) && !v.is_small()) {
    Value m = getattr_opt(vm, v, vm.intern("fileno"));
    if (m.is_null()) {
      if (!vm.exc.is_null()) return Status::Error;
      raise(vm, vm.TypeError, "argument must be an int, or have a fileno() method.");
      return Status::Error;
    }
    Value r = call0(vm, m);
    if (r.is_null()) return Status::Error;
    if (!is_int(vm, r)) {
      raise(vm, vm.TypeError, "fileno() returned a non-integer");
      return Status::Error;
    }
    v = r;
  }
  if (failed(int_arg(vm, v, out))) return Status::Error;
  if (fileno_ok && out < 0) {
    raise(vm, vm.ValueError, "file descriptor cannot be a negative integer (%d)", out);
    return Status::Error;
  }
  return Status::Ok;
}

// A dir_fd keyword (None = the current directory).
Status dir_fd_arg(VM& vm, Value v, int& out) {
  out = AT_FDCWD;
  if (v.is_null() || v.is_none()) return Status::Ok;
  return int_arg(vm, v, out);
}

Status bool_arg(VM& vm, Value v, bool dflt, bool& out) {
  out = dflt;
  if (v.is_null()) return Status::Ok;
  int t = truthy(vm, v);
  if (t < 0) return Status::Error;
  out = t != 0;
  return Status::Ok;
}

// ---------- paths ----------

struct PathArg {
  Value object = Value::null();  // the argument as given (error messages use it)
  std::string narrow;            // the path's bytes, NUL-free
  bool is_bytes = false;
  bool is_fd = false;
  int fd = -1;
  bool none = false;
};

// Encodes a str for the file system (UTF-8, surrogateescape).
Status fs_encode(VM& vm, Str* s, std::string& out) {
  std::string_view v = s->view();
  bool plain = true;
  for (size_t i = 0; i + 1 < v.size(); i++)
    if (uint8_t(v[i]) == 0xED && uint8_t(v[i + 1]) >= 0xA0) plain = false;  // a stored surrogate
  if (plain) {
    out.assign(v);
    return Status::Ok;
  }
  Value b = str_encode(vm, s, vm.intern("utf-8"), vm.intern("surrogateescape"));
  if (b.is_null()) return Status::Error;
  out.assign(b.as<Bytes>()->view());
  return Status::Ok;
}

// Decodes a file system name into a str (UTF-8, surrogateescape).
Value fs_decode(VM& vm, std::string_view b) {
  if (utf8_is_ascii(b)) return new_str(vm, b);
  return bytes_decode(vm, b, vm.intern("utf-8"), vm.intern("surrogateescape"));
}

Value name_value(VM& vm, std::string_view b, bool as_bytes) { return as_bytes ? new_bytes(vm, b) : fs_decode(vm, b); }

// os.fspath(v): str or bytes as themselves, else type(v).__fspath__(v); null with
// *not_pathlike set when v has no __fspath__ (no exception raised then).
Value fspath_of(VM& vm, Value v, bool* not_pathlike) {
  *not_pathlike = false;
  if (is_str(v) || is_layout(v, Layout::Bytes)) return v;
  if (str_unwrap(v)) return v;
  if (is_layout(v, Layout::Instance) && is_layout(v.as<Instance>()->base_value, Layout::Bytes) &&
      isinstance(vm, v, vm.bytes_type))
    return v;
  Type* t = type_of(vm, v);
  Value f = type_lookup(t, vm.intern("__fspath__"));
  if (f.is_null() || f.is_none()) {
    *not_pathlike = true;
    return Value::null();
  }
  Value r = call1(vm, f, v);
  if (r.is_null()) return r;
  if (str_unwrap(r) || is_layout(r, Layout::Bytes) ||
      (is_layout(r, Layout::Instance) && is_layout(r.as<Instance>()->base_value, Layout::Bytes)))
    return r;
  return raise(vm, vm.TypeError, "expected %N.__fspath__() to return str or bytes, not %s", t->name, type_name(vm, r));
}

Status path_arg(VM& vm, const char* fname, const char* argname, Value v, bool allow_fd, bool nullable, PathArg& p) {
  p.object = v;
  if (v.is_none() && nullable) {
    p.none = true;
    p.narrow = ".";
    return Status::Ok;
  }
  if (allow_fd && (is_int(vm, v) || (is_layout(v, Layout::Instance) && isinstance(vm, v, vm.int_type)))) {
    p.is_fd = true;
    return int_arg(vm, v, p.fd);
  }
  bool not_pathlike;
  Value r = fspath_of(vm, v, &not_pathlike);
  if (r.is_null()) {
    if (!not_pathlike) return Status::Error;
    const char* kinds = allow_fd ? (nullable ? "string, bytes, os.PathLike, integer or None"
                                             : "string, bytes, os.PathLike or integer")
                                 : (nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    raise(vm, vm.TypeError, "%s: %s should be %s, not %s", fname, argname, kinds, type_name(vm, v));
    return Status::Error;
  }
  if (Str* s = str_unwrap(r)) {
    if (failed(fs_encode(vm, s, p.narrow))) return Status::Error;
    if (p.narrow.find('\0') != std::string::npos) {
      raise(vm, vm.ValueError, "embedded null byte");
      return Status::Error;
    }
    return Status::Ok;
  }
  if (is_layout(r, Layout::Instance)) r = r.as<Instance>()->base_value;
  p.is_bytes = true;
  p.narrow.assign(r.as<Bytes>()->view());
  if (p.narrow.find('\0') != std::string::npos) {
    raise(vm, vm.ValueError, "%s: embedded null character in %s", fname, argname);
    return Status::Error;
  }
  return Status::Ok;
}

// ---------- struct sequences ----------

struct SeqDesc {
  const char* module;          // __module__ ("os" or "posix")
  const char* name;            // the type's name
  const char* const* fields;   // every field; nullptr marks an unnamed (index-only) field
  uint8_t n_fields, n_seq;     // all fields / the visible (tuple) ones
};

const char* const kStatFields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                   nullptr, nullptr, nullptr, "st_atime", "st_mtime", "st_ctime", "st_atime_ns",
                                   "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
const char* const kTerminalFields[] = {"columns", "lines"};
const char* const kTimesFields[] = {"user", "system", "children_user", "children_system", "elapsed"};
const char* const kUnameFields[] = {"sysname", "nodename", "release", "version", "machine"};

enum SeqKind { kStatResult, kTerminalSize, kTimesResult, kUnameResult, kNumSeqKinds };
const SeqDesc kSeqDescs[kNumSeqKinds] = {
    {"os", "stat_result", kStatFields, 19, 10},
    {"os", "terminal_size", kTerminalFields, 2, 2},
    {"posix", "times_result", kTimesFields, 5, 5},
    {"posix", "uname_result", kUnameFields, 5, 5},
};

Type* posix_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "posix");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// The description of a struct sequence type (or of the struct sequence a subclass derives from).
const SeqDesc* seq_desc_of(VM& vm, Type* t) {
  for (uint32_t i = 0; i < t->mro->size; i++) {
    Type* k = t->mro->items[i].as<Type>();
    Value n = dict_get_str(k->dict, vm.intern("n_sequence_fields"));
    if (n.is_null()) continue;
    for (const SeqDesc& d : kSeqDescs)
      if (k->name->view() == d.name) return &d;
  }
  return nullptr;
}

// Builds an instance of the struct sequence t from all its field values (n_fields of them).
Value seq_make(VM& vm, Type* t, const SeqDesc& d, Value* values) {
  Value tup = new_tuple_from(vm, values, d.n_seq);
  if (tup.is_null()) return tup;
  Root rt(vm, tup);
  Value inst = new_instance(vm, t);
  if (inst.is_null()) return inst;
  Root ri(vm, inst);
  inst.as<Instance>()->base_value = tup;
  for (size_t i = 0; i < d.n_fields; i++)
    if (d.fields[i] && failed(instance_set(vm, inst.as<Instance>(), vm.intern(d.fields[i]), values[i])))
      return Value::null();
  return inst;
}

Value seq_new_kind(VM& vm, SeqKind kind, Value* values) {
  const SeqDesc& d = kSeqDescs[kind];
  Type* t = posix_type(vm, d.name);
  if (!t) return raise(vm, vm.SystemError, "posix.%s is missing", d.name);
  return seq_make(vm, t, d, values);
}

// T(sequence, dict=None): the visible fields from the sequence, the others from it or the dict.
Value seq_py_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "__new__(X): X is not a type object");
  Type* t = args[0].as<Type>();
  const SeqDesc* d = seq_desc_of(vm, t);
  if (!d) return raise(vm, vm.TypeError, "not a struct sequence type");
  static const char* const names[] = {"sequence", "dict"};
  Value a[2];
  std::string fname = std::string(d->module) + "." + d->name;
  if (failed(clinic(vm, d->name, args + 1, nargs - 1, kw, names, 2, 2, 1, a))) return Value::null();
  Value seq = sequence_fast(vm, a[0], "constructor requires a sequence");
  if (seq.is_null()) return seq;
  Root rs(vm, seq);
  Value dict = a[1].is_null() ? Value::none() : a[1];
  if (!dict.is_none() && !is_dict(dict))
    return raise(vm, vm.TypeError, "%s() takes a dict as second arg, if any", fname.c_str());
  size_t len = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  if (len < d->n_seq) {
    if (d->n_seq == d->n_fields)
      return raise(vm, vm.TypeError, "%s() takes a %d-sequence (%zu-sequence given)", fname.c_str(), d->n_seq, len);
    return raise(vm, vm.TypeError, "%s() takes an at least %d-sequence (%zu-sequence given)", fname.c_str(), d->n_seq,
                 len);
  }
  if (len > d->n_fields) {
    if (d->n_seq == d->n_fields)
      return raise(vm, vm.TypeError, "%s() takes a %d-sequence (%zu-sequence given)", fname.c_str(), d->n_seq, len);
    return raise(vm, vm.TypeError, "%s() takes an at most %d-sequence (%zu-sequence given)", fname.c_str(),
                 d->n_fields, len);
  }
  RootVec vals(vm);
  Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  for (size_t i = 0; i < d->n_fields; i++) {
    Value v = Value::none();
    if (i < len) {
      v = items[i];
    } else if (is_dict(dict) && d->fields[i]) {
      Value got = dict_get_cstr(vm, dict.as<Dict>(), d->fields[i]);
      if (!got.is_null()) v = got;
    }
    vals.v.push_back(v);
    items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  }
  if (d == &kSeqDescs[kStatResult])  // a missing float time takes the integer one
    for (size_t i = 7; i < 10; i++)
      if (vals.v[i + 3].is_none()) vals.v[i + 3] = vals.v[i];
  return seq_make(vm, t, *d, vals.v.data());
}

Value seq_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  const SeqDesc* d = seq_desc_of(vm, type_of(vm, self));
  if (!d || !is_layout(self, Layout::Instance) || !is_tuple(self.as<Instance>()->base_value))
    return raise(vm, vm.TypeError, "a struct sequence is required");
  Root rs(vm, self);
  std::string out = std::string(d->module) + "." + d->name + "(";
  size_t shown = 0;
  for (size_t i = 0; i < d->n_fields && shown < d->n_seq; i++) {
    if (!d->fields[i]) continue;
    Tuple* tup = self.as<Instance>()->base_value.as<Tuple>();
    Value r = repr(vm, tup->items[shown]);
    if (r.is_null()) return r;
    if (shown) out += ", ";
    out += d->fields[i];
    out += "=";
    out += as_str(r)->view();
    shown++;
  }
  out += ")";
  return new_str(vm, out);
}

Value seq_setattr(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  const SeqDesc* d = seq_desc_of(vm, type_of(vm, self));
  if (d && is_str(args[0]))
    for (size_t i = 0; i < d->n_fields; i++)
      if (d->fields[i] && as_str(args[0])->view() == d->fields[i])
        return raise(vm, vm.AttributeError, "readonly attribute");
  return raise(vm, vm.AttributeError, "'%s.%s' object has no attribute '%S'", d ? d->module : "posix",
               d ? d->name : "?", args[0]);
}

Value seq_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  const SeqDesc* d = seq_desc_of(vm, type_of(vm, self));
  if (!d || !is_layout(self, Layout::Instance)) return raise(vm, vm.TypeError, "a struct sequence is required");
  Root rs(vm, self);
  Dict* extra = new_dict(vm);
  if (!extra) return Value::null();
  Root re(vm, Value::ptr(extra));
  for (size_t i = d->n_seq; i < d->n_fields; i++) {
    if (!d->fields[i]) continue;
    Value v = instance_get(self.as<Instance>(), vm.intern(d->fields[i]));
    if (!v.is_null() && failed(dict_set_cstr(vm, extra, d->fields[i], v))) return Value::null();
  }
  Value inner[2] = {self.as<Instance>()->base_value, Value::ptr(extra)};
  Value targs = new_tuple_from(vm, inner, 2);
  if (targs.is_null()) return targs;
  Root rt(vm, targs);
  Value outer[2] = {Value::ptr(type_of(vm, self)), targs};
  return new_tuple_from(vm, outer, 2);
}

Type* make_seq_type(VM& vm, Module* m, const SeqDesc& d) {
  Type* t = new_builtin_type(vm, d.name, Layout::Instance, vm.tuple_type, true);
  if (!t) return nullptr;
  Root rt(vm, Value::ptr(t));
  t->tflags |= kTypeHeap | kTypeHasSetattr;
  t->builtin_kind = vm.tuple_type->builtin_kind;
  t->native_new = vm.tuple_type->native_new;
  (void)dict_set_str(vm, m->dict, t->name, Value::ptr(t));
  (void)dict_set_str(vm, t->dict, vm.s_module, Value::ptr(vm.intern(d.module)));
  static const MethodDef methods[] = {
      {"__new__", seq_py_new, 1, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__repr__", seq_repr, 0, 0, 0},
      {"__setattr__", seq_setattr, 2, 2, 0},
      {"__delattr__", seq_setattr, 1, 1, 0},
      {"__reduce__", seq_reduce, 0, 0, 0},
  };
  add_methods(vm, t, methods);
  size_t unnamed = 0;
  for (size_t i = 0; i < d.n_fields; i++) unnamed += d.fields[i] == nullptr;
  (void)dict_set_cstr(vm, t->dict, "n_fields", Value::small(d.n_fields));
  (void)dict_set_cstr(vm, t->dict, "n_sequence_fields", Value::small(d.n_seq));
  (void)dict_set_cstr(vm, t->dict, "n_unnamed_fields", Value::small(int64_t(unnamed)));
  Tuple* match = new_tuple(vm, d.n_seq - unnamed);
  if (!match) return nullptr;
  Root rmatch(vm, Value::ptr(match));
  for (size_t i = 0, j = 0; i < d.n_seq; i++)
    if (d.fields[i]) match->items[j++] = Value::ptr(vm.intern(d.fields[i]));
  (void)dict_set_cstr(vm, t->dict, "__match_args__", Value::ptr(match));
  type_modified(vm, t);
  return t;
}

// ---------- stat ----------

Value stat_value(VM& vm, const struct stat& st) {
  RootVec v(vm);
  auto push_int = [&](int64_t x) -> bool {
    Value n = new_int(vm, x);
    if (n.is_null()) return false;
    v.v.push_back(n);
    return true;
  };
  auto push_u = [&](uint64_t x) -> bool {
    Value n = new_int_u64(vm, x);
    if (n.is_null()) return false;
    v.v.push_back(n);
    return true;
  };
  if (!push_int(st.st_mode) || !push_u(st.st_ino) || !push_u(st.st_dev) || !push_int(int64_t(st.st_nlink)) ||
      !push_int(st.st_uid) || !push_int(st.st_gid) || !push_int(st.st_size))
    return Value::null();
  const struct timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
  for (auto* ts : times)
    if (!push_int(ts->tv_sec)) return Value::null();
  for (auto* ts : times) v.v.push_back(Value::from_double(double(ts->tv_sec) + double(ts->tv_nsec) * 1e-9));
  for (auto* ts : times) {
    BigInt ns = BigInt::add(BigInt::mul(BigInt::from_i64(ts->tv_sec), BigInt::from_i64(1000000000)),
                            BigInt::from_i64(ts->tv_nsec));
    Value n = new_int(vm, ns);
    if (n.is_null()) return n;
    v.v.push_back(n);
  }
  if (!push_int(st.st_blksize) || !push_int(st.st_blocks) || !push_u(st.st_rdev)) return Value::null();
  return seq_new_kind(vm, kStatResult, v.v.data());
}

Value do_stat(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, bool follow_default, bool allow_follow) {
  static const char* const names[] = {"path", "dir_fd", "follow_symlinks"};
  Value a[3];
  if (failed(clinic(vm, fname, args, nargs, kw, names, allow_follow ? 3 : 2, 1, 1, a))) return Value::null();
  PathArg p;
  if (failed(path_arg(vm, fname, "path", a[0], allow_follow, false, p))) return Value::null();
  int dir_fd;
  bool follow;
  if (failed(dir_fd_arg(vm, a[1], dir_fd)) || failed(bool_arg(vm, a[2], follow_default, follow))) return Value::null();
  struct stat st;
  int r = p.is_fd ? fstat(p.fd, &st) : fstatat(dir_fd, p.narrow.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return posix_error(vm, errno, p.object);
  return stat_value(vm, st);
}

Value os_stat(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return do_stat(vm, "stat", args, nargs, kw, true, true); }
Value os_lstat(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  return do_stat(vm, "lstat", args, nargs, kw, false, false);
}

Value os_fstat(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd"};
  Value a[1];
  if (failed(clinic(vm, "fstat", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int fd;
  if (failed(int_arg(vm, a[0], fd))) return Value::null();
  struct stat st;
  if (fstat(fd, &st) != 0) return posix_error(vm, errno);
  return stat_value(vm, st);
}

// ---------- files and directories ----------

Value os_access(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"};
  Value a[5];
  if (failed(clinic(vm, "access", args, nargs, kw, names, 5, 2, 2, a))) return Value::null();
  PathArg p;
  int mode, dir_fd;
  bool eff, follow;
  if (failed(path_arg(vm, "access", "path", a[0], false, false, p)) || failed(int_arg(vm, a[1], mode)) ||
      failed(dir_fd_arg(vm, a[2], dir_fd)) || failed(bool_arg(vm, a[3], false, eff)) ||
      failed(bool_arg(vm, a[4], true, follow)))
    return Value::null();
  int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return Value::boolean(faccessat(dir_fd, p.narrow.c_str(), mode, flags) == 0);
}

Value os_chdir(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path"};
  Value a[1];
  if (failed(clinic(vm, "chdir", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  PathArg p;
  if (failed(path_arg(vm, "chdir", "path", a[0], true, false, p))) return Value::null();
  int r = p.is_fd ? fchdir(p.fd) : chdir(p.narrow.c_str());
  if (r != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}

Value os_chmod(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd", "follow_symlinks"};
  Value a[4];
  if (failed(clinic(vm, "chmod", args, nargs, kw, names, 4, 2, 2, a))) return Value::null();
  PathArg p;
  int mode, dir_fd;
  bool follow;
  if (failed(path_arg(vm, "chmod", "path", a[0], true, false, p)) || failed(int_arg(vm, a[1], mode)) ||
      failed(dir_fd_arg(vm, a[2], dir_fd)) || failed(bool_arg(vm, a[3], true, follow)))
    return Value::null();
  int r = p.is_fd ? fchmod(p.fd, mode_t(mode))
                  : fchmodat(dir_fd, p.narrow.c_str(), mode_t(mode), follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True) and lchown(path, uid, gid);
// -1 leaves the id unchanged.
Value chown_impl(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, bool lchown_form) {
  static const char* const names[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
  Value a[5];
  if (failed(clinic(vm, fname, args, nargs, kw, names, lchown_form ? 3 : 5, 3, 3, a))) return Value::null();
  PathArg p;
  int64_t uid, gid;
  int dir_fd = AT_FDCWD;
  bool follow = !lchown_form;
  if (failed(path_arg(vm, fname, "path", a[0], !lchown_form, false, p)) || failed(int_to_i64(vm, a[1], uid)) ||
      failed(int_to_i64(vm, a[2], gid)))
    return Value::null();
  if (!lchown_form && (failed(dir_fd_arg(vm, a[3], dir_fd)) || failed(bool_arg(vm, a[4], true, follow))))
    return Value::null();
  int r = p.is_fd ? fchown(p.fd, uid_t(uid), gid_t(gid))
                  : fchownat(dir_fd, p.narrow.c_str(), uid_t(uid), gid_t(gid), follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}
Value os_chown(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return chown_impl(vm, "chown", args, nargs, kw, false); }
Value os_lchown(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return chown_impl(vm, "lchown", args, nargs, kw, true); }

Value getcwd_impl(VM& vm, bool as_bytes) {
  std::string buf(4096, '\0');
  for (;;) {
    if (getcwd(buf.data(), buf.size())) break;
    if (errno != ERANGE) return posix_error(vm, errno);
    buf.resize(buf.size() * 2);
  }
  buf.resize(std::strlen(buf.c_str()));
  return name_value(vm, buf, as_bytes);
}
Value os_getcwd(VM& vm, Value, Value*, size_t, Tuple*) { return getcwd_impl(vm, false); }
Value os_getcwdb(VM& vm, Value, Value*, size_t, Tuple*) { return getcwd_impl(vm, true); }

Value os_mkdir(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "mode", "dir_fd"};
  Value a[3];
  if (failed(clinic(vm, "mkdir", args, nargs, kw, names, 3, 2, 1, a))) return Value::null();
  PathArg p;
  int mode = 0777, dir_fd;
  if (failed(path_arg(vm, "mkdir", "path", a[0], false, false, p)) ||
      (!a[1].is_null() && failed(int_arg(vm, a[1], mode))) || failed(dir_fd_arg(vm, a[2], dir_fd)))
    return Value::null();
  if (mkdirat(dir_fd, p.narrow.c_str(), mode_t(mode)) != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}

Value unlink_impl(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, int flags) {
  static const char* const names[] = {"path", "dir_fd"};
  Value a[2];
  if (failed(clinic(vm, fname, args, nargs, kw, names, 2, 1, 1, a))) return Value::null();
  PathArg p;
  int dir_fd;
  if (failed(path_arg(vm, fname, "path", a[0], false, false, p)) || failed(dir_fd_arg(vm, a[1], dir_fd)))
    return Value::null();
  if (unlinkat(dir_fd, p.narrow.c_str(), flags) != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}
Value os_rmdir(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return unlink_impl(vm, "rmdir", args, nargs, kw, AT_REMOVEDIR); }
Value os_unlink(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return unlink_impl(vm, "unlink", args, nargs, kw, 0); }
Value os_remove(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return unlink_impl(vm, "remove", args, nargs, kw, 0); }

// rename / replace / link: two paths with their own dir_fds.
Value two_paths(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, bool is_link) {
  static const char* const names[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"};
  Value a[5];
  if (failed(clinic(vm, fname, args, nargs, kw, names, is_link ? 5 : 4, 2, 2, a))) return Value::null();
  PathArg src, dst;
  int sfd, dfd;
  bool follow;
  if (failed(path_arg(vm, fname, "src", a[0], false, false, src)) ||
      failed(path_arg(vm, fname, "dst", a[1], false, false, dst)) || failed(dir_fd_arg(vm, a[2], sfd)) ||
      failed(dir_fd_arg(vm, a[3], dfd)) || failed(bool_arg(vm, a[4], true, follow)))
    return Value::null();
  int r = is_link ? linkat(sfd, src.narrow.c_str(), dfd, dst.narrow.c_str(), follow ? AT_SYMLINK_FOLLOW : 0)
                  : renameat(sfd, src.narrow.c_str(), dfd, dst.narrow.c_str());
  if (r != 0) return posix_error(vm, errno, src.object, dst.object);
  return Value::none();
}
Value os_rename(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return two_paths(vm, "rename", args, nargs, kw, false); }
Value os_replace(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return two_paths(vm, "replace", args, nargs, kw, false); }
Value os_link(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) { return two_paths(vm, "link", args, nargs, kw, true); }

Value os_symlink(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"src", "dst", "target_is_directory", "dir_fd"};
  Value a[4];
  if (failed(clinic(vm, "symlink", args, nargs, kw, names, 4, 3, 2, a))) return Value::null();
  PathArg src, dst;
  int dir_fd;
  if (failed(path_arg(vm, "symlink", "src", a[0], false, false, src)) ||
      failed(path_arg(vm, "symlink", "dst", a[1], false, false, dst)) || failed(dir_fd_arg(vm, a[3], dir_fd)))
    return Value::null();
  if (symlinkat(src.narrow.c_str(), dir_fd, dst.narrow.c_str()) != 0)
    return posix_error(vm, errno, src.object, dst.object);
  return Value::none();
}

Value os_readlink(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "dir_fd"};
  Value a[2];
  if (failed(clinic(vm, "readlink", args, nargs, kw, names, 2, 1, 1, a))) return Value::null();
  PathArg p;
  int dir_fd;
  if (failed(path_arg(vm, "readlink", "path", a[0], false, false, p)) || failed(dir_fd_arg(vm, a[1], dir_fd)))
    return Value::null();
  std::string buf(4096, '\0');
  ssize_t n = readlinkat(dir_fd, p.narrow.c_str(), buf.data(), buf.size());
  if (n < 0) return posix_error(vm, errno, p.object);
  buf.resize(size_t(n));
  return name_value(vm, buf, p.is_bytes);
}

// Both truncate(path, length) and ftruncate(fd, length).
Value os_truncate(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "length"};
  Value a[2];
  if (failed(clinic(vm, "truncate", args, nargs, kw, names, 2, 2, 2, a))) return Value::null();
  PathArg p;
  int64_t len;
  if (failed(path_arg(vm, "truncate", "path", a[0], true, false, p)) || failed(index_arg(vm, a[1], len, "long")))
    return Value::null();
  int r = p.is_fd ? ftruncate(p.fd, off_t(len)) : truncate(p.narrow.c_str(), off_t(len));
  if (r != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}
Value os_ftruncate(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "ftruncate", nargs, kw, 2, 2))) return Value::null();
  int fd;
  int64_t len;
  if (failed(int_arg(vm, args[0], fd)) || failed(index_arg(vm, args[1], len, "long"))) return Value::null();
  if (ftruncate(fd, off_t(len)) != 0) return posix_error(vm, errno);
  return Value::none();
}

// A time for utime: seconds (int or float) split into a timespec, rounding toward -inf.
Status time_arg(VM& vm, Value v, struct timespec& ts) {
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) {
      raise(vm, vm.ValueError, "Invalid value NaN (not a number)");
      return Status::Error;
    }
    double sec = std::floor(d);
    double frac = std::floor((d - sec) * 1e9);
    if (frac >= 1e9) {
      frac -= 1e9;
      sec += 1;
    }
    if (sec >= 9.2e18 || sec <= -9.2e18) {
      raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
      return Status::Error;
    }
    ts.tv_sec = time_t(sec);
    ts.tv_nsec = long(frac);
    return Status::Ok;
  }
  int64_t s;
  if (failed(index_arg(vm, v, s, "long"))) return Status::Error;
  ts.tv_sec = time_t(s);
  ts.tv_nsec = 0;
  return Status::Ok;
}

Value os_utime(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
  Value a[5];
  if (failed(clinic(vm, "utime", args, nargs, kw, names, 5, 2, 1, a))) return Value::null();
  PathArg p;
  int dir_fd;
  bool follow;
  if (failed(path_arg(vm, "utime", "path", a[0], true, false, p)) || failed(dir_fd_arg(vm, a[3], dir_fd)) ||
      failed(bool_arg(vm, a[4], true, follow)))
    return Value::null();
  Value times = a[1].is_null() ? Value::none() : a[1];
  struct timespec ts[2];
  bool now = true;
  if (!times.is_none() && !a[2].is_null())
    return raise(vm, vm.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
  if (!times.is_none()) {
    if (!is_tuple(times) || times.as<Tuple>()->size != 2)
      return raise(vm, vm.TypeError, "utime: 'times' must be either a tuple of two ints or None");
    if (failed(time_arg(vm, times.as<Tuple>()->items[0], ts[0])) ||
        failed(time_arg(vm, times.as<Tuple>()->items[1], ts[1])))
      return Value::null();
    now = false;
  } else if (!a[2].is_null()) {
    Value ns = a[2];
    if (!is_tuple(ns) || ns.as<Tuple>()->size != 2)
      return raise(vm, vm.TypeError, "utime: 'ns' must be a tuple of two ints");
    for (int i = 0; i < 2; i++) {
      Value x = ns.as<Tuple>()->items[i];
      if (!is_int(vm, x)) return raise(vm, vm.TypeError, "utime: 'ns' must be a tuple of two ints");
      BigInt q, r;
      BigInt::divmod(to_bigint(x), BigInt::from_i64(1000000000), q, r);
      if (!q.fits_i64()) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
      ts[i].tv_sec = time_t(q.to_i64());
      ts[i].tv_nsec = long(r.to_i64());
    }
    now = false;
  }
  int r = p.is_fd ? futimens(p.fd, now ? nullptr : ts)
                  : utimensat(dir_fd, p.narrow.c_str(), now ? nullptr : ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return posix_error(vm, errno, p.object);
  return Value::none();
}

// Reads a directory's names (without . and ..), with their d_type and inode.
struct DirItem {
  std::string name;
  unsigned char d_type;
  uint64_t ino;
};
int read_dir(DIR* d, std::vector<DirItem>& out) {
  for (;;) {
    errno = 0;
    struct dirent* e = readdir(d);
    if (!e) return errno;
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    out.push_back({e->d_name, e->d_type, uint64_t(e->d_ino)});
  }
}

// Opens path (or a dup of the fd) as a directory stream; nullptr with errno set on failure.
DIR* open_dir(const PathArg& p) {
  if (!p.is_fd) return opendir(p.narrow.c_str());
  int fd = fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return nullptr;
  DIR* d = fdopendir(fd);
  if (!d) {
    int e = errno;
    close(fd);
    errno = e;
    return nullptr;
  }
  rewinddir(d);
  return d;
}

Value os_listdir(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path"};
  Value a[1];
  if (failed(clinic(vm, "listdir", args, nargs, kw, names, 1, 1, 0, a))) return Value::null();
  PathArg p;
  if (a[0].is_null()) a[0] = Value::none();
  if (failed(path_arg(vm, "listdir", "path", a[0], true, true, p))) return Value::null();
  DIR* d = open_dir(p);
  if (!d) return posix_error(vm, errno, p.object);
  std::vector<DirItem> items;
  int err = read_dir(d, items);
  closedir(d);
  if (err) return posix_error(vm, err, p.object);
  List* l = new_list(vm, items.size());
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  for (const DirItem& it : items) {
    Value n = name_value(vm, it.name, p.is_bytes);
    if (n.is_null() || failed(list_append(vm, l, n))) return Value::null();
  }
  return Value::ptr(l);
}

// ---------- scandir and DirEntry ----------

struct DirEntryObj : Object {
  Value name, path, stat, lstat;  // stat/lstat: cached stat_result or null
  uint64_t ino;
  uint8_t d_type;
};

void trace_direntry(Object* o, Marker& m) {
  auto* e = static_cast<DirEntryObj*>(o);
  m.mark(e->name);
  m.mark(e->path);
  m.mark(e->stat);
  m.mark(e->lstat);
}

DirEntryObj* entry_of(VM& vm, Value v, const char* method) {
  if (v.is_ptr() && v.as_ptr()->type->trace == trace_direntry) return v.as<DirEntryObj>();
  raise(vm, vm.TypeError, "descriptor '%s' requires a 'posix.DirEntry' object but received a '%s'", method,
        type_name(vm, v));
  return nullptr;
}

Value entry_fetch_stat(VM& vm, Value self, bool follow) {
  DirEntryObj* e = self.as<DirEntryObj>();
  std::string path;
  if (is_str(e->path)) {
    if (failed(fs_encode(vm, as_str(e->path), path))) return Value::null();
  } else {
    path.assign(e->path.as<Bytes>()->view());
  }
  struct stat st;
  if ((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) != 0)
    return posix_error(vm, errno, self.as<DirEntryObj>()->path);
  return stat_value(vm, st);
}

Value entry_lstat(VM& vm, Value self) {
  DirEntryObj* e = self.as<DirEntryObj>();
  if (!e->lstat.is_null()) return e->lstat;
  Root rs(vm, self);
  Value st = entry_fetch_stat(vm, self, false);
  if (!st.is_null()) self.as<DirEntryObj>()->lstat = st;
  return st;
}

Value entry_stat(VM& vm, Value self, bool follow);

// is_dir / is_file / is_symlink through d_type, or through stat when d_type cannot tell.
int entry_test_mode(VM& vm, Value self, bool follow, mode_t bits) {
  DirEntryObj* e = self.as<DirEntryObj>();
  bool need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
  if (need_stat) {
    Value st = entry_stat(vm, self, follow);
    if (st.is_null()) {
      if (exc_matches(vm, vm.FileNotFoundError)) {
        clear_exc(vm);
        return 0;
      }
      return -1;
    }
    Value mode = instance_get(st.as<Instance>(), vm.intern("st_mode"));
    int64_t m;
    if (mode.is_null() || failed(int_to_i64(vm, mode, m))) return -1;
    return (mode_t(m) & S_IFMT) == bits;
  }
  if (bits == S_IFLNK) return e->d_type == DT_LNK;
  if (bits == S_IFDIR) return e->d_type == DT_DIR;
  return e->d_type == DT_REG;
}

Value entry_stat(VM& vm, Value self, bool follow) {
  if (!follow) return entry_lstat(vm, self);
  DirEntryObj* e = self.as<DirEntryObj>();
  if (!e->stat.is_null()) return e->stat;
  Root rs(vm, self);
  int link = e->d_type != DT_UNKNOWN ? e->d_type == DT_LNK : entry_test_mode(vm, self, false, S_IFLNK);
  if (link < 0) return Value::null();
  Value st = link ? entry_fetch_stat(vm, self, true) : entry_lstat(vm, self);
  if (!st.is_null()) self.as<DirEntryObj>()->stat = st;
  return st;
}

Status follow_kw(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, bool& follow) {
  static const char* const names[] = {"follow_symlinks"};
  Value a[1];
  if (failed(clinic(vm, fname, args, nargs, kw, names, 1, 0, 0, a))) return Status::Error;
  return bool_arg(vm, a[0], true, follow);
}

Value entry_is(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw, const char* fname, mode_t bits) {
  if (!entry_of(vm, self, fname)) return Value::null();
  bool follow = false;
  if (bits != S_IFLNK) {
    if (failed(follow_kw(vm, fname, args, nargs, kw, follow))) return Value::null();
  } else if (failed(check_positional(vm, fname, nargs, kw, 0, 0))) {
    return Value::null();
  }
  Root rs(vm, self);
  int r = entry_test_mode(vm, self, follow, bits);
  if (r < 0) return Value::null();
  return Value::boolean(r != 0);
}
Value de_is_dir(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return entry_is(vm, self, args, nargs, kw, "is_dir", S_IFDIR);
}
Value de_is_file(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return entry_is(vm, self, args, nargs, kw, "is_file", S_IFREG);
}
Value de_is_symlink(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return entry_is(vm, self, args, nargs, kw, "is_symlink", S_IFLNK);
}
Value de_stat(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!entry_of(vm, self, "stat")) return Value::null();
  bool follow;
  if (failed(follow_kw(vm, "stat", args, nargs, kw, follow))) return Value::null();
  return entry_stat(vm, self, follow);
}
Value de_inode(VM& vm, Value self, Value*, size_t, Tuple*) {
  DirEntryObj* e = entry_of(vm, self, "inode");
  return e ? new_int_u64(vm, e->ino) : Value::null();
}
Value de_fspath(VM& vm, Value self, Value*, size_t, Tuple*) {
  DirEntryObj* e = entry_of(vm, self, "__fspath__");
  return e ? e->path : Value::null();
}
Value de_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  DirEntryObj* e = entry_of(vm, self, "name");
  return e ? e->name : Value::null();
}
Value de_path(VM& vm, Value self, Value*, size_t, Tuple*) {
  DirEntryObj* e = entry_of(vm, self, "path");
  return e ? e->path : Value::null();
}
Value de_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  DirEntryObj* e = entry_of(vm, self, "__repr__");
  if (!e) return Value::null();
  Value r = repr(vm, e->name);
  if (r.is_null()) return r;
  return new_str(vm, "<DirEntry " + std::string(as_str(r)->view()) + ">");
}

Value si_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter) || !is_list(self.as<Iter>()->seq))
    return raise(vm, vm.TypeError, "a ScandirIterator is required");
  Iter* it = self.as<Iter>();
  List* l = it->seq.as<List>();
  if (it->index >= int64_t(l->size)) return raise_value(vm, Value::ptr(vm.StopIteration));
  return l->items[it->index++];
}
Value si_iter(VM&, Value self, Value*, size_t, Tuple*) { return self; }
Value si_close(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (is_layout(self, Layout::Iter) && is_list(self.as<Iter>()->seq))
    self.as<Iter>()->index = self.as<Iter>()->seq.as<List>()->size;
  return Value::none();
}
Value si_exit(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) { return si_close(vm, self, args, nargs, kw); }

Value os_scandir(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path"};
  Value a[1];
  if (failed(clinic(vm, "scandir", args, nargs, kw, names, 1, 1, 0, a))) return Value::null();
  if (a[0].is_null()) a[0] = Value::none();
  PathArg p;
  if (failed(path_arg(vm, "scandir", "path", a[0], true, true, p))) return Value::null();
  DIR* d = open_dir(p);
  if (!d) return posix_error(vm, errno, p.object);
  std::vector<DirItem> items;
  int err = read_dir(d, items);
  closedir(d);
  if (err) return posix_error(vm, err, p.object);
  Type* et = posix_type(vm, "DirEntry");
  Value it_type = et ? dict_get_cstr(vm, et->dict, "_iterator_type") : Value::null();
  if (!is_layout(it_type, Layout::Type)) return raise(vm, vm.SystemError, "posix.DirEntry is missing");
  List* l = new_list(vm, items.size());
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  std::string prefix = p.is_fd ? std::string() : p.narrow;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  for (const DirItem& item : items) {
    Value name = name_value(vm, item.name, p.is_bytes);
    if (name.is_null()) return name;
    Root rn(vm, name);
    Value path = p.is_fd ? name : name_value(vm, prefix + item.name, p.is_bytes);
    if (path.is_null()) return path;
    Root rp(vm, path);
    auto* e = static_cast<DirEntryObj*>(vm.heap.alloc(sizeof(DirEntryObj), et));
    if (!e) return raise_no_memory(vm);
    e->name = name;
    e->path = path;
    e->stat = e->lstat = Value::null();
    e->ino = item.ino;
    e->d_type = item.d_type;
    if (failed(list_append(vm, l, Value::ptr(e)))) return Value::null();
  }
  return new_iter(vm, it_type.as<Type>(), Value::ptr(l), 0, int64_t(l->size));
}

// ---------- file descriptors ----------

Value os_open(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path", "flags", "mode", "dir_fd"};
  Value a[4];
  if (failed(clinic(vm, "open", args, nargs, kw, names, 4, 3, 2, a))) return Value::null();
  PathArg p;
  int flags, mode = 0777, dir_fd;
  if (failed(path_arg(vm, "open", "path", a[0], false, false, p)) || failed(int_arg(vm, a[1], flags)) ||
      (!a[2].is_null() && failed(int_arg(vm, a[2], mode))) || failed(dir_fd_arg(vm, a[3], dir_fd)))
    return Value::null();
  int fd;
  do {
    fd = openat(dir_fd, p.narrow.c_str(), flags | O_CLOEXEC, mode);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return posix_error(vm, errno, p.object);
  return Value::small(fd);
}

Value os_close(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd"};
  Value a[1];
  if (failed(clinic(vm, "close", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int fd;
  if (failed(int_arg(vm, a[0], fd))) return Value::null();
  if (close(fd) != 0) return posix_error(vm, errno);
  return Value::none();
}

Value os_closerange(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "closerange", nargs, kw, 2, 2))) return Value::null();
  int lo, hi;
  if (failed(int_arg(vm, args[0], lo)) || failed(int_arg(vm, args[1], hi))) return Value::null();
  for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
  return Value::none();
}

Value os_dup(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "dup", nargs, kw, 1, 1))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return posix_error(vm, errno);
  return Value::small(r);
}

Value os_dup2(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd", "fd2", "inheritable"};
  Value a[3];
  if (failed(clinic(vm, "dup2", args, nargs, kw, names, 3, 3, 2, a))) return Value::null();
  int fd, fd2;
  bool inheritable;
  if (failed(int_arg(vm, a[0], fd)) || failed(int_arg(vm, a[1], fd2)) || failed(bool_arg(vm, a[2], true, inheritable)))
    return Value::null();
  int r = inheritable ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return posix_error(vm, errno);
  return Value::small(r);
}

Value os_read(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "read", nargs, kw, 2, 2))) return Value::null();
  int fd;
  int64_t n;
  if (failed(int_arg(vm, args[0], fd)) || failed(index_arg(vm, args[1], n, "ssize_t"))) return Value::null();
  if (n < 0) return posix_error(vm, EINVAL);
  if (!vm.heap.has_room(size_t(n))) return raise_no_memory(vm);
  std::string buf(size_t(n), '\0');
  ssize_t got;
  do {
    got = ::read(fd, buf.data(), buf.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) return posix_error(vm, errno);
  buf.resize(size_t(got));
  return new_bytes(vm, buf);
}

Value os_write(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "write", nargs, kw, 2, 2))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  std::string_view data;
  if (!bytes_view(args[1], data))
    return raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, args[1]));
  ssize_t n;
  do {
    n = ::write(fd, data.data(), data.size());
  } while (n < 0 && errno == EINTR);
  if (n < 0) return posix_error(vm, errno);
  return Value::small(n);
}

Value os_lseek(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "lseek", nargs, kw, 3, 3))) return Value::null();
  int fd, how;
  int64_t pos;
  if (failed(int_arg(vm, args[0], fd)) || failed(index_arg(vm, args[1], pos, "long")) ||
      failed(int_arg(vm, args[2], how)))
    return Value::null();
  off_t r = lseek(fd, off_t(pos), how);
  if (r < 0) return posix_error(vm, errno);
  return new_int(vm, int64_t(r));
}

Value os_fsync(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd"};
  Value a[1];
  if (failed(clinic(vm, "fsync", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int fd;
  if (failed(fd_arg(vm, a[0], fd, true))) return Value::null();
  if (fsync(fd) != 0) return posix_error(vm, errno);
  return Value::none();
}

Value os_isatty(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "isatty", nargs, kw, 1, 1))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  return Value::boolean(isatty(fd) != 0);
}

Value os_pipe(VM& vm, Value, Value*, size_t, Tuple*) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return posix_error(vm, errno);
  Value items[2] = {Value::small(fds[0]), Value::small(fds[1])};
  return new_tuple_from(vm, items, 2);
}

Value os_get_inheritable(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get_inheritable", nargs, kw, 1, 1))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return posix_error(vm, errno);
  return Value::boolean(!(flags & FD_CLOEXEC));
}

Value os_set_inheritable(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "set_inheritable", nargs, kw, 2, 2))) return Value::null();
  int fd, inh;
  if (failed(int_arg(vm, args[0], fd)) || failed(int_arg(vm, args[1], inh))) return Value::null();
  int flags = fcntl(fd, F_GETFD);
  if (flags < 0) return posix_error(vm, errno);
  flags = inh ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (fcntl(fd, F_SETFD, flags) < 0) return posix_error(vm, errno);
  return Value::none();
}

Value os_get_blocking(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get_blocking", nargs, kw, 1, 1))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return posix_error(vm, errno);
  return Value::boolean(!(flags & O_NONBLOCK));
}

Value os_set_blocking(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "set_blocking", nargs, kw, 2, 2))) return Value::null();
  int fd;
  if (failed(int_arg(vm, args[0], fd))) return Value::null();
  int blocking = truthy(vm, args[1]);
  if (blocking < 0) return Value::null();
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return posix_error(vm, errno);
  flags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
  if (fcntl(fd, F_SETFL, flags) < 0) return posix_error(vm, errno);
  return Value::none();
}

Value os_device_encoding(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"fd"};
  Value a[1];
  if (failed(clinic(vm, "device_encoding", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int fd;
  if (failed(int_arg(vm, a[0], fd))) return Value::null();
  if (!isatty(fd)) return Value::none();
  return new_str(vm, "UTF-8");
}

Value os_get_terminal_size(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get_terminal_size", nargs, kw, 0, 1))) return Value::null();
  int fd = STDOUT_FILENO;
  if (nargs && failed(int_arg(vm, args[0], fd))) return Value::null();
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) return posix_error(vm, errno);
  Value vals[2] = {Value::small(w.ws_col), Value::small(w.ws_row)};
  return seq_new_kind(vm, kTerminalSize, vals);
}

// ---------- process and system ----------

Value os_getpid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getpid()); }
Value os_getppid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getppid()); }
Value os_getuid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getuid()); }
Value os_geteuid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(geteuid()); }
Value os_getgid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getgid()); }
Value os_getegid(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getegid()); }
Value os_getpgrp(VM&, Value, Value*, size_t, Tuple*) { return Value::small(getpgrp()); }

Value os_umask(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "umask", nargs, kw, 1, 1))) return Value::null();
  int mask;
  if (failed(int_arg(vm, args[0], mask))) return Value::null();
  return Value::small(int64_t(umask(mode_t(mask))));
}

Value os_cpu_count(VM&, Value, Value*, size_t, Tuple*) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Value::none() : Value::small(n);
}

Value os_urandom(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "urandom", nargs, kw, 1, 1))) return Value::null();
  int64_t n;
  if (failed(index_arg(vm, args[0], n, "ssize_t"))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "negative argument not allowed");
  if (!vm.heap.has_room(size_t(n))) return raise_no_memory(vm);
  std::string buf(size_t(n), '\0');
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return posix_error(vm, errno);
  size_t done = 0;
  while (done < buf.size()) {
    ssize_t got = ::read(fd, buf.data() + done, buf.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      int e = got < 0 ? errno : EIO;
      ::close(fd);
      return posix_error(vm, e);
    }
    done += size_t(got);
  }
  ::close(fd);
  return new_bytes(vm, buf);
}

Value os_strerror(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "strerror", nargs, kw, 1, 1))) return Value::null();
  int code;
  if (failed(int_arg(vm, args[0], code))) return Value::null();
  return fs_decode(vm, std::strerror(code));
}

Value os_fspath(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"path"};
  Value a[1];
  if (failed(clinic(vm, "fspath", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  bool not_pathlike;
  Value r = fspath_of(vm, a[0], &not_pathlike);
  if (r.is_null() && not_pathlike)
    return raise(vm, vm.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, a[0]));
  return r;
}

Value os_exit(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"status"};
  Value a[1];
  if (failed(clinic(vm, "_exit", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int status;
  if (failed(int_arg(vm, a[0], status))) return Value::null();
  _exit(status);
}

Value os_times(VM& vm, Value, Value*, size_t, Tuple*) {
  struct tms t;
  clock_t c = times(&t);
  if (c == clock_t(-1)) return posix_error(vm, errno);
  double ticks = double(sysconf(_SC_CLK_TCK));
  Value vals[5] = {Value::from_double(double(t.tms_utime) / ticks), Value::from_double(double(t.tms_stime) / ticks),
                   Value::from_double(double(t.tms_cutime) / ticks), Value::from_double(double(t.tms_cstime) / ticks),
                   Value::from_double(double(c) / ticks)};
  return seq_new_kind(vm, kTimesResult, vals);
}

Value os_uname(VM& vm, Value, Value*, size_t, Tuple*) {
  struct utsname u;
  if (uname(&u) != 0) return posix_error(vm, errno);
  RootVec v(vm);
  for (const char* s : {u.sysname, u.nodename, u.release, u.version, u.machine}) {
    Value x = fs_decode(vm, s);
    if (x.is_null()) return x;
    v.v.push_back(x);
  }
  return seq_new_kind(vm, kUnameResult, v.v.data());
}

Value os_waitstatus_to_exitcode(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"status"};
  Value a[1];
  if (failed(clinic(vm, "waitstatus_to_exitcode", args, nargs, kw, names, 1, 1, 1, a))) return Value::null();
  int status;
  if (failed(int_arg(vm, a[0], status))) return Value::null();
  if (WIFEXITED(status)) return Value::small(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return Value::small(-WTERMSIG(status));
  return raise(vm, vm.ValueError, "invalid wait status: %d", status);
}

// waitpid, kill and the wait-status predicates (what `subprocess` binds at import).
Value os_waitpid(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "waitpid", nargs, kw, 2, 2))) return Value::null();
  int pid, options, status = 0;
  if (failed(int_arg(vm, args[0], pid)) || failed(int_arg(vm, args[1], options))) return Value::null();
  pid_t r;
  do {
    r = ::waitpid(pid, &status, options);
  } while (r < 0 && errno == EINTR);
  if (r < 0) return posix_error(vm, errno);
  Value items[2] = {Value::small(r), Value::small(status)};
  return new_tuple_from(vm, items, 2);
}

Value os_kill(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "kill", nargs, kw, 2, 2))) return Value::null();
  int pid, sig;
  if (failed(int_arg(vm, args[0], pid)) || failed(int_arg(vm, args[1], sig))) return Value::null();
  if (::kill(pid, sig) < 0) return posix_error(vm, errno);
  // A signal sent to this process has been delivered by now: run its Python handler before
  // returning, as CPython does (it checks for signals right after every call).
  if ((vm.pending.load() & kPendingSignal) && failed(vm_safepoint(vm))) return Value::null();
  return Value::none();
}

#define WAIT_PREDICATE(name, expr)                                         \
  Value os_##name(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {   \
    if (failed(check_positional(vm, #name, nargs, kw, 1, 1))) return Value::null(); \
    int status;                                                            \
    if (failed(int_arg(vm, args[0], status))) return Value::null();        \
    return expr;                                                           \
  }
WAIT_PREDICATE(WIFSTOPPED, Value::boolean(WIFSTOPPED(status)))
WAIT_PREDICATE(WSTOPSIG, Value::small(WSTOPSIG(status)))
WAIT_PREDICATE(WIFEXITED, Value::boolean(WIFEXITED(status)))
WAIT_PREDICATE(WEXITSTATUS, Value::small(WEXITSTATUS(status)))
WAIT_PREDICATE(WIFSIGNALED, Value::boolean(WIFSIGNALED(status)))
WAIT_PREDICATE(WTERMSIG, Value::small(WTERMSIG(status)))
#undef WAIT_PREDICATE

// An environment name or value (str or bytes, encoded like a path), NUL-free.
Status env_arg(VM& vm, Value v, std::string& out) {
  if (Str* s = str_unwrap(v)) {
    if (failed(fs_encode(vm, s, out))) return Status::Error;
  } else if (is_layout(v, Layout::Bytes)) {
    out.assign(v.as<Bytes>()->view());
  } else {
    raise(vm, vm.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, v));
    return Status::Error;
  }
  if (out.find('\0') != std::string::npos) {
    raise(vm, vm.ValueError, "embedded null byte");
    return Status::Error;
  }
  return Status::Ok;
}

Value os_putenv(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "putenv", nargs, kw, 2, 2))) return Value::null();
  std::string name, value;
  if (failed(env_arg(vm, args[0], name)) || failed(env_arg(vm, args[1], value))) return Value::null();
  if (name.find('=') != std::string::npos) return raise(vm, vm.ValueError, "illegal environment variable name");
  if (setenv(name.c_str(), value.c_str(), 1) != 0) return posix_error(vm, errno);
  return Value::none();
}

Value os_unsetenv(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "unsetenv", nargs, kw, 1, 1))) return Value::null();
  std::string name;
  if (failed(env_arg(vm, args[0], name))) return Value::null();
  if (name.find('=') != std::string::npos) return raise(vm, vm.ValueError, "illegal environment variable name");
  if (unsetenv(name.c_str()) != 0) return posix_error(vm, errno);
  return Value::none();
}

Value make_environ(VM& vm) {
  Dict* d = new_dict(vm);
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Value k = new_bytes(vm, std::string_view(*e, size_t(eq - *e)));
    if (k.is_null()) return k;
    Root rk(vm, k);
    Value existing = dict_get(vm, d, k);
    if (!existing.is_null()) continue;  // the first definition of a name wins
    Value v = new_bytes(vm, eq + 1);
    if (v.is_null() || failed(dict_set(vm, d, k, v))) return Value::null();
  }
  return Value::ptr(d);
}

// ---------- module tables ----------

// Linux's values where a libc (Emscripten's musl) leaves them out.
#ifndef O_FSYNC
#define O_FSYNC O_SYNC
#endif
#ifndef SEEK_DATA
#define SEEK_DATA 3
#endif
#ifndef SEEK_HOLE
#define SEEK_HOLE 4
#endif
#define TAIPAN_POSIX_INT_CONSTANTS(X)                                                                   \
  X(F_OK) X(R_OK) X(W_OK) X(X_OK) X(O_RDONLY) X(O_WRONLY) X(O_RDWR) X(O_APPEND) X(O_CREAT) X(O_EXCL)     \
  X(O_TRUNC) X(O_NONBLOCK) X(O_NDELAY) X(O_SYNC) X(O_DSYNC) X(O_RSYNC) X(O_NOCTTY) X(O_CLOEXEC)          \
  X(O_DIRECTORY) X(O_NOFOLLOW) X(O_ACCMODE) X(O_ASYNC) X(O_DIRECT) X(O_LARGEFILE) X(O_NOATIME) X(O_PATH) \
  X(O_TMPFILE) X(O_FSYNC) X(SEEK_DATA) X(SEEK_HOLE) X(WNOHANG) X(WUNTRACED) X(WCONTINUED) X(WEXITED)     \
  X(WSTOPPED) X(WNOWAIT) X(EX_OK) X(EX_USAGE) X(EX_DATAERR) X(EX_NOINPUT) X(EX_NOUSER) X(EX_NOHOST)      \
  X(EX_UNAVAILABLE) X(EX_SOFTWARE) X(EX_OSERR) X(EX_OSFILE) X(EX_CANTCREAT) X(EX_IOERR) X(EX_TEMPFAIL)   \
  X(EX_PROTOCOL) X(EX_NOPERM) X(EX_CONFIG) X(F_LOCK) X(F_TLOCK) X(F_ULOCK) X(F_TEST) X(TMP_MAX)          \
  X(NGROUPS_MAX)

Value make_posix(VM& vm) {
  Value mv = native_module(vm, "posix");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  Dict* d = m->dict;
  static const MethodDef fns[] = {
      {"stat", os_stat, 0, -1, kBuiltinKeywords},
      {"lstat", os_lstat, 0, -1, kBuiltinKeywords},
      {"fstat", os_fstat, 0, -1, kBuiltinKeywords},
      {"access", os_access, 0, -1, kBuiltinKeywords},
      {"chdir", os_chdir, 0, -1, kBuiltinKeywords},
      {"chmod", os_chmod, 0, -1, kBuiltinKeywords},
      {"chown", os_chown, 0, -1, kBuiltinKeywords},
      {"lchown", os_lchown, 0, -1, kBuiltinKeywords},
      {"getcwd", os_getcwd, 0, 0, 0},
      {"getcwdb", os_getcwdb, 0, 0, 0},
      {"mkdir", os_mkdir, 0, -1, kBuiltinKeywords},
      {"rmdir", os_rmdir, 0, -1, kBuiltinKeywords},
      {"unlink", os_unlink, 0, -1, kBuiltinKeywords},
      {"remove", os_remove, 0, -1, kBuiltinKeywords},
      {"rename", os_rename, 0, -1, kBuiltinKeywords},
      {"replace", os_replace, 0, -1, kBuiltinKeywords},
      {"link", os_link, 0, -1, kBuiltinKeywords},
      {"symlink", os_symlink, 0, -1, kBuiltinKeywords},
      {"readlink", os_readlink, 0, -1, kBuiltinKeywords},
      {"truncate", os_truncate, 0, -1, kBuiltinKeywords},
      {"ftruncate", os_ftruncate, 0, -1, kBuiltinKeywords},
      {"utime", os_utime, 0, -1, kBuiltinKeywords},
      {"listdir", os_listdir, 0, -1, kBuiltinKeywords},
      {"scandir", os_scandir, 0, -1, kBuiltinKeywords},
      {"open", os_open, 0, -1, kBuiltinKeywords},
      {"close", os_close, 0, -1, kBuiltinKeywords},
      {"closerange", os_closerange, 0, -1, kBuiltinKeywords},
      {"dup", os_dup, 0, -1, kBuiltinKeywords},
      {"dup2", os_dup2, 0, -1, kBuiltinKeywords},
      {"read", os_read, 0, -1, kBuiltinKeywords},
      {"write", os_write, 0, -1, kBuiltinKeywords},
      {"lseek", os_lseek, 0, -1, kBuiltinKeywords},
      {"fsync", os_fsync, 0, -1, kBuiltinKeywords},
      {"isatty", os_isatty, 0, -1, kBuiltinKeywords},
      {"pipe", os_pipe, 0, 0, 0},
      {"get_inheritable", os_get_inheritable, 0, -1, kBuiltinKeywords},
      {"set_inheritable", os_set_inheritable, 0, -1, kBuiltinKeywords},
      {"get_blocking", os_get_blocking, 0, -1, kBuiltinKeywords},
      {"set_blocking", os_set_blocking, 0, -1, kBuiltinKeywords},
      {"device_encoding", os_device_encoding, 0, -1, kBuiltinKeywords},
      {"get_terminal_size", os_get_terminal_size, 0, -1, kBuiltinKeywords},
      {"getpid", os_getpid, 0, 0, 0},
      {"getppid", os_getppid, 0, 0, 0},
      {"getuid", os_getuid, 0, 0, 0},
      {"geteuid", os_geteuid, 0, 0, 0},
      {"getgid", os_getgid, 0, 0, 0},
      {"getegid", os_getegid, 0, 0, 0},
      {"getpgrp", os_getpgrp, 0, 0, 0},
      {"umask", os_umask, 0, -1, kBuiltinKeywords},
      {"cpu_count", os_cpu_count, 0, 0, 0},
      {"urandom", os_urandom, 0, -1, kBuiltinKeywords},
      {"strerror", os_strerror, 0, -1, kBuiltinKeywords},
      {"fspath", os_fspath, 0, -1, kBuiltinKeywords},
      {"_exit", os_exit, 0, -1, kBuiltinKeywords},
      {"times", os_times, 0, 0, 0},
      {"uname", os_uname, 0, 0, 0},
      {"waitstatus_to_exitcode", os_waitstatus_to_exitcode, 0, -1, kBuiltinKeywords},
      {"waitpid", os_waitpid, 0, -1, 0},
      {"kill", os_kill, 0, -1, 0},
      {"WIFSTOPPED", os_WIFSTOPPED, 0, -1, 0},
      {"WSTOPSIG", os_WSTOPSIG, 0, -1, 0},
      {"WIFEXITED", os_WIFEXITED, 0, -1, 0},
      {"WEXITSTATUS", os_WEXITSTATUS, 0, -1, 0},
      {"WIFSIGNALED", os_WIFSIGNALED, 0, -1, 0},
      {"WTERMSIG", os_WTERMSIG, 0, -1, 0},
      {"putenv", os_putenv, 0, -1, kBuiltinKeywords},
      {"unsetenv", os_unsetenv, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);

#define X(name) (void)dict_set_cstr(vm, d, #name, Value::small(name));
  TAIPAN_POSIX_INT_CONSTANTS(X)
#undef X
  (void)dict_set_cstr(vm, d, "error", Value::ptr(vm.OSError));
  Value env = make_environ(vm);
  if (env.is_null()) return env;
  (void)dict_set_cstr(vm, d, "environ", env);
  // Only what the functions above support: os.py derives supports_fd / supports_dir_fd /
  // supports_follow_symlinks from this list, and the stdlib picks its code paths by them.
  static const char* const have[] = {"HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT"};
  List* hl = new_list(vm, 0);
  if (!hl) return Value::null();
  Root rhl(vm, Value::ptr(hl));
  for (const char* h : have) {
    Value s = new_str(vm, h);
    if (s.is_null() || failed(list_append(vm, hl, s))) return Value::null();
  }
  (void)dict_set_cstr(vm, d, "_have_functions", Value::ptr(hl));

  for (const SeqDesc& sd : kSeqDescs)
    if (!make_seq_type(vm, m, sd)) return Value::null();

  Type* de = native_type(vm, m, "posix", "DirEntry", Layout::Opaque, native_no_instances);
  if (!de) return Value::null();
  de->trace = trace_direntry;
  de->finalize = nullptr;
  de->tflags &= ~kTypeBaseType;
  static const MethodDef de_methods[] = {
      {"is_dir", de_is_dir, 0, -1, kBuiltinKeywords},
      {"is_file", de_is_file, 0, -1, kBuiltinKeywords},
      {"is_symlink", de_is_symlink, 0, -1, kBuiltinKeywords},
      {"stat", de_stat, 0, -1, kBuiltinKeywords},
      {"inode", de_inode, 0, 0, 0},
      {"__fspath__", de_fspath, 0, 0, 0},
      {"__repr__", de_repr, 0, 0, 0},
  };
  add_methods(vm, de, de_methods);
  add_getter(vm, de, "name", de_name);
  add_getter(vm, de, "path", de_path);

  // ScandirIterator: not a name in the module (as in CPython); DirEntry's dict keeps it.
  Type* si = native_type(vm, m, "posix", "ScandirIterator", Layout::Iter, nullptr);
  if (!si) return Value::null();
  Root rsi(vm, Value::ptr(si));
  si->tflags &= ~kTypeBaseType;
  (void)dict_del(vm, d, Value::ptr(vm.intern("ScandirIterator")));
  static const MethodDef si_methods[] = {
      {"__iter__", si_iter, 0, 0, 0},   {"__next__", si_next, 0, 0, 0},  {"close", si_close, 0, 0, 0},
      {"__enter__", si_iter, 0, 0, 0},  {"__exit__", si_exit, 0, -1, 0},
  };
  add_methods(vm, si, si_methods);
  (void)dict_set_cstr(vm, de->dict, "_iterator_type", Value::ptr(si));
  type_modified(vm, de);
  return mv;
}

// ---------- errno ----------

// Names in an order where, for codes with two names, the one CPython's errno.errorcode
// reports comes last (EAGAIN, EDEADLOCK, ENOTSUP).
#define TAIPAN_ERRNO_NAMES(X)                                                                                    \
  X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) X(ENXIO) X(E2BIG) X(ENOEXEC) X(EBADF) X(ECHILD) X(EWOULDBLOCK)     \
  X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(ENOTBLK) X(EBUSY) X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR)  \
  X(EINVAL) X(ENFILE) X(EMFILE) X(ENOTTY) X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) X(EROFS) X(EMLINK) X(EPIPE)    \
  X(EDOM) X(ERANGE) X(EDEADLK) X(EDEADLOCK) X(ENAMETOOLONG) X(ENOLCK) X(ENOSYS) X(ENOTEMPTY) X(ELOOP)           \
  X(ENOMSG) X(EIDRM) X(ECHRNG) X(EL2NSYNC) X(EL3HLT) X(EL3RST) X(ELNRNG) X(EUNATCH) X(ENOCSI) X(EL2HLT)         \
  X(EBADE) X(EBADR) X(EXFULL) X(ENOANO) X(EBADRQC) X(EBADSLT) X(EBFONT) X(ENOSTR) X(ENODATA) X(ETIME)           \
  X(ENOSR) X(ENONET) X(ENOPKG) X(EREMOTE) X(ENOLINK) X(EADV) X(ESRMNT) X(ECOMM) X(EPROTO) X(EMULTIHOP)          \
  X(EDOTDOT) X(EBADMSG) X(EOVERFLOW) X(ENOTUNIQ) X(EBADFD) X(EREMCHG) X(ELIBACC) X(ELIBBAD) X(ELIBSCN)          \
  X(ELIBMAX) X(ELIBEXEC) X(EILSEQ) X(ERESTART) X(ESTRPIPE) X(EUSERS) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE)    \
  X(EPROTOTYPE) X(ENOPROTOOPT) X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(EOPNOTSUPP) X(ENOTSUP) X(EPFNOSUPPORT)   \
  X(EAFNOSUPPORT) X(EADDRINUSE) X(EADDRNOTAVAIL) X(ENETDOWN) X(ENETUNREACH) X(ENETRESET) X(ECONNABORTED)        \
  X(ECONNRESET) X(ENOBUFS) X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) X(ETOOMANYREFS) X(ETIMEDOUT) X(ECONNREFUSED)     \
  X(EHOSTDOWN) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS) X(ESTALE) X(EUCLEAN) X(ENOTNAM) X(ENAVAIL) X(EISNAM)  \
  X(EREMOTEIO) X(EDQUOT) X(ENOMEDIUM) X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) X(EKEYEXPIRED) X(EKEYREVOKED)      \
  X(EKEYREJECTED) X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL)

Value make_errno(VM& vm) {
  Value mv = native_module(vm, "errno");
  if (mv.is_null()) return mv;
  Root rm(vm, mv);
  Dict* d = mv.as<Module>()->dict;
  Dict* codes = new_dict(vm);
  if (!codes) return Value::null();
  Root rc(vm, Value::ptr(codes));
#define X(name)                                                                \
  {                                                                            \
    Value n = Value::ptr(vm.intern(#name));                                    \
    if (failed(dict_set_cstr(vm, d, #name, Value::small(name))) ||             \
        failed(dict_set(vm, codes, Value::small(name), n)))                    \
      return Value::null();                                                    \
  }
  TAIPAN_ERRNO_NAMES(X)
#undef X
  (void)dict_set_cstr(vm, d, "errorcode", Value::ptr(codes));
  return mv;
}

}  // namespace

void init_posix(VM& vm) {
  register_native_module(vm, "posix", make_posix);
  register_native_module(vm, "errno", make_errno);
}

}  // namespace taipan::runtime
