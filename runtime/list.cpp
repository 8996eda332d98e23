// list: construction and growth, indexing and slice assignment, the list methods,
// comparison, repr, the list iterators; plus the sequence helpers tuple.cpp shares.
//
// Invariants: l->items holds l->cap Values from vm.heap.external_alloc (nullptr when cap is
// 0) and only [0, size) is traced. Python code (eq, repr, __index__, key functions,
// iterators) may resize any list, so loops re-read items and size after every call that can
// run Python code, and an item held across such a call is rooted.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>

#include "runtime/list.h"
#include "runtime/numfmt.h"
#include "runtime/str.h"

namespace taipan::runtime {

// memmove that accepts the null buffer of an empty list.
static inline void move_values(Value* dst, const Value* src, size_t n) {
  if (n) std::memmove(static_cast<void*>(dst), src, n * sizeof(Value));
}

// ---------- helpers shared with tuple.cpp ----------

PinArray::PinArray(VM& vm, const Value* items, size_t n) : n_(n) {
  if (n <= kInline) {
    for (size_t i = 0; i < n; i++) new (slot(i)) Root(vm, items[i]);
  } else {
    vec_ = new RootVec(vm);
    vec_->v.assign(items, items + n);
  }
}
PinArray::~PinArray() {
  if (vec_) {
    delete vec_;
    return;
  }
  for (size_t i = n_; i-- > 0;) slot(i)->~Root();
}

bool RecursionGuard::enter(const char* where) {
  char probe;
  if (vm.depth >= vm.recursion_limit || (vm.c_stack_limit && uintptr_t(&probe) < vm.c_stack_limit)) {
    raise(vm, vm.RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  vm.depth++;
  entered = true;
  return true;
}

int seq_item_eq(VM& vm, Value item, Value x) {
  if (item == x) return 1;  // identity implies equality in containers (CPython's rule)
  if (!item.is_ptr() && !x.is_ptr()) return eq(vm, item, x);
  if (item.is_ptr() && x.is_ptr()) {
    Type* ti = item.as_ptr()->type;
    if (ti == vm.str_type && x.as_ptr()->type == ti) return str_eq(as_str(item), as_str(x));
  }
  Root ri(vm, item), rx(vm, x);
  return eq(vm, item, x);
}

Status seq_index(VM& vm, Value key, const char* kind, int64_t& i) {
  if (key.is_small()) {
    i = key.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, key) && type_lookup(type_of(vm, key), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "%s indices must be integers or slices, not %s", kind, type_name(vm, key));
    return Status::Error;
  }
  return index_i64(vm, key, i);
}

Status ssize_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  if (i.is_small() || i.is_bool()) {
    out = i.is_bool() ? i.is_true() : i.as_small();
    return Status::Ok;
  }
  BigInt b = to_bigint(i);
  if (!b.fits_i64()) {
    raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

int seq_repeat_count(VM& vm, Value n, int64_t& out) {
  if (n.is_small()) {
    out = n.as_small() < 0 ? 0 : n.as_small();
    return 1;
  }
  if (!is_int(vm, n) && type_lookup(type_of(vm, n), vm.s_index).is_null()) {
    // A user type may still implement the reflected operation.
    Type* t = type_of(vm, n);
    if ((t->tflags & kTypeHeap) && !type_lookup(t, vm.binop_names[int(BinOp::Mul)][1]).is_null()) return 0;
    raise(vm, vm.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(vm, n));
    return -1;
  }
  if (failed(ssize_arg(vm, n, out))) {
    if (exc_matches(vm, vm.OverflowError)) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return -1;
  }
  if (out < 0) out = 0;
  return 1;
}

bool seq_concat_other(VM& vm, Value other, BinOp op) {
  Type* t = type_of(vm, other);
  return (t->tflags & kTypeHeap) && !type_lookup(t, vm.binop_names[int(op)][1]).is_null();
}

Status seq_search_bounds(VM& vm, Value* args, size_t nargs, int64_t size, int64_t& start, int64_t& stop) {
  start = 0;
  stop = INT64_MAX;
  for (size_t k = 1; k < nargs && k < 3; k++) {
    Value v = args[k];
    int64_t& out = k == 1 ? start : stop;
    if (!v.is_small() && !is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
      raise(vm, vm.TypeError, "slice indices must be integers or have an __index__ method");
      return Status::Error;
    }
    if (failed(index_clamped(vm, v, out))) return Status::Error;
  }
  if (start < 0) start = std::max<int64_t>(0, start + size);
  if (stop < 0) stop = std::max<int64_t>(0, stop + size);
  return Status::Ok;
}

int list_repr_enter(VM& vm, Value v) {
  for (Value x : vm.repr_stack)
    if (x == v) return 1;
  vm.repr_stack.push_back(v);
  return 0;
}

void list_repr_leave(VM& vm, Value v) {
  for (size_t i = vm.repr_stack.size(); i-- > 0;)
    if (vm.repr_stack[i] == v) {
      vm.repr_stack.erase(vm.repr_stack.begin() + long(i));
      return;
    }
}

// Appends repr(v) to out; common immutable types are written without allocating.
static Status append_repr(VM& vm, std::string& out, Value v) {
  if (v.is_small()) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)v.as_small());
    out.append(buf, size_t(n));
    return Status::Ok;
  }
  if (v.is_double()) {
    out += float_repr(v.as_double());
    return Status::Ok;
  }
  if (v.is_none()) {
    out += "None";
    return Status::Ok;
  }
  if (v.is_bool()) {
    out += v.is_true() ? "True" : "False";
    return Status::Ok;
  }
  if (is_exact(v, vm.str_type)) {
    out += str_repr_utf8(as_str(v)->view());
    return Status::Ok;
  }
  Root rv(vm, v);
  Value r = repr(vm, v);
  if (r.is_null()) return Status::Error;
  out += as_str(r)->view();
  return Status::Ok;
}

