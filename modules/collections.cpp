// The _collections module: deque, defaultdict and _count_elements, as CPython 3.11's.
// collections/__init__.py imports OrderedDict and _tuplegetter from here inside try/except
// and falls back to pure Python, so those two are not provided.
//
// deque: a Deque object (below) with the Opaque layout and its own trace/finalize: a ring
//   buffer of `cap` Values (a power of two, malloc'd through the heap's external accounting),
//   items at buf[(head + i) & (cap - 1)] for i < size. `state` changes on every structural
//   change (as CPython's), which the iterators and count/index/`in` check to raise
//   "deque mutated during iteration". maxlen is -1 when unbounded.
//   deque iterators are Iters: seq = the deque, index = next logical position, end = items
//   left, step = the deque's state when the iterator was made.
// defaultdict: a class built like `class defaultdict(dict)` (a heap-flagged type with the
//   Instance layout, so its instances wrap a dict in base_value like any dict subclass and
//   d[k] reaches __missing__ through the same path); default_factory is an ordinary
//   instance attribute.
#include <cstring>
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

struct Deque : Object {
  Value* buf;
  int64_t cap, head, size, maxlen;
  uint64_t state;
};

void trace_deque(Object* o, Marker& m) {
  auto* d = static_cast<Deque*>(o);
  for (int64_t i = 0; i < d->size; i++) m.mark(d->buf[(d->head + i) & (d->cap - 1)]);
}
void fin_deque(VM& vm, Object* o) {
  auto* d = static_cast<Deque*>(o);
  if (d->buf) vm.heap.external_free(d->buf, size_t(d->cap) * sizeof(Value));
  d->buf = nullptr;
}

Value& at(Deque* d, int64_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

Type* module_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "_collections");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// The Deque of a deque or of an instance of a subclass; nullptr otherwise.
Deque* deque_of(Value v) { return native_of<Deque>(v, trace_deque); }

Deque* DQ(VM& vm, Value self) {
  Deque* d = deque_of(self);
  if (!d) raise(vm, vm.TypeError, "descriptor requires a 'collections.deque' object but received a '%s'", type_name(vm, self));
  return d;
}

Value new_deque(VM& vm, int64_t maxlen) {
  Type* t = module_type(vm, "deque");
  if (!t) return raise(vm, vm.SystemError, "_collections.deque is missing");
  auto* d = static_cast<Deque*>(vm.heap.alloc(sizeof(Deque), t));
  if (!d) return raise_no_memory(vm);
  d->buf = nullptr;
  d->cap = d->head = d->size = 0;
  d->maxlen = maxlen;
  d->state = 0;
  return Value::ptr(d);
}

Status grow(VM& vm, Deque* d) {
  Root rd(vm, Value::ptr(d));
  int64_t ncap = d->cap ? d->cap * 2 : 8;
  auto* nb = static_cast<Value*>(vm.heap.external_alloc(size_t(ncap) * sizeof(Value)));
  if (!nb) {
    raise_no_memory(vm);
    return Status::Error;
  }
  for (int64_t i = 0; i < d->size; i++) nb[i] = at(d, i);
  if (d->buf) vm.heap.external_free(d->buf, size_t(d->cap) * sizeof(Value));
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
  return Status::Ok;
}

Value pop_back(Deque* d) {
  Value v = at(d, d->size - 1);
  d->size--;
  d->state++;
  return v;
}
Value pop_front(Deque* d) {
  Value v = at(d, 0);
  d->head = (d->head + 1) & (d->cap - 1);
  d->size--;
  d->state++;
  return v;
}

