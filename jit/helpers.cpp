// Runtime helpers called from compiled code (see helpers.h for the convention). Each is a
// thin adapter from frame slots to the runtime function the interpreter's handler calls.
#include "jit/helpers.h"

#include "interp/generator.h"
#include "interp/opcodes.h"
#include "runtime/objects.h"

namespace taipan::jit {

using namespace runtime;
using interp::Frame;

namespace {

inline Str* name_at(Frame* f, uint32_t i) { return f->code->names->items[i].as<Str>(); }
inline int64_t put(Value* slot, Value v) {
  if (v.is_null()) return -1;
  *slot = v;
  return 0;
}

int64_t h_unbound_local(VM* vm, Frame* f, Value*, uint64_t arg) noexcept {
  raise(*vm, vm->UnboundLocalError, "cannot access local variable '%N' where it is not associated with a value",
        as_str(f->code->localsplusnames->items[arg]));
  return -1;
}
// 1: the program is to pause (cooperative running): compiled code leaves to the interpreter,
// which pauses at its next safe point.
int64_t h_safepoint(VM* vm, Frame*, Value*, uint64_t) noexcept {
  if (failed(vm_safepoint(*vm))) return -1;
  return vm->suspend_wanted && vm->can_suspend_hook && vm->can_suspend_hook(*vm) ? 1 : 0;
}
int64_t h_truthy(VM* vm, Frame*, Value* sp, uint64_t) noexcept { return truthy(*vm, sp[-1]); }
int64_t h_binary_op(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  bool inplace = arg >= 13;
  return put(&sp[-2], binary_op(*vm, sp[-2], sp[-1], BinOp(inplace ? arg - 13 : arg), inplace));
}
int64_t h_compare_op(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  return put(&sp[-2], compare(*vm, sp[-2], sp[-1], CmpOp(arg)));
}
int64_t h_contains_op(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  int r = contains(*vm, sp[-1], sp[-2]);
  if (r < 0) return -1;
  sp[-2] = Value::boolean(arg ? !r : r);
  return 0;
}
int64_t h_unary_negative(VM* vm, Frame*, Value* sp, uint64_t) noexcept { return put(&sp[-1], unary_neg(*vm, sp[-1])); }
int64_t h_unary_positive(VM* vm, Frame*, Value* sp, uint64_t) noexcept { return put(&sp[-1], unary_pos(*vm, sp[-1])); }
int64_t h_unary_invert(VM* vm, Frame*, Value* sp, uint64_t) noexcept { return put(&sp[-1], unary_invert(*vm, sp[-1])); }
int64_t h_unary_not(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  int t = truthy(*vm, sp[-1]);
  if (t < 0) return -1;
  sp[-1] = Value::boolean(!t);
  return 0;
}
int64_t h_binary_subscr(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  Value obj = sp[-2], key = sp[-1];
  if (is_exact(obj, vm->list_type) && key.is_small()) {
    List* l = obj.as<List>();
    int64_t i = key.as_small();
    if (i < 0) i += l->size;
    if (i >= 0 && i < int64_t(l->size)) {
      sp[-2] = l->items[i];
      return 0;
    }
  }
  return put(&sp[-2], getitem(*vm, obj, key));
}
int64_t h_store_subscr(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  Value key = sp[-1], obj = sp[-2], v = sp[-3];
  if (is_exact(obj, vm->list_type) && key.is_small()) {
    List* l = obj.as<List>();
    int64_t i = key.as_small();
    if (i < 0) i += l->size;
    if (i >= 0 && i < int64_t(l->size)) {
      l->items[i] = v;
      return 0;
    }
  }
  return failed(setitem(*vm, obj, key, v)) ? -1 : 0;
}
int64_t h_delete_subscr(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  return failed(delitem(*vm, sp[-2], sp[-1])) ? -1 : 0;
}
int64_t h_load_global(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  Str* name = name_at(f, arg >> 1);
  Value v = dict_get_str(f->globals, name);
  if (v.is_null()) v = dict_get_str(f->builtins, name);
  if (v.is_null()) {
    interp::load_name_error(*vm, name);
    return -1;
  }
  if (arg & 1) *sp++ = Value::null();
  *sp = v;
  return 0;
}
int64_t h_store_global(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return failed(dict_set_str(*vm, f->globals, name_at(f, arg), sp[-1])) ? -1 : 0;
}
int64_t h_load_name(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return put(sp, interp::load_name(*vm, f, name_at(f, arg)));
}
int64_t h_store_name(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return failed(interp::store_name(*vm, f, name_at(f, arg), sp[-1])) ? -1 : 0;
}
int64_t h_load_attr(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return put(&sp[-1], getattr(*vm, sp[-1], name_at(f, arg)));
}
int64_t h_store_attr(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return failed(setattr(*vm, sp[-1], name_at(f, arg), sp[-2])) ? -1 : 0;
}
int64_t h_load_method(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  Value obj = sp[-1];
  bool unbound;
  Value m = get_method(*vm, obj, name_at(f, arg), &unbound);
  if (m.is_null()) return -1;
  if (unbound) {
    sp[-1] = m;
    sp[0] = obj;
  } else {
    sp[-1] = Value::null();
    sp[0] = m;
  }
  return 0;
}
int64_t h_kw_names(VM*, Frame* f, Value*, uint64_t arg) noexcept {
  f->kwnames = f->code->consts->items[arg];
  return 0;
}
int64_t h_call(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  char probe;
  if (uintptr_t(&probe) < interp::interp_of(*vm).jit_call_floor) return kExitHere;
  Value* base = sp - arg - 2;
  Value callable;
  Value* args;
  size_t total;
  if (!base[0].is_null()) {
    callable = base[0];
    args = base + 1;
    total = arg + 1;
  } else {
    callable = base[1];
    args = base + 2;
    total = arg;
  }
  Tuple* kwnames = f->kwnames.is_null() ? nullptr : f->kwnames.as<Tuple>();
  f->kwnames = Value::null();
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nkw > total) {
    raise(*vm, vm->SystemError, "corrupt bytecode (CALL)");
    return -1;
  }
  if (is_layout(callable, Layout::Function))
    return put(base, interp::call_function_from_compiled(*vm, callable, args, total - nkw, kwnames));
  return put(base, call(*vm, callable, args, total - nkw, kwnames));
}
int64_t h_call_finish(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  return put(sp, interp::finish_compiled_entry(*vm, interp::interp_of(*vm).current));
}
int64_t h_get_iter(VM* vm, Frame*, Value* sp, uint64_t) noexcept { return put(&sp[-1], get_iter(*vm, sp[-1])); }
int64_t h_for_iter(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  Value it = sp[-1];
  if (is_exact(it, vm->range_iter_type)) {
    Iter* r = it.as<Iter>();
    if (r->index >= r->end) return 0;
    int64_t v = r->step * r->index++ + r->a.as_small();
    if (Value::fits_small(v)) {
      sp[0] = Value::small(v);
      return 1;
    }
    Value big = new_int(*vm, v);
    if (big.is_null()) return -1;
    sp[0] = big;
    return 1;
  }
  if (is_exact(it, vm->list_iter_type)) {
    Iter* li = it.as<Iter>();
    List* l = li->seq.is_null() ? nullptr : li->seq.as<List>();
    if (l && li->index < int64_t(l->size)) {
      sp[0] = l->items[li->index++];
      return 1;
    }
    return 0;
  }
  Value v;
  if (interp::is_generator(*vm, it)) {
    auto gr = interp::gen_resume(*vm, static_cast<interp::Generator*>(it.as_ptr()), Value::none(), false, &v);
    if (gr == interp::GenResult::Error) return -1;
    if (gr == interp::GenResult::Return) return 0;
  } else {
    v = iter_next(*vm, it);
    if (v.is_null()) return vm->exc.is_null() ? 0 : -1;
  }
  sp[0] = v;
  return 1;
}
int64_t h_build_tuple(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  return put(sp - arg, new_tuple_from(*vm, sp - arg, arg));
}
int64_t h_build_list(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  return put(sp - arg, new_list_from(*vm, sp - arg, arg));
}
int64_t h_list_append(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  Value l = sp[-ptrdiff_t(arg) - 1];
  if (!is_list(l)) {
    raise(*vm, vm->SystemError, "corrupt bytecode (LIST_APPEND)");
    return -1;
  }
  return failed(list_append(*vm, l.as<List>(), sp[-1])) ? -1 : 0;
}
int64_t h_unpack_sequence(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  Value seq = sp[-1];
  if (is_exact(seq, vm->tuple_type) && seq.as<Tuple>()->size == arg) {
    Tuple* t = seq.as<Tuple>();
    for (uint32_t i = 0; i < arg; i++) sp[-1 + ptrdiff_t(i)] = t->items[arg - 1 - i];
    return 0;
  }
  if (is_exact(seq, vm->list_type) && seq.as<List>()->size == arg) {
    List* l = seq.as<List>();
    Value* items = l->items;
    for (uint32_t i = 0; i < arg; i++) sp[-1 + ptrdiff_t(i)] = items[arg - 1 - i];
    return 0;
  }
  return failed(interp::unpack_iterable(*vm, seq, int(arg), -1, sp - 1 + arg)) ? -1 : 0;
}
int64_t h_load_deref(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  return put(sp, interp::load_deref(*vm, f, arg));
}
int64_t h_store_deref(VM* vm, Frame* f, Value* sp, uint64_t arg) noexcept {
  Value c = f->localsplus[arg];
  if (!is_layout(c, Layout::Cell)) {
    raise(*vm, vm->SystemError, "corrupt bytecode (STORE_DEREF)");
    return -1;
  }
  c.as<Cell>()->value = sp[-1];
  return 0;
}
int64_t h_get_len(VM* vm, Frame*, Value* sp, uint64_t) noexcept {
  int64_t n;
  if (failed(length(*vm, sp[-1], n))) return -1;
  return put(sp, new_int(*vm, n));
}

int64_t h_load_attr_pic(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  auto* pic = reinterpret_cast<AttrPic*>(arg);
  Value obj = sp[-1];
  // The interpreter's LOAD_ATTR caching rule: a plain instance attribute in the shape that
  // no data descriptor on the type can shadow.
  if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance &&
      !(obj.as_ptr()->type->tflags & (kTypeHasGetattribute | kTypeHasDescr))) {
    Instance* o = obj.as<Instance>();
    int idx = o->shape && o->type->version ? shape_find(o->shape, pic->name) : -1;
    if (idx >= 0) {
      Value d = type_lookup(o->type, pic->name);
      if (d.is_null() || (!is_exact(d, vm->property_type) && !(type_of(*vm, d)->tflags & kTypeHeap))) {
        uint32_t w = pic->next++ % AttrPic::kWays;
        pic->version[w] = o->type->version;
        pic->shape[w] = o->shape->id;
        pic->index[w] = uint32_t(idx);
        sp[-1] = o->slots[idx];
        return 0;
      }
    }
  }
  return put(&sp[-1], getattr(*vm, obj, pic->name));
}
int64_t h_store_attr_pic(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  auto* pic = reinterpret_cast<AttrPic*>(arg);
  Value obj = sp[-1], v = sp[-2];
  if (obj.is_ptr() && obj.as_ptr()->type->layout == Layout::Instance &&
      !(obj.as_ptr()->type->tflags & (kTypeHasSetattr | kTypeHasDescr))) {
    Instance* o = obj.as<Instance>();
    int idx = o->shape && o->type->version ? shape_find(o->shape, pic->name) : -1;
    Value d = idx >= 0 ? type_lookup(o->type, pic->name) : Value::null();
    if (idx >= 0 && (d.is_null() || is_member(*vm, d))) {
      uint32_t w = pic->next++ % AttrPic::kWays;
      pic->version[w] = o->type->version;
      pic->shape[w] = o->shape->id;
      pic->index[w] = uint32_t(idx);
      o->slots[idx] = v;
      return 0;
    }
  }
  return failed(setattr(*vm, obj, pic->name, v)) ? -1 : 0;
}
int64_t h_load_method_pic(VM* vm, Frame*, Value* sp, uint64_t arg) noexcept {
  auto* pic = reinterpret_cast<MethodPic*>(arg);
  Value obj = sp[-1];
  Type* t = type_of(*vm, obj);
  // The interpreter's LOAD_METHOD caching rule.
  bool cacheable = t->version && !(t->tflags & kTypeHasGetattribute) && t->layout != Layout::Type &&
                   t->layout != Layout::Module;
  uint32_t sid = 0;
  if (obj.is_ptr() && (t->layout == Layout::Instance || t->layout == Layout::Exception)) {
    Shape* sh = obj.as<Instance>()->shape;
    if (sh) sid = sh->id;
    else cacheable = false;
  }
  uint32_t version = t->version;
  bool unbound;
  Value m = get_method(*vm, obj, pic->name, &unbound);
  if (m.is_null()) return -1;
  if (unbound) {
    if (cacheable) {
      uint32_t w = pic->next++ % MethodPic::kWays;
      pic->version[w] = version;
      pic->shape[w] = sid;
      pic->method[w] = m;
    }
    sp[-1] = m;
    sp[0] = obj;
  } else {
    sp[-1] = Value::null();
    sp[0] = m;
  }
  return 0;
}

}  // namespace

const HelperFn kHelpers[] = {
#define X(name) &h_##name,
    TAIPAN_JIT_HELPERS(X)
#undef X
};
const char* const kHelperNames[] = {
#define X(name) #name,
    TAIPAN_JIT_HELPERS(X)
#undef X
};

}  // namespace taipan::jit
