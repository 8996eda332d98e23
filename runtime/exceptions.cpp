// BaseException and its subclasses: construction, args, str/repr, the chaining attributes
// (__cause__, __context__, __suppress_context__, __traceback__) and the few subclasses with
// their own attributes (StopIteration.value, SystemExit.code, KeyError's str, OSError).
#include <cerrno>

#include "runtime/exception_group.h"
#include "runtime/objects.h"

namespace taipan::runtime {

Value new_exception(VM& vm, Type* t, Value args_tuple) {
  Root ra(vm, args_tuple);
  Value e = new_instance(vm, t);
  if (e.is_null()) return e;
  e.as<Exception>()->args = args_tuple.is_null() ? vm.empty_tuple : args_tuple;
  // Subclass attributes derived from args.
  Root re(vm, e);
  Tuple* args = e.as<Exception>()->args.as<Tuple>();
  if (is_subtype(t, vm.StopIteration)) {
    if (failed(instance_set(vm, e.as<Instance>(), vm.s_value, args->size ? args->items[0] : Value::none())))
      return Value::null();
  } else if (is_subtype(t, vm.SystemExit)) {
    Value code = args->size == 0 ? Value::none() : args->size == 1 ? args->items[0] : Value::ptr(args);
    if (failed(instance_set(vm, e.as<Instance>(), vm.s_code, code))) return Value::null();
  }
  return e;
}

Value new_exception_msg(VM& vm, Type* t, std::string_view msg) {
  Value s = new_str(vm, msg);
  if (s.is_null()) return s;
  Root rs(vm, s);
  Value args = new_tuple_from(vm, &s, 1);
  if (args.is_null()) return args;
  return new_exception(vm, t, args);
}

Value exception_str(VM& vm, Value exc) { return str(vm, exc); }

static Exception* exc_of(Value self) { return self.as<Exception>(); }

static Value exc_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "BaseException.__new__(X): X is not a type object");
  Type* t = args[0].as<Type>();
  Value tup = new_tuple_from(vm, args + 1, nargs - 1);
  if (tup.is_null()) return tup;
  return new_exception(vm, t, tup);
}

static Value exc_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (!is_exception(vm, self)) return Value::none();
  Value tup = new_tuple_from(vm, args, nargs);
  if (tup.is_null()) return tup;
  exc_of(self)->args = tup;
  Root rs(vm, self);
  Type* t = type_of(vm, self);
  if (is_subtype(t, vm.StopIteration)) {
    if (failed(instance_set(vm, self.as<Instance>(), vm.s_value, nargs ? args[0] : Value::none()))) return Value::null();
  } else if (is_subtype(t, vm.SystemExit)) {
    Value code = nargs == 0 ? Value::none() : nargs == 1 ? args[0] : tup;
    if (failed(instance_set(vm, self.as<Instance>(), vm.s_code, code))) return Value::null();
  } else if (kwnames && kwnames->size && (is_subtype(t, vm.AttributeError) || is_subtype(t, vm.NameError))) {
    // AttributeError(..., name=, obj=) and NameError(..., name=)
    bool attr = is_subtype(t, vm.AttributeError);
    for (uint32_t i = 0; i < kwnames->size; i++) {
      Str* k = as_str(kwnames->items[i]);
      if (k->view() != "name" && !(attr && k->view() == "obj"))
        return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", k, attr ? "AttributeError" : "NameError");
      if (failed(instance_set(vm, self.as<Instance>(), vm.intern(std::string(k->view())), args[nargs + i])))
        return Value::null();
    }
  }
  return Value::none();
}

static Value exc_str(VM& vm, Value self, Value*, size_t, Tuple*) {
  Tuple* a = exc_of(self)->args.as<Tuple>();
  if (a->size == 0) return Value::ptr(vm.s_empty);
  if (a->size == 1) return str(vm, a->items[0]);
  return str(vm, Value::ptr(a));
}

static Value keyerror_str(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Tuple* a = exc_of(self)->args.as<Tuple>();
  if (a->size == 1) return repr(vm, a->items[0]);
  return exc_str(vm, self, args, nargs, kw);
}

static Value exc_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Tuple* a = exc_of(self)->args.as<Tuple>();
  std::string s(type_of(vm, self)->name->view());
  Value r;
  if (a->size == 1) {
    r = repr(vm, a->items[0]);
    if (r.is_null()) return r;
    s += "(";
    s += as_str(r)->view();
    s += ")";
  } else {
    r = repr(vm, Value::ptr(a));
    if (r.is_null()) return r;
    s += as_str(r)->view();
  }
  return new_str(vm, s);
}

