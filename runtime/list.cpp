// tuple and list: construction, indexing and slicing, the sequence methods, comparison,
// hashing (CPython's tuple hash, so tuples of ints hash as in CPython) and repr.
#include "runtime/list.h"

#include <algorithm>
#include <cstring>

#include "runtime/dict.h"
#include "runtime/str.h"

namespace taipan::runtime {

// memmove that accepts a null pointer for an empty range (empty lists have no buffer).
static inline void move_bytes(void* dst, const void* src, size_t n) {
  if (n) std::memmove(dst, src, n);
}

// ---------- tuples ----------

Tuple* new_tuple(VM& vm, size_t n) {
  if (n == 0 && !vm.empty_tuple.is_null()) return vm.empty_tuple.as<Tuple>();
  if (n > (size_t(1) << 31)) return nullptr;
  auto* t = static_cast<Tuple*>(vm.heap.alloc(offsetof(Tuple, items) + n * sizeof(Value), vm.tuple_type));
  if (!t) return nullptr;
  t->hash = -1;
  t->size = uint32_t(n);
  for (size_t i = 0; i < n; i++) t->items[i] = Value::none();
  return t;
}

Value new_tuple_from(VM& vm, const Value* items, size_t n) {
  if (n == 0) return vm.empty_tuple;
  // items may live in an unrooted buffer the caller owns; copy them into a RootVec first
  // only if they could move: callers pass frame slots or rooted arrays, so copy directly.
  RootVec keep(vm);
  keep.v.assign(items, items + n);
  Tuple* t = new_tuple(vm, n);
  if (!t) return raise_no_memory(vm);
  for (size_t i = 0; i < n; i++) t->items[i] = keep.v[i];
  return Value::ptr(t);
}

// ---------- lists ----------

List* new_list(VM& vm, size_t capacity) {
  auto* l = static_cast<List*>(vm.heap.alloc(sizeof(List), vm.list_type));
  if (!l) return nullptr;
  if (capacity) {
    Root rl(vm, Value::ptr(l));
    auto* items = static_cast<Value*>(vm.heap.external_alloc(capacity * sizeof(Value)));
    if (!items) return nullptr;
    l->items = items;
    l->cap = uint32_t(capacity);
  }
  return l;
}

Value new_list_from(VM& vm, const Value* items, size_t n) {
  RootVec keep(vm);
  keep.v.assign(items, items + n);
  List* l = new_list(vm, n);
  if (!l) return raise_no_memory(vm);
  for (size_t i = 0; i < n; i++) l->items[i] = keep.v[i];
  l->size = uint32_t(n);
  return Value::ptr(l);
}

static Status list_reserve(VM& vm, List* l, size_t n) {
  if (n <= l->cap) return Status::Ok;
  if (n > (size_t(1) << 31)) {
    raise_no_memory(vm);
    return Status::Error;
  }
  size_t cap = l->cap < 4 ? 4 : l->cap + (l->cap >> 1);
  if (cap < n) cap = n;
  Root rl(vm, Value::ptr(l));
  auto* items = static_cast<Value*>(vm.heap.external_realloc(l->items, l->cap * sizeof(Value), cap * sizeof(Value)));
  if (!items) {
    raise_no_memory(vm);
    return Status::Error;
  }
  l->items = items;
  l->cap = uint32_t(cap);
  return Status::Ok;
}

Status list_append(VM& vm, List* l, Value v) {
  if (l->size == l->cap) {
    Root rv(vm, v);
    if (failed(list_reserve(vm, l, size_t(l->size) + 1))) return Status::Error;
  }
  l->items[l->size++] = v;
  return Status::Ok;
}

Status list_resize(VM& vm, List* l, size_t n) {
  if (failed(list_reserve(vm, l, n))) return Status::Error;
  for (size_t i = l->size; i < n; i++) l->items[i] = Value::none();
  l->size = uint32_t(n);
  return Status::Ok;
}

Status list_extend(VM& vm, List* l, Value iterable) {
  Root rl(vm, Value::ptr(l)), ri(vm, iterable);
  if (is_list(iterable) || is_tuple(iterable)) {
    size_t n = is_list(iterable) ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    if (failed(list_reserve(vm, l, size_t(l->size) + n))) return Status::Error;
    Value* src = is_list(iterable) ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    move_bytes(static_cast<void*>(l->items + l->size), src, n * sizeof(Value));
    l->size += uint32_t(n);
    return Status::Ok;
  }
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    if (failed(list_append(vm, l, x))) return Status::Error;
  }
}

