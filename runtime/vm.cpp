// VM construction (bootstrapping the type objects), root visiting, interning, raising.
#include "runtime/vm.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/objects.h"

namespace taipan::runtime {

void install_builtin_new(VM& vm);  // type.cpp
void init_safepoints(VM& vm);      // safepoint.cpp
void fini_safepoints(VM& vm);

// ---------- tracing and finalization, one function per layout ----------
namespace {

void trace_none(Object*, Marker&) {}

void trace_type(Object* o, Marker& m) {
  auto* t = static_cast<Type*>(o);
  m.mark_obj(t->name);
  m.mark_obj(t->qualname);
  m.mark_obj(t->bases);
  m.mark_obj(t->mro);
  m.mark_obj(t->dict);
  m.mark_obj(t->base);
  m.mark(t->subclasses);
  m.mark(t->native_new);
}
void trace_tuple(Object* o, Marker& m) {
  auto* t = static_cast<Tuple*>(o);
  for (uint32_t i = 0; i < t->size; i++) m.mark(t->items[i]);
}
void trace_list(Object* o, Marker& m) {
  auto* l = static_cast<List*>(o);
  for (uint32_t i = 0; i < l->size; i++) m.mark(l->items[i]);
}
void trace_dict(Object* o, Marker& m) {
  auto* d = static_cast<Dict*>(o);
  for (uint32_t i = 0; i < d->nentries; i++) {
    if (d->entries[i].value.is_null()) continue;
    m.mark(d->entries[i].key);
    m.mark(d->entries[i].value);
  }
}
void trace_set(Object* o, Marker& m) {
  auto* s = static_cast<Set*>(o);
  if (!s->table) return;
  for (uint32_t i = 0; i <= s->mask; i++) m.mark(s->table[i].key);
}
void trace_slice(Object* o, Marker& m) {
  auto* s = static_cast<Slice*>(o);
  m.mark(s->start); m.mark(s->stop); m.mark(s->step);
}
void trace_range(Object* o, Marker& m) { m.mark(static_cast<Range*>(o)->big); }
void trace_cell(Object* o, Marker& m) { m.mark(static_cast<Cell*>(o)->value); }
void trace_code(Object* o, Marker& m) {
  auto* c = static_cast<Code*>(o);
  m.mark(c->co_code);
  m.mark_obj(c->consts); m.mark_obj(c->names); m.mark_obj(c->localsplusnames);
  m.mark_obj(c->localspluskinds); m.mark_obj(c->filename); m.mark_obj(c->name);
  m.mark_obj(c->qualname); m.mark_obj(c->linetable); m.mark_obj(c->exceptiontable);
  for (uint32_t i = 0; i < c->nicache; i++) m.mark(c->icache[i].value);
}
void trace_function(Object* o, Marker& m) {
  auto* f = static_cast<Function*>(o);
  m.mark_obj(f->code); m.mark_obj(f->globals); m.mark_obj(f->builtins);
  m.mark(f->name); m.mark(f->qualname); m.mark(f->doc); m.mark(f->module);
  m.mark(f->defaults); m.mark(f->kwdefaults); m.mark(f->closure);
  m.mark(f->annotations); m.mark(f->dict);
}
void trace_method(Object* o, Marker& m) {
  auto* b = static_cast<Method*>(o);
  m.mark(b->func); m.mark(b->self);
}
void trace_builtin(Object* o, Marker& m) {
  auto* b = static_cast<Builtin*>(o);
  m.mark_obj(b->name); m.mark(b->self); m.mark_obj(b->owner); m.mark(b->doc);
}
void trace_module(Object* o, Marker& m) {
  auto* md = static_cast<Module*>(o);
  m.mark_obj(md->name); m.mark_obj(md->dict);
}
void trace_instance(Object* o, Marker& m) {
  auto* in = static_cast<Instance*>(o);
  if (in->shape)
    for (uint32_t i = 0; i < in->shape->count; i++) m.mark(in->slots[i]);
  m.mark_obj(in->dict);
  m.mark(in->base_value);
}
void trace_exception(Object* o, Marker& m) {
  trace_instance(o, m);
  auto* e = static_cast<Exception*>(o);
  m.mark(e->args); m.mark(e->traceback); m.mark(e->cause); m.mark(e->context); m.mark(e->notes);
  m.mark(e->group_message); m.mark(e->group_exceptions);
}
void trace_traceback(Object* o, Marker& m) {
  auto* t = static_cast<Traceback*>(o);
  m.mark(t->next); m.mark_obj(t->code); m.mark(t->frame_globals);
}
void trace_property(Object* o, Marker& m) {
  auto* p = static_cast<Property*>(o);
  m.mark(p->fget); m.mark(p->fset); m.mark(p->fdel); m.mark(p->doc); m.mark(p->name);
}
void trace_wrapper(Object* o, Marker& m) {
  auto* w = static_cast<Wrapper*>(o);
  m.mark(w->callable); m.mark(w->dict);
}
void trace_iter(Object* o, Marker& m) {
  auto* it = static_cast<Iter*>(o);
  m.mark(it->seq); m.mark(it->a); m.mark(it->b); m.mark(it->c);
}

void fin_list(VM& vm, Object* o) {
  auto* l = static_cast<List*>(o);
  vm.heap.external_free(l->items, l->cap * sizeof(Value));
}
void fin_bytearray(VM& vm, Object* o) {
  auto* b = static_cast<ByteArray*>(o);
  vm.heap.external_free(b->data, b->cap);
}
void fin_dict(VM& vm, Object* o) {
  auto* d = static_cast<Dict*>(o);
  vm.heap.external_free(d->entries, d->cap * sizeof(DictEntry));
  vm.heap.external_free(d->index, d->index_size * sizeof(int32_t));
}
void fin_set(VM& vm, Object* o) {
  auto* s = static_cast<Set*>(o);
  if (s->table && s->table != s->small) vm.heap.external_free(s->table, (s->mask + 1) * sizeof(SetEntry));
}
void fin_code(VM&, Object* o) {
  auto* c = static_cast<Code*>(o);
  std::free(c->code);
  std::free(c->exc_entries);
  std::free(c->cell2arg);
  std::free(c->icache);
}
void fin_instance(VM& vm, Object* o) {
  auto* in = static_cast<Instance*>(o);
  vm.heap.external_free(in->slots, in->nslots_cap * sizeof(Value));
}

}  // namespace

void layout_hooks(Layout l, TraceFn& trace, FinalizeFn& fin) {
  fin = nullptr;
  switch (l) {
    case Layout::Object: trace = trace_none; break;
    case Layout::Type: trace = trace_type; break;
    case Layout::Long: trace = trace_leaf; break;
    case Layout::Str: trace = trace_leaf; break;
    case Layout::Bytes: trace = trace_leaf; break;
    case Layout::ByteArray: trace = trace_none; fin = fin_bytearray; break;
    case Layout::Tuple: trace = trace_tuple; break;
    case Layout::List: trace = trace_list; fin = fin_list; break;
    case Layout::Dict: trace = trace_dict; fin = fin_dict; break;
    case Layout::Set: trace = trace_set; fin = fin_set; break;
    case Layout::Range: trace = trace_range; break;
    case Layout::Slice: trace = trace_slice; break;
    case Layout::Cell: trace = trace_cell; break;
    case Layout::Code: trace = trace_code; fin = fin_code; break;
    case Layout::Function: trace = trace_function; break;
    case Layout::Method: trace = trace_method; break;
    case Layout::Builtin: trace = trace_builtin; break;
    case Layout::Module: trace = trace_module; break;
    case Layout::Instance: trace = trace_instance; fin = fin_instance; break;
    case Layout::Exception: trace = trace_exception; fin = fin_instance; break;
    case Layout::Traceback: trace = trace_traceback; break;
    case Layout::Property: trace = trace_property; break;
    case Layout::Wrapper: trace = trace_wrapper; break;
    case Layout::Iter: trace = trace_iter; break;
    case Layout::Opaque: trace = trace_none; break;  // owners install their own
  }
}

// ---------- bootstrap ----------

static Type* alloc_type(VM& vm, Layout layout) {
  auto* t = static_cast<Type*>(vm.heap.alloc(sizeof(Type), vm.type_type));
  t->layout = layout;
  layout_hooks(layout, t->trace, t->finalize);
  t->subclasses = Value::null();
  t->native_new = Value::null();
  return t;
}

// Fills in name, dict, bases and MRO of a builtin type whose base chain is single.
static void finish_type(VM& vm, Type* t, const char* name, Type* base) {
  Root keep(vm, Value::ptr(t));
  t->name = vm.intern(name);
  t->qualname = t->name;
  t->base = base;
  t->version = vm.next_type_version++;
  t->dict = new_dict(vm);
  size_t depth = 1;
  for (Type* b = base; b; b = b->base) depth++;
  Tuple* mro = new_tuple(vm, depth);
  size_t i = 0;
  for (Type* b = t; b; b = b->base) mro->items[i++] = Value::ptr(b);
  t->mro = mro;
  if (base) {
    Tuple* bases = new_tuple(vm, 1);
    bases->items[0] = Value::ptr(base);
    t->bases = bases;
  } else {
    t->bases = static_cast<Tuple*>(vm.empty_tuple.as_ptr());
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Exception) {
    auto* root = new Shape{};
    root->id = vm.next_shape_id++;
    vm.shapes.push_back(root);
    t->root_shape = root;
  }
}

Type* new_builtin_type(VM& vm, const char* name, Layout layout, Type* base, bool basetype) {
  Type* t = alloc_type(vm, layout);
  finish_type(vm, t, name, base);
  t->tflags = basetype ? kTypeBaseType : 0;
  return t;
}

VM::VM(const Options& opts) : heap(*this), options(opts) {
  recursion_limit = opts.recursion_limit;
  heap.enabled = false;
  // type and object first: the type of every type is `type`.
  type_type = static_cast<Type*>(heap.alloc(sizeof(Type), nullptr));
  type_type->type = type_type;
  type_type->layout = Layout::Type;
  layout_hooks(Layout::Type, type_type->trace, type_type->finalize);
  type_type->subclasses = type_type->native_new = Value::null();
#define X(field, name, layout) \
  if (!field) field = alloc_type(*this, Layout::layout);
  TAIPAN_BUILTIN_TYPES(X)
#undef X
  // The empty tuple is needed by finish_type; make it by hand.
  empty_tuple = Value::ptr(heap.alloc(sizeof(Tuple), tuple_type));
  empty_tuple.as<Tuple>()->hash = -1;
#define X(field, name, layout) \
  finish_type(*this, field, name, field == object_type ? nullptr : object_type);
  TAIPAN_BUILTIN_TYPES(X)
#undef X
  // bool derives from int.
  bool_type->base = int_type;
  {
    Tuple* mro = new_tuple(*this, 3);
    mro->items[0] = Value::ptr(bool_type);
    mro->items[1] = Value::ptr(int_type);
    mro->items[2] = Value::ptr(object_type);
    bool_type->mro = mro;
    Tuple* bases = new_tuple(*this, 1);
    bases->items[0] = Value::ptr(int_type);
    bool_type->bases = bases;
  }
  for (Type* t : {object_type, int_type, float_type, str_type, bytes_type, bytearray_type, tuple_type,
                  list_type, dict_type, set_type, frozenset_type, type_type, property_type,
                  classmethod_type, staticmethod_type, super_type, module_type})
    t->tflags |= kTypeBaseType;
  // Exceptions.
#define X(field, name, base)                                         \
  field = alloc_type(*this, Layout::Exception);                      \
  finish_type(*this, field, name, base);                             \
  field->tflags |= kTypeBaseType;
  TAIPAN_EXCEPTIONS(X)
#undef X
  // taipan.Interrupted: exceeded budgets (runtime/safepoint.cpp). Not a builtin name.
  Interrupted = alloc_type(*this, Layout::Exception);
  finish_type(*this, Interrupted, "Interrupted", BaseException);
  Interrupted->tflags |= kTypeBaseType;
  // Names.
#define X(field, text) field = intern(text);
  TAIPAN_NAMES(X)
#undef X
  {
    int i = 0;
#define X(n, sym, d, r, ip) \
  binop_names[i][0] = intern(d); binop_names[i][1] = intern(r); binop_names[i][2] = intern(ip); i++;
    TAIPAN_BINOPS(X)
#undef X
    const char* cmps[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int k = 0; k < 6; k++) cmp_names[k] = intern(cmps[k]);
  }
  not_implemented = Value::ptr(heap.alloc(sizeof(Object), notimpl_type));
  ellipsis = Value::ptr(heap.alloc(sizeof(Object), ellipsis_type));
  modules = new_dict(*this);
  init_object(*this);
  init_int(*this);
  init_float(*this);
  init_complex(*this);
  init_str(*this);
  init_bytes(*this);
  init_tuple_list(*this);
  init_dict(*this);
  init_set(*this);
  init_misc(*this);
  init_exceptions(*this);
  memory_error = new_exception(*this, MemoryError, empty_tuple);
  init_builtins(*this);
  init_memoryview(*this);
  init_sys(*this);
  init_math(*this);
  init_time(*this);
  init_itertools(*this);
  init_collections(*this);
  init_struct(*this);
  init_functools(*this);
  init_thread(*this);
  init_weakref(*this);
  init_union(*this);
  init_sre(*this);
  init_string(*this);
  init_random(*this);
  init_posix(*this);
  init_operator(*this);
  init_atexit(*this);
  init_gc(*this);
  init_select(*this);
  init_signal(*this);
  init_socket(*this);
  init_posixsubprocess(*this);
  init_codecs(*this);
  init_contextvars(*this);
  init_cmath(*this);
  init_csv(*this);
  init_ast(*this);
  init_warnings(*this);
  init_binascii(*this);
  init_array(*this);
  init_hashes(*this);
  init_sha3(*this);
  init_blake2(*this);
  init_heapq(*this);
  init_bisect(*this);
#ifdef TAIPAN_HAVE_ZLIB
  init_zlib(*this);  // modules/zlib.cpp, over the system zlib (not in WebAssembly builds)
#endif
  init_taipan_module(*this);
#ifdef __EMSCRIPTEN__
  init_js_module(*this);  // web/js_module.cpp
#endif
  install_builtin_new(*this);
  init_io(*this);  // after install_builtin_new: it builds _io, whose types use the generic __new__
  init_sys_module_names(*this);  // last: lists every native module registered above
  // Initialisation writes type dicts directly; start every lookup cache afresh.
#define X(field, name, layout) field->lookup_version = 0;
  TAIPAN_BUILTIN_TYPES(X)
#undef X
#define X(field, name, base) field->lookup_version = 0;
  TAIPAN_EXCEPTIONS(X)
#undef X
  heap.enabled = true;
  heap.cap = opts.max_heap;
  heap.gc_stress = opts.gc_stress;
  (void)dict_set_str(*this, Interrupted->dict, s_module, Value::ptr(intern("taipan")));
  init_safepoints(*this);
}

VM::~VM() {
  fini_safepoints(*this);
  for (Shape* s : shapes) {
    std::free(s->children);
    delete s;
  }
}

void VM::visit_roots(Marker& m) {
#define X(field, name, layout) m.mark_obj(field);
  TAIPAN_BUILTIN_TYPES(X)
#undef X
#define X(field, name, base) m.mark_obj(field);
  TAIPAN_EXCEPTIONS(X)
#undef X
  m.mark_obj(Interrupted);
  for (auto& kv : interned) m.mark_obj(kv.second);
  m.mark(not_implemented);
  m.mark(ellipsis);
  m.mark(memory_error);
  m.mark(empty_tuple);
  m.mark_obj(builtins);
  m.mark_obj(sys);
  m.mark_obj(modules);
  m.mark(sys_path);
  m.mark(exc);
  m.mark(exc_info);
  m.mark(atexit_callbacks);
  m.mark(context);
  m.mark(codec_registry);
  m.mark(warnings_state);
  m.mark(asyncgen_hooks);
  for (Value v : repr_stack) m.mark(v);
  for (Root* r = roots; r; r = r->prev_) m.mark(r->value);
  for (RootVec* r = rootvecs; r; r = r->prev_)
    for (Value v : r->v) m.mark(v);
  for (RootArray* r = rootarrays; r; r = r->prev_)
    for (size_t i = 0; i < r->n; i++) m.mark(r->items[i]);
  for (auto& [fn, ctx] : root_visitors) fn(*this, m, ctx);
}

RootVec::RootVec(VM& vm) : vm_(vm), prev_(vm.rootvecs) { vm.rootvecs = this; }
RootVec::~RootVec() { vm_.rootvecs = prev_; }

Str* VM::intern(std::string_view s) {
  auto it = interned.find(s);
  if (it != interned.end()) return it->second;
  Value v = new_str(*this, s);
  if (v.is_null()) return nullptr;
  Str* str = as_str(v);
  str->interned = 1;
  interned.emplace(str->view(), str);
  return str;
}

Str* VM::intern(Str* s) {
  if (s->interned) return s;
  auto it = interned.find(s->view());
  if (it != interned.end()) return it->second;
  s->interned = 1;
  interned.emplace(s->view(), s);
  return s;
}

// ---------- raising ----------

Value raise_value(VM& vm, Value exc) {
  if (exc.is_ptr() && exc.as_ptr()->type == vm.type_type) {
    Root t(vm, exc);
    exc = call0(vm, exc);
    if (exc.is_null()) return Value::null();
  }
  vm.exc = exc;
  return Value::null();
}

Value raise_no_memory(VM& vm) {
  vm.exc = vm.memory_error;
  return Value::null();
}

static void append_value(VM& vm, std::string& out, Value v, char conv) {
  Value s = conv == 'R' ? repr(vm, v) : str(vm, v);
  if (s.is_null()) {
    clear_exc(vm);
    out += "<?>";
    return;
  }
  out += as_str(s)->view();
}

Value raise(VM& vm, Type* type, const char* fmt, ...) {
  std::string msg;
  va_list ap;
  va_start(ap, fmt);
  for (const char* p = fmt; *p; p++) {
    if (*p != '%') { msg += *p; continue; }
    p++;
    char buf[64];
    switch (*p) {
      case 's': msg += va_arg(ap, const char*); break;
      case 'd': snprintf(buf, sizeof buf, "%d", va_arg(ap, int)); msg += buf; break;
      case 'c': msg += char(va_arg(ap, int)); break;
      case 'x': snprintf(buf, sizeof buf, "%x", va_arg(ap, unsigned)); msg += buf; break;
      case 'u': snprintf(buf, sizeof buf, "%u", va_arg(ap, unsigned)); msg += buf; break;
      case 'l':
        if (p[1] == 'd') { p++; snprintf(buf, sizeof buf, "%lld", (long long)va_arg(ap, long)); msg += buf; }
        break;
      case 'z':
        if (p[1] == 'u') { p++; snprintf(buf, sizeof buf, "%zu", va_arg(ap, size_t)); msg += buf; }
        break;
      case 'R': case 'S': {
        Value v = va_arg(ap, Value);
        append_value(vm, msg, v, *p);
        break;
      }
      case 'T': msg += type_name(vm, va_arg(ap, Value)); break;
      case 'N': msg += va_arg(ap, Str*)->view(); break;
      case '%': msg += '%'; break;
      default: msg += '%'; msg += *p; break;
    }
  }
  va_end(ap);
  Value e = new_exception_msg(vm, type, msg);
  if (e.is_null()) return Value::null();
  vm.exc = e;
  return Value::null();
}

bool exc_matches(VM& vm, Type* type) {
  return !vm.exc.is_null() && isinstance(vm, vm.exc, type);
}

void clear_exc(VM& vm) { vm.exc = Value::null(); }

}  // namespace taipan::runtime