Status push_back(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return Status::Ok;
  if (d->size == d->cap) {
    Root rv(vm, v);
    if (failed(grow(vm, d))) return Status::Error;
  }
  d->size++;
  at(d, d->size - 1) = v;
  if (d->maxlen >= 0 && d->size > d->maxlen) pop_front(d);
  else d->state++;
  return Status::Ok;
}
Status push_front(VM& vm, Deque* d, Value v) {
  if (d->maxlen == 0) return Status::Ok;
  if (d->size == d->cap) {
    Root rv(vm, v);
    if (failed(grow(vm, d))) return Status::Error;
  }
  d->head = (d->head - 1) & (d->cap - 1);
  d->size++;
  at(d, 0) = v;
  if (d->maxlen >= 0 && d->size > d->maxlen) pop_back(d);
  else d->state++;
  return Status::Ok;
}

void rotate(Deque* d, int64_t n) {
  int64_t len = d->size, half = len >> 1;
  if (len <= 1) return;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  d->state++;
  int64_t mask = d->cap - 1;
  for (; n > 0; n--) {  // last item to the front
    Value v = at(d, len - 1);
    d->head = (d->head - 1) & mask;
    at(d, 0) = v;
  }
  for (; n < 0; n++) {  // first item to the back
    Value v = at(d, 0);
    d->head = (d->head + 1) & mask;
    at(d, len - 1) = v;
  }
}

void clear(VM& vm, Deque* d) {
  if (d->buf) vm.heap.external_free(d->buf, size_t(d->cap) * sizeof(Value));
  d->buf = nullptr;
  d->cap = d->head = d->size = 0;
  d->state++;
}

Status extend(VM& vm, Deque* d, Value iterable, bool left) {
  Root rd(vm, Value::ptr(d)), ri(vm, iterable);
  if (deque_of(iterable) == d) {
    Value l = sequence_to_list(vm, iterable);
    if (l.is_null()) return Status::Error;
    ri = l;
  }
  Value it = get_iter(vm, ri.get());
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  for (;;) {
    Value v = iter_next(vm, it);
    if (v.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    if (failed(left ? push_front(vm, d, v) : push_back(vm, d, v))) return Status::Error;
  }
}

// maxlen argument: None -> -1.
Status maxlen_arg(VM& vm, Value v, int64_t& out) {
  out = -1;
  if (v.is_null() || v.is_none()) return Status::Ok;
  if (!is_int(vm, v)) {
    raise(vm, vm.TypeError, "an integer is required");
    return Status::Error;
  }
  if (failed(int_to_i64(vm, v, out))) {
    clear_exc(vm);
    raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    return Status::Error;
  }
  if (out < 0) {
    raise(vm, vm.ValueError, "maxlen must be non-negative");
    return Status::Error;
  }
  return Status::Ok;
}

Value deque_ctor(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"iterable", "maxlen"};
  Value a[2];
  if (failed(parse_old(vm, "deque", args, nargs, kw, names, 2, 0, a))) return Value::null();
  int64_t maxlen;
  if (failed(maxlen_arg(vm, a[1], maxlen))) return Value::null();
  Value d = new_deque(vm, maxlen);
  if (d.is_null() || a[0].is_null()) return d;
  Root rd(vm, d);
  if (failed(extend(vm, d.as<Deque>(), a[0], false))) return Value::null();
  return d;
}

Value d_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Deque* d = DQ(vm, self);
  if (!d) return Value::null();
  static const char* const names[] = {"iterable", "maxlen"};
  Value a[2];
  if (failed(parse_old(vm, "deque", args, nargs, kw, names, 2, 0, a))) return Value::null();
  int64_t maxlen;
  if (failed(maxlen_arg(vm, a[1], maxlen))) return Value::null();
  d->maxlen = maxlen;
  if (d->size) clear(vm, d);
  if (!a[0].is_null() && failed(extend(vm, d, a[0], false))) return Value::null();
  return Value::none();
}

#define DEQUE_SELF              \
  Deque* d = DQ(vm, self);      \
  if (!d) return Value::null(); \
  Root rself(vm, Value::ptr(d))

