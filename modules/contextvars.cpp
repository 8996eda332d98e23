// The _contextvars module, as CPython 3.11's: ContextVar, Token, Context and copy_context().
//
// Taipan runs one thread, so there is one current context: vm.context (made empty on first
// use). A context's mapping is a plain dict keyed by ContextVar objects (which hash and
// compare by identity); ContextVar.set() changes the current context's dict in place and a
// copy (copy_context(), Context.copy()) gets a dict of its own, which gives the same results
// as CPython's immutable HAMT, whose iteration order depends on addresses anyway.
//
// All three types use the Iter layout (traced by trace_iter):
//   Context:    seq = the vars dict, a = the previously current context while entered
//               (null otherwise), index = 1 while entered
//   ContextVar: seq = the name (str), a = the default (null when none)
//   Token:      seq = the context, a = the var, b = the old value (null: Token.MISSING),
//               index = 1 once used
#include <cstdio>
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

Type* module_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "_contextvars");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}
bool is_of(VM& vm, Value v, const char* name) {
  Type* t = module_type(vm, name);
  return t && is_exact(v, t);
}
bool is_var(VM& vm, Value v) { return is_of(vm, v, "ContextVar"); }
bool is_token(VM& vm, Value v) { return is_of(vm, v, "Token"); }
bool is_context(VM& vm, Value v) { return is_of(vm, v, "Context"); }

std::string address(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(v.as_ptr()));
  return buf;
}

Value new_context(VM& vm, Dict* vars) {
  Type* t = module_type(vm, "Context");
  if (!t) return raise(vm, vm.RuntimeError, "_contextvars is not initialised");
  Root rv(vm, Value::ptr(vars));
  Dict* copy = vars ? dict_copy(vm, vars) : new_dict(vm);
  if (!copy) return raise_no_memory(vm);
  return new_iter(vm, t, Value::ptr(copy));
}

// The current context, made empty on first use.
Value current(VM& vm) {
  if (vm.context.is_null()) {
    Value c = new_context(vm, nullptr);
    if (c.is_null()) return c;
    vm.context = c;
  }
  return vm.context;
}
Dict* vars_of(Value ctx) { return ctx.as<Iter>()->seq.as<Dict>(); }

// ---------- Context ----------

Value ctx_ctor(VM& vm, Value type, Value*, size_t nargs, Tuple* kw) {
  if (nargs || (kw && kw->size)) return raise(vm, vm.TypeError, "Context() does not accept any arguments");
  return new_context(vm, nullptr);
}

Iter* self_context(VM& vm, Value self) {
  if (is_context(vm, self)) return self.as<Iter>();
  raise(vm, vm.TypeError, "descriptor requires a '_contextvars.Context' object but received a '%s'",
        type_name(vm, self));
  return nullptr;
}

Status check_key(VM& vm, Value key) {
  if (is_var(vm, key)) return Status::Ok;
  raise(vm, vm.TypeError, "a ContextVar key was expected, got %R", key);
  return Status::Error;
}

Value ctx_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Iter* c = self_context(vm, self);
  if (!c || failed(check_key(vm, args[0]))) return Value::null();
  Value v = dict_get(vm, c->seq.as<Dict>(), args[0]);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  Value t = new_tuple_from(vm, args, 1);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value e = new_exception(vm, vm.KeyError, t);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

Value ctx_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Iter* c = self_context(vm, self);
  if (!c || failed(check_key(vm, args[0]))) return Value::null();
  Value v = dict_get(vm, c->seq.as<Dict>(), args[0]);
  if (v.is_null() && !vm.exc.is_null()) return v;
  return Value::boolean(!v.is_null());
}

Value ctx_get(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get", nargs, kw, 1, 2))) return Value::null();
  Iter* c = self_context(vm, self);
  if (!c || failed(check_key(vm, args[0]))) return Value::null();
  Value v = dict_get(vm, c->seq.as<Dict>(), args[0]);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  return nargs > 1 ? args[1] : Value::none();
}

Value ctx_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* c = self_context(vm, self);
  return c ? Value::small(c->seq.as<Dict>()->size) : Value::null();
}