static Value exc_args_get(VM& vm, Value self, Value*, size_t, Tuple*) { return exc_of(self)->args; }
static Value exc_args_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value t = args[0];
  if (!is_tuple(t)) {
    t = sequence_to_list(vm, t);
    if (t.is_null()) return t;
    Root rl(vm, t);
    List* l = t.as<List>();
    t = new_tuple_from(vm, l->items, l->size);
    if (t.is_null()) return t;
  }
  exc_of(self)->args = t;
  return Value::none();
}
static Value exc_tb_get(VM& vm, Value self, Value*, size_t, Tuple*) { return exc_of(self)->traceback; }
static Value exc_tb_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!args[0].is_none() && !is_layout(args[0], Layout::Traceback))
    return raise(vm, vm.TypeError, "__traceback__ must be a traceback or None");
  exc_of(self)->traceback = args[0];
  return Value::none();
}
static Value exc_cause_get(VM& vm, Value self, Value*, size_t, Tuple*) { return exc_of(self)->cause; }
static Value exc_cause_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!args[0].is_none() && !is_exception(vm, args[0]))
    return raise(vm, vm.TypeError, "exception cause must be None or derive from BaseException");
  exc_of(self)->cause = args[0];
  exc_of(self)->suppress_context = true;
  return Value::none();
}
static Value exc_context_get(VM& vm, Value self, Value*, size_t, Tuple*) { return exc_of(self)->context; }
static Value exc_context_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!args[0].is_none() && !is_exception(vm, args[0]))
    return raise(vm, vm.TypeError, "exception context must be None or derive from BaseException");
  exc_of(self)->context = args[0];
  return Value::none();
}
static Value exc_suppress_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  return Value::boolean(exc_of(self)->suppress_context);
}
static Value exc_suppress_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int t = truthy(vm, args[0]);
  if (t < 0) return Value::null();
  exc_of(self)->suppress_context = t;
  return Value::none();
}
static Value exc_with_traceback(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (exc_tb_set(vm, self, args, 1, nullptr).is_null()) return Value::null();
  return self;
}
static Value exc_add_note(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "note must be a str, not '%s'", type_name(vm, args[0]));
  Root rs(vm, self);
  Value notes = getattr_opt(vm, self, vm.s_notes);
  if (notes.is_null()) {
    if (!vm.exc.is_null()) return Value::null();
    List* l = new_list(vm, 0);
    if (!l) return raise_no_memory(vm);
    notes = Value::ptr(l);
    if (failed(setattr(vm, self, vm.s_notes, notes))) return Value::null();
  }
  if (!is_list(notes)) return raise(vm, vm.TypeError, "Cannot add note: __notes__ is not a list");
  if (failed(list_append(vm, notes.as<List>(), args[0]))) return Value::null();
  return Value::none();
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the
// attributes are instance attributes over class-level None defaults.
static const char* const kSyntaxFields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

static Value syntaxerror_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Root rs(vm, self);
  if (exc_init(vm, self, args, nargs, kwnames).is_null()) return Value::null();
  if (!is_exception(vm, self) || nargs == 0) return Value::none();
  if (failed(setattr(vm, self, vm.intern("msg"), args[0]))) return Value::null();
  if (nargs != 2) return Value::none();
  Value info = sequence_to_list(vm, args[1]);
  if (info.is_null()) return info;
  Root ri(vm, info);
  List* l = info.as<List>();
  if (l->size < 4 || l->size > 6)
    return raise(vm, vm.TypeError, "function takes at %s %d arguments (%u given)", l->size < 4 ? "least" : "most",
                 l->size < 4 ? 4 : 6, unsigned(l->size));
  for (uint32_t i = 0; i < l->size; i++)
    if (failed(setattr(vm, self, vm.intern(kSyntaxFields[i]), l->items[i]))) return Value::null();
  return Value::none();
}

static Value syntaxerror_str(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!is_layout(self, Layout::Exception)) return exc_str(vm, self, args, nargs, kw);
  Value msg = instance_get(self.as<Instance>(), vm.intern("msg"));
  if (msg.is_null()) return exc_str(vm, self, args, nargs, kw);
  Root rs(vm, self), rm(vm, msg);
  Value fn = getattr_opt(vm, self, vm.intern("filename"));
  Value ln = getattr_opt(vm, self, vm.intern("lineno"));
  Value ms = str(vm, msg);
  if (ms.is_null()) return ms;
  std::string out(as_str(ms)->view());
  bool have_file = is_str(fn), have_line = ln.is_small() && !ln.is_bool();
  if (!have_file && !have_line) return ms;
  std::string file;
  if (have_file) {
    file.assign(as_str(fn)->view());
    size_t slash = file.rfind('/');
    if (slash != std::string::npos) file.erase(0, slash + 1);
  }
  if (have_file && have_line) out += " (" + file + ", line " + std::to_string(ln.as_small()) + ")";
  else if (have_file) out += " (" + file + ")";
  else out += " (line " + std::to_string(ln.as_small()) + ")";
  return new_str(vm, out);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]), as CPython: OSError called
