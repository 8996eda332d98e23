// The methods and attributes of object, type, functions, methods, builtins, modules, member
// descriptors and code objects, as Python sees them (object.__repr__, type.__mro__,
// function.__code__, code.co_lines, ...), and the types' registration.
#include <algorithm>
#include <cstring>

#include "runtime/list.h"
#include "runtime/linetable.h"
#include "runtime/numbers.h"
#include "runtime/objects.h"
#include "runtime/type_internal.h"

namespace taipan::runtime {

static Value object_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = type_of(vm, self);
  Value mod = type_lookup(t, vm.s_module);
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", (void*)self.as_ptr());
  std::string s = "<";
  if (is_str(mod) && as_str(mod)->view() != "builtins") {
    s += as_str(mod)->view();
    s += ".";
  }
  s += t->qualname->view();
  s += buf;
  return new_str(vm, s);
}
static Value object_str(VM& vm, Value self, Value*, size_t, Tuple*) { return repr(vm, self); }
static Value object_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return self == args[0] ? Value::true_() : vm.not_implemented;
}
static Value object_ne(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value r = compare(vm, self, args[0], CmpOp::Eq);
  if (r.is_null() || r == vm.not_implemented) return r;
  int t = truthy(vm, r);
  if (t < 0) return Value::null();
  return Value::boolean(!t);
}
static Value object_cmp_ni(VM& vm, Value, Value*, size_t, Tuple*) { return vm.not_implemented; }
static Value object_hash(VM& vm, Value self, Value*, size_t, Tuple*) { return new_int(vm, identity_hash(self)); }
static Value object_getattribute(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string, not '%s'", type_name(vm, args[0]));
  Str* n = vm.intern(as_str(args[0]));
  if (is_layout(self, Layout::Type)) return type_getattr(vm, self.as<Type>(), n, false);
  return generic_getattr(vm, self, n, false);
}
static Value object_setattr_m(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string, not '%s'", type_name(vm, args[0]));
  if (failed(generic_setattr(vm, self, vm.intern(as_str(args[0])), args[1]))) return Value::null();
  return Value::none();
}
static Value object_delattr_m(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string, not '%s'", type_name(vm, args[0]));
  if (failed(generic_setattr(vm, self, vm.intern(as_str(args[0])), Value::null()))) return Value::null();
  return Value::none();
}
static Value object_class(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(type_of(vm, self)); }
// The first non-heap class of t's MRO: what its instances are made of.
static Type* solid_base(Type* t) {
  for (uint32_t i = 0; t->mro && i < t->mro->size; i++) {
    Type* k = t->mro->items[i].as<Type>();
    if (!(k->tflags & kTypeHeap)) return k;
  }
  return t;
}
// obj.__class__ = cls: between heap classes whose instances have the same layout. The
// instance moves to dict mode first, so no attribute cache keyed on the old class's shapes
// can match it afterwards.
static Value object_class_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (!is_layout(v, Layout::Type))
    return raise(vm, vm.TypeError, "__class__ must be set to a class, not '%s' object", type_name(vm, v));
  Type* old = type_of(vm, self);
  Type* nt = v.as<Type>();
  bool module = old->layout == Layout::Module && is_subtype(old, vm.module_type);
  if (!module && (!(old->tflags & kTypeHeap) || !(nt->tflags & kTypeHeap)))
    return raise(vm, vm.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  std::vector<Str*> s1, s2;
  if (failed(type_slot_names(vm, old, s1)) || failed(type_slot_names(vm, nt, s2))) return Value::null();
  bool same_slots = s1.size() == s2.size() && std::equal(s1.begin(), s1.end(), s2.begin());
  if (old->layout != nt->layout || solid_base(old) != solid_base(nt) || !same_slots ||
      (old->tflags & kTypeSlotsOnly) != (nt->tflags & kTypeSlotsOnly))
    return raise(vm, vm.TypeError, "__class__ assignment: '%N' object layout differs from '%N'", nt->name, old->name);
  if (old->layout == Layout::Instance || old->layout == Layout::Exception) {
    Root rs(vm, self), rv(vm, v);
    if (!(old->tflags & kTypeSlotsOnly) && instance_dict(vm, self.as<Instance>()).is_null()) return Value::null();
    self.as<Instance>()->type = nt;
  } else if (old->layout == Layout::Module) {
    self.as_ptr()->type = nt;
  } else {
    return raise(vm, vm.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  return Value::none();
}
static Value object_init_subclass(VM& vm, Value self, Value*, size_t, Tuple* kw) {
  if (kw && kw->size && is_layout(self, Layout::Type))
    return raise(vm, vm.TypeError, "%N.__init_subclass__() takes no keyword arguments", self.as<Type>()->name);
  return Value::none();
}
static Value object_format(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "format() argument 2 must be str, not %s", type_name(vm, args[0]));
  if (as_str(args[0])->nbytes)
    return raise(vm, vm.TypeError, "unsupported format string passed to %s.__format__", type_name(vm, self));
  return str(vm, self);
}
static Value object_dir(VM& vm, Value self, Value*, size_t, Tuple*);
Value object_common_reduce(VM& vm, Value self, Value protocol);  // runtime/reduce.cpp
Value object_default_state(VM& vm, Value self);                   // runtime/reduce.cpp
static Value object_getstate(VM& vm, Value self, Value*, size_t, Tuple*) { return object_default_state(vm, self); }
static Value object_reduce_ex(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  // A class that overrides __reduce__ (ast.AST, ...) is reduced by it, as in CPython.
  Value reduce = type_lookup(type_of(vm, self), vm.intern("__reduce__"));
  if (!reduce.is_null() && reduce != dict_get_str(vm.object_type->dict, vm.intern("__reduce__"))) {
    bool unbound = false;
    Value m = get_method(vm, self, vm.intern("__reduce__"), &unbound);
    if (m.is_null()) return m;
    return unbound ? call1(vm, m, self) : call0(vm, m);
  }
  return object_common_reduce(vm, self, nargs ? args[0] : Value::small(0));
}

static Value type_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = self.as<Type>();
  Value mod = dict_get_str(t->dict, vm.s_module);
  std::string s = "<class '";
  if (is_str(mod) && as_str(mod)->view() != "builtins") {
    s += as_str(mod)->view();
    s += ".";
  }
  s += t->qualname->view();
  s += "'>";
  return new_str(vm, s);
}
// A builtin type's name may carry its module ("itertools.count", CPython's tp_name, which
// error messages show); its __name__ is the last part, kept in qualname.
static Value type_name_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = self.as<Type>();
  return Value::ptr(t->tflags & kTypeHeap ? t->name : t->qualname);
}
// CPython's tp_flags bits that programs test: heap type, base type, ready, abstract and the
// fast subclass bits (inspect.isabstract reads Py_TPFLAGS_IS_ABSTRACT).
static Value type_flags_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = self.as<Type>();
  int64_t f = (1 << 12) | (1 << 8);  // READY, HAVE_GC-ish as CPython's classes report
  if (t->tflags & kTypeHeap) f |= 1 << 9;
  if (t->tflags & kTypeBaseType) f |= 1 << 10;
  Value am = type_lookup(t, vm.s_abstractmethods);
  if (!am.is_null() && !dict_get_str(t->dict, vm.s_abstractmethods).is_null()) {
    int tr = truthy(vm, am);
    if (tr < 0) return Value::null();
    if (tr) f |= 1 << 20;
  }
  static const struct { Type* VM::*type; int bit; } kSub[] = {
      {&VM::int_type, 24}, {&VM::list_type, 25}, {&VM::tuple_type, 26}, {&VM::bytes_type, 27},
      {&VM::str_type, 28}, {&VM::dict_type, 29}, {&VM::BaseException, 30}, {&VM::type_type, 31}};
  for (const auto& s : kSub)
    if (is_subtype(t, vm.*(s.type))) f |= int64_t(1) << s.bit;
  return new_int(vm, f);
}
static Value type_qualname_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Type>()->qualname); }
static Value type_mro_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Type>()->mro); }
static Value type_bases_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Type>()->bases); }
static Value type_base_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* b = self.as<Type>()->base;
  return b ? Value::ptr(b) : Value::none();
}
Value new_mappingproxy(VM& vm, Value mapping);  // runtime/dict.cpp
static Value type_dict_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_mappingproxy(vm, Value::ptr(self.as<Type>()->dict));
}
static Value type_module_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value m = dict_get_str(self.as<Type>()->dict, vm.s_module);
  // type's own dict holds the __module__ descriptor itself, not a name.
  bool missing = m.is_null() || (!(self.as<Type>()->tflags & kTypeHeap) && !is_str(m));
  return missing ? Value::ptr(vm.intern("builtins")) : m;
}
// object.__subclasshook__: NotImplemented (let the normal subclass check decide).
static Value object_subclasshook(VM& vm, Value, Value*, size_t, Tuple*) { return vm.not_implemented; }
static Value type_module_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Type* t = self.as<Type>();
  if (!(t->tflags & kTypeHeap))
    return raise(vm, vm.TypeError, "cannot set '__module__' attribute of immutable type '%N'", t->name);
  if (failed(dict_set_str(vm, t->dict, vm.s_module, args[0]))) return Value::null();
  type_modified(vm, t);
  return Value::none();
}
static Value type_doc_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value m = dict_get_str(self.as<Type>()->dict, vm.s_doc);
  return m.is_null() ? Value::none() : m;
}
static Value type_mro_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Tuple* m = self.as<Type>()->mro;
  return new_list_from(vm, m->items, m->size);
}
static Value type_subclasses(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value s = self.as<Type>()->subclasses;
  if (s.is_null()) return Value::ptr(new_list(vm, 0));
  return new_list_from(vm, s.as<List>()->items, s.as<List>()->size);
}
static Value type_instancecheck(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return Value::boolean(isinstance(vm, args[0], self.as<Type>()));
}
static Value type_subclasscheck(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_layout(args[0], Layout::Type)) return raise(vm, vm.TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(args[0].as<Type>(), self.as<Type>()));
}
static Value type_call_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return type_call(vm, self.as<Type>(), args, nargs, kw);
}
static Value type_prepare(VM& vm, Value, Value*, size_t, Tuple*) { return Value::ptr(new_dict(vm)); }
// type(name, bases, dict) and type.__new__(meta, name, bases, dict, **kw)
static Value type_new_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 2 && is_layout(args[0], Layout::Type)) return Value::ptr(type_of(vm, args[1]));
  if (nargs != 4) return raise(vm, vm.TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs ? nargs - 1 : 0);
  if (!is_str(args[1])) return raise(vm, vm.TypeError, "type.__new__() argument 1 must be str, not %s", type_name(vm, args[1]));
  if (!is_tuple(args[2])) return raise(vm, vm.TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(vm, args[2]));
  if (!is_dict(args[3])) return raise(vm, vm.TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(vm, args[3]));
  Value kwargs = Value::null();
  Root rk(vm);
  if (kwnames && kwnames->size) {
    Dict* d = new_dict(vm);
    rk = Value::ptr(d);
    for (uint32_t i = 0; i < kwnames->size; i++)
      if (failed(dict_set(vm, d, kwnames->items[i], args[nargs + i]))) return Value::null();
    kwargs = Value::ptr(d);
  }
  // The most derived metaclass wins.
  Value meta = args[0];
  Tuple* bases = args[2].as<Tuple>();
  for (uint32_t i = 0; i < bases->size; i++) {
    Type* bt = type_of(vm, bases->items[i]);
    if (is_subtype(bt, meta.as<Type>())) meta = Value::ptr(bt);
  }
  // A more derived metaclass with its own __new__ makes the class (type('N', (Base,), {})).
  if (meta != args[0]) {
    Value nw = type_lookup(meta.as<Type>(), vm.intern("__new__"));
    if (!nw.is_null() && nw != dict_get_cstr(vm, vm.type_type->dict, "__new__")) {
      Value f = getattr_cstr(vm, meta, "__new__");
      if (f.is_null()) return f;
      Root rf(vm, f), rm(vm, meta);
      Value items[4] = {meta, args[1], args[2], args[3]};
      Value targs = new_tuple_from(vm, items, 4);
      if (targs.is_null()) return targs;
      Root rt(vm, targs);
      return call_ex(vm, f, targs, kwargs);
    }
  }
  return build_class(vm, meta, vm.intern(as_str(args[1])), bases, args[3].as<Dict>(), kwargs);
}
static Value type_init_m(VM& vm, Value, Value*, size_t, Tuple*) { return Value::none(); }

