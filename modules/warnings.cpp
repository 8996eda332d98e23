// The _warnings module, CPython 3.11's C accelerator of `warnings`: `filters`,
// `_defaultaction`, `_onceregistry`, `_filters_mutated`, `warn` and `warn_explicit`. With it,
// Lib/warnings.py takes these instead of its pure-Python fallback, so importing `warnings`
// neither compiles a regular expression nor imports `re`.
//
// The state is the interpreter's (VM::warnings_state, a list [filters, onceregistry,
// defaultaction, filters version]); once `warnings` is imported its module attributes
// `filters`, `onceregistry` and `defaultaction` take precedence (and replace the state's),
// as in CPython. A warning is shown through `warnings._showwarnmsg` (which honours an
// overridden `warnings.showwarning`), or written to sys.stderr when `warnings` is not
// imported. `warn` finds its context by walking the interpreter's frames: a native function
// has no frame, so stacklevel=1 is the caller of warn, and frames of importlib's bootstrap
// are skipped for stacklevel > 1.
#include <string>

#include "interp/frame.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

enum StateSlot : uint32_t { kFilters = 0, kOnceRegistry = 1, kDefaultAction = 2, kVersion = 3, kStateSize = 4 };

// A filter of the initial list: (action, None, category, module or None, 0).
Value make_filter(VM& vm, const char* action, Type* category, const char* module) {
  Value items[5] = {Value::ptr(vm.intern(action)), Value::none(), Value::ptr(category),
                    module ? Value::ptr(vm.intern(module)) : Value::none(), Value::small(0)};
  return new_tuple_from(vm, items, 5);
}

// The state list, made on first use with CPython's default filters of a non-debug build.
List* state(VM& vm) {
  if (!vm.warnings_state.is_null()) return vm.warnings_state.as<List>();
  List* st = new_list(vm, kStateSize);
  if (!st) {
    raise_no_memory(vm);
    return nullptr;
  }
  Root rs(vm, Value::ptr(st));
  List* filters = new_list(vm, 5);
  if (!filters) {
    raise_no_memory(vm);
    return nullptr;
  }
  Root rf(vm, Value::ptr(filters));
  struct {
    const char* action;
    Type* category;
    const char* module;
  } defaults[] = {
      {"default", vm.DeprecationWarning, "__main__"},  {"ignore", vm.DeprecationWarning, nullptr},
      {"ignore", vm.PendingDeprecationWarning, nullptr}, {"ignore", vm.ImportWarning, nullptr},
      {"ignore", vm.ResourceWarning, nullptr},
  };
  for (auto& d : defaults) {
    Value f = make_filter(vm, d.action, d.category, d.module);
    if (f.is_null() || failed(list_append(vm, filters, f))) return nullptr;
  }
  Dict* once = new_dict(vm);
  if (!once) {
    raise_no_memory(vm);
    return nullptr;
  }
  Root ro(vm, Value::ptr(once));
  Value defaction = new_str(vm, "default");
  if (defaction.is_null()) return nullptr;
  Root rd(vm, defaction);
  if (failed(list_append(vm, st, Value::ptr(filters))) || failed(list_append(vm, st, Value::ptr(once))) ||
      failed(list_append(vm, st, defaction)) || failed(list_append(vm, st, Value::small(0))))
    return nullptr;
  vm.warnings_state = Value::ptr(st);
  return st;
}

int64_t filters_version(List* st) { return st->items[kVersion].as_small(); }

// An attribute of the `warnings` module: null with no exception when the module (or the
// attribute) is absent. With try_import the module is imported (an ImportError then counts
// as absent); otherwise only a module already in sys.modules is looked at.
Value warnings_attr(VM& vm, const char* name, bool try_import) {
  Value mod;
  if (try_import) {
    Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
    if (imp.is_null()) return Value::null();
    mod = call1(vm, imp, Value::ptr(vm.intern("warnings")));
    if (mod.is_null()) {
      if (exc_matches(vm, vm.ImportError)) clear_exc(vm);
      return Value::null();
    }
  } else {
    mod = dict_get_cstr(vm, vm.modules, "warnings");
    if (mod.is_null()) return Value::null();
  }
  return getattr_opt(vm, mod, vm.intern(name));
}

