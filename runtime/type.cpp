// Classes and instances: shapes (hidden classes), __slots__, attribute lookup with
// descriptors, class creation (C3 MRO, __set_name__, __init_subclass__), instance
// construction (object.__new__) and super(). The methods and attributes Python sees on
// object, type and the other core types are in runtime/type_methods.cpp.
//
// Attribute storage: an Instance starts in shape mode (slots indexed by its Shape); deleting
// an attribute, asking for __dict__, or growing past kMaxShapeAttrs moves it to dict mode for
// good. Shape transitions are cached per shape, so instances built the same way share shapes
// and inline caches can key on Shape::id.
#include <algorithm>
#include <cstring>

#include "runtime/list.h"
#include "runtime/linetable.h"
#include "runtime/numbers.h"
#include "runtime/objects.h"
#include "runtime/type_internal.h"

namespace taipan::runtime {

static constexpr uint32_t kMaxShapeAttrs = 64;

// ---------- shapes ----------

int shape_find(Shape* s, Str* name) {
  for (Shape* p = s; p && p->name; p = p->parent)
    if (p->name == name) return int(p->index);
  return -1;
}

Shape* shape_add(VM& vm, Shape* s, Str* name) {
  for (uint32_t i = 0; i < s->nchildren; i++)
    if (s->children[i]->name == name) return s->children[i];
  auto* c = new Shape{};
  c->parent = s;
  c->name = name;
  c->index = s->count;
  c->count = s->count + 1;
  c->id = vm.next_shape_id++;
  vm.shapes.push_back(c);
  if (s->nchildren == s->children_cap) {
    s->children_cap = s->children_cap ? s->children_cap * 2 : 2;
    s->children = static_cast<Shape**>(std::realloc(s->children, s->children_cap * sizeof(Shape*)));
  }
  s->children[s->nchildren++] = c;
  return c;
}

Value new_instance(VM& vm, Type* t) {
  size_t size = t->layout == Layout::Exception ? sizeof(Exception) : sizeof(Instance);
  auto* o = static_cast<Instance*>(vm.heap.alloc(size, t));
  if (!o) return raise_no_memory(vm);
  o->shape = t->root_shape;
  o->base_value = Value::null();
  if (t->layout == Layout::Exception) {
    auto* e = static_cast<Exception*>(o);
    e->args = vm.empty_tuple;
    e->traceback = e->cause = e->context = Value::none();
    e->notes = Value::null();
    e->group_message = e->group_exceptions = Value::null();
  }
  return Value::ptr(o);
}

Value instance_get(Instance* o, Str* name) {
  if (o->shape) {
    int i = shape_find(o->shape, name);
    return i < 0 ? Value::null() : o->slots[i];
  }
  if (o->dict) return dict_get_str(o->dict, name);
  return Value::null();
}

Value instance_dict(VM& vm, Instance* o) {
  if (o->dict) return Value::ptr(o->dict);
  Root ro(vm, Value::ptr(o));
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  if (o->shape) {
    // Collect names from leaf to root, then insert in slot order.
    uint32_t n = o->shape->count;
    std::vector<Str*> names(n);
    for (Shape* p = o->shape; p && p->name; p = p->parent) names[p->index] = p->name;
    for (uint32_t i = 0; i < n; i++)
      if (failed(dict_set_str(vm, d, names[i], o->slots[i]))) return Value::null();
  }
  o->shape = nullptr;
  vm.heap.external_free(o->slots, o->nslots_cap * sizeof(Value));
  o->slots = nullptr;
  o->nslots_cap = 0;
  o->dict = d;
  return Value::ptr(d);
}

// ---------- __slots__ ----------
// Slot attributes are stored like any other attribute (in the instance's shape); what
// __slots__ changes is that an instance of a class whose __slots__ (and its bases') leave
// out __dict__ accepts no other attribute and has no __dict__ (kTypeSlotsOnly).

// `name` as written in class `owner`'s body: __x becomes _Owner__x (private name mangling).
static std::string mangled(Type* owner, std::string_view name) {
  if (name.size() < 3 || name.substr(0, 2) != "__" || name.substr(name.size() - 2) == "__" ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  std::string_view cls = owner->name->view();
  while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
  if (cls.empty()) return std::string(name);
  return "_" + std::string(cls) + std::string(name);
}

// The names a class's own __slots__ lists (a str, tuple, list or dict); false if it is
// something else (then the class is not treated as slots-only).
static bool slot_names(VM& vm, Value slots, std::vector<Value>& out) {
  if (is_str(slots)) {
    out.push_back(slots);
    return true;
  }
  if (is_tuple(slots) || is_layout(slots, Layout::List)) {
    const Value* items = is_tuple(slots) ? slots.as<Tuple>()->items : slots.as<List>()->items;
    uint32_t n = is_tuple(slots) ? slots.as<Tuple>()->size : slots.as<List>()->size;
    out.assign(items, items + n);
    return true;
  }
  if (is_dict(slots)) {
    Value keys = sequence_to_list(vm, slots);
    if (keys.is_null()) return false;
    out.assign(keys.as<List>()->items, keys.as<List>()->items + keys.as<List>()->size);
    return true;
  }
  return false;
}

// Calls fn(k, name) for each name in the __slots__ of each heap class k of t's MRO, in
// order; stops early when fn returns false.
template <class F>
static void each_declared_slot(VM& vm, Type* t, F fn) {
  Tuple* mro = t->mro;
  for (uint32_t i = 0; mro && i < mro->size; i++) {
    Type* k = mro->items[i].as<Type>();
    if (!(k->tflags & kTypeHeap)) continue;
    Value slots = dict_get_str(k->dict, vm.s_slots);
    std::vector<Value> names;
    if (slots.is_null() || !slot_names(vm, slots, names)) continue;
    for (Value n : names)
      if (is_str(n) && !fn(k, as_str(n))) return;
  }
}

// The slot names of t's instances, as copyreg._slotnames lists them: each class of the
// MRO with __slots__, in order, mangled, without __dict__ and __weakref__.
Status type_slot_names(VM& vm, Type* t, std::vector<Str*>& out) {
  Status st = Status::Ok;
  each_declared_slot(vm, t, [&](Type* k, Str* n) {
    if (n->view() == "__dict__" || n->view() == "__weakref__") return true;
    Str* m = vm.intern(mangled(k, n->view()));
    if (!m) {
      st = Status::Error;
      return false;
    }
    out.push_back(m);
    return true;
  });
  return st;
}

static bool slot_allowed(VM& vm, Type* t, Str* name) {
  bool found = false;
  each_declared_slot(vm, t, [&](Type* k, Str* n) {
    found = mangled(k, n->view()) == name->view();
    return !found;
  });
  return found;
}

// A slot's member descriptor in the class dict (`<member 'x' of 'A' objects>`). Its value
// lives in the instance's shape like any attribute, so attribute access reads and writes the
// instance directly (member descriptors are not data descriptors to the lookup, and the
// attribute caches ignore them); the descriptor answers access through the class and
// explicit __get__/__set__/__delete__ calls, and turns a missing value into AttributeError.
static Status add_member(VM& vm, Type* t, Str* name) {
  auto* m = static_cast<Wrapper*>(vm.heap.alloc(sizeof(Wrapper), vm.member_type));
  if (!m) {
    raise_no_memory(vm);
    return Status::Error;
  }
  m->callable = Value::ptr(name);
  m->dict = Value::ptr(t);
  Root rm(vm, Value::ptr(m));
  return dict_set_str(vm, t->dict, name, Value::ptr(m));
}

bool is_member(VM& vm, Value d) { return is_exact(d, vm.member_type); }

Value member_missing(VM& vm, Value obj, Str* name) {
  return raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", type_name(vm, obj), name);
}

// The member's value in `obj`, or null with AttributeError.
Value member_get(VM& vm, Wrapper* m, Value obj) {
  Str* name = as_str(m->callable);
  Type* owner = m->dict.as<Type>();
  if (!isinstance(vm, obj, owner))
    return raise(vm, vm.TypeError, "descriptor '%N' for '%N' objects doesn't apply to a '%s' object", name,
                 owner->name, type_name(vm, obj));
  Value v = is_layout(obj, Layout::Instance) ? instance_get(obj.as<Instance>(), name) : Value::null();
  return v.is_null() ? member_missing(vm, obj, name) : v;
}

// At class creation: checks the class's own __slots__, adds a member descriptor per slot and
// sets kTypeSlotsOnly.
static Status apply_slots(VM& vm, Type* t) {
  Value slots = dict_get_str(t->dict, vm.s_slots);
  if (slots.is_null()) return Status::Ok;
  Root rs(vm, slots);
  std::vector<Value> names;
  if (!slot_names(vm, slots, names)) return vm.exc.is_null() ? Status::Ok : Status::Error;
  bool has_dict = false;
  for (Value n : names) {
    if (!is_str(n)) {
      raise(vm, vm.TypeError, "__slots__ items must be strings, not '%s'", type_name(vm, n));
      return Status::Error;
    }
    std::string_view sv = as_str(n)->view();
    if (sv == "__dict__") {
      has_dict = true;
      continue;
    }
    if (sv == "__weakref__") continue;
    std::string m = mangled(t, sv);
    if (!dict_get_cstr(vm, t->dict, m.c_str()).is_null() && m != "__slots__") {
      raise(vm, vm.ValueError, "%R in __slots__ conflicts with class variable", n);
      return Status::Error;
    }
  }
  if (t->layout == Layout::Instance) {
    for (Value n : names) {
      std::string_view sv = as_str(n)->view();
      if (sv == "__dict__" || sv == "__weakref__") continue;
      Str* m = vm.intern(mangled(t, sv));
      if (!m || failed(add_member(vm, t, m))) return Status::Error;
    }
  }
  if (has_dict) return Status::Ok;
  for (uint32_t i = 0; i < t->bases->size; i++) {
    Type* b = t->bases->items[i].as<Type>();
    if (b != vm.object_type && !(b->tflags & kTypeSlotsOnly)) return Status::Ok;
  }
  if (t->layout == Layout::Instance) t->tflags |= kTypeSlotsOnly;
  return Status::Ok;
}

static Status refuse_attribute(VM& vm, Instance* o, Str* name) {
  raise(vm, vm.AttributeError, "'%N' object has no attribute '%N'", o->type->name, name);
  return Status::Error;
}

Status instance_set(VM& vm, Instance* o, Str* name, Value v) {
  if (o->shape) {
    int i = shape_find(o->shape, name);
    if (i >= 0) {
      o->slots[i] = v;
      return Status::Ok;
    }
    if ((o->type->tflags & kTypeSlotsOnly) && !slot_allowed(vm, o->type, name)) return refuse_attribute(vm, o, name);
    if (o->shape->count < kMaxShapeAttrs && name->interned) {
      uint32_t n = o->shape->count;
      if (n == o->nslots_cap) {
        uint32_t cap = o->nslots_cap ? o->nslots_cap * 2 : 4;
        Root ro(vm, Value::ptr(o)), rv(vm, v);
        auto* p = static_cast<Value*>(vm.heap.external_realloc(o->slots, o->nslots_cap * sizeof(Value), cap * sizeof(Value)));
        if (!p) { raise_no_memory(vm); return Status::Error; }
        o->slots = p;
        o->nslots_cap = cap;
      }
      o->slots[n] = v;
      o->shape = shape_add(vm, o->shape, name);
      return Status::Ok;
    }
    Root ro(vm, Value::ptr(o)), rv(vm, v);
    if (instance_dict(vm, o).is_null()) return Status::Error;
  }
  if (!o->dict) {
    Root ro(vm, Value::ptr(o)), rv(vm, v);
    Dict* d = new_dict(vm);
    if (!d) { raise_no_memory(vm); return Status::Error; }
    o->dict = d;
  }
  return dict_set_str(vm, o->dict, name, v);
}

int instance_del(VM& vm, Instance* o, Str* name) {
  if (o->shape) {
    if (shape_find(o->shape, name) < 0) return 0;
    Root ro(vm, Value::ptr(o));
    if (instance_dict(vm, o).is_null()) return -1;
  }
  if (!o->dict) return 0;
  return dict_del(vm, o->dict, Value::ptr(name));
}

// ---------- constructors of small objects ----------

Value new_method(VM& vm, Value func, Value self) {
  Root rf(vm, func), rs(vm, self);
  auto* m = static_cast<Method*>(vm.heap.alloc(sizeof(Method), vm.method_type));
  if (!m) return raise_no_memory(vm);
  m->func = func;
  m->self = self;
  return Value::ptr(m);
}

Value new_module(VM& vm, Str* name) {
  Root rn(vm, Value::ptr(name));
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  auto* m = static_cast<Module*>(vm.heap.alloc(sizeof(Module), vm.module_type));
  if (!m) return raise_no_memory(vm);
  m->name = name;
  m->dict = d;
  Root rm(vm, Value::ptr(m));
  if (failed(dict_set_str(vm, d, vm.s_name, Value::ptr(name)))) return Value::null();
  if (failed(dict_set_str(vm, d, vm.s_doc, Value::none()))) return Value::null();
  return Value::ptr(m);
}

Value new_builtin(VM& vm, const char* name, NativeFn fn, Value self, int16_t min_args, int16_t max_args, uint16_t flags) {
  Root rs(vm, self);
  Str* n = vm.intern(name);
  if (!n) return Value::null();
  Root rn(vm, Value::ptr(n));
  auto* b = static_cast<Builtin*>(vm.heap.alloc(sizeof(Builtin), vm.builtin_type));
  if (!b) return raise_no_memory(vm);
  b->fn = fn;
  b->name = n;
  b->self = self;
  b->min_args = min_args;
  b->max_args = max_args;
  b->bflags = flags;
  b->doc = Value::none();
  return Value::ptr(b);
}

void add_methods(VM& vm, Type* t, const MethodDef* defs, size_t n) {
  Root rt(vm, Value::ptr(t));
  for (size_t i = 0; i < n; i++) {
    Value b = new_builtin(vm, defs[i].name, defs[i].fn, Value::null(), defs[i].min_args, defs[i].max_args, defs[i].flags);
    if (b.is_null()) return;
    b.as<Builtin>()->owner = t;
    Root rb(vm, b);
    (void)dict_set_str(vm, t->dict, vm.intern(defs[i].name), b);
  }
  type_modified(vm, t);
}

void add_functions(VM& vm, Module* m, const MethodDef* defs, size_t n) {
  Root rm(vm, Value::ptr(m));
  for (size_t i = 0; i < n; i++) {
    Value b = new_builtin(vm, defs[i].name, defs[i].fn, Value::ptr(m), defs[i].min_args, defs[i].max_args, defs[i].flags);
    if (b.is_null()) return;
    Root rb(vm, b);
    (void)dict_set_str(vm, m->dict, vm.intern(defs[i].name), b);
  }
}

void add_getter(VM& vm, Type* t, const char* name, NativeFn getter) {
  Root rt(vm, Value::ptr(t));
  Value g = new_builtin(vm, name, getter, Value::null(), 0, 0, 0);
  if (g.is_null()) return;
  g.as<Builtin>()->owner = t;
  Root rg(vm, g);
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), vm.property_type));
  if (!p) return;
  p->fget = g;
  p->fset = p->fdel = p->doc = Value::none();
  p->name = Value::ptr(vm.intern(name));
  Root rp(vm, Value::ptr(p));
  (void)dict_set_str(vm, t->dict, vm.intern(name), Value::ptr(p));
  type_modified(vm, t);
}