static Value function_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0 || args[0].is_none()) return self;
  return new_method(vm, self, args[0]);
}
static Value function_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Function* f = self.as<Function>();
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)f);
  std::string s = "<function ";
  s += is_str(f->qualname) ? as_str(f->qualname)->view() : "?";
  s += buf;
  return new_str(vm, s);
}
#define FUNC_GETTER(field)                                                     \
  static Value function_##field##_get(VM& vm, Value self, Value*, size_t, Tuple*) { \
    Value v = self.as<Function>()->field;                                      \
    return v.is_null() ? Value::none() : v;                                    \
  }
FUNC_GETTER(name) FUNC_GETTER(qualname) FUNC_GETTER(doc) FUNC_GETTER(module) FUNC_GETTER(defaults)
FUNC_GETTER(kwdefaults) FUNC_GETTER(closure)
#undef FUNC_GETTER
static Value function_code_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Function>()->code); }
static Value function_globals_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Function>()->globals); }
static Value function_dict_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Function* f = self.as<Function>();
  if (f->dict.is_null()) {
    Dict* d = new_dict(vm);
    if (!d) return raise_no_memory(vm);
    f->dict = Value::ptr(d);
  }
  return f->dict;
}
static Value function_annotations_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Function* f = self.as<Function>();
  if (f->annotations.is_null() || f->annotations.is_none()) {
    Dict* d = new_dict(vm);
    if (!d) return raise_no_memory(vm);
    f->annotations = Value::ptr(d);
  } else if (is_tuple(f->annotations)) {
    Tuple* t = f->annotations.as<Tuple>();
    Root rt(vm, Value::ptr(t));
    Dict* d = new_dict(vm);
    if (!d) return raise_no_memory(vm);
    Root rd(vm, Value::ptr(d));
    for (uint32_t i = 0; i + 1 < t->size; i += 2)
      if (failed(dict_set(vm, d, t->items[i], t->items[i + 1]))) return Value::null();
    f->annotations = Value::ptr(d);
  }
  return f->annotations;
}
static Value method_func_get(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Method>()->func; }
static Value method_self_get(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Method>()->self; }
static Value method_doc_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value f = self.as<Method>()->func;
  Root rf(vm, f);
  Value d = getattr_opt(vm, f, vm.s_doc);
  return d.is_null() ? (vm.exc.is_null() ? Value::none() : d) : d;
}
static Value method_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Method* m = self.as<Method>();
  Root rm(vm, self);
  Value qn = getattr_opt(vm, m->func, vm.s_qualname);
  if (qn.is_null()) qn = getattr_opt(vm, m->func, vm.s_name);
  if (qn.is_null()) return Value::null();
  Root rq(vm, qn);
  Value sr = repr(vm, m->self);
  if (sr.is_null()) return sr;
  std::string s = "<bound method ";
  if (is_str(qn)) s += as_str(qn)->view();
  s += " of ";
  s += as_str(sr)->view();
  s += ">";
  return new_str(vm, s);
}
static Value method_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_layout(args[0], Layout::Method)) return vm.not_implemented;
  Method* a = self.as<Method>();
  Method* b = args[0].as<Method>();
  return Value::boolean(a->func == b->func && a->self == b->self);
}
static Value method_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Method* m = self.as<Method>();
  return new_int(vm, identity_hash(m->func) ^ identity_hash(m->self));
}
static Value builtin_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = self.as<Builtin>();
  std::string s;
  if (b->owner && b->self.is_null()) {
    s = "<method '";
    s += b->name->view();
    s += "' of '";
    s += b->owner->name->view();
    s += "' objects>";
  } else if (!b->self.is_null() && !is_layout(b->self, Layout::Module)) {
    s = "<built-in method ";
    s += b->name->view();
    s += " of ";
    s += type_name(vm, b->self);
    s += " object>";
  } else {
    s = "<built-in function ";
    s += b->name->view();
    s += ">";
  }
  return new_str(vm, s);
}
static Value builtin_name_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Builtin>()->name); }
static Value builtin_qualname_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = self.as<Builtin>();
  if (!b->owner) return Value::ptr(b->name);
  std::string s(b->owner->name->view());
  s += ".";
  s += b->name->view();
  return new_str(vm, s);
}
// __module__: the defining module's name for a module function, else None.
static Value builtin_module_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = self.as<Builtin>();
  if (is_layout(b->self, Layout::Module)) return Value::ptr(b->self.as<Module>()->name);
  return Value::none();
}
// __self__: the bound object or module; a type's __new__ is bound to the type, as in CPython.
static Value builtin_self_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = self.as<Builtin>();
  if (!b->self.is_null()) return b->self;
  if (b->owner && b->name == vm.s_new) return Value::ptr(b->owner);
  return Value::none();
}
// __reduce__ (what pickle uses): the qualified name for a function, (getattr, (self, name))
// for a method bound to an object.
static Value builtin_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = self.as<Builtin>();
  if (b->self.is_null() || is_layout(b->self, Layout::Module)) return builtin_qualname_get(vm, self, nullptr, 0, nullptr);
  Value ga = dict_get_cstr(vm, vm.builtins->dict, "getattr");
  Value inner[2] = {b->self, Value::ptr(b->name)};
  Value t = new_tuple_from(vm, inner, 2);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value outer[2] = {ga, t};
  return new_tuple_from(vm, outer, 2);
}
static Value builtin_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Builtin* b = self.as<Builtin>();
  if (!b->owner || !b->self.is_null() || nargs == 0 || args[0].is_none()) return self;
  return new_method(vm, self, args[0]);
}
static Value module_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Module* m = self.as<Module>();
  Value f = dict_get_str(m->dict, vm.s_file);
  std::string s = "<module '";
  Value dn = dict_get_str(m->dict, vm.s_name);
  s += (m->flags & 1) && is_str(dn) ? as_str(dn)->view() : m->name->view();
  s += "'";
  if ((m->flags & 1) && !is_str(f)) {
    s += ">";
  } else if (is_str(f)) {
    s += " from '";
    s += as_str(f)->view();
    s += "'>";
  } else {
    s += " (built-in)>";
  }
  return new_str(vm, s);
}
static Value module_dict_get(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::ptr(self.as<Module>()->dict); }
// module.__new__(cls, ...): an empty module of class cls (types.ModuleType or a subclass);
// __init__ names it. Flags bit 1 marks modules made this way: their repr has no origin.
static Value module_new_m(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type) || !is_subtype(args[0].as<Type>(), vm.module_type))
    return raise(vm, vm.TypeError, "module.__new__(X): X is not a subtype of module");
  Type* cls = args[0].as<Type>();
  Root rc(vm, args[0]);
  Str* placeholder = vm.intern("?");
  if (!placeholder) return Value::null();
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  auto* m = static_cast<Module*>(vm.heap.alloc(sizeof(Module), cls));
  if (!m) return raise_no_memory(vm);
  m->name = placeholder;
  m->dict = d;
  m->flags |= 1;
  return Value::ptr(m);
}
// module.__init__(self, name, doc=None)
static Value module_init_m(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"name", "doc"};
  Value a[2];
  if (failed(parse_old(vm, "module", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  if (!is_str(a[0])) return raise(vm, vm.TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(vm, a[0]));
  if (!is_layout(self, Layout::Module)) return Value::none();
  Module* m = self.as<Module>();
  Str* n = vm.intern(std::string(as_str(a[0])->view()));
  if (!n) return Value::null();
  m->name = n;
  Dict* d = m->dict;
  Root rs(vm, self);
  if (failed(dict_set_str(vm, d, vm.s_name, a[0])) || failed(dict_set_str(vm, d, vm.s_doc, a[1].is_null() ? Value::none() : a[1])))
    return Value::null();
  for (const char* k : {"__package__", "__loader__", "__spec__"})
    if (failed(dict_set_cstr(vm, self.as<Module>()->dict, k, Value::none()))) return Value::null();
  return Value::none();
}
static Value none_repr(VM& vm, Value, Value*, size_t, Tuple*) { return Value::ptr(vm.intern("None")); }
static Value none_bool(VM& vm, Value, Value*, size_t, Tuple*) { return Value::false_(); }
static Value notimpl_repr(VM& vm, Value, Value*, size_t, Tuple*) { return Value::ptr(vm.intern("NotImplemented")); }
static Value ellipsis_repr(VM& vm, Value, Value*, size_t, Tuple*) { return Value::ptr(vm.intern("Ellipsis")); }
static Value singleton_new_none(VM& vm, Value, Value*, size_t, Tuple*) { return Value::none(); }
static Value super_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* s = self.as<Iter>();
  std::string r = "<super: <class '";
  r += s->seq.as<Type>()->name->view();
  r += "'>, ";
  if (s->b.is_null()) r += "NULL>";
  else {
    r += "<";
    r += s->b.as<Type>()->name->view();
    r += " object>>";
  }
  return new_str(vm, r);
}
static Value super_self_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = self.as<Iter>()->a;
  return v.is_null() ? Value::none() : v;
}
static Value super_thisclass_get(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->seq; }
static Value super_self_class_get(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = self.as<Iter>()->b;
  return v.is_null() ? Value::none() : v;
}

