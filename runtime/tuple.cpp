// tuple: construction, indexing, comparison, CPython's exact tuple hash, repr and methods.
//
// Tuples keep their items inline (object.h) and never change after construction, so their
// items are reachable (rooted) whenever the tuple is, and item pointers stay valid across
// Python code. The empty tuple is the one vm.empty_tuple.
#include <algorithm>
#include <cstring>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

static constexpr size_t kMaxTupleSize = size_t(1) << 31;

Tuple* tuple_unwrap(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Tuple) return static_cast<Tuple*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_tuple(b)) return b.as<Tuple>();
  }
  return nullptr;
}

Tuple* new_tuple(VM& vm, size_t n) {
  if (n == 0 && !vm.empty_tuple.is_null()) return vm.empty_tuple.as<Tuple>();
  if (n > kMaxTupleSize) return nullptr;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  auto* t = static_cast<Tuple*>(vm.heap.alloc(offsetof(Tuple, items) + n * sizeof(Value), vm.tuple_type));
#pragma GCC diagnostic pop
  if (!t) return nullptr;
  t->hash = -1;
  t->size = uint32_t(n);
  for (size_t i = 0; i < n; i++) t->items[i] = Value::none();
  return t;
}

Value new_tuple_from(VM& vm, const Value* items, size_t n) {
  if (n == 0) return vm.empty_tuple;
  PinArray pin(vm, items, n);
  Tuple* t = new_tuple(vm, n);
  if (!t) return raise_no_memory(vm);
  for (size_t i = 0; i < n; i++) t->items[i] = pin.get(i);  // `items` may have been freed
  return Value::ptr(t);
}

// ---------- indexing ----------

Value tuple_getitem(VM& vm, Tuple* t, Value key) {
  if (key.is_small()) {
    int64_t i = key.as_small();
    if (i < 0) i += t->size;
    if (i < 0 || i >= int64_t(t->size)) return raise(vm, vm.IndexError, "tuple index out of range");
    return t->items[i];
  }
  if (is_layout(key, Layout::Slice)) {
    Root rt(vm, Value::ptr(t));
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), t->size, start, stop, step, n))) return Value::null();
    if (step == 1 && n == int64_t(t->size)) return Value::ptr(t);
    Tuple* r = new_tuple(vm, size_t(n));
    if (!r) return raise_no_memory(vm);
    if (step == 1) std::memcpy(static_cast<void*>(r->items), t->items + start, size_t(n) * sizeof(Value));
    else
      for (int64_t k = 0; k < n; k++) r->items[k] = t->items[start + k * step];
    return Value::ptr(r);
  }
  int64_t i;
  if (failed(seq_index(vm, key, "tuple", i))) return Value::null();
  if (i < 0) i += t->size;
  if (i < 0 || i >= int64_t(t->size)) return raise(vm, vm.IndexError, "tuple index out of range");
  return t->items[i];
}

// ---------- comparison, repr, hash ----------

Value sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CmpOp op) {
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && na != nb) return Value::boolean(op == CmpOp::Ne);
  RecursionGuard guard(vm);
  if (!guard.enter(" in comparison")) return Value::null();
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    Value x = a[i], y = b[i];
    if (x == y) continue;
    if (x.is_small() && y.is_small()) break;
    int r = eq(vm, x, y);
    if (r < 0) return Value::null();
    if (!r) break;
  }
  if (i >= na || i >= nb) return cmp_sizes(na, nb, op);
  if (op == CmpOp::Eq) return Value::false_();
  if (op == CmpOp::Ne) return Value::true_();
  return compare(vm, a[i], b[i], op);
}

Value tuple_compare(VM& vm, Tuple* a, Value other, CmpOp op) {
  Tuple* b = tuple_unwrap(other);
  if (!b) return vm.not_implemented;
  Root ra(vm, Value::ptr(a)), rb(vm, Value::ptr(b));
  return sequence_compare(vm, a->items, a->size, b->items, b->size, op);
}

Value tuple_repr(VM& vm, Tuple* t) { return seq_repr(vm, Value::ptr(t)); }

// A value whose hash can never change, so a tuple made only of such values may cache its hash.
static bool hash_is_stable(VM& vm, Value v) {
  if (!v.is_ptr()) return true;
  Type* t = v.as_ptr()->type;
  if (t == vm.str_type || t == vm.int_type || t == vm.bytes_type) return true;
  return t == vm.tuple_type && v.as<Tuple>()->hash != -1;
}