// keys()/values()/items() and iter(): an iterator over a snapshot of the mapping.
enum class Part { Keys, Values, Items };
Value ctx_snapshot(VM& vm, Value self, Part part) {
  Iter* c = self_context(vm, self);
  if (!c) return Value::null();
  Root rs(vm, self);
  List* out = new_list(vm, c->seq.as<Dict>()->size);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  uint32_t pos = 0;
  Value k, v;
  while (dict_next(vars_of(self), pos, k, v)) {
    Value item = part == Part::Keys ? k : part == Part::Values ? v : Value::null();
    if (part == Part::Items) {
      Value pair[2] = {k, v};
      item = new_tuple_from(vm, pair, 2);
      if (item.is_null()) return item;
    }
    if (failed(list_append(vm, out, item))) return Value::null();
  }
  return get_iter(vm, ro.get());
}
Value ctx_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return ctx_snapshot(vm, self, Part::Keys); }
Value ctx_keys(VM& vm, Value self, Value*, size_t, Tuple*) { return ctx_snapshot(vm, self, Part::Keys); }
Value ctx_values(VM& vm, Value self, Value*, size_t, Tuple*) { return ctx_snapshot(vm, self, Part::Values); }
Value ctx_items(VM& vm, Value self, Value*, size_t, Tuple*) { return ctx_snapshot(vm, self, Part::Items); }

Value ctx_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* c = self_context(vm, self);
  return c ? new_context(vm, c->seq.as<Dict>()) : Value::null();
}

Value ctx_eq_ne(VM& vm, Value self, Value other, bool ne) {
  if (!is_context(vm, self) || !is_context(vm, other)) return vm.not_implemented;
  Dict* a = vars_of(self);
  Dict* b = vars_of(other);
  bool same = a->size == b->size;
  Root rs(vm, self), ro(vm, other);
  uint32_t pos = 0;
  Value k, v;
  while (same && dict_next(vars_of(self), pos, k, v)) {
    Root rk(vm, k), rv(vm, v);
    Value w = dict_get(vm, vars_of(other), k);
    if (w.is_null()) {
      if (!vm.exc.is_null()) return w;
      same = false;
      break;
    }
    int r = eq(vm, v, w);
    if (r < 0) return Value::null();
    same = r == 1;
  }
  return Value::boolean(same != ne);
}
Value ctx_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return ctx_eq_ne(vm, self, args[0], false); }
Value ctx_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return ctx_eq_ne(vm, self, args[0], true); }

Value ctx_run(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Iter* c = self_context(vm, self);
  if (!c) return Value::null();
  if (nargs < 1) return raise(vm, vm.TypeError, "run() missing 1 required positional argument");
  if (c->index) return raise(vm, vm.RuntimeError, "cannot enter context: %R is already entered", self);
  Root rs(vm, self);
  Value prev = current(vm);
  if (prev.is_null()) return prev;
  c = self.as<Iter>();
  c->a = prev;
  c->index = 1;
  vm.context = self;
  Value r = call(vm, args[0], args + 1, nargs - 1, kw);
  Root rr(vm, r);
  c = self.as<Iter>();
  if (vm.context != self) {
    if (r.is_null()) return r;
    return raise(vm, vm.RuntimeError, "cannot exit context: thread state references a different context object");
  }
  vm.context = c->a;
  c->a = Value::null();
  c->index = 0;
  return r;
}

// ---------- ContextVar ----------

Value var_ctor(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  size_t nkw = kw ? kw->size : 0;
  if (nargs + nkw > 2) return raise(vm, vm.TypeError, "ContextVar() takes at most 2 arguments (%zu given)", nargs + nkw);
  Value dflt = Value::null();
  for (size_t i = 0; i < nkw; i++) {
    Str* k = as_str(kw->items[i]);
    if (k->view() != "default")
      return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for ContextVar()", k);
    dflt = args[nargs + i];
  }
  if (nargs > 1) return raise(vm, vm.TypeError, "ContextVar() takes at most 1 positional argument (%zu given)", nargs);
  if (nargs < 1) return raise(vm, vm.TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
  if (!is_str(args[0]) && !isinstance(vm, args[0], vm.str_type))
    return raise(vm, vm.TypeError, "context variable name must be a str");
  Value v = new_iter(vm, type.as<Type>(), args[0]);
  if (v.is_null()) return v;
  v.as<Iter>()->a = dflt;
  return v;
}

Iter* self_var(VM& vm, Value self) {
  if (is_var(vm, self)) return self.as<Iter>();
  raise(vm, vm.TypeError, "descriptor requires a '_contextvars.ContextVar' object but received a '%s'",
        type_name(vm, self));
  return nullptr;
}

Value lookup_error(VM& vm, Value var) {
  Value t = new_tuple_from(vm, &var, 1);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value e = new_exception(vm, vm.LookupError, t);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

Value var_get(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "get", nargs, kw, 0, 1))) return Value::null();
  Iter* v = self_var(vm, self);
  if (!v) return Value::null();
  if (!vm.context.is_null()) {
    Value found = dict_get(vm, vars_of(vm.context), self);
    if (!found.is_null() || !vm.exc.is_null()) return found;
  }
  if (nargs) return args[0];
  if (!self.as<Iter>()->a.is_null()) return self.as<Iter>()->a;
  return lookup_error(vm, self);
}