static void collect_dir(VM& vm, Type* t, Dict* out) {
  for (uint32_t i = 0; i < t->mro->size; i++) {
    Dict* d = t->mro->items[i].as<Type>()->dict;
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(d, pos, k, v)) (void)dict_set(vm, out, k, Value::none());
  }
}

static Value object_dir(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  if (is_layout(self, Layout::Instance) || is_layout(self, Layout::Exception)) {
    Value idict = instance_dict(vm, self.as<Instance>());
    if (idict.is_null()) return idict;
    if (failed(dict_merge(vm, d, idict, true))) return Value::null();
  } else if (is_layout(self, Layout::Module)) {
    // A module's own __dir__ (PEP 562) answers dir(module).
    Value hook = dict_get_str(self.as<Module>()->dict, vm.s_dir);
    if (!hook.is_null()) return call0(vm, hook);
    if (failed(dict_merge(vm, d, Value::ptr(self.as<Module>()->dict), true))) return Value::null();
    return sequence_to_list(vm, Value::ptr(d));
  }
  if (is_layout(self, Layout::Type)) collect_dir(vm, self.as<Type>(), d);
  else collect_dir(vm, type_of(vm, self), d);
  return sequence_to_list(vm, Value::ptr(d));
}

void init_object(VM& vm) {
  static const MethodDef object_methods[] = {
      {"__new__", object_new, 1, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__init__", object_init, 0, -1, kBuiltinKeywords},
      {"__repr__", object_repr, 0, 0, 0},
      {"__str__", object_str, 0, 0, 0},
      {"__eq__", object_eq, 1, 1, 0},
      {"__ne__", object_ne, 1, 1, 0},
      {"__lt__", object_cmp_ni, 1, 1, 0},
      {"__le__", object_cmp_ni, 1, 1, 0},
      {"__gt__", object_cmp_ni, 1, 1, 0},
      {"__ge__", object_cmp_ni, 1, 1, 0},
      {"__hash__", object_hash, 0, 0, 0},
      {"__getattribute__", object_getattribute, 1, 1, 0},
      {"__setattr__", object_setattr_m, 2, 2, 0},
      {"__delattr__", object_delattr_m, 1, 1, 0},
      {"__init_subclass__", object_init_subclass, 0, 0, kBuiltinKeywords | kBuiltinClassMethod},
      {"__subclasshook__", object_subclasshook, 0, -1, kBuiltinClassMethod},
      {"__format__", object_format, 1, 1, 0},
      {"__dir__", object_dir, 0, 0, 0},
      {"__reduce_ex__", object_reduce_ex, 0, 1, 0},
      {"__getstate__", object_getstate, 0, 0, 0},
  };
  add_methods(vm, vm.object_type, object_methods);
  add_getter(vm, vm.object_type, "__class__", object_class);
  {
    Value p = dict_get_str(vm.object_type->dict, vm.intern("__class__"));
    Value set = new_builtin(vm, "__class__", object_class_set, Value::null(), 1, 1, 0);
    if (!set.is_null() && !p.is_null()) {
      set.as<Builtin>()->owner = vm.object_type;
      p.as<Property>()->fset = set;
    }
  }
  (void)dict_set_str(vm, vm.object_type->dict, vm.s_doc, new_str(vm, "The base class of the class hierarchy."));

  static const MethodDef type_methods[] = {
      {"__repr__", type_repr, 0, 0, 0},
      {"__call__", type_call_m, 0, -1, kBuiltinKeywords},
      {"__new__", type_new_m, 1, -1, kBuiltinKeywords | kBuiltinStatic},
      {"__init__", type_init_m, 0, -1, kBuiltinKeywords},
      {"__prepare__", type_prepare, 0, -1, kBuiltinKeywords | kBuiltinClassMethod},
      {"mro", type_mro_m, 0, 0, 0},
      {"__subclasses__", type_subclasses, 0, 0, 0},
      {"__instancecheck__", type_instancecheck, 1, 1, 0},
      {"__subclasscheck__", type_subclasscheck, 1, 1, 0},
  };
  add_methods(vm, vm.type_type, type_methods);
  add_getter(vm, vm.type_type, "__name__", type_name_get);
  add_getter(vm, vm.type_type, "__qualname__", type_qualname_get);
  add_getter(vm, vm.type_type, "__flags__", type_flags_get);
  add_getter(vm, vm.type_type, "__mro__", type_mro_get);
  add_getter(vm, vm.type_type, "__bases__", type_bases_get);
  add_getter(vm, vm.type_type, "__base__", type_base_get);
  add_getter(vm, vm.type_type, "__dict__", type_dict_get);
  add_getter(vm, vm.type_type, "__module__", type_module_get);
  {
    Value p = dict_get_str(vm.type_type->dict, vm.s_module);
    Value set = new_builtin(vm, "__module__", type_module_set, Value::null(), 1, 1, 0);
    if (!set.is_null() && is_layout(p, Layout::Property)) {
      set.as<Builtin>()->owner = vm.type_type;
      p.as<Property>()->fset = set;
    }
  }
  add_getter(vm, vm.type_type, "__doc__", type_doc_get);

  static const MethodDef function_methods[] = {
      {"__get__", function_get, 1, 2, 0},
      {"__repr__", function_repr, 0, 0, 0},
  };
  add_methods(vm, vm.function_type, function_methods);
  add_getter(vm, vm.function_type, "__name__", function_name_get);
  add_getter(vm, vm.function_type, "__qualname__", function_qualname_get);
  add_getter(vm, vm.function_type, "__doc__", function_doc_get);
  add_getter(vm, vm.function_type, "__module__", function_module_get);
  add_getter(vm, vm.function_type, "__defaults__", function_defaults_get);
  add_getter(vm, vm.function_type, "__kwdefaults__", function_kwdefaults_get);
  add_getter(vm, vm.function_type, "__closure__", function_closure_get);
  add_getter(vm, vm.function_type, "__code__", function_code_get);
  add_getter(vm, vm.function_type, "__globals__", function_globals_get);
  add_getter(vm, vm.function_type, "__dict__", function_dict_get);
  add_getter(vm, vm.function_type, "__annotations__", function_annotations_get);
  // Function attributes that programs assign go through generic_setattr's Function case,
  // so these getters must not block assignment: mark them by clearing the data-descriptor
  // property for the writable ones.
  for (const char* n : {"__name__", "__qualname__", "__doc__", "__module__", "__dict__"}) (void)n;

  static const MethodDef method_methods[] = {
      {"__repr__", method_repr, 0, 0, 0},
      {"__eq__", method_eq, 1, 1, 0},
      {"__hash__", method_hash, 0, 0, 0},
  };
  add_methods(vm, vm.method_type, method_methods);
  add_getter(vm, vm.method_type, "__func__", method_func_get);
  add_getter(vm, vm.method_type, "__self__", method_self_get);
  add_getter(vm, vm.method_type, "__doc__", method_doc_get);

  static const MethodDef builtin_methods[] = {
      {"__repr__", builtin_repr, 0, 0, 0},
      {"__get__", builtin_get, 1, 2, 0},
      {"__reduce__", builtin_reduce, 0, 0, 0},
  };
  add_methods(vm, vm.builtin_type, builtin_methods);
  add_getter(vm, vm.builtin_type, "__module__", builtin_module_get);
  add_getter(vm, vm.builtin_type, "__self__", builtin_self_get);
  add_getter(vm, vm.builtin_type, "__name__", builtin_name_get);
  add_getter(vm, vm.builtin_type, "__qualname__", builtin_qualname_get);

  static const MethodDef module_methods[] = {{"__repr__", module_repr, 0, 0, 0},
                                             {"__new__", module_new_m, 1, -1, kBuiltinKeywords | kBuiltinStatic},
                                             {"__init__", module_init_m, 0, -1, kBuiltinKeywords}};
  add_methods(vm, vm.module_type, module_methods);
  add_getter(vm, vm.module_type, "__dict__", module_dict_get);

  static const MethodDef none_methods[] = {{"__repr__", none_repr, 0, 0, 0}, {"__bool__", none_bool, 0, 0, 0}};
  add_methods(vm, vm.none_type, none_methods);
  static const MethodDef ni_methods[] = {{"__repr__", notimpl_repr, 0, 0, 0}};
  add_methods(vm, vm.notimpl_type, ni_methods);
  static const MethodDef ell_methods[] = {{"__repr__", ellipsis_repr, 0, 0, 0}};
  add_methods(vm, vm.ellipsis_type, ell_methods);
  vm.none_type->native_new = new_builtin(vm, "NoneType", singleton_new_none, Value::null(), 0, 0, 0);
  vm.none_type->native_new.as<Builtin>()->owner = vm.none_type;

  extern void init_code_type(VM& vm);
  init_code_type(vm);
  extern void init_member_type(VM& vm);
  init_member_type(vm);
  static const MethodDef super_methods[] = {{"__repr__", super_repr, 0, 0, 0}};
  add_methods(vm, vm.super_type, super_methods);
  add_getter(vm, vm.super_type, "__self__", super_self_get);
  add_getter(vm, vm.super_type, "__thisclass__", super_thisclass_get);
  add_getter(vm, vm.super_type, "__self_class__", super_self_class_get);
  vm.super_type->native_new = new_builtin(vm, "super", super_new, Value::null(), 0, 2, 0);
  vm.super_type->native_new.as<Builtin>()->owner = vm.super_type;
}

// Installs `__new__` on every builtin type that has a native constructor; called once all
// runtime files have registered their native_new (see vm.cpp).
void install_builtin_new(VM& vm) {
#define X(field, name, layout)                                                                  \
  if (!vm.field->native_new.is_null() && dict_get_str(vm.field->dict, vm.s_new).is_null()) {   \
    Value b = new_builtin(vm, "__new__", builtin_new, Value::null(), 1, -1, kBuiltinKeywords | kBuiltinStatic); \
    if (!b.is_null()) {                                                                         \
      b.as<Builtin>()->owner = vm.field;                                                        \
      (void)dict_set_str(vm, vm.field->dict, vm.s_new, b);                                      \
    }                                                                                           \
  }
  TAIPAN_BUILTIN_TYPES(X)
#undef X
}

}  // namespace taipan::runtime