Value sequence_to_list(VM& vm, Value iterable) {
  List* l = new_list(vm, 0);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  if (failed(list_extend(vm, l, iterable))) return Value::null();
  return Value::ptr(l);
}

Value sequence_fast(VM& vm, Value iterable, const char* errmsg) {
  if (is_exact(iterable, vm.list_type) || is_exact(iterable, vm.tuple_type)) return iterable;
  Value r = sequence_to_list(vm, iterable);
  if (r.is_null() && errmsg && exc_matches(vm, vm.TypeError)) {
    clear_exc(vm);
    return raise(vm, vm.TypeError, "%s", errmsg);
  }
  return r;
}

// ---------- indexing ----------

static Status norm_index(VM& vm, Value key, int64_t size, int64_t& i, const char* what) {
  if (key.is_small()) i = key.as_small();
  else if (failed(index_i64(vm, key, i))) {
    if (exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      raise(vm, vm.TypeError, "%s indices must be integers or slices, not %s", what, type_name(vm, key));
    }
    return Status::Error;
  }
  if (i < 0) i += size;
  return Status::Ok;
}

Value tuple_getitem(VM& vm, Tuple* t, Value key) {
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), t->size, start, stop, step, n))) return Value::null();
    if (step == 1 && n == int64_t(t->size)) return Value::ptr(t);
    Root rt(vm, Value::ptr(t));
    Tuple* r = new_tuple(vm, size_t(n));
    if (!r) return raise_no_memory(vm);
    for (int64_t k = 0; k < n; k++) r->items[k] = t->items[start + k * step];
    return Value::ptr(r);
  }
  int64_t i;
  if (failed(norm_index(vm, key, t->size, i, "tuple"))) return Value::null();
  if (i < 0 || i >= int64_t(t->size)) return raise(vm, vm.IndexError, "tuple index out of range");
  return t->items[i];
}

Value list_getitem(VM& vm, List* l, Value key) {
  if (is_layout(key, Layout::Slice)) {
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), l->size, start, stop, step, n))) return Value::null();
    Root rl(vm, Value::ptr(l));
    List* r = new_list(vm, size_t(n));
    if (!r) return raise_no_memory(vm);
    for (int64_t k = 0; k < n; k++) r->items[k] = l->items[start + k * step];
    r->size = uint32_t(n);
    return Value::ptr(r);
  }
  int64_t i;
  if (failed(norm_index(vm, key, l->size, i, "list"))) return Value::null();
  if (i < 0 || i >= int64_t(l->size)) return raise(vm, vm.IndexError, "list index out of range");
  return l->items[i];
}

Status list_setitem(VM& vm, List* l, Value key, Value v) {
  if (is_layout(key, Layout::Slice)) {
    Root rl(vm, Value::ptr(l)), rv(vm, v);
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), l->size, start, stop, step, n))) return Status::Error;
    Value seq = v.is_null() ? Value::null() : (v == Value::ptr(l) ? new_list_from(vm, l->items, l->size) : sequence_fast(vm, v, "can only assign an iterable"));
    if (!v.is_null() && seq.is_null()) return Status::Error;
    Root rs(vm, seq);
    size_t m = seq.is_null() ? 0 : (is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size);
    if (step == 1) {
      if (stop < start) stop = start;
      size_t old = size_t(stop - start);
      size_t newsize = l->size - old + m;
      if (m > old && failed(list_reserve(vm, l, newsize))) return Status::Error;
      Value* src = seq.is_null() ? nullptr : (is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items);
      move_bytes(static_cast<void*>(l->items + start + m), l->items + stop, (l->size - size_t(stop)) * sizeof(Value));
      for (size_t k = 0; k < m; k++) l->items[start + int64_t(k)] = src[k];
      l->size = uint32_t(newsize);
      return Status::Ok;
    }
    if (v.is_null()) {
      // delete extended slice
      std::vector<bool> del(l->size, false);
      for (int64_t k = 0; k < n; k++) del[size_t(start + k * step)] = true;
      uint32_t j = 0;
      for (uint32_t k = 0; k < l->size; k++)
        if (!del[k]) l->items[j++] = l->items[k];
      l->size = j;
      return Status::Ok;
    }
    if (int64_t(m) != n) {
      raise(vm, vm.ValueError, "attempt to assign sequence of size %zu to extended slice of size %zu", m, size_t(n));
      return Status::Error;
    }
    Value* src = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    for (int64_t k = 0; k < n; k++) l->items[start + k * step] = src[k];
    return Status::Ok;
  }
  int64_t i;
  if (failed(norm_index(vm, key, l->size, i, "list"))) return Status::Error;
  if (i < 0 || i >= int64_t(l->size)) {
    raise(vm, vm.IndexError, v.is_null() ? "list assignment index out of range" : "list assignment index out of range");
    return Status::Error;
  }
  if (v.is_null()) {
    move_bytes(static_cast<void*>(l->items + i), l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
    l->size--;
  } else {
    l->items[i] = v;
  }
  return Status::Ok;
}