Value var_set(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "ContextVar.set() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "ContextVar.set() takes exactly one argument (%zu given)", nargs);
  if (!self_var(vm, self)) return Value::null();
  Type* tt = module_type(vm, "Token");
  if (!tt) return raise(vm, vm.RuntimeError, "_contextvars is not initialised");
  Value ctx = current(vm);
  if (ctx.is_null()) return ctx;
  Root rc(vm, ctx), rs(vm, self);
  Value old = dict_get(vm, vars_of(ctx), self);
  if (old.is_null() && !vm.exc.is_null()) return old;
  Root rold(vm, old);
  Value tok = new_iter(vm, tt, ctx);
  if (tok.is_null()) return tok;
  Root rt(vm, tok);
  tok.as<Iter>()->a = self;
  tok.as<Iter>()->b = old;
  if (failed(dict_set(vm, vars_of(ctx), self, args[0]))) return Value::null();
  return tok;
}

Value var_reset(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "ContextVar.reset() takes no keyword arguments");
  if (nargs != 1) return raise(vm, vm.TypeError, "ContextVar.reset() takes exactly one argument (%zu given)", nargs);
  if (!self_var(vm, self)) return Value::null();
  Value token = args[0];
  if (!is_token(vm, token)) return raise(vm, vm.TypeError, "expected an instance of Token, got %R", token);
  Iter* t = token.as<Iter>();
  if (t->index) return raise(vm, vm.RuntimeError, "%R has already been used once", token);
  if (t->a != self) return raise(vm, vm.ValueError, "%R was created by a different ContextVar", token);
  Root rs(vm, self), rt(vm, token);
  Value ctx = current(vm);
  if (ctx.is_null()) return ctx;
  if (ctx != token.as<Iter>()->seq) return raise(vm, vm.ValueError, "%R was created in a different Context", token);
  token.as<Iter>()->index = 1;
  Value old = token.as<Iter>()->b;
  if (!old.is_null()) {
    if (failed(dict_set(vm, vars_of(ctx), self, old))) return Value::null();
    return Value::none();
  }
  int r = dict_del(vm, vars_of(ctx), self);
  if (r < 0) return Value::null();
  if (r == 0) return lookup_error(vm, self);
  return Value::none();
}

Value var_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* v = self_var(vm, self);
  return v ? v->seq : Value::null();
}

Value var_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* v = self_var(vm, self);
  if (!v) return Value::null();
  Root rs(vm, self);
  Value n = repr(vm, v->seq);
  if (n.is_null()) return n;
  std::string out = "<ContextVar name=" + std::string(as_str(n)->view());
  if (!self.as<Iter>()->a.is_null()) {
    Value d = repr(vm, self.as<Iter>()->a);
    if (d.is_null()) return d;
    out += " default=" + std::string(as_str(d)->view());
  }
  return new_str(vm, out + address(self));
}

// ---------- Token ----------

Value token_ctor(VM& vm, Value, Value*, size_t, Tuple*) {
  return raise(vm, vm.RuntimeError, "Tokens can only be created by ContextVars");
}

Iter* self_token(VM& vm, Value self) {
  if (is_token(vm, self)) return self.as<Iter>();
  raise(vm, vm.TypeError, "descriptor requires a '_contextvars.Token' object but received a '%s'", type_name(vm, self));
  return nullptr;
}

Value token_var(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* t = self_token(vm, self);
  return t ? t->a : Value::null();
}

Value token_old_value(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* t = self_token(vm, self);
  if (!t) return Value::null();
  if (!t->b.is_null()) return t->b;
  Type* tt = module_type(vm, "Token");
  Value missing = tt ? dict_get_cstr(vm, tt->dict, "MISSING") : Value::null();
  return missing.is_null() ? raise(vm, vm.RuntimeError, "Token.MISSING is missing") : missing;
}

Value token_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* t = self_token(vm, self);
  if (!t) return Value::null();
  Root rs(vm, self);
  Value v = repr(vm, t->a);
  if (v.is_null()) return v;
  std::string out = self.as<Iter>()->index ? "<Token used var=" : "<Token var=";
  return new_str(vm, out + std::string(as_str(v)->view()) + address(self));
}