namespace taipan::runtime {

// Read-only attributes of code objects (co_*).
static Code* C(Value v) { return v.as<Code>(); }
static Value tuple_of_kind(VM& vm, Code* c, uint8_t want, uint8_t without) {
  RootVec names(vm);
  for (uint32_t i = 0; i < c->nlocalsplus; i++) {
    uint8_t k = uint8_t(c->localspluskinds->data[i]);
    if ((k & want) && !(k & without)) names.v.push_back(c->localsplusnames->items[i]);
  }
  return new_tuple_from(vm, names.v.data(), names.v.size());
}
#define CODE_GETTER(attr, expr) \
  static Value code_##attr(VM& vm, Value self, Value*, size_t, Tuple*) { Code* c = C(self); (void)c; return expr; }
CODE_GETTER(co_name, Value::ptr(c->name))
CODE_GETTER(co_qualname, Value::ptr(c->qualname))
CODE_GETTER(co_filename, Value::ptr(c->filename))
CODE_GETTER(co_firstlineno, Value::small(c->firstlineno))
CODE_GETTER(co_argcount, Value::small(c->argcount))
CODE_GETTER(co_posonlyargcount, Value::small(c->posonlyargcount))
CODE_GETTER(co_kwonlyargcount, Value::small(c->kwonlyargcount))
CODE_GETTER(co_nlocals, Value::small(c->nlocals))
CODE_GETTER(co_stacksize, Value::small(c->stacksize))
CODE_GETTER(co_flags, Value::small(c->flags))
CODE_GETTER(co_consts, Value::ptr(c->consts))
CODE_GETTER(co_names, Value::ptr(c->names))
CODE_GETTER(co_code, c->co_code)
CODE_GETTER(co_varnames, tuple_of_kind(vm, c, kLocal, 0))
CODE_GETTER(co_cellvars, tuple_of_kind(vm, c, kCell, 0))
CODE_GETTER(co_freevars, tuple_of_kind(vm, c, kFree, 0))
CODE_GETTER(co_linetable, c->linetable ? Value::ptr(c->linetable) : new_bytes(vm, std::string_view()))
CODE_GETTER(co_exceptiontable, c->exceptiontable ? Value::ptr(c->exceptiontable) : new_bytes(vm, std::string_view()))
CODE_GETTER(_co_code_adaptive, c->co_code)  // the unquickened code: Taipan quickens its own copy
#undef CODE_GETTER
// _varname_from_oparg(i): the name of local-plus slot i (what dis uses for LOAD_FAST & co).
static Value code_varname_from_oparg(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Code* c = C(self);
  int64_t i;
  if (failed(int_to_i64(vm, args[0], i))) return Value::null();
  if (i < 0 || uint64_t(i) >= c->nlocalsplus) return raise(vm, vm.IndexError, "tuple index out of range");
  return c->localsplusnames->items[i];
}
static Value int_or_none(int64_t v) { return v < 0 ? Value::none() : Value::small(v); }
// co_positions(): (line, end_line, col, end_col) for every code unit, None where absent.
static Value code_co_positions(VM& vm, Value self, Value*, size_t, Tuple*) {
  Code* c = C(self);
  List* out = new_list(vm, c->ncode);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  Status st = Status::Ok;
  uint32_t covered = 0;
  for_each_position(c, [&](uint32_t start, uint32_t end, const Position& p) {
    for (uint32_t u = start; u < end && u < c->ncode && st == Status::Ok; u++) {
      Value items[4] = {int_or_none(p.line), int_or_none(p.end_line), int_or_none(p.col), int_or_none(p.end_col)};
      Value t = new_tuple_from(vm, items, 4);
      st = t.is_null() ? Status::Error : list_append(vm, out, t);
      covered = u + 1;
    }
  });
  for (uint32_t u = covered; u < c->ncode && st == Status::Ok; u++) {
    Value items[4] = {Value::none(), Value::none(), Value::none(), Value::none()};
    Value t = new_tuple_from(vm, items, 4);
    st = t.is_null() ? Status::Error : list_append(vm, out, t);
  }
  if (failed(st)) return Value::null();
  return get_iter(vm, Value::ptr(out));
}
// co_lines(): (start, end, line) byte ranges, one per location-table entry.
static Value code_co_lines(VM& vm, Value self, Value*, size_t, Tuple*) {
  Code* c = C(self);
  List* out = new_list(vm, 0);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  Status st = Status::Ok;
  for_each_position(c, [&](uint32_t start, uint32_t end, const Position& p) {
    if (st != Status::Ok) return;
    Value items[3] = {Value::small(int64_t(start) * 2), Value::small(int64_t(end) * 2), int_or_none(p.line)};
    Value t = new_tuple_from(vm, items, 3);
    st = t.is_null() ? Status::Error : list_append(vm, out, t);
  });
  if (failed(st)) return Value::null();
  return get_iter(vm, Value::ptr(out));
}
static Value code_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Code* c = C(self);
  char buf[64];
  snprintf(buf, sizeof buf, " at %p, file \"", (void*)c);
  std::string s = "<code object " + std::string(c->name->view()) + buf + std::string(c->filename->view()) +
                  "\", line " + std::to_string(c->firstlineno) + ">";
  return new_str(vm, s);
}