// ---------- comparison, repr, hash ----------

Value sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CmpOp op) {
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    int r = eq(vm, a[i], b[i]);
    if (r < 0) return Value::null();
    if (!r) break;
  }
  if (i >= na || i >= nb) {
    int c = na < nb ? -1 : na > nb;
    switch (op) {
      case CmpOp::Lt: return Value::boolean(c < 0);
      case CmpOp::Le: return Value::boolean(c <= 0);
      case CmpOp::Eq: return Value::boolean(c == 0);
      case CmpOp::Ne: return Value::boolean(c != 0);
      case CmpOp::Gt: return Value::boolean(c > 0);
      case CmpOp::Ge: return Value::boolean(c >= 0);
    }
  }
  if (op == CmpOp::Eq) return Value::false_();
  if (op == CmpOp::Ne) return Value::true_();
  return compare(vm, a[i], b[i], op);
}

static Value seq_repr(VM& vm, Value self, const char* open, const char* close, bool one_comma) {
  size_t n = is_tuple(self) ? self.as<Tuple>()->size : self.as<List>()->size;
  if (n == 0) return new_str(vm, std::string(open) + close);
  if (repr_enter(vm, self)) return new_str(vm, std::string(open) + "..." + close);
  std::string out = open;
  for (size_t i = 0;; i++) {
    size_t cur = is_tuple(self) ? self.as<Tuple>()->size : self.as<List>()->size;
    if (i >= cur) break;
    Value item = is_tuple(self) ? self.as<Tuple>()->items[i] : self.as<List>()->items[i];
    Value r = repr(vm, item);
    if (r.is_null()) {
      repr_leave(vm, self);
      return r;
    }
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  repr_leave(vm, self);
  if (one_comma && n == 1) out += ",";
  out += close;
  return new_str(vm, out);
}

Value list_repr(VM& vm, List* l) { return seq_repr(vm, Value::ptr(l), "[", "]", false); }
Value tuple_repr(VM& vm, Tuple* t) { return seq_repr(vm, Value::ptr(t), "(", ")", true); }

Status tuple_hash(VM& vm, Tuple* t, int64_t& out) {
  if (t->hash != -1) {
    out = t->hash;
    return Status::Ok;
  }
  // xxHash-style accumulation as CPython 3.8+ does (64-bit constants).
  const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
  uint64_t acc = P5;
  for (uint32_t i = 0; i < t->size; i++) {
    int64_t h;
    if (failed(hash(vm, t->items[i], h))) return Status::Error;
    acc += uint64_t(h) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += uint64_t(t->size) ^ (P5 ^ 3527539UL);
  if (acc == uint64_t(-1)) acc = 1546275796;
  t->hash = int64_t(acc);
  out = int64_t(acc);
  return Status::Ok;
}

// ---------- methods ----------

static Value t_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 0) return vm.empty_tuple;
  if (nargs > 1) return raise(vm, vm.TypeError, "tuple expected at most 1 argument, got %zu", nargs);
  if (is_exact(args[0], vm.tuple_type)) return args[0];
  Value l = sequence_to_list(vm, args[0]);
  if (l.is_null()) return l;
  return new_tuple_from(vm, l.as<List>()->items, l.as<List>()->size);
}
static Value l_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1) return raise(vm, vm.TypeError, "list expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) {
    List* l = new_list(vm, 0);
    return l ? Value::ptr(l) : raise_no_memory(vm);
  }
  return sequence_to_list(vm, args[0]);
}
static Value l_init(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(vm, vm.TypeError, "list expected at most 1 argument, got %zu", nargs);
  List* l = self.as<List>();
  l->size = 0;
  if (nargs == 1 && failed(list_extend(vm, l, args[0]))) return Value::null();
  return Value::none();
}