Value seq_repr(VM& vm, Value self) {
  bool tuple = is_tuple(self);
  auto size = [&] { return tuple ? size_t(self.as<Tuple>()->size) : size_t(self.as<List>()->size); };
  if (size() == 0) return new_str(vm, tuple ? "()" : "[]");
  Root rs(vm, self);
  int e = list_repr_enter(vm, self);
  if (e) return e < 0 ? Value::null() : new_str(vm, tuple ? "(...)" : "[...]");
  RecursionGuard guard(vm);
  if (!guard.enter(" while getting the repr of an object")) {
    list_repr_leave(vm, self);
    return Value::null();
  }
  std::string out(1, tuple ? '(' : '[');
  for (size_t i = 0; i < size(); i++) {
    if (i) out += ", ";
    Value item = tuple ? self.as<Tuple>()->items[i] : self.as<List>()->items[i];
    if (failed(append_repr(vm, out, item))) {
      list_repr_leave(vm, self);
      return Value::null();
    }
  }
  list_repr_leave(vm, self);
  if (tuple && size() == 1) out += ',';
  out += tuple ? ')' : ']';
  return new_str(vm, out);
}

Value cmp_sizes(size_t na, size_t nb, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return Value::boolean(na < nb);
    case CmpOp::Le: return Value::boolean(na <= nb);
    case CmpOp::Eq: return Value::boolean(na == nb);
    case CmpOp::Ne: return Value::boolean(na != nb);
    case CmpOp::Gt: return Value::boolean(na > nb);
    case CmpOp::Ge: return Value::boolean(na >= nb);
  }
  return Value::false_();
}

// ---------- construction and growth ----------

static constexpr size_t kMaxListSize = size_t(1) << 31;

List* list_unwrap(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::List) return static_cast<List*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_list(b)) return b.as<List>();
  }
  return nullptr;
}