void type_modified(VM& vm, Type* t) {
  t->version = vm.next_type_version++;
  if (t->subclasses.is_null()) return;
  List* subs = t->subclasses.as<List>();
  for (uint32_t i = 0; i < subs->size; i++) type_modified(vm, subs->items[i].as<Type>());
}

// ---------- attribute lookup ----------

static bool is_data_descriptor(VM& vm, Value d) {
  Type* dt = type_of(vm, d);
  if (dt == vm.property_type) return true;
  if (!(dt->tflags & kTypeHeap)) return false;
  return !type_lookup(dt, vm.s_set).is_null() || !type_lookup(dt, vm.s_delete).is_null();
}
// A data descriptor that takes precedence on attribute reads: one without __get__ (only
// __set__/__delete__) lets the instance dict answer, and is returned as is otherwise.
static bool is_get_data_descriptor(VM& vm, Value d) {
  if (!is_data_descriptor(vm, d)) return false;
  Type* dt = type_of(vm, d);
  return !(dt->tflags & kTypeHeap) || !type_lookup(dt, vm.s_get).is_null();
}

// Applies descriptor binding of a class attribute `d` found for instance `obj` (obj null
// for access through the class itself).
static Value bind_descriptor(VM& vm, Value d, Value obj, Type* owner) {
  Type* dt = type_of(vm, d);
  switch (dt->layout) {
    case Layout::Function:
      return obj.is_null() ? d : new_method(vm, d, obj);
    case Layout::Builtin: {
      Builtin* b = d.as<Builtin>();
      if (b->bflags & kBuiltinBindsLikeFunction) return obj.is_null() ? d : new_method(vm, d, obj);
      if (!b->owner || !b->self.is_null()) return d;
      if (b->bflags & kBuiltinClassMethod) return new_method(vm, d, Value::ptr(owner));
      if (b->bflags & kBuiltinStatic) return d;
      return obj.is_null() ? d : new_method(vm, d, obj);
    }
    case Layout::Wrapper:
      if (dt == vm.member_type) return obj.is_null() ? d : member_get(vm, d.as<Wrapper>(), obj);
      if (dt == vm.staticmethod_type) return d.as<Wrapper>()->callable;
      if (dt == vm.classmethod_type) {
        // 3.11 chains descriptors: classmethod(desc).__get__(obj, T) is desc.__get__(T, T).
        Value c = d.as<Wrapper>()->callable;
        Type* ct = type_of(vm, c);
        if (ct->layout != Layout::Function &&
            (ct == vm.property_type || ct == vm.classmethod_type || ct == vm.staticmethod_type ||
             ((ct->tflags & kTypeHeap) && !type_lookup(ct, vm.s_get).is_null())))
          return bind_descriptor(vm, c, Value::ptr(owner), owner);
        return new_method(vm, c, Value::ptr(owner));
      }
      break;
    case Layout::Property:
      if (dt == vm.property_type) {
        if (obj.is_null()) return d;
        Property* p = d.as<Property>();
        if (p->fget.is_none() || p->fget.is_null()) {
          if (p->name.is_null() || p->name.is_none())
            return raise(vm, vm.AttributeError, "property of '%s' object has no getter", type_name(vm, obj));
          return raise(vm, vm.AttributeError, "property %R of '%s' object has no getter", p->name, type_name(vm, obj));
        }
        return call1(vm, p->fget, obj);
      }
      break;
    default:
      break;
  }
  if (dt->tflags & kTypeHeap) {
    Value get = type_lookup(dt, vm.s_get);
    if (!get.is_null()) {
      Value args[3] = {d, obj.is_null() ? Value::none() : obj, Value::ptr(owner)};
      Root r0(vm, d);
      return call(vm, get, args, 3);
    }
  }
  return d;
}