// PyObject_IsSubclass: 1, 0 or -1 (error).
int is_subclass(VM& vm, Value cls, Value base) {
  if (is_layout(cls, Layout::Type) && is_exact(base, vm.type_type))
    return is_subtype(cls.as<Type>(), base.as<Type>()) ? 1 : 0;
  Value fn = dict_get_cstr(vm, vm.builtins->dict, "issubclass");
  if (fn.is_null()) {
    raise(vm, vm.RuntimeError, "lost builtins.issubclass");
    return -1;
  }
  Value r = call2(vm, fn, cls, base);
  if (r.is_null()) return -1;
  return truthy(vm, r);
}

// A filter's message or module pattern against the text: None matches everything, a plain
// str by equality, anything else by its match() method.
int check_matched(VM& vm, Value pattern, Value arg) {
  if (pattern.is_none()) return 1;
  if (is_exact(pattern, vm.str_type)) {
    if (!is_str(arg)) {
      raise(vm, vm.TypeError, "Can't compare %s and %s", type_name(vm, pattern), type_name(vm, arg));
      return -1;
    }
    return str_eq(as_str(pattern), as_str(arg)) ? 1 : 0;
  }
  Value r = call_method(vm, pattern, vm.intern("match"), &arg, 1);
  if (r.is_null()) return -1;
  return truthy(vm, r);
}

Value get_default_action(VM& vm, List* st) {
  Value a = warnings_attr(vm, "defaultaction", false);
  if (a.is_null()) {
    if (vm.exc.is_null()) return st->items[kDefaultAction];
    return a;
  }
  if (!is_str(a)) return raise(vm, vm.TypeError, "_warnings.defaultaction must be a string, not '%s'", type_name(vm, a));
  st->items[kDefaultAction] = a;
  return a;
}

Value get_once_registry(VM& vm, List* st) {
  Value r = warnings_attr(vm, "onceregistry", false);
  if (r.is_null()) {
    if (vm.exc.is_null()) return st->items[kOnceRegistry];
    return r;
  }
  if (!dict_unwrap(r)) return raise(vm, vm.TypeError, "_warnings.onceregistry must be a dict, not '%s'", type_name(vm, r));
  st->items[kOnceRegistry] = r;
  return r;
}

// The action of the first filter matching; *item gets the filter (None for the default).
Value get_filter(VM& vm, Value category, Value text, int64_t lineno, Value module, Value* item) {
  List* st = state(vm);
  if (!st) return Value::null();
  Value wf = warnings_attr(vm, "filters", false);
  if (wf.is_null()) {
    if (!vm.exc.is_null()) return wf;
  } else {
    st->items[kFilters] = wf;
  }
  Root filters(vm, st->items[kFilters]);
  if (!is_list(filters.get())) return raise(vm, vm.ValueError, "_warnings.filters must be a list");
  for (uint32_t i = 0; i < filters.get().as<List>()->size; i++) {
    Root tmp(vm, filters.get().as<List>()->items[i]);
    if (!is_tuple(tmp.get()) || tmp.get().as<Tuple>()->size != 5)
      return raise(vm, vm.ValueError, "_warnings.filters item %zu isn't a 5-tuple", size_t(i));
    Tuple* t = tmp.get().as<Tuple>();
    Value action = t->items[0];
    if (!is_str(action)) return raise(vm, vm.TypeError, "action must be a string, not '%s'", type_name(vm, action));
    int good_msg = check_matched(vm, t->items[1], text);
    if (good_msg < 0) return Value::null();
    t = tmp.get().as<Tuple>();
    int good_mod = check_matched(vm, t->items[3], module);
    if (good_mod < 0) return Value::null();
    t = tmp.get().as<Tuple>();
    int sub = is_subclass(vm, category, t->items[2]);
    if (sub < 0) return Value::null();
    t = tmp.get().as<Tuple>();
    Value ln_obj = t->items[4];
    int64_t ln = 0;
    if (!is_int(vm, ln_obj)) return raise(vm, vm.TypeError, "an integer is required");
    if (failed(int_to_i64(vm, ln_obj, ln))) return Value::null();
    if (good_msg && sub && good_mod && (ln == 0 || lineno == ln)) {
      *item = tmp.get();
      return t->items[0];
    }
  }
  Value a = get_default_action(vm, st);
  if (!a.is_null()) *item = Value::none();
  return a;
}