// code.replace(): a copy with new co_flags, co_name or co_qualname (what types.coroutine
// needs); other fields are not supported yet.
static Value code_replace(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs) return raise(vm, vm.TypeError, "replace() takes no positional arguments");
  uint32_t flags = C(self)->flags;
  Value name = Value::ptr(C(self)->name), qualname = Value::ptr(C(self)->qualname);
  for (size_t i = 0; kwnames && i < kwnames->size; i++) {
    std::string_view k = as_str(kwnames->items[i])->view();
    Value v = args[i];
    if (k == "co_flags") {
      int64_t f;
      if (failed(int_to_i64(vm, v, f))) return Value::null();
      flags = uint32_t(f);
    } else if (k == "co_name" || k == "co_qualname") {
      if (!is_str(v)) return raise(vm, vm.TypeError, "replace() argument '%s' must be str, not %s", k.data(), type_name(vm, v));
      (k == "co_name" ? name : qualname) = v;
    } else {
      return raise(vm, vm.NotImplementedError, "code.replace(%s=...) is not supported", std::string(k).c_str());
    }
  }
  Root rs(vm, self), rn(vm, name), rq(vm, qualname);
  auto* n = static_cast<Code*>(vm.heap.alloc(sizeof(Code), vm.code_type));
  if (!n) return raise_no_memory(vm);
  Code* c = C(self);
  std::memcpy(reinterpret_cast<char*>(n) + sizeof(Object), reinterpret_cast<char*>(c) + sizeof(Object),
              sizeof(Code) - sizeof(Object));
  n->code = nullptr;
  n->exc_entries = nullptr;
  n->icache = nullptr;
  n->cell2arg = nullptr;
  n->jit = nullptr;
  n->calls = n->backedges = 0;
  n->flags = flags;
  n->name = as_str(name);
  n->qualname = as_str(qualname);
  auto dup = [](const void* p, size_t bytes) -> void* {
    if (!p || !bytes) return nullptr;
    void* d = std::malloc(bytes);
    if (d) std::memcpy(d, p, bytes);
    return d;
  };
  n->code = static_cast<uint16_t*>(dup(c->code, c->ncode * sizeof(uint16_t)));
  n->exc_entries = static_cast<ExcEntry*>(dup(c->exc_entries, c->nexc * sizeof(ExcEntry)));
  n->icache = static_cast<InlineCache*>(dup(c->icache, c->nicache * sizeof(InlineCache)));
  if ((c->ncode && !n->code) || (c->nexc && !n->exc_entries) || (c->nicache && !n->icache)) return raise_no_memory(vm);
  return Value::ptr(n);
}

