// The sys module.
#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "runtime/objects.h"

namespace taipan::runtime {

// A minimal text stream object for sys.stdout / sys.stderr / sys.stdin.
static Value stream_write(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "write() argument must be str, not %s", type_name(vm, args[0]));
  Value fd = getattr_cstr(vm, self, "_fd");
  if (fd.is_null()) return fd;
  if (fd.is_small() && fd.as_small() == 2) write_stderr(vm, as_str(args[0])->view());
  else write_stdout(vm, as_str(args[0])->view());
  return Value::small(as_str(args[0])->length);
}
static Value stream_flush(VM& vm, Value self, Value*, size_t, Tuple*) {
  std::fflush(stdout);
  std::fflush(stderr);
  return Value::none();
}
static Value stream_readline(VM& vm, Value self, Value*, size_t, Tuple*) {
  std::string line;
  int c;
  while ((c = std::fgetc(stdin)) != EOF) {
    line += char(c);
    if (c == '\n') break;
  }
  return new_str(vm, line);
}
static Value stream_read(VM& vm, Value self, Value*, size_t, Tuple*) {
  std::string all;
  int c;
  while ((c = std::fgetc(stdin)) != EOF) all += char(c);
  return new_str(vm, all);
}
static Value stream_isatty(VM& vm, Value, Value*, size_t, Tuple*) { return Value::false_(); }

static Value sys_exit(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  Value a = nargs && !args[0].is_none() ? new_tuple_from(vm, args, 1) : vm.empty_tuple;
  if (a.is_null()) return a;
  Root ra(vm, a);
  Value e = new_exception(vm, vm.SystemExit, a);
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}
static Value sys_getrecursionlimit(VM& vm, Value, Value*, size_t, Tuple*) { return Value::small(vm.recursion_limit); }
static Value sys_setrecursionlimit(VM& vm, Value, Value* args, size_t, Tuple*) {
  int64_t n;
  if (!is_int(vm, args[0])) return raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, args[0]));
  if (failed(int_to_i64(vm, args[0], n))) return Value::null();
  if (n < 1) return raise(vm, vm.ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) return raise(vm, vm.OverflowError, "Python int too large to convert to C int");
  if (n <= vm.depth)
    return raise(vm, vm.RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                 int(n), vm.depth);
  vm.recursion_limit = int(n);
  return Value::none();
}
static double switch_interval = 0.005;
static Value sys_getswitchinterval(VM& vm, Value, Value*, size_t, Tuple*) { return new_float(switch_interval); }
static Value sys_setswitchinterval(VM& vm, Value, Value* args, size_t, Tuple*) {
  double d;
  if (args[0].is_double()) d = args[0].as_double();
  else if (failed(to_double(vm, args[0], d))) return Value::null();
  if (!(d > 0.0)) return raise(vm, vm.ValueError, "switch interval must be strictly positive");
  switch_interval = d;
  return Value::none();
}
static Value sys_exc_info(VM& vm, Value, Value*, size_t, Tuple*) {
  Value e = vm.exc_info;
  if (e.is_none() || e.is_null()) {
    Value n[3] = {Value::none(), Value::none(), Value::none()};
    return new_tuple_from(vm, n, 3);
  }
  Value items[3] = {Value::ptr(type_of(vm, e)), e, is_exception(vm, e) ? e.as<Exception>()->traceback : Value::none()};
  return new_tuple_from(vm, items, 3);
}
static Value sys_exception(VM& vm, Value, Value*, size_t, Tuple*) {
  return vm.exc_info.is_null() ? Value::none() : vm.exc_info;
}
static Value sys_intern(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_exact(args[0], vm.str_type)) return raise(vm, vm.TypeError, "intern() argument must be str, not %s", type_name(vm, args[0]));
  return Value::ptr(vm.intern(as_str(args[0])));
}
static Value sys_getsizeof(VM& vm, Value, Value* args, size_t, Tuple*) { return Value::small(64); }
static Value sys_int_max_str_digits(VM& vm, Value, Value*, size_t, Tuple*) { return Value::small(4300); }
static Value sys_getdefaultencoding(VM& vm, Value, Value*, size_t, Tuple*) { return new_str(vm, "utf-8"); }
static Value sys_getfilesystemencoding(VM& vm, Value, Value*, size_t, Tuple*) { return new_str(vm, "utf-8"); }
static Value sys_getfilesystemencodeerrors(VM& vm, Value, Value*, size_t, Tuple*) {
  return new_str(vm, "surrogateescape");
}
static Value sys_audit(VM& vm, Value, Value* args, size_t nargs, Tuple*) {  // no audit hooks: a no-op
  if (nargs < 1) return raise(vm, vm.TypeError, "audit() missing 1 required positional argument: 'event'");
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "expected str for argument 'event', not %s", type_name(vm, args[0]));
  return Value::none();
}