// Whether `key` is already in the registry (1), not (0, and set there if should_set), or
// -1 on error. A registry whose 'version' is not the filters' current version is cleared.
int already_warned(VM& vm, Value registry, Value key, bool should_set) {
  List* st = state(vm);
  if (!st) return -1;
  Root rr(vm, registry), rk(vm, key);
  Dict* d = dict_unwrap(registry);
  Str* vkey = vm.intern("version");
  Value version = dict_get_str(d, vkey);
  int64_t current = filters_version(st);
  if (version.is_null() || !version.is_small() || version.as_small() != current) {
    Value clr = type_lookup(vm.dict_type, vm.intern("clear"));
    if (clr.is_null() || call1(vm, clr, Value::ptr(d)).is_null()) return -1;
    if (failed(dict_set_str(vm, dict_unwrap(rr.get()), vkey, Value::small(current)))) return -1;
  } else {
    Value already = dict_get(vm, d, key);
    if (!already.is_null()) {
      int rc = truthy(vm, already);
      if (rc != 0) return rc;
    } else if (!vm.exc.is_null()) {
      return -1;
    }
  }
  if (should_set && failed(dict_set(vm, dict_unwrap(rr.get()), rk.get(), Value::true_()))) return -1;
  return 0;
}

// The module name of a filename: without its ".py", "<unknown>" for "".
Value normalize_module(VM& vm, Str* filename) {
  std::string_view s = filename->view();
  if (s.empty()) return new_str(vm, "<unknown>");
  if (s.size() >= 3 && s.substr(s.size() - 3) == ".py") return new_str(vm, s.substr(0, s.size() - 3));
  return Value::ptr(filename);
}

int update_registry(VM& vm, Value registry, Value text, Value category, bool add_zero) {
  Value items[3] = {text, category, Value::small(0)};
  Value altkey = new_tuple_from(vm, items, add_zero ? 3 : 2);
  if (altkey.is_null()) return -1;
  return already_warned(vm, registry, altkey, true);
}

// str(obj) written to a file object; false on error.
bool file_write(VM& vm, Value file, Value obj) {
  Value s = is_exact(obj, vm.str_type) ? obj : str(vm, obj);
  if (s.is_null()) return false;
  return !call_method(vm, file, vm.intern("write"), &s, 1).is_null();
}

bool file_write(VM& vm, Value file, std::string_view text) {
  Value s = new_str(vm, text);
  if (s.is_null()) return false;
  return file_write(vm, file, s);
}

// Writes "filename:lineno: Category: text" and the source line to sys.stderr (the warning
// shown when `warnings` is not imported). Errors are dropped.
void show_warning(VM& vm, Value filename, int64_t lineno, Value text, Value category, Value sourceline) {
  Root rf(vm, filename), rt(vm, text), rc(vm, category), rs(vm, sourceline);
  do {
    Value name = getattr(vm, category, vm.intern("__name__"));
    if (name.is_null()) break;
    Root rn(vm, name);
    Value err = dict_get_cstr(vm, vm.sys->dict, "stderr");
    if (err.is_null()) {
      clear_exc(vm);
      write_stderr(vm, "lost sys.stderr\n");
      break;
    }
    Root re(vm, err);
    if (!file_write(vm, err, filename) || !file_write(vm, err, ":" + std::to_string(lineno) + ": ") ||
        !file_write(vm, err, name) || !file_write(vm, err, ": ") || !file_write(vm, err, rt.get()) ||
        !file_write(vm, err, "\n"))
      break;
    // The source line (given, or read from the file), stripped as warnings.formatwarning does.
    std::string line;
    if (is_str(rs.get())) line = std::string(as_str(rs.get())->view());
    else if (is_str(filename)) line = interp::source_line(vm, std::string(as_str(filename)->view()), lineno);
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v'; };
    size_t i = 0, j = line.size();
    while (i < j && space(line[i])) i++;
    while (j > i && space(line[j - 1])) j--;
    if (i < j) (void)file_write(vm, err, "  " + line.substr(i, j - i) + "\n");
  } while (false);
  clear_exc(vm);
}