static Value t_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(self.as<Tuple>()->size); }
static Value t_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) { return tuple_getitem(vm, self.as<Tuple>(), args[0]); }
static Value t_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Tuple* t = self.as<Tuple>();
  for (uint32_t i = 0; i < t->size; i++) {
    int r = eq(vm, t->items[i], args[0]);
    if (r) return r < 0 ? Value::null() : Value::true_();
  }
  return Value::false_();
}
static Value t_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.tuple_iter_type, self); }
static Value t_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(tuple_hash(vm, self.as<Tuple>(), h))) return Value::null();
  return new_int(vm, h);
}
#define SEQ_CMP(prefix, T, layout_check, op)                                                          \
  static Value prefix##_cmp_##op(VM& vm, Value self, Value* args, size_t, Tuple*) {                  \
    if (!layout_check(args[0])) return vm.not_implemented;                                            \
    T* a = self.as<T>();                                                                              \
    T* b = args[0].as<T>();                                                                           \
    Root ra(vm, self), rb(vm, args[0]);                                                               \
    return sequence_compare(vm, a->items, a->size, b->items, b->size, CmpOp::op);                     \
  }
SEQ_CMP(t, Tuple, is_tuple, Lt) SEQ_CMP(t, Tuple, is_tuple, Le) SEQ_CMP(t, Tuple, is_tuple, Eq)
SEQ_CMP(t, Tuple, is_tuple, Ne) SEQ_CMP(t, Tuple, is_tuple, Gt) SEQ_CMP(t, Tuple, is_tuple, Ge)
SEQ_CMP(l, List, is_list, Lt) SEQ_CMP(l, List, is_list, Le) SEQ_CMP(l, List, is_list, Eq)
SEQ_CMP(l, List, is_list, Ne) SEQ_CMP(l, List, is_list, Gt) SEQ_CMP(l, List, is_list, Ge)
#undef SEQ_CMP