Value d_append(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (failed(push_back(vm, d, args[0]))) return Value::null();
  return Value::none();
}
Value d_appendleft(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (failed(push_front(vm, d, args[0]))) return Value::null();
  return Value::none();
}
Value d_pop(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  if (!d->size) return raise(vm, vm.IndexError, "pop from an empty deque");
  return pop_back(d);
}
Value d_popleft(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  if (!d->size) return raise(vm, vm.IndexError, "pop from an empty deque");
  return pop_front(d);
}
Value d_extend(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (failed(extend(vm, d, args[0], false))) return Value::null();
  return Value::none();
}
Value d_extendleft(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (failed(extend(vm, d, args[0], true))) return Value::null();
  return Value::none();
}
Value d_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  clear(vm, d);
  return Value::none();
}

Value copy_of(VM& vm, Deque* d) {
  Root rd(vm, Value::ptr(d));
  Value n = new_deque(vm, d->maxlen);
  if (n.is_null()) return n;
  Root rn(vm, n);
  for (int64_t i = 0; i < d->size; i++)
    if (failed(push_back(vm, n.as<Deque>(), at(d, i)))) return Value::null();
  return n;
}
Value d_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return copy_of(vm, d);
}

// Compares each item with x until one matches (mode 0: `in`, 1: count, 2: index from..to).
Value search(VM& vm, Deque* d, Value x, int mode, int64_t from, int64_t to) {
  Root rd(vm, Value::ptr(d)), rx(vm, x);
  uint64_t state = d->state;
  int64_t count = 0;
  for (int64_t i = from; i < to && i < d->size; i++) {
    int e = seq_item_eq(vm, at(d, i), x);
    if (e < 0) return Value::null();
    if (e > 0 && mode == 0) return Value::true_();
    if (e > 0 && mode == 2) return new_int(vm, i);
    count += e;
    if (state != d->state) return raise(vm, vm.RuntimeError, "deque mutated during iteration");
  }
  if (mode == 0) return Value::false_();
  if (mode == 1) return new_int(vm, count);
  return raise(vm, vm.ValueError, "%R is not in deque", x);
}
Value d_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  return search(vm, d, args[0], 0, 0, d->size);
}
Value d_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  return search(vm, d, args[0], 1, 0, d->size);
}

Status slice_index(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "slice indices must be integers or have an __index__ method");
    return Status::Error;
  }
  return index_clamped(vm, v, out);
}
Value d_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  DEQUE_SELF;
  if (nargs < 1) return raise(vm, vm.TypeError, "index() takes at least 1 argument (0 given)");
  if (nargs > 3) return raise(vm, vm.TypeError, "index() takes at most 3 arguments (%zu given)", nargs);
  int64_t start = 0, stop = d->size;
  if (nargs > 1 && failed(slice_index(vm, args[1], start))) return Value::null();
  if (nargs > 2 && failed(slice_index(vm, args[2], stop))) return Value::null();
  int64_t n = d->size;
  if (start < 0 && (start += n) < 0) start = 0;
  if (stop < 0 && (stop += n) < 0) stop = 0;
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  return search(vm, d, args[0], 2, start, stop);
}

Status ssize(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  return ssize_arg(vm, v, out);
}

Value d_insert(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  DEQUE_SELF;
  if (nargs != 2) return raise(vm, vm.TypeError, "insert() takes exactly 2 arguments (%zu given)", nargs);
  int64_t i;
  if (failed(ssize(vm, args[0], i))) return Value::null();
  int64_t n = d->size;
  if (d->maxlen == n) return raise(vm, vm.IndexError, "deque already at its maximum size");
  if (i >= n) return failed(push_back(vm, d, args[1])) ? Value::null() : Value::none();
  if (i <= -n || i == 0) return failed(push_front(vm, d, args[1])) ? Value::null() : Value::none();
  rotate(d, -i);
  if (failed(i < 0 ? push_back(vm, d, args[1]) : push_front(vm, d, args[1]))) return Value::null();
  rotate(d, i);
  return Value::none();
}