// Shows a warning through warnings._showwarnmsg(WarningMessage(...)), or show_warning.
bool call_show_warning(VM& vm, Value category, Value text, Value message, Value filename, int64_t lineno,
                       Value lineno_obj, Value sourceline, Value source) {
  Root rc(vm, category), rt(vm, text), rm(vm, message), rf(vm, filename), rl(vm, lineno_obj), rs(vm, sourceline),
      rsrc(vm, source);
  Value show = warnings_attr(vm, "_showwarnmsg", !source.is_null());
  if (show.is_null()) {
    if (!vm.exc.is_null()) return false;
    show_warning(vm, filename, lineno, text, category, sourceline);
    return true;
  }
  Root rshow(vm, show);
  Value callable = is_callable(vm, show);
  if (callable.is_null()) return false;
  if (!callable.is_true()) {
    raise(vm, vm.TypeError, "warnings._showwarnmsg() must be set to a callable");
    return false;
  }
  Value cls = warnings_attr(vm, "WarningMessage", false);
  if (cls.is_null()) {
    if (vm.exc.is_null()) raise(vm, vm.RuntimeError, "unable to get warnings.WarningMessage");
    return false;
  }
  Root rcls(vm, cls);
  Value args[7] = {rm.get(), rc.get(), rf.get(), rl.get(), Value::none(), Value::none(), rsrc.get()};
  Value msg = call(vm, cls, args, source.is_null() ? 6 : 7);
  if (msg.is_null()) return false;
  return !call1(vm, rshow.get(), msg).is_null();
}

bool action_is(Value action, const char* name) { return as_str(action)->view() == name; }