static Wrapper* member_self(Value self) { return self.as<Wrapper>(); }
static Value member_dunder_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (args[0].is_none() && (nargs < 2 || !args[1].is_none())) return self;
  return member_get(vm, member_self(self), args[0]);
}
static Value member_dunder_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Wrapper* m = member_self(self);
  Value r = member_get(vm, m, args[0]);
  if (r.is_null()) {
    if (!exc_matches(vm, vm.AttributeError)) return r;
    clear_exc(vm);
  }
  if (!is_layout(args[0], Layout::Instance)) return member_missing(vm, args[0], as_str(m->callable));
  if (failed(instance_set(vm, args[0].as<Instance>(), as_str(m->callable), args[1]))) return Value::null();
  return Value::none();
}
static Value member_dunder_delete(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Wrapper* m = member_self(self);
  if (member_get(vm, m, args[0]).is_null()) return Value::null();
  if (instance_del(vm, args[0].as<Instance>(), as_str(m->callable)) < 0) return Value::null();
  return Value::none();
}
static Value member_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Wrapper* m = member_self(self);
  return new_str(vm, "<member '" + std::string(as_str(m->callable)->view()) + "' of '" +
                         std::string(m->dict.as<Type>()->name->view()) + "' objects>");
}
static Value member_name(VM&, Value self, Value*, size_t, Tuple*) { return member_self(self)->callable; }
static Value member_objclass(VM&, Value self, Value*, size_t, Tuple*) { return member_self(self)->dict; }