Value generic_getattr(VM& vm, Value obj, Str* name, bool suppress) {
  Type* t = type_of(vm, obj);
  Value descr = type_lookup(t, name);
  Root rd(vm, descr), ro(vm, obj);
  if (!descr.is_null() && is_get_data_descriptor(vm, descr)) return bind_descriptor(vm, descr, obj, t);
  if (obj.is_ptr()) {
    Object* o = obj.as_ptr();
    switch (o->type->layout) {
      case Layout::Instance:
      case Layout::Exception: {
        Value v = instance_get(static_cast<Instance*>(o), name);
        if (!v.is_null()) return v;
        if (name == vm.s_dict && !(o->type->tflags & kTypeSlotsOnly)) return instance_dict(vm, static_cast<Instance*>(o));
        break;
      }
      case Layout::Function: {
        auto* f = static_cast<Function*>(o);
        if (!f->dict.is_null()) {
          Value v = dict_get_str(f->dict.as<Dict>(), name);
          if (!v.is_null()) return v;
        }
        break;
      }
      case Layout::Module: {
        Value v = dict_get_str(static_cast<Module*>(o)->dict, name);
        if (!v.is_null()) return v;
        if (name == vm.s_dict) return Value::ptr(static_cast<Module*>(o)->dict);
        break;
      }
      default:
        break;
    }
  }
  if (!descr.is_null()) return bind_descriptor(vm, descr, obj, t);
  if (is_layout(obj, Layout::Module)) {
    // PEP 562: a module's own __getattr__ answers for names its dict lacks.
    Value hook = dict_get_str(obj.as<Module>()->dict, vm.s_getattr);
    if (!hook.is_null()) {
      Root ro(vm, obj);
      Value arg = Value::ptr(name);
      Value r = call(vm, hook, &arg, 1);
      if (r.is_null() && suppress && exc_matches(vm, vm.AttributeError)) clear_exc(vm);
      return r;
    }
  }
  if (suppress) return Value::null();
  if (is_layout(obj, Layout::Module)) {
    Value mn = dict_get_str(obj.as<Module>()->dict, vm.s_name);
    if (!mn.is_null() && is_str(mn))
      return raise(vm, vm.AttributeError, "module '%N' has no attribute '%N'", as_str(mn), name);
  }
  return raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", t->name->data, name);
}