// CPython's warn_explicit(): the registry, the filters, the action. None, or null on error
// (a warning turned into an error included).
Value do_warn_explicit(VM& vm, Value category, Value message, Value filename, int64_t lineno, Value module,
                       Value registry, Value sourceline, Value source) {
  if (module.is_none()) return Value::none();
  Root rcat(vm, category), rmsg(vm, message), rfile(vm, filename), rmod(vm, module), rreg(vm, registry),
      rline(vm, sourceline), rsrc(vm, source);
  bool has_registry = !registry.is_null() && !registry.is_none();
  if (has_registry && !dict_unwrap(registry)) return raise(vm, vm.TypeError, "'registry' must be a dict or None");
  if (module.is_null()) {
    rmod = normalize_module(vm, as_str(filename));
    if (rmod.get().is_null()) return Value::null();
  }
  Root rtext(vm);
  if (isinstance(vm, message, vm.Warning)) {
    rtext = str(vm, message);
    if (rtext.get().is_null()) return Value::null();
    rcat = Value::ptr(type_of(vm, message));
  } else {
    rtext = message;
    rmsg = call1(vm, category, message);
    if (rmsg.get().is_null()) return Value::null();
  }
  Value lineno_obj = new_int(vm, lineno);
  if (lineno_obj.is_null()) return lineno_obj;
  Root rlineno(vm, lineno_obj);
  if (source.is_none()) rsrc = Value::null();
  Value kitems[3] = {rtext.get(), rcat.get(), lineno_obj};
  Value key = new_tuple_from(vm, kitems, 3);
  if (key.is_null()) return key;
  Root rkey(vm, key);
  if (has_registry) {
    int rc = already_warned(vm, registry, key, false);
    if (rc < 0) return Value::null();
    if (rc == 1) return Value::none();
  }
  Root item(vm, Value::none());
  Value action = get_filter(vm, rcat.get(), rtext.get(), lineno, rmod.get(), &item.value);
  if (action.is_null()) return action;
  Root raction(vm, action);
  if (action_is(action, "error")) return raise_value(vm, rmsg.get());
  if (action_is(action, "ignore")) return Value::none();
  int rc = 0;
  if (!action_is(action, "always")) {
    if (has_registry && failed(dict_set(vm, dict_unwrap(rreg.get()), key, Value::true_()))) return Value::null();
    if (action_is(action, "once")) {
      Value reg = rreg.get();
      if (!has_registry) {
        List* st = state(vm);
        if (!st) return Value::null();
        reg = get_once_registry(vm, st);
        if (reg.is_null()) return reg;
      }
      rc = update_registry(vm, reg, rtext.get(), rcat.get(), false);
    } else if (action_is(action, "module")) {
      if (has_registry) rc = update_registry(vm, rreg.get(), rtext.get(), rcat.get(), false);
    } else if (!action_is(action, "default")) {
      return raise(vm, vm.RuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R", action, item.get());
    }
  }
  if (rc < 0) return Value::null();
  if (rc == 1) return Value::none();
  if (!call_show_warning(vm, rcat.get(), rtext.get(), rmsg.get(), rfile.get(), lineno, lineno_obj, rline.get(),
                         rsrc.get()))
    return Value::null();
  return Value::none();
}

bool is_internal_frame(interp::Frame* f) {
  if (!f) return false;
  std::string_view fn = f->code->filename->view();
  return fn.find("importlib") != std::string_view::npos && fn.find("_bootstrap") != std::string_view::npos;
}

// The filename, line, registry (made in the frame's globals if absent) and module name of
// the frame `stacklevel` levels up from warn's caller.
bool setup_context(VM& vm, int64_t stacklevel, Value& filename, int64_t& lineno, Value& module, Value& registry) {
  interp::Frame* f = interp::interp_of(vm).current;
  if (stacklevel <= 0 || is_internal_frame(f)) {
    while (--stacklevel > 0 && f) f = f->prev;
  } else {
    while (--stacklevel > 0 && f) {
      do f = f->prev;
      while (f && is_internal_frame(f));
    }
  }
  Dict* globals;
  if (!f) {
    globals = vm.sys->dict;
    filename = new_str(vm, "sys");
    if (filename.is_null()) return false;
    lineno = 1;
  } else {
    globals = f->globals;
    filename = Value::ptr(f->code->filename);
    lineno = interp::code_line(f->code, f->lasti);
  }
  Root rg(vm, Value::ptr(globals)), rf(vm, filename);
  Str* regname = vm.intern("__warningregistry__");
  registry = dict_get_str(globals, regname);
  if (registry.is_null()) {
    Dict* d = new_dict(vm);
    if (!d) {
      raise_no_memory(vm);
      return false;
    }
    registry = Value::ptr(d);
    Root rr(vm, registry);
    if (failed(dict_set_str(vm, globals, regname, registry))) return false;
  }
  module = dict_get_str(globals, vm.s_name);
  if (module.is_null() || !(module.is_none() || is_str(module))) {
    Root rr(vm, registry);
    module = new_str(vm, "<string>");
    if (module.is_null()) return false;
  }
  return true;
}

// The category of a warning: the message's class, or `category` (UserWarning by default),
// which must be a Warning subclass.
Value get_category(VM& vm, Value message, Value category) {
  if (isinstance(vm, message, vm.Warning)) category = Value::ptr(type_of(vm, message));
  else if (category.is_null() || category.is_none()) category = Value::ptr(vm.UserWarning);
  int rc = is_subclass(vm, category, Value::ptr(vm.Warning));
  if (rc <= 0) {
    if (rc < 0) clear_exc(vm);
    return raise(vm, vm.TypeError, "category must be a Warning subclass, not '%s'", type_name(vm, category));
  }
  return category;
}

// warn(message, category=None, stacklevel=1, source=None)
Value warnings_warn(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"message", "category", "stacklevel", "source"};
  Value a[4];
  if (failed(parse_args(vm, "warn", args, nargs, kwnames, names, 4, 1, a))) return Value::null();
  int64_t stacklevel = 1;
  if (!a[2].is_null() && failed(index_i64(vm, a[2], stacklevel))) return Value::null();
  Value category = get_category(vm, a[0], a[1]);
  if (category.is_null()) return category;
  Root rc(vm, category);
  Value filename, module, registry;
  int64_t lineno = 0;
  if (!setup_context(vm, stacklevel, filename, lineno, module, registry)) return Value::null();
  Root rf(vm, filename), rm(vm, module), rr(vm, registry);
  return do_warn_explicit(vm, category, a[0], filename, lineno, module, registry, Value::null(),
                          a[3].is_null() ? Value::none() : a[3]);
}