List* new_list(VM& vm, size_t capacity) {
  if (capacity > kMaxListSize) return nullptr;
  auto* l = static_cast<List*>(vm.heap.alloc(sizeof(List), vm.list_type));
  if (!l) return nullptr;
  l->items = nullptr;
  l->size = l->cap = 0;
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
  PinArray pin(vm, items, n);
  List* l = new_list(vm, n);
  if (!l) return raise_no_memory(vm);
  for (size_t i = 0; i < n; i++) l->items[i] = pin.get(i);  // `items` may have been freed
  l->size = uint32_t(n);
  return Value::ptr(l);
}

static Status list_reserve(VM& vm, List* l, size_t n) {
  if (n <= l->cap) return Status::Ok;
  if (n > kMaxListSize) {
    raise_no_memory(vm);
    return Status::Error;
  }
  size_t cap = size_t(l->cap) + (l->cap >> 1) + 4;
  if (cap < n) cap = n;
  if (cap > kMaxListSize) cap = kMaxListSize;
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

// Frees the buffer of an emptied list.
static void list_release(VM& vm, List* l) {
  Value* items = l->items;
  size_t cap = l->cap;
  l->items = nullptr;
  l->size = l->cap = 0;
  vm.heap.external_free(items, cap * sizeof(Value));
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
  if (is_list(iterable) || is_tuple(iterable)) {
    bool src_list = is_list(iterable);
    size_t n = src_list ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
    if (n == 0) return Status::Ok;
    Root ri(vm, iterable);
    if (failed(list_reserve(vm, l, size_t(l->size) + n))) return Status::Error;
    // Re-read the source after the reserve: it may be `l` itself.
    const Value* src = src_list ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
    move_values(l->items + l->size, src, n);
    l->size += uint32_t(n);
    return Status::Ok;
  }
  Root rl(vm, Value::ptr(l));
  if (is_layout(iterable, Layout::Range) && iterable.as<Range>()->big.is_null()) {
    Root ri(vm, iterable);
    Range* r = iterable.as<Range>();
    if (failed(list_reserve(vm, l, size_t(l->size) + size_t(r->length)))) return Status::Error;
    for (int64_t k = 0; k < r->length; k++) {
      int64_t v = int64_t(uint64_t(r->start) + uint64_t(k) * uint64_t(r->step));
      Value x = Value::fits_small(v) ? Value::small(v) : new_int(vm, v);
      if (x.is_null()) return Status::Error;
      l->items[l->size++] = x;
    }
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
  if (is_list(iterable)) return new_list_from(vm, iterable.as<List>()->items, iterable.as<List>()->size);
  if (is_tuple(iterable)) return new_list_from(vm, iterable.as<Tuple>()->items, iterable.as<Tuple>()->size);
  Root ri(vm, iterable);
  List* l = new_list(vm, 0);
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l));
  if (failed(list_extend(vm, l, iterable))) return Value::null();
  return Value::ptr(l);
}

Value sequence_fast(VM& vm, Value iterable, const char* errmsg) {
  if (is_list(iterable) || is_tuple(iterable)) return iterable;
  Value it = get_iter(vm, iterable);
  if (it.is_null()) {
    if (errmsg && exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      raise(vm, vm.TypeError, "%s", errmsg);
    }
    return it;
  }
  return sequence_to_list(vm, it);
}

// ---------- indexing and slices ----------

Value list_getitem(VM& vm, List* l, Value key) {
  if (key.is_small()) {
    int64_t i = key.as_small();
    if (i < 0) i += l->size;
    if (i < 0 || i >= int64_t(l->size)) return raise(vm, vm.IndexError, "list index out of range");
    return l->items[i];
  }
  if (is_layout(key, Layout::Slice)) {
    Root rl(vm, Value::ptr(l));
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, key.as<Slice>(), l->size, start, stop, step, n))) return Value::null();
    List* r = new_list(vm, size_t(n));
    if (!r) return raise_no_memory(vm);
    if (step == 1) move_values(r->items, l->items + start, size_t(n));
    else
      for (int64_t k = 0; k < n; k++) r->items[k] = l->items[start + k * step];
    r->size = uint32_t(n);
    return Value::ptr(r);
  }
  int64_t i;
  if (failed(seq_index(vm, key, "list", i))) return Value::null();
  if (i < 0) i += l->size;
  if (i < 0 || i >= int64_t(l->size)) return raise(vm, vm.IndexError, "list index out of range");
  return l->items[i];
}