Value type_getattr(VM& vm, Type* t, Str* name, bool suppress) {
  Type* meta = t->type;
  Value meta_attr = type_lookup(meta, name);
  Root rm(vm, meta_attr), rt(vm, Value::ptr(t));
  if (!meta_attr.is_null() && is_get_data_descriptor(vm, meta_attr))
    return bind_descriptor(vm, meta_attr, Value::ptr(t), meta);
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* at = type_of(vm, attr);
    if (at == vm.property_type) return attr;
    return bind_descriptor(vm, attr, Value::null(), t);
  }
  if (!meta_attr.is_null()) return bind_descriptor(vm, meta_attr, Value::ptr(t), meta);
  if (suppress) return Value::null();
  return raise(vm, vm.AttributeError, "type object '%N' has no attribute '%N'", t->name, name);
}

static Value super_getattr(VM& vm, Iter* s, Str* name, bool suppress);

static Value getattr_impl(VM& vm, Value obj, Str* name, bool suppress) {
  Type* t = type_of(vm, obj);
  if (t->tflags & (kTypeHasGetattribute | kTypeHasGetattr)) {
    Root ro(vm, obj);
    Value r;
    if (t->tflags & kTypeHasGetattribute) {
      Value ga = type_lookup(t, vm.s_getattribute);
      Value args[2] = {obj, Value::ptr(name)};
      r = call(vm, ga, args, 2);
    } else {
      r = t->layout == Layout::Type ? type_getattr(vm, obj.as<Type>(), name, false) : generic_getattr(vm, obj, name, false);
    }
    if (!r.is_null() || !(t->tflags & kTypeHasGetattr) || !exc_matches(vm, vm.AttributeError)) {
      if (r.is_null() && suppress && exc_matches(vm, vm.AttributeError)) clear_exc(vm);
      return r;
    }
    clear_exc(vm);
    Value gf = type_lookup(t, vm.s_getattr);
    Value args[2] = {obj, Value::ptr(name)};
    r = call(vm, gf, args, 2);
    if (r.is_null() && suppress && exc_matches(vm, vm.AttributeError)) clear_exc(vm);
    return r;
  }
  if (t->layout == Layout::Type) return type_getattr(vm, obj.as<Type>(), name, suppress);
  if (t == vm.super_type) return super_getattr(vm, obj.as<Iter>(), name, suppress);
  if (t == vm.method_type && type_lookup(t, name).is_null()) {
    // Bound methods expose their function's attributes.
    Root ro(vm, obj);
    return getattr_impl(vm, obj.as<Method>()->func, name, suppress);
  }
  return generic_getattr(vm, obj, name, suppress);
}

// An AttributeError that leaves a lookup carries the name and the object (as CPython 3.10+).
Value getattr(VM& vm, Value obj, Str* name) {
  Root ro(vm, obj);
  Value r = getattr_impl(vm, obj, name, false);
  if (r.is_null() && is_exception(vm, vm.exc) && is_subtype(type_of(vm, vm.exc), vm.AttributeError)) {
    Root re(vm, vm.exc);
    vm.exc = Value::null();
    if (failed(instance_set(vm, re.value.as<Instance>(), vm.intern("name"), Value::ptr(name))) ||
        failed(instance_set(vm, re.value.as<Instance>(), vm.intern("obj"), ro.value)))
      return Value::null();
    vm.exc = re.value;
  }
  return r;
}

Value getattr_opt(VM& vm, Value obj, Str* name) {
  Value r = getattr_impl(vm, obj, name, true);
  if (r.is_null() && exc_matches(vm, vm.AttributeError)) clear_exc(vm);
  return r;
}

Value getattr_cstr(VM& vm, Value obj, const char* name) {
  Root ro(vm, obj);
  Str* n = vm.intern(name);
  if (!n) return Value::null();
  return getattr(vm, obj, n);
}

Value get_method(VM& vm, Value obj, Str* name, bool* unbound) {
  *unbound = false;
  Type* t = type_of(vm, obj);
  if (!(t->tflags & kTypeHasGetattribute) && t->layout != Layout::Type && t->layout != Layout::Module &&
      t != vm.super_type) {
    Value descr = type_lookup(t, name);
    if (!descr.is_null()) {
      bool plain = is_layout(descr, Layout::Function) ||
                   (is_layout(descr, Layout::Builtin) && descr.as<Builtin>()->owner &&
                    descr.as<Builtin>()->self.is_null() &&
                    !(descr.as<Builtin>()->bflags & (kBuiltinClassMethod | kBuiltinStatic)));
      if (plain) {
        // An instance attribute shadows the method.
        if (obj.is_ptr() && (t->layout == Layout::Instance || t->layout == Layout::Exception)) {
          Value v = instance_get(obj.as<Instance>(), name);
          if (!v.is_null()) return v;
        } else if (is_layout(obj, Layout::Function) && !obj.as<Function>()->dict.is_null()) {
          Value v = dict_get_str(obj.as<Function>()->dict.as<Dict>(), name);
          if (!v.is_null()) return v;
        }
        *unbound = true;
        return descr;
      }
    }
  }
  return getattr(vm, obj, name);
}

static void set_flag_tree(Type* t, uint32_t flag) {
  t->tflags |= flag;
  if (t->subclasses.is_null()) return;
  List* subs = t->subclasses.as<List>();
  for (uint32_t i = 0; i < subs->size; i++) set_flag_tree(subs->items[i].as<Type>(), flag);
}

static void update_flags(VM& vm, Type* t);

// C.__bases__ = (...): new bases with the same instance layout; the MROs of C and its
// subclasses are recomputed.
static Status type_set_bases(VM& vm, Type* ty, Value v) {
  if (!is_tuple(v)) {
    raise(vm, vm.TypeError, "can only assign tuple to %N.__bases__, not %s", ty->name, type_name(vm, v));
    return Status::Error;
  }
  Tuple* nb = v.as<Tuple>();
  if (nb->size == 0) {
    raise(vm, vm.TypeError, "can only assign non-empty tuple to %N.__bases__, not ()", ty->name);
    return Status::Error;
  }
  for (uint32_t i = 0; i < nb->size; i++) {
    if (!is_layout(nb->items[i], Layout::Type)) {
      raise(vm, vm.TypeError, "%N.__bases__ must be tuple of classes, not '%s'", ty->name, type_name(vm, nb->items[i]));
      return Status::Error;
    }
    Type* b = nb->items[i].as<Type>();
    if (is_subtype(b, ty)) {
      raise(vm, vm.TypeError, "a __bases__ item causes an inheritance cycle");
      return Status::Error;
    }
    Type* solid = b;
    while (solid->tflags & kTypeHeap) solid = solid->base;
    Type* old_solid = ty->base;
    while (old_solid->tflags & kTypeHeap) old_solid = old_solid->base;
    if (solid != old_solid && solid != vm.object_type) {
      raise(vm, vm.TypeError, "__bases__ assignment: '%N' object layout differs from '%N'", b->name, ty->base->name);
      return Status::Error;
    }
  }
  Tuple* old = ty->bases;
  Type* old_base = ty->base;
  Root rold(vm, Value::ptr(old)), rv(vm, v);
  ty->bases = nb;
  ty->base = nb->items[0].as<Type>();
  if (failed(compute_mro(vm, ty))) {
    ty->bases = old;
    ty->base = old_base;
    return Status::Error;
  }
  for (uint32_t i = 0; i < old->size; i++) {
    Value subs = old->items[i].as<Type>()->subclasses;
    if (subs.is_null()) continue;
    List* l = subs.as<List>();
    uint32_t k = 0;
    for (uint32_t j = 0; j < l->size; j++)
      if (l->items[j] != Value::ptr(ty)) l->items[k++] = l->items[j];
    l->size = k;
  }
  for (uint32_t i = 0; i < nb->size; i++) {
    Type* b = nb->items[i].as<Type>();
    if (b->subclasses.is_null()) {
      List* l = new_list(vm, 0);
      if (!l) return raise_no_memory(vm), Status::Error;
      b->subclasses = Value::ptr(l);
    }
    if (failed(list_append(vm, b->subclasses.as<List>(), Value::ptr(ty)))) return Status::Error;
  }
  update_flags(vm, ty);
  if (!ty->subclasses.is_null()) {
    List* subs = ty->subclasses.as<List>();
    for (uint32_t i = 0; i < subs->size; i++) {
      Type* sub = subs->items[i].as<Type>();
      if (failed(compute_mro(vm, sub))) return Status::Error;
      update_flags(vm, sub);
    }
  }
  type_modified(vm, ty);
  return Status::Ok;
}