Value d_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  Root rx(vm, args[0]);
  int64_t n = d->size;
  for (int64_t i = 0; i < n; i++) {
    int e = seq_item_eq(vm, at(d, 0), args[0]);
    if (d->size != n) return raise(vm, vm.IndexError, "deque mutated during remove().");
    if (e > 0) {
      pop_front(d);
      rotate(d, i);
      return Value::none();
    }
    if (e < 0) {
      rotate(d, i);
      return Value::null();
    }
    rotate(d, -1);
  }
  return raise(vm, vm.ValueError, "%R is not in deque", args[0]);
}

Value d_reverse(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) std::swap(at(d, i), at(d, j));
  return Value::none();
}

Value d_rotate(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  DEQUE_SELF;
  if (nargs > 1) return raise(vm, vm.TypeError, "deque.rotate expected at most 1 argument, got %zu", nargs);
  int64_t n = 1;
  if (nargs > 0 && failed(ssize(vm, args[0], n))) return Value::null();
  rotate(d, n);
  return Value::none();
}

Value d_maxlen(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return d->maxlen < 0 ? Value::none() : new_int(vm, d->maxlen);
}
Value d_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return new_int(vm, d->size);
}
Value d_bool(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return Value::boolean(d->size != 0);
}

// An item index: "sequence index must be integer, not 'T'"; i in [0, size) after wrapping.
Status item_index(VM& vm, Deque* d, Value key, int64_t& i) {
  if (key.is_small()) {
    i = key.as_small();
  } else {
    if (!is_int(vm, key) && type_lookup(type_of(vm, key), vm.s_index).is_null()) {
      raise(vm, vm.TypeError, "sequence index must be integer, not '%s'", type_name(vm, key));
      return Status::Error;
    }
    Value iv = index_value(vm, key);
    if (iv.is_null()) return Status::Error;
    if (failed(int_to_i64(vm, iv, i))) {
      clear_exc(vm);
      raise(vm, vm.IndexError, "cannot fit '%s' into an index-sized integer", type_name(vm, key));
      return Status::Error;
    }
  }
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) {
    raise(vm, vm.IndexError, "deque index out of range");
    return Status::Error;
  }
  return Status::Ok;
}
Value d_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  int64_t i;
  if (failed(item_index(vm, d, args[0], i))) return Value::null();
  return at(d, i);
}
Value d_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  int64_t i;
  if (failed(item_index(vm, d, args[0], i))) return Value::null();
  at(d, i) = args[1];
  return Value::none();
}
Value d_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  int64_t i;
  if (failed(item_index(vm, d, args[0], i))) return Value::null();
  rotate(d, -i);
  pop_front(d);
  rotate(d, i);
  return Value::none();
}

Value make_iter(VM& vm, Deque* d, bool reversed) {
  Type* t = module_type(vm, reversed ? "_deque_reverse_iterator" : "_deque_iterator");
  if (!t) return raise(vm, vm.SystemError, "_collections deque iterator type is missing");
  Value it = new_iter(vm, t, Value::ptr(d), reversed ? d->size - 1 : 0, d->size);
  if (!it.is_null()) it.as<Iter>()->step = int64_t(d->state);
  return it;
}
Value d_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return make_iter(vm, d, false);
}
Value d_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  return make_iter(vm, d, true);
}

Value di_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter) || !deque_of(self.as<Iter>()->seq))
    return raise(vm, vm.TypeError, "expected a deque iterator");
  Iter* it = self.as<Iter>();
  Deque* d = it->seq.as<Deque>();
  bool rev = type_of(vm, self) == module_type(vm, "_deque_reverse_iterator");
  if (rev && it->end == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  if (uint64_t(it->step) != d->state) {
    it->end = 0;
    return raise(vm, vm.RuntimeError, "deque mutated during iteration");
  }
  if (it->end == 0) return raise_value(vm, Value::ptr(vm.StopIteration));
  Value v = at(d, it->index);
  it->index += rev ? -1 : 1;
  it->end--;
  return v;
}
Value di_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
Value di_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a deque iterator");
  return new_int(vm, self.as<Iter>()->end);
}