// sys.excepthook(type, value, traceback): prints the exception and its traceback to stderr
// (the embedder calls the current sys.excepthook for an uncaught exception).
static Value sys_excepthook(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "excepthook() takes no keyword arguments");
  if (nargs != 3) return raise(vm, vm.TypeError, "excepthook expected 3 arguments, got %zu", nargs);
  Value exc = args[1];
  if (!is_exception(vm, exc)) {
    // CPython prints the complaint instead of raising it.
    write_stderr(vm, std::string("TypeError: print_exception(): Exception expected for value, ") +
                         type_name(vm, exc) + " found\n");
    return Value::none();
  }
  if (!vm.print_exception_hook) return Value::none();
  Exception* e = exc.as<Exception>();
  Root re(vm, exc), saved(vm, e->traceback);
  if (args[2].is_none() || is_layout(args[2], Layout::Traceback)) e->traceback = args[2];
  vm.print_exception_hook(vm, exc);
  exc.as<Exception>()->traceback = saved.get();
  return Value::none();
}

static Value make_stream(VM& vm, Type* t, int fd, const char* name) {
  Value s = new_instance(vm, t);
  if (s.is_null()) return s;
  Root rs(vm, s);
  (void)instance_set(vm, s.as<Instance>(), vm.intern("_fd"), Value::small(fd));
  (void)instance_set(vm, s.as<Instance>(), vm.intern("name"), new_str(vm, name));
  (void)instance_set(vm, s.as<Instance>(), vm.intern("encoding"), new_str(vm, "utf-8"));
  return s;
}

// A tuple-like struct sequence built as a class with attributes (version_info, implementation).
static Value make_namespace(VM& vm, const char* cls, const char* const* names, const Value* values, size_t n) {
  Type* t = new_builtin_type(vm, cls, Layout::Instance, vm.object_type, false);
  Root rt(vm, Value::ptr(t));
  Value o = new_instance(vm, t);
  if (o.is_null()) return o;
  Root ro(vm, o);
  for (size_t i = 0; i < n; i++) (void)instance_set(vm, o.as<Instance>(), vm.intern(names[i]), values[i]);
  return o;
}

// A struct sequence (sys.version_info): a tuple whose items are also named attributes, of a
// tuple subclass whose __match_args__ lists the names; repr "sys.version_info(major=3, ...)".
static Value structseq_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = type_of(vm, self);
  Value names = dict_get_cstr(vm, t->dict, "__match_args__");
  if (!is_layout(self, Layout::Instance) || !is_tuple(self.as<Instance>()->base_value) || !is_tuple(names))
    return raise(vm, vm.TypeError, "struct sequence expected");
  Root rs(vm, self), rn(vm, names);
  std::string out = "sys." + std::string(t->name->view()) + "(";
  Tuple* items = self.as<Instance>()->base_value.as<Tuple>();
  for (uint32_t i = 0; i < items->size && i < names.as<Tuple>()->size; i++) {
    Value r = repr(vm, self.as<Instance>()->base_value.as<Tuple>()->items[i]);
    if (r.is_null()) return r;
    if (i) out += ", ";
    out += as_str(names.as<Tuple>()->items[i])->view();
    out += "=";
    out += as_str(r)->view();
  }
  return new_str(vm, out + ")");
}
static Value make_structseq(VM& vm, const char* cls, const char* const* names, const Value* values, size_t n) {
  PinArray pin(vm, values, n);
  Type* t = new_builtin_type(vm, cls, Layout::Instance, vm.tuple_type, false);
  if (!t) return Value::null();
  Root rt(vm, Value::ptr(t));
  static const MethodDef methods[] = {{"__repr__", structseq_repr, 0, 0, kBuiltinRawSelf}};
  add_methods(vm, t, methods);
  Tuple* nt = new_tuple(vm, uint32_t(n));
  if (!nt) return raise_no_memory(vm);
  for (size_t i = 0; i < n; i++) nt->items[i] = Value::ptr(vm.intern(names[i]));
  if (failed(dict_set_cstr(vm, t->dict, "__match_args__", Value::ptr(nt)))) return Value::null();
  for (const char* k : {"n_sequence_fields", "n_fields"})
    if (failed(dict_set_cstr(vm, t->dict, k, Value::small(int64_t(n))))) return Value::null();
  if (failed(dict_set_cstr(vm, t->dict, "n_unnamed_fields", Value::small(0)))) return Value::null();
  Value tup = new_tuple_from(vm, values, n);
  if (tup.is_null()) return tup;
  Root rtup(vm, tup);
  Value o = new_instance(vm, t);
  if (o.is_null()) return o;
  Root ro(vm, o);
  o.as<Instance>()->base_value = tup;
  for (size_t i = 0; i < n; i++)
    if (failed(instance_set(vm, o.as<Instance>(), vm.intern(names[i]), values[i]))) return Value::null();
  return o;
}