// type's own writable attributes (__name__, __qualname__, __doc__, __module__) on any class,
// whatever its metaclass, with CPython's checks; returns false when `name` is not one of them.
static bool type_set_special(VM& vm, Type* ty, Str* name, Value v, Status& st) {
  bool bases = name->view() == "__bases__";
  if (name != vm.s_name && name != vm.s_qualname && name != vm.s_doc && name != vm.s_module && !bases) return false;
  st = Status::Error;
  if (!(ty->tflags & kTypeHeap)) {
    raise(vm, vm.TypeError, "cannot set '%N' attribute of immutable type '%N'", name, ty->name);
    return true;
  }
  if (v.is_null()) {
    raise(vm, vm.TypeError, "cannot delete '%N' attribute of immutable type '%N'", name, ty->name);
    return true;
  }
  if (bases) {
    st = type_set_bases(vm, ty, v);
    return true;
  }
  if (name == vm.s_name || name == vm.s_qualname) {
    if (!is_str(v)) {
      raise(vm, vm.TypeError, "can only assign string to %N.%N, not '%s'", ty->name, name, type_name(vm, v));
      return true;
    }
    if (name == vm.s_name) {
      if (as_str(v)->view().find('\0') != std::string_view::npos) {
        raise(vm, vm.ValueError, "type name must not contain null characters");
        return true;
      }
      ty->name = as_str(v);
    } else {
      ty->qualname = as_str(v);
    }
  } else if (failed(dict_set_str(vm, ty->dict, name, v))) {
    return true;
  }
  type_modified(vm, ty);
  st = Status::Ok;
  return true;
}

Status generic_setattr(VM& vm, Value obj, Str* name, Value v) {
  Type* t = type_of(vm, obj);
  if (is_layout(obj, Layout::Type)) {
    Status st;
    if (type_set_special(vm, obj.as<Type>(), name, v, st)) return st;
  }
  // Function attributes are stored on the function even where read-only getters exist.
  Value descr = is_layout(obj, Layout::Function) && t == vm.function_type ? Value::null() : type_lookup(t, name);
  Root rd(vm, descr), ro(vm, obj), rv(vm, v);
  if (!descr.is_null()) {
    Type* dt = type_of(vm, descr);
    if (dt == vm.property_type) {
      Property* p = descr.as<Property>();
      Value f = v.is_null() ? p->fdel : p->fset;
      if (f.is_none() || f.is_null()) {
        Value n = p->name.is_null() ? Value::ptr(name) : p->name;
        if (is_layout(p->fget, Layout::Builtin) && p->fget.as<Builtin>()->owner)
          raise(vm, vm.AttributeError, "attribute '%N' of '%s' objects is not writable", name, t->name->data);
        else
          raise(vm, vm.AttributeError, v.is_null() ? "property %R of '%s' object has no deleter"
                                                   : "property %R of '%s' object has no setter", n, t->name->data);
        return Status::Error;
      }
      Value r = v.is_null() ? call1(vm, f, obj) : call2(vm, f, obj, v);
      return r.is_null() ? Status::Error : Status::Ok;
    }
    if (dt->tflags & kTypeHeap) {
      Value set = type_lookup(dt, v.is_null() ? vm.s_delete : vm.s_set);
      if (!set.is_null()) {
        Value args[3] = {descr, obj, v};
        Value r = call(vm, set, args, v.is_null() ? 2 : 3);
        return r.is_null() ? Status::Error : Status::Ok;
      }
    }
  }
  if (obj.is_ptr()) {
    Object* o = obj.as_ptr();
    switch (o->type->layout) {
      case Layout::Instance:
      case Layout::Exception: {
        auto* in = static_cast<Instance*>(o);
        if (v.is_null()) {
          int r = instance_del(vm, in, name);
          if (r < 0) return Status::Error;
          if (r == 0) {
            if (!descr.is_null() && is_member(vm, descr))  // an unset slot: CPython says just its name
              raise(vm, vm.AttributeError, "%N", name);
            else
              raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", t->name->data, name);
            return Status::Error;
          }
          return Status::Ok;
        }
        if (name == vm.s_dict) {
          if (!is_dict(v)) {
            raise(vm, vm.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(vm, v));
            return Status::Error;
          }
          if (instance_dict(vm, in).is_null()) return Status::Error;
          in->dict = v.as<Dict>();
          return Status::Ok;
        }
        return instance_set(vm, in, name, v);
      }
      case Layout::Function: {
        auto* f = static_cast<Function*>(o);
        std::string_view nv = name->view();
        if (nv == "__defaults__" || nv == "__kwdefaults__" || nv == "__annotations__") {
          Value nvv = v.is_null() || v.is_none() ? Value::null() : v;
          if (nv == "__defaults__") {
            if (!nvv.is_null() && !is_tuple(nvv)) {
              raise(vm, vm.TypeError, "__defaults__ must be set to a tuple object");
              return Status::Error;
            }
            f->defaults = nvv;
          } else if (nv == "__kwdefaults__") {
            if (!nvv.is_null() && !is_dict(nvv)) {
              raise(vm, vm.TypeError, "__kwdefaults__ must be set to a dict object");
              return Status::Error;
            }
            f->kwdefaults = nvv;
          } else {
            f->annotations = nvv;
          }
          return Status::Ok;
        }
        if (nv == "__code__") {
          if (!is_layout(v, Layout::Code)) {
            raise(vm, vm.TypeError, "__code__ must be set to a code object");
            return Status::Error;
          }
          Code* nc = v.as<Code>();
          size_t nclosure = f->closure.is_null() ? 0 : f->closure.as<Tuple>()->size;
          if (nc->nfree != nclosure) {
            raise(vm, vm.ValueError, "%s() requires a code object with %zu free vars, not %u",
                  is_str(f->name) ? as_str(f->name)->data : "?", nclosure, nc->nfree);
            return Status::Error;
          }
          f->code = nc;
          return Status::Ok;
        }
        if (name == vm.s_name || name == vm.s_qualname || name == vm.s_doc || name == vm.s_module) {
          if (name == vm.s_name) f->name = v;
          else if (name == vm.s_qualname) f->qualname = v;
          else if (name == vm.s_doc) f->doc = v.is_null() ? Value::none() : v;
          else f->module = v;
          return Status::Ok;
        }
        if (f->dict.is_null()) {
          Dict* d = new_dict(vm);
          if (!d) { raise_no_memory(vm); return Status::Error; }
          f->dict = Value::ptr(d);
        }
        if (v.is_null()) {
          int r = dict_del(vm, f->dict.as<Dict>(), Value::ptr(name));
          if (r <= 0) {
            if (r == 0) raise(vm, vm.AttributeError, "'function' object has no attribute '%N'", name);
            return Status::Error;
          }
          return Status::Ok;
        }
        return dict_set_str(vm, f->dict.as<Dict>(), name, v);
      }
      case Layout::Module: {
        auto* m = static_cast<Module*>(o);
        if (v.is_null()) {
          int r = dict_del(vm, m->dict, Value::ptr(name));
          if (r <= 0) {
            if (r == 0) raise(vm, vm.AttributeError, "module '%N' has no attribute '%N'", m->name, name);
            return Status::Error;
          }
          return Status::Ok;
        }
        return dict_set_str(vm, m->dict, name, v);
      }
      case Layout::Type: {
        auto* ty = static_cast<Type*>(o);
        if (!(ty->tflags & kTypeHeap)) {
          raise(vm, vm.TypeError, "cannot set '%N' attribute of immutable type '%N'", name, ty->name);
          return Status::Error;
        }
        if (v.is_null()) {
          int r = dict_del(vm, ty->dict, Value::ptr(name));
          if (r <= 0) {
            if (r == 0) raise(vm, vm.AttributeError, "type object '%N' has no attribute '%N'", ty->name, name);
            return Status::Error;
          }
        } else {
          if (name == vm.s_name && is_str(v)) ty->name = as_str(v);
          if (name == vm.s_qualname && is_str(v)) ty->qualname = as_str(v);
          if (failed(dict_set_str(vm, ty->dict, name, v))) return Status::Error;
        }
        uint32_t hook = name == vm.s_getattr ? kTypeHasGetattr
                        : name == vm.s_getattribute ? kTypeHasGetattribute
                        : name == vm.s_setattr || name == vm.s_delattr ? kTypeHasSetattr : 0;
        if (hook && !v.is_null()) set_flag_tree(ty, hook);  // the class and its subclasses
        type_modified(vm, ty);
        return Status::Ok;
      }
      default:
        break;
    }
  }
  if (!descr.is_null())
    raise(vm, vm.AttributeError, "'%s' object attribute '%N' is read-only", t->name->data, name);
  else
    raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", t->name->data, name);
  return Status::Error;
}