Value d_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  if (list_repr_enter(vm, Value::ptr(d))) return new_str(vm, "[...]");
  Value l = sequence_to_list(vm, Value::ptr(d));
  Value r = l.is_null() ? l : repr(vm, l);
  list_repr_leave(vm, Value::ptr(d));
  if (r.is_null()) return r;
  std::string s = "deque(";
  s += as_str(r)->view();
  if (d->maxlen >= 0) s += ", maxlen=" + std::to_string(d->maxlen);
  s += ")";
  return new_str(vm, s);
}

Value compare_deques(VM& vm, Value self, Value other, CmpOp op) {
  Deque* a = deque_of(self);
  Deque* b = deque_of(other);
  if (!a || !b) return vm.not_implemented;
  if (op == CmpOp::Eq || op == CmpOp::Ne) {
    bool want_eq = op == CmpOp::Eq;
    if (a == b) return Value::boolean(want_eq);
    if (a->size != b->size) return Value::boolean(!want_eq);
  }
  RootVec xs(vm), ys(vm);
  for (int64_t i = 0; i < a->size; i++) xs.v.push_back(at(a, i));
  for (int64_t i = 0; i < b->size; i++) ys.v.push_back(at(b, i));
  size_t n = xs.v.size() < ys.v.size() ? xs.v.size() : ys.v.size();
  for (size_t i = 0; i < n; i++) {
    int e = seq_item_eq(vm, xs.v[i], ys.v[i]);
    if (e < 0) return Value::null();
    if (!e) return compare(vm, xs.v[i], ys.v[i], op);
  }
  return cmp_sizes(xs.v.size(), ys.v.size(), op);
}
Value d_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Eq); }
Value d_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Ne); }
Value d_lt(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Lt); }
Value d_le(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Le); }
Value d_gt(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Gt); }
Value d_ge(VM& vm, Value self, Value* args, size_t, Tuple*) { return compare_deques(vm, self, args[0], CmpOp::Ge); }

Value d_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (!deque_of(args[0]))
    return raise(vm, vm.TypeError, "can only concatenate deque (not \"%s\") to deque", type_name(vm, args[0]));
  Value n = copy_of(vm, d);
  if (n.is_null()) return n;
  Root rn(vm, n);
  if (failed(extend(vm, n.as<Deque>(), args[0], false))) return Value::null();
  return n;
}
Value d_iadd(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  if (failed(extend(vm, d, args[0], false))) return Value::null();
  return Value::ptr(d);
}

// In-place repetition as CPython's deque_inplace_repeat.
Status repeat_in_place(VM& vm, Deque* d, int64_t n) {
  Root rd(vm, Value::ptr(d));
  int64_t size = d->size;
  if (size == 0 || n == 1) return Status::Ok;
  if (n <= 0) {
    clear(vm, d);
    return Status::Ok;
  }
  if (d->maxlen >= 0 && n * size > d->maxlen) n = (d->maxlen + size - 1) / size;
  RootVec items(vm);
  for (int64_t i = 0; i < size; i++) items.v.push_back(at(d, i));
  for (int64_t k = 1; k < n; k++)
    for (int64_t i = 0; i < size; i++)
      if (failed(push_back(vm, d, items.v[size_t(i)]))) return Status::Error;
  return Status::Ok;
}
Value d_mul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  int64_t n;
  int r = seq_repeat_count(vm, args[0], n);
  if (r < 0) return Value::null();
  if (r == 0) return vm.not_implemented;
  if (n > 0 && d->size > 0 && n > (int64_t(1) << 40) / d->size && d->maxlen < 0) return raise_no_memory(vm);
  Value c = copy_of(vm, d);
  if (c.is_null()) return c;
  Root rc(vm, c);
  if (failed(repeat_in_place(vm, c.as<Deque>(), n))) return Value::null();
  return c;
}
Value d_imul(VM& vm, Value self, Value* args, size_t, Tuple*) {
  DEQUE_SELF;
  int64_t n;
  int r = seq_repeat_count(vm, args[0], n);
  if (r < 0) return Value::null();
  if (r == 0) return vm.not_implemented;
  if (n > 0 && d->size > 0 && n > (int64_t(1) << 40) / d->size && d->maxlen < 0) return raise_no_memory(vm);
  if (failed(repeat_in_place(vm, d, n))) return Value::null();
  return Value::ptr(d);
}