// types.SimpleNamespace (types.py takes it as type(sys.implementation)): attributes from
// keyword arguments, repr "namespace(a=1, b=2)" (the subclass's name for a subclass),
// equality of the attribute dicts.
static Value ns_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  // Keyword values follow the positional arguments (nargs of them).
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs) return raise(vm, vm.TypeError, "no positional arguments expected");
  if (!is_layout(self, Layout::Instance)) return raise(vm, vm.TypeError, "SimpleNamespace expected");
  for (size_t i = 0; i < nkw; i++)
    if (failed(instance_set(vm, self.as<Instance>(), as_str(kwnames->items[i]), args[nargs + i]))) return Value::null();
  return Value::none();
}
// Construction fills the attributes too (__init__ does it again for the same arguments).
static Value ns_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kwnames) {
  if (!is_layout(type, Layout::Type)) return raise(vm, vm.TypeError, "SimpleNamespace.__new__(X): X is not a type");
  Value o = new_instance(vm, type.as<Type>());
  if (o.is_null()) return o;
  Root ro(vm, o);
  if (ns_init(vm, o, args, nargs, kwnames).is_null()) return Value::null();
  return o;
}
static Value ns_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Instance)) return raise(vm, vm.TypeError, "SimpleNamespace expected");
  Type* t = type_of(vm, self);
  std::string name = t->tflags & kTypeHeap ? std::string(t->qualname->view()) : "namespace";
  if (repr_enter(vm, self)) return new_str(vm, name + "(...)");
  Root rs(vm, self);
  Value dv = instance_dict(vm, self.as<Instance>());
  if (dv.is_null()) {
    repr_leave(vm, self);
    return dv;
  }
  Root rd(vm, dv);
  std::string out = name + "(";
  Dict* d = dv.as<Dict>();
  bool first = true;
  for (uint32_t i = 0; i < d->nentries; i++) {
    DictEntry& e = d->entries[i];
    if (e.key.is_null() || !is_str(e.key)) continue;
    Value r = repr(vm, e.value);
    if (r.is_null()) {
      repr_leave(vm, self);
      return r;
    }
    out += (first ? "" : ", ") + std::string(as_str(e.key)->view()) + "=" + std::string(as_str(r)->view());
    first = false;
  }
  repr_leave(vm, self);
  return new_str(vm, out + ")");
}
static Value ns_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Type* ns = type_of(vm, self);
  while (ns->tflags & kTypeHeap) ns = ns->base;
  if (!isinstance(vm, args[0], ns) || !is_layout(self, Layout::Instance) || !is_layout(args[0], Layout::Instance))
    return vm.not_implemented;
  Root rs(vm, self), ro(vm, args[0]);
  Value a = instance_dict(vm, self.as<Instance>());
  if (a.is_null()) return a;
  Root ra(vm, a);
  Value b = instance_dict(vm, args[0].as<Instance>());
  if (b.is_null()) return b;
  return compare(vm, a, b, CmpOp::Eq);
}

static Value sys_is_finalizing(VM&, Value, Value*, size_t, Tuple*) { return Value::false_(); }