Status setattr(VM& vm, Value obj, Str* name, Value v) {
  Type* t = type_of(vm, obj);
  if (t->tflags & kTypeHasSetattr) {
    Value f = type_lookup(t, v.is_null() ? vm.s_delattr : vm.s_setattr);
    if (!f.is_null()) {
      Value args[3] = {obj, Value::ptr(name), v};
      Value r = call(vm, f, args, v.is_null() ? 2 : 3);
      return r.is_null() ? Status::Error : Status::Ok;
    }
  }
  return generic_setattr(vm, obj, name, v);
}

Status delattr(VM& vm, Value obj, Str* name) { return setattr(vm, obj, name, Value::null()); }

// ---------- class creation ----------

Status compute_mro(VM& vm, Type* t) {
  // C3 linearisation of t's bases.
  Tuple* bases = t->bases;
  std::vector<std::vector<Type*>> seqs;
  for (uint32_t i = 0; i < bases->size; i++) {
    Type* b = bases->items[i].as<Type>();
    std::vector<Type*> s;
    for (uint32_t k = 0; k < b->mro->size; k++) s.push_back(b->mro->items[k].as<Type>());
    seqs.push_back(std::move(s));
  }
  {
    std::vector<Type*> s;
    for (uint32_t i = 0; i < bases->size; i++) s.push_back(bases->items[i].as<Type>());
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> result{t};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any = false;
    Type* cand = nullptr;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size()) continue;
      any = true;
      Type* c = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) { in_tail = true; break; }
      if (!in_tail) { cand = c; break; }
    }
    if (!any) break;
    if (!cand) {
      // CPython names the current head of every unfinished sequence, each once, in order.
      std::string names;
      std::vector<Type*> heads;
      for (size_t i = 0; i < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size()) continue;
        Type* h = seqs[i][pos[i]];
        if (std::find(heads.begin(), heads.end(), h) != heads.end()) continue;
        if (!heads.empty()) names += ", ";
        heads.push_back(h);
        names += h->name->data;
      }
      raise(vm, vm.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
      return Status::Error;
    }
    result.push_back(cand);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == cand) pos[i]++;
  }
  Tuple* mro = new_tuple(vm, result.size());
  if (!mro) { raise_no_memory(vm); return Status::Error; }
  for (size_t i = 0; i < result.size(); i++) mro->items[i] = Value::ptr(result[i]);
  t->mro = mro;
  return Status::Ok;
}

static void update_flags(VM& vm, Type* t) {
  t->tflags &= ~(kTypeHasGetattr | kTypeHasGetattribute | kTypeHasSetattr);
  for (uint32_t i = 0; i < t->mro->size; i++) {
    Type* k = t->mro->items[i].as<Type>();
    if (!(k->tflags & kTypeHeap)) continue;
    if (!dict_get_str(k->dict, vm.s_getattr).is_null()) t->tflags |= kTypeHasGetattr;
    if (!dict_get_str(k->dict, vm.s_getattribute).is_null()) t->tflags |= kTypeHasGetattribute;
    if (!dict_get_str(k->dict, vm.s_setattr).is_null() || !dict_get_str(k->dict, vm.s_delattr).is_null())
      t->tflags |= kTypeHasSetattr;
  }
}

static Value wrap_in(VM& vm, Type* wt, Value f) {
  Root rf(vm, f);
  auto* w = static_cast<Wrapper*>(vm.heap.alloc(sizeof(Wrapper), wt));
  if (!w) return raise_no_memory(vm);
  w->callable = f;
  w->dict = Value::null();
  return Value::ptr(w);
}