// l[ilow:ihigh] = v (v null deletes); indices are clamped to the current size.
static Status list_ass_slice(VM& vm, List* l, int64_t ilow, int64_t ihigh, Value v) {
  Root rl(vm, Value::ptr(l)), rv(vm, v);
  Value seq = Value::null();
  if (!v.is_null()) {
    if (v == Value::ptr(l)) seq = new_list_from(vm, l->items, l->size);
    else seq = sequence_fast(vm, v, "can only assign an iterable");
    if (seq.is_null()) return Status::Error;
  }
  Root rs(vm, seq);
  int64_t size = l->size;
  ilow = std::clamp<int64_t>(ilow, 0, size);
  ihigh = std::clamp<int64_t>(ihigh, ilow, size);
  size_t m = seq.is_null() ? 0 : is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  size_t removed = size_t(ihigh - ilow);
  size_t newsize = size_t(size) - removed + m;
  if (newsize == 0) {
    list_release(vm, l);
    return Status::Ok;
  }
  if (m > removed && failed(list_reserve(vm, l, newsize))) return Status::Error;
  move_values(l->items + ilow + m, l->items + ihigh, size_t(size - ihigh));
  if (m) {
    const Value* src = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    move_values(l->items + ilow, src, m);
  }
  l->size = uint32_t(newsize);
  return Status::Ok;
}

// del l[start::step] for slicelength items (indices already adjusted to the size).
static void list_del_extended(List* l, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return;
  if (step < 0) {  // walk the same items upwards
    start = start + step * (n - 1);
    step = -step;
  }
  int64_t w = start, size = l->size;
  for (int64_t k = 0; k < n; k++) {
    int64_t from = start + k * step + 1;
    int64_t lim = k + 1 < n ? start + (k + 1) * step : size;
    for (int64_t j = from; j < lim; j++) l->items[w++] = l->items[j];
  }
  l->size = uint32_t(w);
}

Status list_setitem(VM& vm, List* l, Value key, Value v) {
  if (!is_layout(key, Layout::Slice)) {
    int64_t i;
    if (failed(seq_index(vm, key, "list", i))) return Status::Error;
    if (i < 0) i += l->size;
    if (i < 0 || i >= int64_t(l->size)) {
      raise(vm, vm.IndexError, "list assignment index out of range");
      return Status::Error;
    }
    if (v.is_null()) {
      move_values(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1));
      l->size--;
    } else {
      l->items[i] = v;
    }
    return Status::Ok;
  }
  Root rl(vm, Value::ptr(l)), rk(vm, key), rv(vm, v);
  int64_t ustart, ustop, step;
  if (failed(slice_unpack(vm, key.as<Slice>(), ustart, ustop, step))) return Status::Error;
  int64_t start = ustart, stop = ustop;
  int64_t n = slice_adjust(l->size, start, stop, step);
  if (step == 1) return list_ass_slice(vm, l, start, stop, v);
  if (v.is_null()) {
    list_del_extended(l, start, step, n);
    return Status::Ok;
  }
  Value seq = v == Value::ptr(l) ? new_list_from(vm, l->items, l->size)
                                 : sequence_fast(vm, v, "must assign iterable to extended slice");
  if (seq.is_null()) return Status::Error;
  Root rs(vm, seq);
  size_t m = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  if (int64_t(m) == n) {
    // Converting v ran Python code that may have resized the list (CPython would then write
    // out of bounds; here the slice is measured again).
    start = ustart, stop = ustop;
    n = slice_adjust(l->size, start, stop, step);
  }
  if (int64_t(m) != n) {
    raise(vm, vm.ValueError, "attempt to assign sequence of size %zu to extended slice of size %zu", m, size_t(n));
    return Status::Error;
  }
  const Value* src = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
  for (int64_t k = 0; k < n; k++) l->items[start + k * step] = src[k];
  return Status::Ok;
}