// The line `lineno` of the source module_globals' __loader__ gives (get_source), or null
// (with an exception if one was raised).
Value get_source_line(VM& vm, Dict* globals, int64_t lineno) {
  Value loader = dict_get_str(globals, vm.intern("__loader__"));
  if (loader.is_null()) return loader;
  Root rl(vm, loader);
  Value name = dict_get_str(globals, vm.s_name);
  if (name.is_null()) return name;
  Root rn(vm, name);
  Value get_source = getattr_opt(vm, loader, vm.intern("get_source"));
  if (get_source.is_null()) return get_source;
  Value source = call1(vm, get_source, name);
  if (source.is_null() || source.is_none()) return Value::null();
  if (!is_str(source)) return raise(vm, vm.TypeError, "must be str, not %s", type_name(vm, source));
  Value lines = call_method(vm, source, vm.intern("splitlines"), nullptr, 0);
  if (lines.is_null()) return lines;
  List* l = lines.as<List>();
  if (lineno - 1 < 0 || lineno - 1 >= int64_t(l->size)) return raise(vm, vm.IndexError, "list index out of range");
  return l->items[lineno - 1];
}

// warn_explicit(message, category, filename, lineno, module=None, registry=None,
//               module_globals=None, source=None)
Value warnings_warn_explicit(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"message", "category", "filename", "lineno",
                                      "module",  "registry", "module_globals", "source"};
  Value a[8];
  if (failed(parse_args(vm, "warn_explicit", args, nargs, kwnames, names, 8, 4, a))) return Value::null();
  if (!is_str(a[2]))
    return raise(vm, vm.TypeError, "warn_explicit() argument 3 must be str, not %s", type_name(vm, a[2]));
  if (a[3].is_double()) return raise(vm, vm.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t lineno = 0;
  if (failed(index_i64(vm, a[3], lineno))) return Value::null();
  if (lineno > INT32_MAX) return raise(vm, vm.OverflowError, "signed integer is greater than maximum");
  if (lineno < INT32_MIN) return raise(vm, vm.OverflowError, "signed integer is less than minimum");
  Root rline(vm);
  Value mg = a[6];
  if (!mg.is_null() && !mg.is_none()) {
    Dict* g = dict_unwrap(mg);
    if (!g) return raise(vm, vm.TypeError, "module_globals must be a dict, not '%s'", type_name(vm, mg));
    rline = get_source_line(vm, g, lineno);
    if (rline.get().is_null() && !vm.exc.is_null()) return Value::null();
  }
  return do_warn_explicit(vm, a[1], a[0], a[2], lineno, a[4], a[5], rline.get(), a[7]);
}

Value warnings_filters_mutated(VM& vm, Value, Value*, size_t, Tuple*) {
  List* st = state(vm);
  if (!st) return Value::null();
  st->items[kVersion] = Value::small(filters_version(st) + 1);
  return Value::none();
}

Value make_warnings(VM& vm) {
  List* st = state(vm);
  if (!st) return Value::null();
  Value m = native_module(vm, "_warnings");
  if (m.is_null()) return m;
  Root rm(vm, m);
  Dict* d = m.as<Module>()->dict;
  Value doc = new_str(vm, "_warnings provides basic warning filtering support.\n"
                          "It is a helper module to speed up interpreter start-up.");
  if (doc.is_null() || failed(dict_set_cstr(vm, d, "__doc__", doc))) return Value::null();
  static const MethodDef fns[] = {
      {"warn", warnings_warn, 0, -1, kBuiltinKeywords},
      {"warn_explicit", warnings_warn_explicit, 0, -1, kBuiltinKeywords},
      {"_filters_mutated", warnings_filters_mutated, 0, 0, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  st = vm.warnings_state.as<List>();
  if (failed(dict_set_cstr(vm, d, "filters", st->items[kFilters])) ||
      failed(dict_set_cstr(vm, d, "_onceregistry", st->items[kOnceRegistry])) ||
      failed(dict_set_cstr(vm, d, "_defaultaction", st->items[kDefaultAction])))
    return Value::null();
  return m;
}

}  // namespace

void init_warnings(VM& vm) { register_native_module(vm, "_warnings", make_warnings); }

}  // namespace taipan::runtime