// type(name, bases, ns) with metaclass `meta`.
Value build_class(VM& vm, Value meta, Str* name, Tuple* bases_in, Dict* ns, Value kwargs) {
  Root rmeta(vm, meta), rname(vm, Value::ptr(name)), rb(vm, Value::ptr(bases_in)), rns(vm, Value::ptr(ns)), rkw(vm, kwargs);
  Tuple* bases = bases_in;
  if (bases->size == 0) {
    bases = new_tuple(vm, 1);
    if (!bases) return raise_no_memory(vm);
    bases->items[0] = Value::ptr(vm.object_type);
    rb = Value::ptr(bases);
  }
  Layout layout = Layout::Instance;
  Type* solid = nullptr;
  for (uint32_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!is_layout(b, Layout::Type)) {
      // A class statement resolved __mro_entries__ already; type(name, bases, ns) does not.
      Value me = getattr_opt(vm, b, vm.intern("__mro_entries__"));
      if (me.is_null() && !vm.exc.is_null()) return me;
      if (!me.is_null())
        return raise(vm, vm.TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      return raise(vm, vm.TypeError, "bases must be types");
    }
    Type* bt = b.as<Type>();
    for (uint32_t j = 0; j < i; j++)
      if (bases->items[j] == b) return raise(vm, vm.TypeError, "duplicate base class %N", bt->name);
    if (!(bt->tflags & kTypeBaseType))
      return raise(vm, vm.TypeError, "type '%N' is not an acceptable base type", bt->name);
    if (bt->layout == Layout::Exception) layout = Layout::Exception;
    if (bt->layout == Layout::Type) layout = Layout::Type;  // metaclasses: instances are classes
    if (bt->layout == Layout::Module) layout = Layout::Module;  // types.ModuleType subclasses
    if (!solid) solid = bt;
  }
  Type* mt = meta.as<Type>();
  auto* t = static_cast<Type*>(vm.heap.alloc(sizeof(Type), mt));
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  t->subclasses = Value::null();
  t->native_new = Value::null();
  t->layout = layout;
  extern void layout_hooks(Layout l, TraceFn & trace, FinalizeFn & fin);
  layout_hooks(layout, t->trace, t->finalize);
  t->name = name;
  t->qualname = name;
  t->bases = bases;
  t->base = solid;
  t->builtin_kind = solid->builtin_kind;
  t->tflags = kTypeHeap | kTypeBaseType;
  t->version = vm.next_type_version++;
  t->dict = dict_copy(vm, ns);
  if (!t->dict) return Value::null();
  // The builtin value a subclass of int/str/list/... wraps.
  for (uint32_t i = 0; i < bases->size && t->native_new.is_null(); i++)
    for (Type* b = bases->items[i].as<Type>(); b; b = b->base)
      if (!b->native_new.is_null()) { t->native_new = b->native_new; break; }
  if (failed(compute_mro(vm, t))) return Value::null();
  if (failed(apply_slots(vm, t))) return Value::null();
  auto* root = new Shape{};
  root->id = vm.next_shape_id++;
  vm.shapes.push_back(root);
  t->root_shape = root;
  Value qn = dict_get_str(t->dict, vm.s_qualname);
  if (!qn.is_null()) {
    if (!is_str(qn)) return raise(vm, vm.TypeError, "type __qualname__ must be a str, not %s", type_name(vm, qn));
    t->qualname = as_str(qn);
    (void)dict_del(vm, t->dict, Value::ptr(vm.s_qualname));
  }
  // Implicit staticmethod/classmethod wrapping.
  Value nf = dict_get_str(t->dict, vm.s_new);
  if (is_layout(nf, Layout::Function)) {
    Value w = wrap_in(vm, vm.staticmethod_type, nf);
    if (w.is_null() || failed(dict_set_str(vm, t->dict, vm.s_new, w))) return Value::null();
  }
  for (Str* cm : {vm.s_init_subclass, vm.s_class_getitem}) {
    Value f = dict_get_str(t->dict, cm);
    if (is_layout(f, Layout::Function)) {
      Value w = wrap_in(vm, vm.classmethod_type, f);
      if (w.is_null() || failed(dict_set_str(vm, t->dict, cm, w))) return Value::null();
    }
  }
  if (!dict_get_str(t->dict, vm.s_eq).is_null() && dict_get_str(t->dict, vm.s_hash).is_null())
    if (failed(dict_set_str(vm, t->dict, vm.s_hash, Value::none()))) return Value::null();
  if (dict_get_str(t->dict, vm.s_doc).is_null())
    if (failed(dict_set_str(vm, t->dict, vm.s_doc, Value::none()))) return Value::null();
  update_flags(vm, t);
  // Register with the bases for version invalidation.
  for (uint32_t i = 0; i < bases->size; i++) {
    Type* b = bases->items[i].as<Type>();
    if (b->subclasses.is_null()) {
      List* l = new_list(vm, 0);
      if (!l) return raise_no_memory(vm);
      b->subclasses = Value::ptr(l);
    }
    if (failed(list_append(vm, b->subclasses.as<List>(), Value::ptr(t)))) return Value::null();
  }
  // __classcell__
  Value cell = dict_get_str(t->dict, vm.s_classcell);
  if (!cell.is_null()) {
    if (is_layout(cell, Layout::Cell)) cell.as<Cell>()->value = Value::ptr(t);
    (void)dict_del(vm, t->dict, Value::ptr(vm.s_classcell));
  }
  // __set_name__
  {
    uint32_t pos = 0;
    Value k, v;
    RootVec items(vm);
    while (dict_next(t->dict, pos, k, v)) { items.v.push_back(k); items.v.push_back(v); }
    for (size_t i = 0; i < items.v.size(); i += 2) {
      Value vv = items.v[i + 1];
      Type* vt = type_of(vm, vv);
      if (!(vt->tflags & kTypeHeap) && vt != vm.property_type) continue;
      Value sn = type_lookup(vt, vm.s_set_name);
      if (sn.is_null()) continue;
      Value args[3] = {vv, Value::ptr(t), items.v[i]};
      if (call(vm, sn, args, 3).is_null()) {
        // CPython 3.11 wraps the error: RuntimeError "Error calling __set_name__ ..." from it.
        Value orig = vm.exc;
        if (orig.is_null() || !is_exception(vm, orig)) return Value::null();
        Root rorig(vm, orig);
        clear_exc(vm);
        raise(vm, vm.RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%N'", type_name(vm, vv),
              items.v[i], t->name);
        if (!vm.exc.is_null() && is_exception(vm, vm.exc)) {
          Exception* e = vm.exc.as<Exception>();
          e->cause = orig;
          e->context = orig;
          e->suppress_context = true;
          e->context_chained = true;
        }
        return Value::null();
      }
    }
  }
  // super().__init_subclass__(**kwargs)
  {
    Value isc = Value::null();
    for (uint32_t i = 1; i < t->mro->size; i++) {
      Value f = dict_get_str(t->mro->items[i].as<Type>()->dict, vm.s_init_subclass);
      if (!f.is_null()) { isc = f; break; }
    }
    if (!isc.is_null()) {
      Value bound = bind_descriptor(vm, isc, Value::null(), t);
      if (bound.is_null()) return bound;
      Root rbnd(vm, bound);
      Value r = call_ex(vm, bound, vm.empty_tuple, kwargs);
      if (r.is_null()) return r;
    }
  }
  return Value::ptr(t);
}

// ---------- construction ----------

static Value object_new_impl(VM& vm, Type* t) {
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) return new_instance(vm, t);
  if (t->layout == Layout::Object && t == vm.object_type) {
    Object* o = vm.heap.alloc(sizeof(Object), t);
    if (!o) return raise_no_memory(vm);
    return Value::ptr(o);
  }
  return raise(vm, vm.TypeError, "object.__new__(%N) is not safe, use %N.__new__()", t->name, t->name);
}

Value object_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.TypeError, "object.__new__(): not enough arguments");
  if (!is_layout(args[0], Layout::Type))
    return raise(vm, vm.TypeError, "object.__new__(X): X is not a type object (%s)", type_name(vm, args[0]));
  return object_new_impl(vm, args[0].as<Type>());
}

Value object_init(VM&, Value, Value*, size_t, Tuple*) { return Value::none(); }

// Wraps a builtin value in an instance of the heap subclass t.
static Value wrap_builtin_value(VM& vm, Type* t, Value v) {
  Root rv(vm, v);
  Value inst = new_instance(vm, t);
  if (inst.is_null()) return inst;
  inst.as<Instance>()->base_value = v;
  return inst;
}