Value d_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  DEQUE_SELF;
  Value it = make_iter(vm, d, false);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value args;
  if (d->maxlen < 0) {
    args = vm.empty_tuple;
  } else {
    Value ml = new_int(vm, d->maxlen);
    if (ml.is_null()) return ml;
    Value items[2] = {vm.empty_tuple, ml};
    args = new_tuple_from(vm, items, 2);
    if (args.is_null()) return args;
  }
  Root ra(vm, args);
  Value items[4] = {Value::ptr(d->type), args, Value::none(), it};
  return new_tuple_from(vm, items, 4);
}

// ---------- defaultdict ----------

Str* factory_name(VM& vm) { return vm.intern("default_factory"); }

Value factory_of(VM& vm, Value self) {
  if (!is_layout(self, Layout::Instance)) return Value::none();
  Value f = instance_get(self.as<Instance>(), factory_name(vm));
  return f.is_null() ? Value::none() : f;
}

Status dd_check(VM& vm, Value self) {
  if (is_layout(self, Layout::Instance) && is_dict(self.as<Instance>()->base_value)) return Status::Ok;
  raise(vm, vm.TypeError, "descriptor requires a 'collections.defaultdict' object but received a '%s'", type_name(vm, self));
  return Status::Error;
}

Value dd_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  if (failed(dd_check(vm, self))) return Value::null();
  Value factory = Value::none();
  size_t skip = 0;
  if (nargs > 0) {
    factory = args[0];
    skip = 1;
    if (!factory.is_none() && is_callable(vm, factory).is_false())
      return raise(vm, vm.TypeError, "first argument must be callable or None");
  }
  if (failed(instance_set(vm, self.as<Instance>(), factory_name(vm), factory))) return Value::null();
  Value dinit = dict_get_str(vm.dict_type->dict, vm.s_init);
  if (dinit.is_null()) return raise(vm, vm.SystemError, "dict.__init__ is missing");
  RootVec buf(vm);
  buf.v.push_back(self);
  size_t nkw = kw ? kw->size : 0;
  for (size_t i = skip; i < nargs + nkw; i++) buf.v.push_back(args[i]);
  Root rd(vm, dinit);
  return call(vm, dinit, buf.v.data(), nargs - skip + 1, kw);
}

Value dd_missing(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  Value f = factory_of(vm, self);
  if (f.is_none()) {
    Value t = new_tuple_from(vm, args, 1);
    if (t.is_null()) return t;
    Root rt(vm, t);
    Value e = new_exception(vm, vm.KeyError, t);
    if (e.is_null()) return e;
    return raise_value(vm, e);
  }
  Value v = call0(vm, f);
  if (v.is_null()) return v;
  Root rv(vm, v);
  if (failed(setitem(vm, self, args[0], v))) return Value::null();
  return v;
}

// type(self)(self.default_factory, arg)
Value dd_new_like(VM& vm, Value self, Value arg) {
  Value items[2] = {factory_of(vm, self), arg};
  Root r0(vm, items[0]), r1(vm, arg);
  return call(vm, Value::ptr(type_of(vm, self)), items, 2);
}

Value dd_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  return dd_new_like(vm, self, self);
}