// ---------- comparison and repr ----------

Value list_compare(VM& vm, List* a, Value other, CmpOp op) {
  List* b = list_unwrap(other);
  if (!b) return vm.not_implemented;
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && a->size != b->size) return Value::boolean(op == CmpOp::Ne);
  Root ra(vm, Value::ptr(a)), rb(vm, Value::ptr(b));
  RecursionGuard guard(vm);
  if (!guard.enter(" in comparison")) return Value::null();
  size_t i = 0;
  for (; i < a->size && i < b->size; i++) {
    int r = seq_item_eq(vm, a->items[i], b->items[i]);
    if (r < 0) return Value::null();
    if (!r) break;
  }
  if (i >= a->size || i >= b->size) return cmp_sizes(a->size, b->size, op);
  if (op == CmpOp::Eq) return Value::false_();
  if (op == CmpOp::Ne) return Value::true_();
  Root x(vm, a->items[i]), y(vm, b->items[i]);
  return compare(vm, x, y, op);
}

Value list_repr(VM& vm, List* l) { return seq_repr(vm, Value::ptr(l)); }

// ---------- methods ----------

static List* L(Value v) { return v.as<List>(); }

static Value l_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(vm, vm.TypeError, "list expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) {
    List* l = new_list(vm, 0);
    return l ? Value::ptr(l) : raise_no_memory(vm);
  }
  return sequence_to_list(vm, args[0]);
}
static Value l_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(no_kwargs(vm, "list", kwnames))) return Value::null();
  if (nargs > 1) return raise(vm, vm.TypeError, "list expected at most 1 argument, got %zu", nargs);
  List* l = L(self);
  if (l->size) list_release(vm, l);
  if (nargs == 1 && failed(list_extend(vm, l, args[0]))) return Value::null();
  return Value::none();
}
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
    int r = seq_item_eq(vm, l->items[i], args[0]);
    if (r) return r < 0 ? Value::null() : Value::true_();
  }
  return Value::false_();
}
static Value l_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.list_iter_type, self); }
static Value l_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_iter(vm, vm.list_reviter_type, self, int64_t(L(self)->size) - 1);
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
  if (failed(ssize_arg(vm, args[0], i))) return Value::null();
  if (failed(list_append(vm, l, Value::none()))) return Value::null();
  int64_t n = int64_t(l->size) - 1;
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  move_values(l->items + i + 1, l->items + i, size_t(n - i));
  l->items[i] = args[1];
  return Value::none();
}
static Value l_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  List* l = L(self);
  int64_t i = -1;
  if (nargs && failed(ssize_arg(vm, args[0], i))) return Value::null();
  if (l->size == 0) return raise(vm, vm.IndexError, "pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= int64_t(l->size)) return raise(vm, vm.IndexError, "pop index out of range");
  Value v = l->items[i];
  move_values(l->items + i, l->items + i + 1, (l->size - size_t(i) - 1));
  l->size--;
  return v;
}
static Value l_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  for (uint32_t i = 0; i < l->size; i++) {
    int r = seq_item_eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) {
      if (i < l->size) {
        move_values(l->items + i, l->items + i + 1, (l->size - i - 1));
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
  if (failed(seq_search_bounds(vm, args, nargs, l->size, start, stop))) return Value::null();
  for (int64_t i = start; i < stop && i < int64_t(l->size); i++) {
    int r = seq_item_eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  return raise(vm, vm.ValueError, "%R is not in list", args[0]);
}
static Value l_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* l = L(self);
  int64_t c = 0;
  for (uint32_t i = 0; i < l->size; i++) {
    int r = seq_item_eq(vm, l->items[i], args[0]);
    if (r < 0) return Value::null();
    c += r;
  }
  return Value::small(c);
}
static Value l_reverse(VM& vm, Value self, Value*, size_t, Tuple*) {
  List* l = L(self);
  if (l->size) std::reverse(l->items, l->items + l->size);
  return Value::none();
}
static Value l_sort(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs) return raise(vm, vm.TypeError, "sort() takes no positional arguments");
  Value key = Value::null(), rev = Value::null();
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++) {
      std::string_view k = as_str(kwnames->items[i])->view();
      if (k == "key") key = args[i];
      else if (k == "reverse") rev = args[i];
      else return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for sort()", as_str(kwnames->items[i]));
    }
  bool reverse = false;
  if (!rev.is_null()) {
    if (rev.is_bool() || rev.is_small()) {
      reverse = rev.is_bool() ? rev.is_true() : rev.as_small() != 0;
    } else {
      Value r = index_value(vm, rev);
      if (r.is_null()) return r;
      int t = truthy(vm, r);
      if (t < 0) return Value::null();
      reverse = t;
    }
  }
  if (failed(list_sort(vm, L(self), key.is_none() ? Value::null() : key, reverse))) return Value::null();
  return Value::none();
}
static Value l_copy(VM& vm, Value self, Value*, size_t, Tuple*) { return new_list_from(vm, L(self)->items, L(self)->size); }
static Value l_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  list_release(vm, L(self));
  return Value::none();
}
#define LIST_CMP(op)                                                          \
  static Value l_cmp_##op(VM& vm, Value self, Value* args, size_t, Tuple*) { \
    return list_compare(vm, L(self), args[0], CmpOp::op);                    \
  }
