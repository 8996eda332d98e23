// Classes and instances: shapes (hidden classes), attribute lookup with descriptors, class
// creation (C3 MRO, __set_name__, __init_subclass__), instance construction, super(), and
// the methods of object and type.
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

static Value member_missing(VM& vm, Value obj, Str* name) {
  return raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", type_name(vm, obj), name);
}

// The member's value in `obj`, or null with AttributeError.
static Value member_get(VM& vm, Wrapper* m, Value obj) {
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

static Value type_getattr(VM& vm, Type* t, Str* name, bool suppress) {
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

static Value object_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) return raise(vm, vm.TypeError, "object.__new__(): not enough arguments");
  if (!is_layout(args[0], Layout::Type))
    return raise(vm, vm.TypeError, "object.__new__(X): X is not a type object (%s)", type_name(vm, args[0]));
  return object_new_impl(vm, args[0].as<Type>());
}

static Value object_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) { return Value::none(); }

// Wraps a builtin value in an instance of the heap subclass t.
static Value wrap_builtin_value(VM& vm, Type* t, Value v) {
  Root rv(vm, v);
  Value inst = new_instance(vm, t);
  if (inst.is_null()) return inst;
  inst.as<Instance>()->base_value = v;
  return inst;
}

// `__new__` of builtin types with a native constructor: cls.__new__(cls, *args)
static Value builtin_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
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

static Value super_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
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

// ---------- object and type methods ----------

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