Value dd_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  Value base = repr(vm, self.as<Instance>()->base_value);
  if (base.is_null()) return base;
  Root rb(vm, base);
  Value f = factory_of(vm, self);
  // The guard is keyed like dict repr's, on the dict itself (a defaultdict's wrapped dict).
  Value key = is_layout(f, Layout::Instance) && is_dict(f.as<Instance>()->base_value) ? f.as<Instance>()->base_value : f;
  Value fr;
  if (list_repr_enter(vm, key)) {
    fr = new_str(vm, "...");
  } else {
    fr = repr(vm, f);
    list_repr_leave(vm, key);
  }
  if (fr.is_null()) return fr;
  std::string s(type_of(vm, self)->name->view());
  s += "(";
  s += as_str(fr)->view();
  s += ", ";
  s += as_str(rb.get())->view();
  s += ")";
  return new_str(vm, s);
}

Value dd_or_impl(VM& vm, Value self, Value left, Value right) {
  Value other = left == self ? right : left;
  if (!dict_unwrap(other)) return vm.not_implemented;
  Value n = dd_new_like(vm, self, left);
  if (n.is_null()) return n;
  Root rn(vm, n);
  Dict* nd = dict_unwrap(n);
  if (!nd) return n;
  if (failed(dict_merge(vm, nd, right, true))) return Value::null();
  return n;
}
Value dd_or(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  return dd_or_impl(vm, self, self, args[0]);
}
Value dd_ror(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  return dd_or_impl(vm, self, args[0], self);
}
Value dd_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  if (failed(dict_merge(vm, self.as<Instance>()->base_value.as<Dict>(), args[0], true))) return Value::null();
  return self;
}

Value dd_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (failed(dd_check(vm, self))) return Value::null();
  Value f = factory_of(vm, self);
  Value args = f.is_none() ? vm.empty_tuple : new_tuple_from(vm, &f, 1);
  if (args.is_null()) return args;
  Root ra(vm, args);
  Value items = call_method(vm, self, vm.s_items, nullptr, 0);
  if (items.is_null()) return items;
  Root ri(vm, items);
  Value it = get_iter(vm, items);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value t[5] = {Value::ptr(type_of(vm, self)), args, Value::none(), Value::none(), it};
  return new_tuple_from(vm, t, 5);
}

// _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each elem.
Value count_elements(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "_count_elements", nargs, kw, 2, 2))) return Value::null();
  Value get = getattr(vm, args[0], vm.intern("get"));
  if (get.is_null()) return get;
  Root rg(vm, get);
  Value it = get_iter(vm, args[1]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::none() : x;
    Root rx(vm, x);
    Value old = call2(vm, get, x, Value::small(0));
    if (old.is_null()) return old;
    Value nv = binary_op(vm, old, Value::small(1), BinOp::Add, false);
    if (nv.is_null()) return nv;
    if (failed(setitem(vm, args[0], x, nv))) return Value::null();
  }
}