Value missing_repr(VM& vm, Value, Value*, size_t, Tuple*) { return new_str(vm, "<Token.MISSING>"); }

// ---------- module ----------

Value cv_copy_context(VM& vm, Value, Value*, size_t nargs, Tuple*) {
  if (nargs) return raise(vm, vm.TypeError, "_contextvars.copy_context() takes no arguments (%zu given)", nargs);
  Value ctx = current(vm);
  return ctx.is_null() ? ctx : new_context(vm, vars_of(ctx));
}

void make_unhashable(VM& vm, Type* t) { (void)dict_set_str(vm, t->dict, vm.s_hash, Value::none()); }

Value make_contextvars(VM& vm) {
  Value mv = native_module(vm, "_contextvars");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "ContextVar").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  (void)dict_set_str(vm, m->dict, vm.s_doc, new_str(vm, "Context Variables"));
  static const MethodDef fns[] = {{"copy_context", cv_copy_context, 0, -1, 0}};
  add_functions(vm, m, fns);

  Type* ctx = native_type(vm, m, "_contextvars", "Context", Layout::Iter, ctx_ctor);
  if (!ctx) return Value::null();
  Root rctx(vm, Value::ptr(ctx));
  ctx->tflags &= ~kTypeBaseType;
  static const MethodDef ctx_methods[] = {
      {"__getitem__", ctx_getitem, 1, 1, 0}, {"__contains__", ctx_contains, 1, 1, 0},
      {"__len__", ctx_len, 0, 0, 0},         {"__iter__", ctx_iter, 0, 0, 0},
      {"__eq__", ctx_eq, 1, 1, 0},           {"__ne__", ctx_ne, 1, 1, 0},
      {"get", ctx_get, 0, -1, 0},            {"keys", ctx_keys, 0, 0, 0},
      {"values", ctx_values, 0, 0, 0},       {"items", ctx_items, 0, 0, 0},
      {"copy", ctx_copy, 0, 0, 0},           {"run", ctx_run, 0, -1, kBuiltinKeywords},
  };
  add_methods(vm, ctx, ctx_methods);
  make_unhashable(vm, ctx);

  Type* var = native_type(vm, m, "_contextvars", "ContextVar", Layout::Iter, var_ctor);
  if (!var) return Value::null();
  Root rvar(vm, Value::ptr(var));
  var->tflags &= ~kTypeBaseType;
  static const MethodDef var_methods[] = {
      {"get", var_get, 0, -1, 0},
      {"set", var_set, 0, -1, kBuiltinKeywords},
      {"reset", var_reset, 0, -1, kBuiltinKeywords},
      {"__repr__", var_repr, 0, 0, 0},
  };
  add_methods(vm, var, var_methods);
  add_getter(vm, var, "name", var_name);
  add_class_getitem(vm, var);

  Type* tok = native_type(vm, m, "_contextvars", "Token", Layout::Iter, token_ctor);
  if (!tok) return Value::null();
  Root rtok(vm, Value::ptr(tok));
  tok->tflags &= ~kTypeBaseType;
  static const MethodDef tok_methods[] = {{"__repr__", token_repr, 0, 0, 0}};
  add_methods(vm, tok, tok_methods);
  add_getter(vm, tok, "var", token_var);
  add_getter(vm, tok, "old_value", token_old_value);
  add_class_getitem(vm, tok);
  make_unhashable(vm, tok);

  // Token.MISSING: the only instance of a type named "Token.MISSING".
  Type* mt = new_builtin_type(vm, "Token.MISSING", Layout::Object, vm.object_type, false);
  if (!mt) return Value::null();
  Root rmt(vm, Value::ptr(mt));
  static const MethodDef missing_methods[] = {{"__repr__", missing_repr, 0, 0, 0}};
  add_methods(vm, mt, missing_methods);
  Object* missing = static_cast<Object*>(vm.heap.alloc(sizeof(Object), mt));
  if (!missing) return raise_no_memory(vm);
  (void)dict_set_cstr(vm, tok->dict, "MISSING", Value::ptr(missing));
  type_modified(vm, ctx);
  type_modified(vm, var);
  type_modified(vm, tok);
  return mv;
}

}  // namespace

void init_contextvars(VM& vm) { register_native_module(vm, "_contextvars", make_contextvars); }

}  // namespace taipan::runtime