static Value t_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_tuple(args[0])) return vm.not_implemented;
  Tuple* a = self.as<Tuple>();
  Tuple* b = args[0].as<Tuple>();
  Root ra(vm, self), rb(vm, args[0]);
  Tuple* r = new_tuple(vm, size_t(a->size) + b->size);
  if (!r) return raise_no_memory(vm);
  for (uint32_t i = 0; i < a->size; i++) r->items[i] = a->items[i];
  for (uint32_t i = 0; i < b->size; i++) r->items[a->size + i] = b->items[i];
  return Value::ptr(r);
}
static Status repeat_count(VM& vm, Value n, int64_t& out) {
  if (!is_int(vm, n) && type_lookup(type_of(vm, n), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(vm, n));
    return Status::Error;
  }
  if (failed(index_i64(vm, n, out))) return Status::Error;
  if (out < 0) out = 0;
  return Status::Ok;
}
static Value t_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_int(vm, args[0]) && type_lookup(type_of(vm, args[0]), vm.s_index).is_null()) return vm.not_implemented;
  int64_t n;
  if (failed(repeat_count(vm, args[0], n))) return Value::null();
  Tuple* a = self.as<Tuple>();
  if (n == 1) return self;
  if (a->size && n > int64_t(1u << 31) / int64_t(a->size)) return raise_no_memory(vm);
  Root ra(vm, self);
  Tuple* r = new_tuple(vm, size_t(n) * a->size);
  if (!r) return raise_no_memory(vm);
  for (int64_t k = 0; k < n; k++)
    for (uint32_t i = 0; i < a->size; i++) r->items[k * a->size + i] = a->items[i];
  return Value::ptr(r);
}
static Value t_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return tuple_repr(vm, self.as<Tuple>()); }
static Value t_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Tuple* t = self.as<Tuple>();
  int64_t c = 0;
  for (uint32_t i = 0; i < t->size; i++) {
    int r = eq(vm, t->items[i], args[0]);
    if (r < 0) return Value::null();
    c += r;
  }
  return Value::small(c);
}
static Status slice_bounds(VM& vm, Value* args, size_t nargs, int64_t size, int64_t& start, int64_t& stop) {
  start = 0;
  stop = size;
  if (nargs > 1 && failed(index_clamped(vm, args[1], start))) return Status::Error;
  if (nargs > 2 && failed(index_clamped(vm, args[2], stop))) return Status::Error;
  if (start < 0) start = std::max<int64_t>(0, start + size);
  if (stop < 0) stop = std::max<int64_t>(0, stop + size);
  return Status::Ok;
}
static Value t_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Tuple* t = self.as<Tuple>();
  int64_t start, stop;
  if (failed(slice_bounds(vm, args, nargs, t->size, start, stop))) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(t->size); i++) {
    int r = eq(vm, t->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  return raise(vm, vm.ValueError, "tuple.index(x): x not in tuple");
}
static Value t_getnewargs(VM& vm, Value self, Value*, size_t, Tuple*) { return new_tuple_from(vm, &self, 1); }

static List* L(Value v) { return v.as<List>(); }
static Value l_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(L(self)->size); }
static Value l_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) { return list_getitem(vm, L(self), args[0]); }
static Value l_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_setitem(vm, L(self), args[0], args[1]))) return Value::null();
  return Value::none();
}
static Value l_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_setitem(vm, L(self), args[0], Value::null()))) return Value::null();
  return Value::none();
}
static Value l_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  for (uint32_t i = 0; i < l->size; i++) {
    int r = eq(vm, l->items[i], args[0]);
    if (r) return r < 0 ? Value::null() : Value::true_();
  }
  return Value::false_();
}
static Value l_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.list_iter_type, self); }
static Value l_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value it = new_iter(vm, vm.list_reviter_type, self);
  if (!it.is_null()) it.as<Iter>()->index = int64_t(L(self)->size) - 1;
  return it;
}
static Value l_append(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_append(vm, L(self), args[0]))) return Value::null();
  return Value::none();
}
static Value l_extend(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_extend(vm, L(self), args[0]))) return Value::null();
  return Value::none();
}
static Value l_insert(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  int64_t i;
  if (failed(index_clamped(vm, args[0], i))) return Value::null();
  int64_t n = l->size;
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  if (failed(list_append(vm, l, Value::none()))) return Value::null();
  move_bytes(static_cast<void*>(l->items + i + 1), l->items + i, size_t(n - i) * sizeof(Value));
  l->items[i] = args[1];
  return Value::none();
}
static Value l_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  List* l = L(self);
  if (l->size == 0) return raise(vm, vm.IndexError, "pop from empty list");
  int64_t i = int64_t(l->size) - 1;
  if (nargs) {
    if (failed(index_i64(vm, args[0], i))) return Value::null();
    if (i < 0) i += l->size;
    if (i < 0 || i >= int64_t(l->size)) return raise(vm, vm.IndexError, "pop index out of range");
  }
  Value v = l->items[i];
  move_bytes(static_cast<void*>(l->items + i), l->items + i + 1, (l->size - size_t(i) - 1) * sizeof(Value));
  l->size--;
  return v;
}
static Value l_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  for (uint32_t i = 0; i < l->size; i++) {
    int r = eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) {
      if (i < l->size) {
        move_bytes(static_cast<void*>(l->items + i), l->items + i + 1, (l->size - i - 1) * sizeof(Value));
        l->size--;
      }
      return Value::none();
    }
  }
  return raise(vm, vm.ValueError, "list.remove(x): x not in list");
}
static Value l_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  List* l = L(self);
  int64_t start, stop;
  if (failed(slice_bounds(vm, args, nargs, l->size, start, stop))) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(l->size); i++) {
    int r = eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  return raise(vm, vm.ValueError, "%R is not in list", args[0]);
}
static Value l_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  int64_t c = 0;
  for (uint32_t i = 0; i < l->size; i++) {
    int r = eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    c += r;
  }
  return Value::small(c);
}
static Value l_reverse(VM& vm, Value self, Value*, size_t, Tuple*) {
  List* l = L(self);
  std::reverse(l->items, l->items + l->size);
  return Value::none();
}
static Value l_sort(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs) return raise(vm, vm.TypeError, "sort() takes no positional arguments");
  Value key = kwarg(kwnames, args, nargs, "key");
  Value rev = kwarg(kwnames, args, nargs, "reverse");
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++) {
      std::string_view k = as_str(kwnames->items[i])->view();
      if (k != "key" && k != "reverse")
        return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for sort()", as_str(kwnames->items[i]));
    }
  int r = rev.is_null() ? 0 : truthy(vm, rev);
  if (r < 0) return Value::null();
  if (failed(list_sort(vm, L(self), key.is_none() ? Value::null() : key, r))) return Value::null();
  return Value::none();
}
static Value l_copy(VM& vm, Value self, Value*, size_t, Tuple*) { return new_list_from(vm, L(self)->items, L(self)->size); }
static Value l_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  L(self)->size = 0;
  return Value::none();
}
static Value l_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_list(args[0])) return vm.not_implemented;
  List* a = L(self);
  List* b = L(args[0]);
  Root ra(vm, self), rb(vm, args[0]);
  List* r = new_list(vm, size_t(a->size) + b->size);
  if (!r) return raise_no_memory(vm);
  move_bytes(static_cast<void*>(r->items), a->items, a->size * sizeof(Value));
  move_bytes(static_cast<void*>(r->items + a->size), b->items, b->size * sizeof(Value));
  r->size = a->size + b->size;
  return Value::ptr(r);
}
static Value l_iadd(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_extend(vm, L(self), args[0]))) return Value::null();
  return self;
}
static Value l_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_int(vm, args[0]) && type_lookup(type_of(vm, args[0]), vm.s_index).is_null()) return vm.not_implemented;
  int64_t n;
  if (failed(repeat_count(vm, args[0], n))) return Value::null();
  List* a = L(self);
  if (a->size && n > int64_t(1u << 31) / int64_t(a->size)) return raise_no_memory(vm);
  Root ra(vm, self);
  size_t total = size_t(n) * a->size;
  List* r = new_list(vm, total);
  if (!r && total) return raise_no_memory(vm);
  if (!r) r = new_list(vm, 0);
  for (int64_t k = 0; k < n; k++) move_bytes(static_cast<void*>(r->items + k * a->size), a->items, a->size * sizeof(Value));
  r->size = uint32_t(total);
  return Value::ptr(r);
}
static Value l_imul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int64_t n;
  if (failed(repeat_count(vm, args[0], n))) return Value::null();
  List* a = L(self);
  size_t old = a->size;
  if (n == 0) {
    a->size = 0;
    return self;
  }
  if (old && n > int64_t(1u << 31) / int64_t(old)) return raise_no_memory(vm);
  if (failed(list_reserve(vm, a, old * size_t(n)))) return Value::null();
  for (int64_t k = 1; k < n; k++) move_bytes(static_cast<void*>(a->items + k * old), a->items, old * sizeof(Value));
  a->size = uint32_t(old * size_t(n));
  return self;
}
static Value l_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return list_repr(vm, L(self)); }