LIST_CMP(Lt) LIST_CMP(Le) LIST_CMP(Eq) LIST_CMP(Ne) LIST_CMP(Gt) LIST_CMP(Ge)
#undef LIST_CMP

static Value l_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  List* b = list_unwrap(args[0]);
  if (!b) {
    if (seq_concat_other(vm, args[0], BinOp::Add)) return vm.not_implemented;
    return raise(vm, vm.TypeError, "can only concatenate list (not \"%s\") to list", type_name(vm, args[0]));
  }
  List* a = L(self);
  Root ra(vm, self), rb(vm, Value::ptr(b));
  size_t n = size_t(a->size) + b->size;
  List* r = new_list(vm, n);
  if (!r) return raise_no_memory(vm);
  if (a->size) move_values(r->items, a->items, a->size);
  if (b->size) move_values(r->items + a->size, b->items, b->size);
  r->size = uint32_t(n);
  return Value::ptr(r);
}
static Value l_iadd(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(list_extend(vm, L(self), args[0]))) return Value::null();
  return self;
}
static Value l_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int64_t n;
  int ok = seq_repeat_count(vm, args[0], n);
  if (ok <= 0) return ok < 0 ? Value::null() : vm.not_implemented;
  List* a = L(self);
  size_t size = a->size;
  if (size && uint64_t(n) > kMaxListSize / size) return raise_no_memory(vm);
  size_t total = size * size_t(n);
  Root ra(vm, self);
  List* r = new_list(vm, total);
  if (!r) return raise_no_memory(vm);
  if (size == 1) {
    std::fill(r->items, r->items + total, a->items[0]);
  } else if (size) {
    for (int64_t k = 0; k < n; k++) move_values(r->items + k * size, a->items, size);
  }
  r->size = uint32_t(total);
  return Value::ptr(r);
}
static Value l_imul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int64_t n;
  int ok = seq_repeat_count(vm, args[0], n);
  if (ok <= 0) return ok < 0 ? Value::null() : vm.not_implemented;
  List* a = L(self);
  size_t size = a->size;
  if (n == 0 || size == 0) {
    if (size) list_release(vm, a);
    return self;
  }
  if (uint64_t(n) > kMaxListSize / size) return raise_no_memory(vm);
  if (failed(list_reserve(vm, a, size * size_t(n)))) return Value::null();
  for (int64_t k = 1; k < n; k++) move_values(a->items + k * size, a->items, size);
  a->size = uint32_t(size * size_t(n));
  return self;
}
static Value l_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return list_repr(vm, L(self)); }
static Value l_sizeof(VM& vm, Value self, Value*, size_t, Tuple*) {
  return Value::small(int64_t(40 + L(self)->cap * sizeof(Value)));
}