Value make_collections(VM& vm) {
  Value mv = native_module(vm, "_collections");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "deque").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();

  Type* dq = native_type(vm, m, "collections", "deque", Layout::Opaque, deque_ctor);
  if (!dq) return Value::null();
  dq->trace = trace_deque;
  dq->finalize = fin_deque;
  dq->tflags |= kTypeInitFills;
  static const MethodDef deque_methods[] = {
      {"__init__", d_init, 0, -1, kBuiltinKeywords},
      {"append", d_append, 1, 1, 0},
      {"appendleft", d_appendleft, 1, 1, 0},
      {"pop", d_pop, 0, 0, 0},
      {"popleft", d_popleft, 0, 0, 0},
      {"extend", d_extend, 1, 1, 0},
      {"extendleft", d_extendleft, 1, 1, 0},
      {"clear", d_clear, 0, 0, 0},
      {"copy", d_copy, 0, 0, 0},
      {"__copy__", d_copy, 0, 0, 0},
      {"count", d_count, 1, 1, 0},
      {"index", d_index, 0, -1, 0},
      {"insert", d_insert, 0, -1, 0},
      {"remove", d_remove, 1, 1, 0},
      {"reverse", d_reverse, 0, 0, 0},
      {"rotate", d_rotate, 0, -1, 0},
      {"__len__", d_len, 0, 0, 0},
      {"__bool__", d_bool, 0, 0, 0},
      {"__iter__", d_iter, 0, 0, 0},
      {"__reversed__", d_reversed, 0, 0, 0},
      {"__contains__", d_contains, 1, 1, 0},
      {"__getitem__", d_getitem, 1, 1, 0},
      {"__setitem__", d_setitem, 2, 2, 0},
      {"__delitem__", d_delitem, 1, 1, 0},
      {"__repr__", d_repr, 0, 0, 0},
      {"__eq__", d_eq, 1, 1, 0},
      {"__ne__", d_ne, 1, 1, 0},
      {"__lt__", d_lt, 1, 1, 0},
      {"__le__", d_le, 1, 1, 0},
      {"__gt__", d_gt, 1, 1, 0},
      {"__ge__", d_ge, 1, 1, 0},
      {"__add__", d_add, 1, 1, 0},
      {"__iadd__", d_iadd, 1, 1, 0},
      {"__mul__", d_mul, 1, 1, 0},
      {"__rmul__", d_mul, 1, 1, 0},
      {"__imul__", d_imul, 1, 1, 0},
      {"__reduce__", d_reduce, 0, 0, 0},
  };
  add_methods(vm, dq, deque_methods);
  add_getter(vm, dq, "maxlen", d_maxlen);
  (void)dict_set_str(vm, dq->dict, vm.s_hash, Value::none());
  add_class_getitem(vm, dq);

  static const MethodDef iter_methods[] = {
      {"__iter__", di_iter, 0, 0, 0}, {"__next__", di_next, 0, 0, 0}, {"__length_hint__", di_length_hint, 0, 0, 0}};
  for (const char* name : {"_deque_iterator", "_deque_reverse_iterator"}) {
    Type* t = native_type(vm, m, "_collections", name, Layout::Iter, nullptr);
    if (!t) return Value::null();
    t->tflags &= ~kTypeBaseType;
    add_methods(vm, t, iter_methods);
  }

  // defaultdict: built like a Python subclass of dict (see the top of the file).
  Type* dd = new_builtin_type(vm, "defaultdict", Layout::Instance, vm.dict_type, true);
  if (!dd) return Value::null();
  Root rdd(vm, Value::ptr(dd));
  dd->tflags |= kTypeHeap;
  dd->builtin_kind = vm.dict_type->builtin_kind;
  dd->native_new = vm.dict_type->native_new;
  (void)dict_set_str(vm, m->dict, dd->name, Value::ptr(dd));
  (void)dict_set_str(vm, dd->dict, vm.s_module, Value::ptr(vm.intern("collections")));
  static const MethodDef dd_methods[] = {
      {"__init__", dd_init, 0, -1, kBuiltinKeywords},
      {"__missing__", dd_missing, 1, 1, 0},
      {"copy", dd_copy, 0, 0, 0},
      {"__copy__", dd_copy, 0, 0, 0},
      {"__repr__", dd_repr, 0, 0, 0},
      {"__or__", dd_or, 1, 1, 0},
      {"__ror__", dd_ror, 1, 1, 0},
      {"__ior__", dd_ior, 1, 1, 0},
      {"__reduce__", dd_reduce, 0, 0, 0},
  };
  add_methods(vm, dd, dd_methods);
  add_class_getitem(vm, dd);

  static const MethodDef fns[] = {{"_count_elements", count_elements, 0, -1, kBuiltinKeywords}};
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_collections(VM& vm) { register_native_module(vm, "_collections", make_collections); }

}  // namespace taipan::runtime