void init_member_type(VM& vm) {
  static const MethodDef methods[] = {{"__get__", member_dunder_get, 1, 2, 0},
                                      {"__set__", member_dunder_set, 2, 2, 0},
                                      {"__delete__", member_dunder_delete, 1, 1, 0},
                                      {"__repr__", member_repr, 0, 0, 0}};
  add_methods(vm, vm.member_type, methods);
  add_getter(vm, vm.member_type, "__name__", member_name);
  add_getter(vm, vm.member_type, "__qualname__", member_name);
  add_getter(vm, vm.member_type, "__objclass__", member_objclass);
}

void init_code_type(VM& vm) {
  static const MethodDef methods[] = {{"__repr__", code_repr, 0, 0, 0},
                                      {"replace", code_replace, 0, 0, kBuiltinKeywords},
                                      {"co_positions", code_co_positions, 0, 0, 0},
                                      {"co_lines", code_co_lines, 0, 0, 0},
                                      {"_varname_from_oparg", code_varname_from_oparg, 1, 1, 0}};
  add_methods(vm, vm.code_type, methods);
#define G(attr) add_getter(vm, vm.code_type, #attr, code_##attr);
  G(co_name) G(co_qualname) G(co_filename) G(co_firstlineno) G(co_argcount) G(co_posonlyargcount)
  G(co_kwonlyargcount) G(co_nlocals) G(co_stacksize) G(co_flags) G(co_consts) G(co_names) G(co_code)
  G(co_varnames) G(co_cellvars) G(co_freevars) G(co_linetable) G(co_exceptiontable) G(_co_code_adaptive)
#undef G
}

}  // namespace taipan::runtime