// `__new__` of builtin types with a native constructor: cls.__new__(cls, *args)
Value builtin_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1 || !is_layout(args[0], Layout::Type))
    return raise(vm, vm.TypeError, "__new__(X): X is not a type object");
  Type* cls = args[0].as<Type>();
  Value nn = cls->native_new;
  if (nn.is_null()) return object_new_impl(vm, cls);
  Type* base = nn.as<Builtin>()->owner;
  Value v = nn.as<Builtin>()->fn(vm, Value::ptr(base), args + 1, nargs - 1, kwnames);
  if (v.is_null() || cls == base || !(cls->tflags & kTypeHeap)) return v;
  return wrap_builtin_value(vm, cls, v);
}

Value type_call(VM& vm, Type* t, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (t == vm.type_type && nargs == 1 && nkw == 0) return Value::ptr(type_of(vm, args[0]));
  if (t == vm.type_type && nargs != 3) return raise(vm, vm.TypeError, "type() takes 1 or 3 arguments");
  Root rt(vm, Value::ptr(t));
  Value newf = type_lookup(t, vm.s_new);
  Value obj;
  bool object_new_used = false;
  if (!(t->tflags & kTypeHeap) && !t->native_new.is_null()) {
    // Builtin type with a native constructor: it handles all arguments.
    Builtin* nn = t->native_new.as<Builtin>();
    if (nkw && !(nn->bflags & kBuiltinKeywords))
      return raise(vm, vm.TypeError, "%N() takes no keyword arguments", t->name);
    if (nn->max_args >= 0 && int64_t(nargs) > nn->max_args) {
      if (t == vm.int_type)  // argument clinic wording
        return raise(vm, vm.TypeError, "int() takes at most %d arguments (%zu given)", int(nn->max_args), nargs);
      return raise(vm, vm.TypeError, "%N%s expected at most %d argument%s, got %zu", t->name,
                   t == vm.super_type ? "()" : "", int(nn->max_args), nn->max_args == 1 ? "" : "s", nargs);
    }
    return nn->fn(vm, Value::ptr(t), args, nargs, kwnames);
  }
  if (is_layout(newf, Layout::Builtin) && newf.as<Builtin>()->fn == object_new) {
    object_new_used = true;
    if ((t->tflags & kTypeAbstract) || !dict_get_str(t->dict, vm.s_abstractmethods).is_null()) {
      Value am = type_lookup(t, vm.s_abstractmethods);
      if (!am.is_null() && truthy(vm, am) == 1) {
        Value lst = sequence_to_list(vm, am);
        if (lst.is_null()) return lst;
        Root rl(vm, lst);
        if (failed(list_sort(vm, lst.as<List>(), Value::null(), false))) return Value::null();
        std::string names;
        List* l = lst.as<List>();
        for (uint32_t i = 0; i < l->size; i++) {
          if (i) names += ", ";
          if (is_str(l->items[i])) names += as_str(l->items[i])->view();
        }
        return raise(vm, vm.TypeError, "Can't instantiate abstract class %N with abstract method%s %s", t->name,
                     l->size == 1 ? "" : "s", names.c_str());
      }
    }
    obj = object_new_impl(vm, t);
  } else if (is_layout(newf, Layout::Builtin) && newf.as<Builtin>()->fn == builtin_new) {
    obj = builtin_new(vm, Value::null(), nullptr, 0, nullptr);  // placeholder, replaced below
    clear_exc(vm);
    Value nn = t->native_new;
    if (nn.is_null()) {
      obj = object_new_impl(vm, t);
    } else {
      Type* base = nn.as<Builtin>()->owner;
      // Mutable containers are filled by __init__; immutable values take the arguments now.
      bool mutable_container = base == vm.list_type || base == vm.dict_type || base == vm.set_type ||
                               base == vm.bytearray_type || (base->tflags & kTypeInitFills);
      Value v = mutable_container ? nn.as<Builtin>()->fn(vm, Value::ptr(base), nullptr, 0, nullptr)
                                  : nn.as<Builtin>()->fn(vm, Value::ptr(base), args, nargs, kwnames);
      if (v.is_null()) return v;
      obj = wrap_builtin_value(vm, t, v);
      object_new_used = true;
    }
  } else {
    // User __new__ (a staticmethod in the class dict).
    Value f = newf;
    if (is_layout(f, Layout::Wrapper)) f = f.as<Wrapper>()->callable;
    RootVec buf(vm);
    buf.v.push_back(Value::ptr(t));
    for (size_t i = 0; i < nargs + nkw; i++) buf.v.push_back(args[i]);
    obj = call(vm, f, buf.v.data(), nargs + 1, kwnames);
  }
  if (obj.is_null()) return obj;
  if (!isinstance(vm, obj, t)) return obj;
  Root ro(vm, obj);
  Value initf = type_lookup(t, vm.s_init);
  if (is_layout(initf, Layout::Builtin) && initf.as<Builtin>()->fn == object_init) {
    if ((nargs || nkw) && object_new_used && t->native_new.is_null())
      return raise(vm, vm.TypeError, "%N() takes no arguments", t->name);
    return obj;
  }
  RootVec buf(vm);
  buf.v.push_back(obj);
  for (size_t i = 0; i < nargs + nkw; i++) buf.v.push_back(args[i]);
  Value r = call(vm, initf, buf.v.data(), nargs + 1, kwnames);
  if (r.is_null()) return r;
  if (!r.is_none()) return raise(vm, vm.TypeError, "__init__() should return None, not '%s'", type_name(vm, r));
  return obj;
}

// ---------- super ----------

Value super_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value cls, obj;
  if (nargs == 0) {
    if (!vm.super_hook || failed(vm.super_hook(vm, cls, obj))) {
      if (vm.exc.is_null()) raise(vm, vm.RuntimeError, "super(): no arguments");
      return Value::null();
    }
  } else {
    cls = args[0];
    obj = nargs > 1 ? args[1] : Value::null();
  }
  if (!is_layout(cls, Layout::Type))
    return raise(vm, vm.TypeError, "super() argument 1 must be a type, not %s", type_name(vm, cls));
  Type* obj_type = nullptr;
  if (!obj.is_null()) {
    if (is_layout(obj, Layout::Type) && is_subtype(obj.as<Type>(), cls.as<Type>())) obj_type = obj.as<Type>();
    else if (isinstance(vm, obj, cls.as<Type>())) obj_type = type_of(vm, obj);
    else return raise(vm, vm.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  Root rc(vm, cls), ro(vm, obj);
  auto* s = static_cast<Iter*>(vm.heap.alloc(sizeof(Iter), vm.super_type));
  if (!s) return raise_no_memory(vm);
  s->seq = cls;
  s->a = obj;
  s->b = obj_type ? Value::ptr(obj_type) : Value::null();
  s->c = Value::null();
  return Value::ptr(s);
}

static Value super_getattr(VM& vm, Iter* s, Str* name, bool suppress) {
  if (!s->b.is_null() && name != vm.s_class) {
    Type* start = s->seq.as<Type>();
    Type* ot = s->b.as<Type>();
    Tuple* mro = ot->mro;
    uint32_t i = 0;
    while (i < mro->size && mro->items[i].as_ptr() != start) i++;
    for (i++; i < mro->size; i++) {
      Value v = dict_get_str(mro->items[i].as<Type>()->dict, name);
      if (v.is_null()) continue;
      Value inst = s->a == s->b ? Value::null() : s->a;
      Root rv(vm, v);
      if (inst.is_null() && is_layout(v, Layout::Function)) return v;
      return bind_descriptor(vm, v, inst, ot);
    }
  }
  return generic_getattr(vm, Value::ptr(s), name, suppress);
}

}  // namespace taipan::runtime