// with an errno picks the matching subclass (OSError(2, 'x') is a FileNotFoundError); the
// arguments are parsed in __new__, or in __init__ for a subclass that overrides __init__ but
// not __new__. errno/strerror/filename/filename2 are instance attributes over class-level
// None defaults; an attribute present on the instance is "set" for __str__'s purposes.
static Type* oserror_type_for(VM& vm, int64_t code) {
  switch (code) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return vm.BlockingIOError;
    case ECHILD: return vm.ChildProcessError;
    case EPIPE: case ESHUTDOWN: return vm.BrokenPipeError;
    case ECONNABORTED: return vm.ConnectionAbortedError;
    case ECONNREFUSED: return vm.ConnectionRefusedError;
    case ECONNRESET: return vm.ConnectionResetError;
    case EEXIST: return vm.FileExistsError;
    case ENOENT: return vm.FileNotFoundError;
    case EISDIR: return vm.IsADirectoryError;
    case ENOTDIR: return vm.NotADirectoryError;
    case EINTR: return vm.InterruptedError;
    case EACCES: case EPERM: return vm.PermissionError;
    case ESRCH: return vm.ProcessLookupError;
    case ETIMEDOUT: return vm.TimeoutError;
    default: return vm.OSError;
  }
}

static Value oserror_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);
static Value oserror_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames);

// Whether a type parses its arguments in __init__ (it overrides __init__ but not __new__).
static bool oserror_uses_init(VM& vm, Type* t) {
  Value init = type_lookup(t, vm.s_init), nw = type_lookup(t, vm.s_new);
  bool own_init = is_layout(init, Layout::Builtin) && init.as<Builtin>()->fn == oserror_init;
  bool own_new = is_layout(nw, Layout::Builtin) && nw.as<Builtin>()->fn == oserror_new;
  return !own_init && own_new;
}

static Status oserror_parse(VM& vm, Value self, Value* args, size_t nargs) {
  if (nargs < 2 || nargs > 5 || !is_exception(vm, self)) return Status::Ok;
  Root rs(vm, self);
  Instance* o = self.as<Instance>();
  Value filename = nargs >= 3 ? args[2] : Value::none();
  Value filename2 = nargs >= 5 ? args[4] : Value::none();
  if (!filename.is_none()) {
    Value idx = type_lookup(type_of(vm, filename), vm.s_index);
    bool number = filename.is_small() || filename.is_double() || is_int(vm, filename) || !idx.is_null();
    if (type_of(vm, self) == vm.BlockingIOError && number) {
      int64_t written;
      if (failed(index_i64(vm, filename, written))) return Status::Error;
      if (failed(instance_set(vm, o, vm.intern("characters_written"), Value::small(written)))) return Status::Error;
    } else {
      if (failed(instance_set(vm, o, vm.intern("filename"), filename))) return Status::Error;
      if (!filename2.is_none() && failed(instance_set(vm, o, vm.intern("filename2"), filename2)))
        return Status::Error;
      Value two = new_tuple_from(vm, args, 2);
      if (two.is_null()) return Status::Error;
      self.as<Exception>()->args = two;
    }
  }
  if (failed(instance_set(vm, o, vm.intern("errno"), args[0]))) return Status::Error;
  if (failed(instance_set(vm, o, vm.intern("strerror"), args[1]))) return Status::Error;
  return Status::Ok;
}

static Value oserror_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "OSError.__new__(X): X is not a type object");
  Type* t = args[0].as<Type>();
  Value* rest = args + 1;
  size_t n = nargs - 1;
  if (!oserror_uses_init(vm, t) && kwnames && kwnames->size)
    return raise(vm, vm.TypeError, "%N() takes no keyword arguments", t->name);
  if (t == vm.OSError && n >= 2 && n <= 5 && is_int(vm, rest[0])) {
    int64_t code;
    if (!failed(int_to_i64(vm, rest[0], code))) t = oserror_type_for(vm, code);
    else clear_exc(vm);
  }
  bool use_init = oserror_uses_init(vm, t);
  Value tup = new_tuple_from(vm, rest, n);
  if (tup.is_null()) return tup;
  Value e = new_exception(vm, t, tup);
  if (e.is_null() || use_init) return e;
  Root re(vm, e);
  if (failed(oserror_parse(vm, e, rest, n))) return Value::null();
  return e;
}