void init_sys(VM& vm) {
  Value m = new_module(vm, vm.intern("sys"));
  vm.sys = m.as<Module>();
  Dict* d = vm.sys->dict;
  static const MethodDef fns[] = {
      {"exit", sys_exit, 0, 1, 0},
      {"getrecursionlimit", sys_getrecursionlimit, 0, 0, 0},
      {"setrecursionlimit", sys_setrecursionlimit, 1, 1, 0},
      {"exc_info", sys_exc_info, 0, 0, 0},
      {"exception", sys_exception, 0, 0, 0},
      {"intern", sys_intern, 1, 1, 0},
      {"is_finalizing", sys_is_finalizing, 0, 0, 0},
      {"getsizeof", sys_getsizeof, 1, 2, 0},
      {"get_int_max_str_digits", sys_int_max_str_digits, 0, 0, 0},
      {"getdefaultencoding", sys_getdefaultencoding, 0, 0, 0},
      {"getfilesystemencoding", sys_getfilesystemencoding, 0, 0, 0},
      {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, 0, 0},
      {"audit", sys_audit, 0, -1, 0},
      {"excepthook", sys_excepthook, 0, -1, kBuiltinKeywords},
      {"getswitchinterval", sys_getswitchinterval, 0, 0, 0},
      {"setswitchinterval", sys_setswitchinterval, 1, 1, 0},
  };
  add_functions(vm, vm.sys, fns);
  (void)dict_set_cstr(vm, d, "__excepthook__", dict_get_cstr(vm, d, "excepthook"));
  // Installation paths: the host CPython's layout (its Lib/ provides the pure-Python modules).
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"})
    (void)dict_set_cstr(vm, d, name, new_str(vm, "/usr"));
  (void)dict_set_cstr(vm, d, "platlibdir", new_str(vm, "lib"));
  (void)dict_set_cstr(vm, d, "pycache_prefix", Value::none());
  (void)dict_set_cstr(vm, d, "api_version", Value::small(1013));
  Type* stream = new_builtin_type(vm, "TextIOWrapper", Layout::Instance, vm.object_type, false);
  Root rstream(vm, Value::ptr(stream));
  static const MethodDef stream_methods[] = {
      {"write", stream_write, 1, 1, 0}, {"flush", stream_flush, 0, 0, 0},
      {"readline", stream_readline, 0, 1, 0}, {"read", stream_read, 0, 1, 0},
      {"isatty", stream_isatty, 0, 0, 0},
  };
  add_methods(vm, stream, stream_methods);
  Value out = make_stream(vm, stream, 1, "<stdout>");
  (void)dict_set_cstr(vm, d, "stdout", out);
  (void)dict_set_cstr(vm, d, "__stdout__", out);
  Value err = make_stream(vm, stream, 2, "<stderr>");
  (void)dict_set_cstr(vm, d, "stderr", err);
  (void)dict_set_cstr(vm, d, "__stderr__", err);
  Value in = make_stream(vm, stream, 0, "<stdin>");
  (void)dict_set_cstr(vm, d, "stdin", in);
  (void)dict_set_cstr(vm, d, "__stdin__", in);
  (void)dict_set_cstr(vm, d, "modules", Value::ptr(vm.modules));
  List* path = new_list(vm, 0);
  vm.sys_path = Value::ptr(path);
  (void)dict_set_cstr(vm, d, "path", vm.sys_path);
  (void)dict_set_cstr(vm, d, "argv", Value::ptr(new_list(vm, 0)));
  (void)dict_set_cstr(vm, d, "maxsize", new_int(vm, INT64_MAX));
  (void)dict_set_cstr(vm, d, "maxunicode", Value::small(0x10ffff));
  (void)dict_set_cstr(vm, d, "byteorder", new_str(vm, "little"));
  (void)dict_set_cstr(vm, d, "platform", new_str(vm, "linux"));
  (void)dict_set_cstr(vm, d, "executable", new_str(vm, "taipan"));
  (void)dict_set_cstr(vm, d, "version", new_str(vm, "3.11.7 (Taipan)"));
  (void)dict_set_cstr(vm, d, "hexversion", Value::small(0x030b07f0));
  (void)dict_set_cstr(vm, d, "dont_write_bytecode", Value::true_());
  (void)dict_set_cstr(vm, d, "float_repr_style", new_str(vm, "short"));
  (void)dict_set_cstr(vm, d, "warnoptions", Value::ptr(new_list(vm, 0)));
  (void)dict_set_cstr(vm, d, "_xoptions", Value::ptr(new_dict(vm)));
  {
    // sys.flags with CPython's defaults (no command-line options).
    static const char* const names[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                        "warn_default_encoding", "safe_path", "int_max_str_digits"};
    Value vals[18];
    for (Value& v : vals) v = Value::small(0);
    vals[11] = Value::small(1);
    vals[13] = Value::false_();
    vals[16] = Value::false_();
    vals[17] = Value::small(-1);
    (void)dict_set_cstr(vm, d, "flags", make_namespace(vm, "flags", names, vals, 18));
  }
  {
    static const char* const names[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Value vals[5] = {Value::small(3), Value::small(11), Value::small(7), new_str(vm, "final"), Value::small(0)};
    Root r3(vm, vals[3]);
    Value vi = make_structseq(vm, "version_info", names, vals, 5);
    if (vi.is_null()) return;
    (void)dict_set_cstr(vm, d, "version_info", vi);
  }
  {
    static const char* const names[] = {"name", "cache_tag", "version"};
    Value vals[3] = {new_str(vm, "taipan"), Value::null(), Value::null()};
    Root r0(vm, vals[0]);
    vals[1] = new_str(vm, "cpython-311");
    Root r1(vm, vals[1]);
    Value vv[5] = {Value::small(0), Value::small(1), Value::small(0), new_str(vm, "alpha"), Value::small(0)};
    Root r3(vm, vv[3]);
    vals[2] = new_tuple_from(vm, vv, 5);
    Root r2(vm, vals[2]);
    Type* ns = native_type(vm, vm.sys, "types", "SimpleNamespace", Layout::Instance, ns_ctor);
    if (ns) {
      Root rn(vm, Value::ptr(ns));
      (void)dict_del(vm, d, Value::ptr(vm.intern("SimpleNamespace")));
      static const MethodDef methods[] = {{"__init__", ns_init, 0, -1, kBuiltinKeywords},
                                          {"__repr__", ns_repr, 0, 0, 0},
                                          {"__eq__", ns_eq, 1, 1, 0}};
      add_methods(vm, ns, methods);
      (void)dict_set_str(vm, ns->dict, vm.intern("__hash__"), Value::none());
      Value impl = new_instance(vm, ns);
      if (!impl.is_null()) {
        Root ri(vm, impl);
        for (size_t i = 0; i < 3; i++) (void)instance_set(vm, impl.as<Instance>(), vm.intern(names[i]), vals[i]);
        (void)dict_set_cstr(vm, d, "implementation", impl);
      }
    }
  }
  {
    static const char* const names[] = {"width", "modulus", "inf", "nan", "imag",
                                        "algorithm", "hash_bits", "seed_bits", "cutoff"};
    Value vals[9] = {Value::small(64), new_int(vm, (int64_t(1) << 61) - 1), Value::small(314159), Value::small(0),
                     Value::small(1000003), Value::null(), Value::small(64), Value::small(128), Value::small(0)};
    Root r1(vm, vals[1]);
    vals[5] = new_str(vm, "siphash13");
    Root r5(vm, vals[5]);
    (void)dict_set_cstr(vm, d, "hash_info", make_namespace(vm, "hash_info", names, vals, 9));
  }
  {
    static const char* const names[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds"};
    Value vals[11] = {new_float(DBL_MAX), Value::small(DBL_MAX_EXP), Value::small(DBL_MAX_10_EXP),
                      new_float(DBL_MIN), Value::small(DBL_MIN_EXP), Value::small(DBL_MIN_10_EXP),
                      Value::small(DBL_DIG), Value::small(DBL_MANT_DIG), new_float(DBL_EPSILON),
                      Value::small(FLT_RADIX), Value::small(1)};
    (void)dict_set_cstr(vm, d, "float_info", make_namespace(vm, "float_info", names, vals, 11));
  }
  {
    static const char* const names[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                        "str_digits_check_threshold"};
    Value vals[4] = {Value::small(30), Value::small(4), Value::small(4300), Value::small(640)};
    (void)dict_set_cstr(vm, d, "int_info", make_namespace(vm, "int_info", names, vals, 4));
  }
  (void)dict_set_str(vm, vm.modules, vm.intern("sys"), m);
}

// sys.builtin_module_names: the natively provided modules, once every runtime file has
// registered its own (called at the end of VM initialisation).
void init_sys_module_names(VM& vm) {
  std::vector<std::string> names = {"builtins", "sys"};
  for (const auto& entry : vm.native_modules) names.push_back(entry.first);
  std::sort(names.begin(), names.end());
  RootVec items(vm);
  for (const std::string& n : names) {
    Value s = new_str(vm, n);
    if (s.is_null()) return;
    items.v.push_back(s);
  }
  Value t = new_tuple_from(vm, items.v.data(), items.v.size());
  if (!t.is_null()) (void)dict_set_cstr(vm, vm.sys->dict, "builtin_module_names", t);
}

}  // namespace taipan::runtime