// ---------- iterators ----------

Value seq_iter_next(VM& vm, Iter* it) {
  if (it->type == vm.list_reviter_type) {
    List* l = it->seq.as<List>();
    if (it->index >= 0 && it->index < int64_t(l->size)) return l->items[it->index--];
    it->index = -1;
    return Value::null();
  }
  if (it->type == vm.list_iter_type) {
    List* l = it->seq.as<List>();
    if (it->index < int64_t(l->size)) return l->items[it->index++];
  } else {
    Tuple* t = it->seq.as<Tuple>();
    if (it->index < int64_t(t->size)) return t->items[it->index++];
  }
  it->index = INT64_MAX;
  return Value::null();
}

static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value seqiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = seq_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value seqiter_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->type == vm.list_reviter_type) {
    int64_t n = it->index + 1;
    return Value::small(n > 0 && n <= int64_t(it->seq.as<List>()->size) ? n : 0);
  }
  int64_t n = is_list(it->seq) ? it->seq.as<List>()->size : it->seq.as<Tuple>()->size;
  return Value::small(n > it->index ? n - it->index : 0);
}

void init_tuple(VM& vm);  // tuple.cpp

void init_tuple_list(VM& vm) {
  init_tuple(vm);
  static const MethodDef list_methods[] = {
      {"__init__", l_init, 0, -1, kBuiltinKeywords},
      {"__len__", l_len, 0, 0, 0},
      {"__getitem__", l_getitem, 1, 1, 0},
      {"__setitem__", l_setitem, 2, 2, 0},
      {"__delitem__", l_delitem, 1, 1, 0},
      {"__contains__", l_contains, 1, 1, 0},
      {"__iter__", l_iter, 0, 0, 0},
      {"__reversed__", l_reversed, 0, 0, 0},
      {"__lt__", l_cmp_Lt, 1, 1, 0},
      {"__le__", l_cmp_Le, 1, 1, 0},
      {"__eq__", l_cmp_Eq, 1, 1, 0},
      {"__ne__", l_cmp_Ne, 1, 1, 0},
      {"__gt__", l_cmp_Gt, 1, 1, 0},
      {"__ge__", l_cmp_Ge, 1, 1, 0},
      {"__add__", l_add, 1, 1, 0},
      {"__iadd__", l_iadd, 1, 1, 0},
      {"__mul__", l_mul, 1, 1, 0},
      {"__rmul__", l_mul, 1, 1, 0},
      {"__imul__", l_imul, 1, 1, 0},
      {"__repr__", l_repr, 0, 0, 0},
      {"__sizeof__", l_sizeof, 0, 0, 0},
      {"append", l_append, 1, 1, 0},
      {"extend", l_extend, 1, 1, 0},
      {"insert", l_insert, 2, 2, 0},
      {"pop", l_pop, 0, 1, 0},
      {"remove", l_remove, 1, 1, 0},
      {"index", l_index, 1, 3, 0},
      {"count", l_count, 1, 1, 0},
      {"reverse", l_reverse, 0, 0, 0},
      {"sort", l_sort, 0, -1, kBuiltinKeywords},
      {"copy", l_copy, 0, 0, 0},
      {"clear", l_clear, 0, 0, 0},
  };
  add_methods(vm, vm.list_type, list_methods);
  (void)dict_set_str(vm, vm.list_type->dict, vm.s_hash, Value::none());
  vm.list_type->native_new = new_builtin(vm, "list", l_new, Value::null(), 0, -1, 0);
  vm.list_type->native_new.as<Builtin>()->owner = vm.list_type;

  static const MethodDef iter_methods[] = {
      {"__iter__", iter_self, 0, 0, 0},
      {"__next__", seqiter_next_m, 0, 0, 0},
      {"__length_hint__", seqiter_length_hint, 0, 0, 0},
  };
  for (Type* t : {vm.list_iter_type, vm.tuple_iter_type, vm.list_reviter_type}) add_methods(vm, t, iter_methods);
}

}  // namespace taipan::runtime