static Value oserror_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (!is_exception(vm, self) || !oserror_uses_init(vm, type_of(vm, self))) return Value::none();
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "%N() takes no keyword arguments", type_of(vm, self)->name);
  Root rs(vm, self);
  Value tup = new_tuple_from(vm, args, nargs);
  if (tup.is_null()) return tup;
  self.as<Exception>()->args = tup;
  if (failed(oserror_parse(vm, self, args, nargs))) return Value::null();
  return Value::none();
}

static Value oserror_str(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (!is_exception(vm, self)) return exc_str(vm, self, args, nargs, kw);
  Root rs(vm, self);
  Instance* o = self.as<Instance>();
  Value parts[4] = {instance_get(o, vm.intern("errno")), instance_get(o, vm.intern("strerror")),
                    instance_get(o, vm.intern("filename")), instance_get(o, vm.intern("filename2"))};
  bool has_file = !parts[2].is_null() && !parts[2].is_none();
  bool has_file2 = has_file && !parts[3].is_null() && !parts[3].is_none();
  if (!has_file && (parts[0].is_null() || parts[1].is_null())) return exc_str(vm, self, args, nargs, kw);
  Root r0(vm, parts[0]), r1(vm, parts[1]), r2(vm, parts[2]), r3(vm, parts[3]);
  static const char* const seps[4] = {"[Errno ", "] ", ": ", " -> "};
  std::string out;
  size_t n = has_file2 ? 4 : has_file ? 3 : 2;
  for (size_t i = 0; i < n; i++) {
    Value v = parts[i].is_null() ? Value::none() : parts[i];
    Value t = i < 2 ? str(vm, v) : repr(vm, v);
    if (t.is_null()) return t;
    out += seps[i];
    out += as_str(t)->view();
  }
  return new_str(vm, out);
}

// Registers a getter/setter pair as a property on t.
static void add_getset(VM& vm, Type* t, const char* name, NativeFn get, NativeFn set) {
  add_getter(vm, t, name, get);
  Value p = dict_get_str(t->dict, vm.intern(name));
  Value s = new_builtin(vm, name, set, Value::null(), 1, 1, 0);
  if (s.is_null() || p.is_null()) return;
  s.as<Builtin>()->owner = t;
  p.as<Property>()->fset = s;
}

void init_exceptions(VM& vm) {
  static const MethodDef exc_methods[] = {
      {"__new__", exc_new, 1, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__init__", exc_init, 0, -1, kBuiltinKeywords},
      {"__str__", exc_str, 0, 0, 0},
      {"__repr__", exc_repr, 0, 0, 0},
      {"with_traceback", exc_with_traceback, 1, 1, 0},
      {"add_note", exc_add_note, 1, 1, 0},
  };
  add_methods(vm, vm.BaseException, exc_methods);
  add_getset(vm, vm.BaseException, "args", exc_args_get, exc_args_set);
  add_getset(vm, vm.BaseException, "__traceback__", exc_tb_get, exc_tb_set);
  add_getset(vm, vm.BaseException, "__cause__", exc_cause_get, exc_cause_set);
  add_getset(vm, vm.BaseException, "__context__", exc_context_get, exc_context_set);
  add_getset(vm, vm.BaseException, "__suppress_context__", exc_suppress_get, exc_suppress_set);
  static const MethodDef keyerror_methods[] = {{"__str__", keyerror_str, 0, 0, 0}};
  add_methods(vm, vm.KeyError, keyerror_methods);
  static const MethodDef syntax_methods[] = {{"__init__", syntaxerror_init, 0, -1, kBuiltinKeywords},
                                             {"__str__", syntaxerror_str, 0, 0, 0}};
  add_methods(vm, vm.SyntaxError, syntax_methods);
  static const MethodDef oserror_methods[] = {{"__new__", oserror_new, 1, -1, kBuiltinKeywords | kBuiltinStatic},
                                              {"__init__", oserror_init, 0, -1, kBuiltinKeywords},
                                              {"__str__", oserror_str, 0, 0, 0}};
  add_methods(vm, vm.OSError, oserror_methods);
  for (const char* f : {"errno", "strerror", "filename", "filename2"})
    (void)dict_set_cstr(vm, vm.OSError->dict, f, Value::none());
  for (const char* f : {"name", "obj"}) (void)dict_set_cstr(vm, vm.AttributeError->dict, f, Value::none());
  (void)dict_set_cstr(vm, vm.NameError->dict, "name", Value::none());
  (void)dict_set_cstr(vm, vm.SyntaxError->dict, "msg", Value::none());
  (void)dict_set_cstr(vm, vm.SyntaxError->dict, "print_file_and_line", Value::none());
  for (const char* f : kSyntaxFields) (void)dict_set_cstr(vm, vm.SyntaxError->dict, f, Value::none());
  init_exception_groups(vm);
}

}  // namespace taipan::runtime