// CPython 3.11's tuplehash: xxHash's round over the item hashes (64-bit lanes).
Status tuple_hash(VM& vm, Tuple* t, int64_t& out) {
  if (t->hash != -1) {
    out = t->hash;
    return Status::Ok;
  }
  constexpr uint64_t kPrime1 = 11400714785074694791ULL, kPrime2 = 14029467366897019727ULL,
                     kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  bool stable = true;
  for (uint32_t i = 0; i < t->size; i++) {
    Value item = t->items[i];
    int64_t h;
    if (failed(hash(vm, item, h))) return Status::Error;
    stable = stable && hash_is_stable(vm, item);
    acc += uint64_t(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += uint64_t(t->size) ^ (kPrime5 ^ 3527539ULL);
  if (acc == uint64_t(-1)) acc = 1546275796;
  out = int64_t(acc);
  if (stable) t->hash = out;
  return Status::Ok;
}

// ---------- methods ----------

static Tuple* T(Value v) { return v.as<Tuple>(); }

static Value t_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(vm, vm.TypeError, "tuple expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return vm.empty_tuple;
  Value src = args[0];
  if (is_tuple(src)) {  // an exact tuple is returned as is; a native subtype's (struct_time) is copied
    if (src.as_ptr()->type == vm.tuple_type) return src;
    return new_tuple_from(vm, src.as<Tuple>()->items, src.as<Tuple>()->size);
  }
  if (is_list(src)) return new_tuple_from(vm, src.as<List>()->items, src.as<List>()->size);
  Value l = sequence_to_list(vm, src);
  if (l.is_null()) return l;
  Root rl(vm, l);
  return new_tuple_from(vm, l.as<List>()->items, l.as<List>()->size);
}

static Value t_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(T(self)->size); }
static Value t_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) { return tuple_getitem(vm, T(self), args[0]); }
static Value t_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Tuple* t = T(self);
  for (uint32_t i = 0; i < t->size; i++) {
    int r = seq_item_eq(vm, t->items[i], args[0]);
    if (r) return r < 0 ? Value::null() : Value::true_();
  }
  return Value::false_();
}
static Value t_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.tuple_iter_type, self); }
static Value t_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(tuple_hash(vm, T(self), h))) return Value::null();
  return new_int(vm, h);
}
#define TUPLE_CMP(op)                                                         \
  static Value t_cmp_##op(VM& vm, Value self, Value* args, size_t, Tuple*) { \
    return tuple_compare(vm, T(self), args[0], CmpOp::op);                   \
  }
TUPLE_CMP(Lt) TUPLE_CMP(Le) TUPLE_CMP(Eq) TUPLE_CMP(Ne) TUPLE_CMP(Gt) TUPLE_CMP(Ge)
#undef TUPLE_CMP

static Value t_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Tuple* b = tuple_unwrap(args[0]);
  if (!b) {
    if (seq_concat_other(vm, args[0], BinOp::Add)) return vm.not_implemented;
    return raise(vm, vm.TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(vm, args[0]));
  }
  Tuple* a = T(self);
  if (b->size == 0) return self;
  if (a->size == 0 && is_tuple(args[0])) return args[0];
  Root ra(vm, self), rb(vm, Value::ptr(b));
  Tuple* r = new_tuple(vm, size_t(a->size) + b->size);
  if (!r) return raise_no_memory(vm);
  std::memcpy(static_cast<void*>(r->items), a->items, a->size * sizeof(Value));
  std::memcpy(static_cast<void*>(r->items + a->size), b->items, b->size * sizeof(Value));
  return Value::ptr(r);
}
static Value t_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int64_t n;
  int ok = seq_repeat_count(vm, args[0], n);
  if (ok <= 0) return ok < 0 ? Value::null() : vm.not_implemented;
  Tuple* a = T(self);
  size_t size = a->size;
  if (size == 0 || n == 1) return self;
  if (n == 0) return vm.empty_tuple;
  if (uint64_t(n) > kMaxTupleSize / size) return raise_no_memory(vm);
  Root ra(vm, self);
  Tuple* r = new_tuple(vm, size * size_t(n));
  if (!r) return raise_no_memory(vm);
  for (int64_t k = 0; k < n; k++) std::memcpy(static_cast<void*>(r->items + k * size), a->items, size * sizeof(Value));
  return Value::ptr(r);
}
static Value t_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return tuple_repr(vm, T(self)); }
static Value t_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Tuple* t = T(self);
  int64_t c = 0;
  for (uint32_t i = 0; i < t->size; i++) {
    int r = seq_item_eq(vm, t->items[i], args[0]);
    if (r < 0) return Value::null();
    c += r;
  }
  return Value::small(c);
}
static Value t_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Tuple* t = T(self);
  int64_t start, stop;
  if (failed(seq_search_bounds(vm, args, nargs, t->size, start, stop))) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(t->size); i++) {
    int r = seq_item_eq(vm, t->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  return raise(vm, vm.ValueError, "tuple.index(x): x not in tuple");
}
static Value t_getnewargs(VM& vm, Value self, Value*, size_t, Tuple*) { return new_tuple_from(vm, &self, 1); }
static Value t_sizeof(VM& vm, Value self, Value*, size_t, Tuple*) {
  return Value::small(int64_t(24 + T(self)->size * sizeof(Value)));
}

void init_tuple(VM& vm) {
  static const MethodDef tuple_methods[] = {
      {"__len__", t_len, 0, 0, 0},
      {"__getitem__", t_getitem, 1, 1, 0},
      {"__contains__", t_contains, 1, 1, 0},
      {"__iter__", t_iter, 0, 0, 0},
      {"__hash__", t_hash, 0, 0, 0},
      {"__lt__", t_cmp_Lt, 1, 1, 0},
      {"__le__", t_cmp_Le, 1, 1, 0},
      {"__eq__", t_cmp_Eq, 1, 1, 0},
      {"__ne__", t_cmp_Ne, 1, 1, 0},
      {"__gt__", t_cmp_Gt, 1, 1, 0},
      {"__ge__", t_cmp_Ge, 1, 1, 0},
      {"__add__", t_add, 1, 1, 0},
      {"__mul__", t_mul, 1, 1, 0},
      {"__rmul__", t_mul, 1, 1, 0},
      {"__repr__", t_repr, 0, 0, 0},
      {"__getnewargs__", t_getnewargs, 0, 0, 0},
      {"__sizeof__", t_sizeof, 0, 0, 0},
      {"count", t_count, 1, 1, 0},
      {"index", t_index, 1, 3, 0},
  };
  add_methods(vm, vm.tuple_type, tuple_methods);
  vm.tuple_type->native_new = new_builtin(vm, "tuple", t_new, Value::null(), 0, -1, 0);
  vm.tuple_type->native_new.as<Builtin>()->owner = vm.tuple_type;
}

}  // namespace taipan::runtime