// ---------- iterators ----------

Value seq_iter_next(VM& vm, Iter* it) {
  if (it->seq.is_null()) return Value::null();
  if (it->type == vm.list_reviter_type) {
    List* l = it->seq.as<List>();
    if (it->index >= 0 && it->index < int64_t(l->size)) return l->items[it->index--];
    it->seq = Value::null();
    return Value::null();
  }
  if (is_list(it->seq)) {
    List* l = it->seq.as<List>();
    if (it->index < int64_t(l->size)) return l->items[it->index++];
  } else {
    Tuple* t = it->seq.as<Tuple>();
    if (it->index < int64_t(t->size)) return t->items[it->index++];
  }
  it->seq = Value::null();
  return Value::null();
}

static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value seqiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = seq_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value seqiter_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->seq.is_null()) return Value::small(0);
  if (it->type == vm.list_reviter_type) return Value::small(it->index + 1 > 0 ? it->index + 1 : 0);
  int64_t n = is_list(it->seq) ? it->seq.as<List>()->size : it->seq.as<Tuple>()->size;
  return Value::small(n > it->index ? n - it->index : 0);
}

void init_tuple_list(VM& vm) {
  static const MethodDef tuple_methods[] = {
      {"__len__", t_len, 0, 0, 0},         {"__getitem__", t_getitem, 1, 1, 0}, {"__contains__", t_contains, 1, 1, 0},
      {"__iter__", t_iter, 0, 0, 0},       {"__hash__", t_hash, 0, 0, 0},       {"__lt__", t_cmp_Lt, 1, 1, 0},
      {"__le__", t_cmp_Le, 1, 1, 0},       {"__eq__", t_cmp_Eq, 1, 1, 0},       {"__ne__", t_cmp_Ne, 1, 1, 0},
      {"__gt__", t_cmp_Gt, 1, 1, 0},       {"__ge__", t_cmp_Ge, 1, 1, 0},       {"__add__", t_add, 1, 1, 0},
      {"__mul__", t_mul, 1, 1, 0},         {"__rmul__", t_mul, 1, 1, 0},        {"__repr__", t_repr, 0, 0, 0},
      {"count", t_count, 1, 1, 0},         {"index", t_index, 1, 3, 0},         {"__getnewargs__", t_getnewargs, 0, 0, 0},
  };
  add_methods(vm, vm.tuple_type, tuple_methods);
  vm.tuple_type->native_new = new_builtin(vm, "tuple", t_new, Value::null(), 0, 1, 0);
  vm.tuple_type->native_new.as<Builtin>()->owner = vm.tuple_type;
  static const MethodDef list_methods[] = {
      {"__init__", l_init, 0, 1, 0},       {"__len__", l_len, 0, 0, 0},           {"__getitem__", l_getitem, 1, 1, 0},
      {"__setitem__", l_setitem, 2, 2, 0}, {"__delitem__", l_delitem, 1, 1, 0},   {"__contains__", l_contains, 1, 1, 0},
      {"__iter__", l_iter, 0, 0, 0},       {"__reversed__", l_reversed, 0, 0, 0}, {"__lt__", l_cmp_Lt, 1, 1, 0},
      {"__le__", l_cmp_Le, 1, 1, 0},       {"__eq__", l_cmp_Eq, 1, 1, 0},         {"__ne__", l_cmp_Ne, 1, 1, 0},
      {"__gt__", l_cmp_Gt, 1, 1, 0},       {"__ge__", l_cmp_Ge, 1, 1, 0},         {"__add__", l_add, 1, 1, 0},
      {"__iadd__", l_iadd, 1, 1, 0},       {"__mul__", l_mul, 1, 1, 0},           {"__rmul__", l_mul, 1, 1, 0},
      {"__imul__", l_imul, 1, 1, 0},       {"__repr__", l_repr, 0, 0, 0},         {"append", l_append, 1, 1, 0},
      {"extend", l_extend, 1, 1, 0},       {"insert", l_insert, 2, 2, 0},         {"pop", l_pop, 0, 1, 0},
      {"remove", l_remove, 1, 1, 0},       {"index", l_index, 1, 3, 0},           {"count", l_count, 1, 1, 0},
      {"reverse", l_reverse, 0, 0, 0},     {"sort", l_sort, 0, -1, kBuiltinKeywords}, {"copy", l_copy, 0, 0, 0},
      {"clear", l_clear, 0, 0, 0},
  };
  add_methods(vm, vm.list_type, list_methods);
  (void)dict_set_str(vm, vm.list_type->dict, vm.s_hash, Value::none());
  vm.list_type->native_new = new_builtin(vm, "list", l_new, Value::null(), 0, 1, 0);
  vm.list_type->native_new.as<Builtin>()->owner = vm.list_type;
  static const MethodDef iter_methods[] = {
      {"__iter__", iter_self, 0, 0, 0}, {"__next__", seqiter_next_m, 0, 0, 0}, {"__length_hint__", seqiter_len, 0, 0, 0}};
  for (Type* t : {vm.list_iter_type, vm.tuple_iter_type, vm.list_reviter_type}) add_methods(vm, t, iter_methods);
}

}  // namespace taipan::runtime
