// range, slice, cell, property, classmethod/staticmethod and the generic iterator objects
// (enumerate, zip, map, filter, reversed, the sequence iterator, iter(callable, sentinel)).
#include <cstring>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/numbers.h"
#include "runtime/str.h"

namespace taipan::runtime {

Value new_iter(VM& vm, Type* t, Value seq, int64_t index, int64_t end) {
  Root rs(vm, seq);
  auto* it = static_cast<Iter*>(vm.heap.alloc(sizeof(Iter), t));
  if (!it) return raise_no_memory(vm);
  it->seq = seq;
  it->a = it->b = it->c = Value::null();
  it->index = index;
  it->end = end;
  return Value::ptr(it);
}

Value new_cell(VM& vm, Value v) {
  Root rv(vm, v);
  auto* c = static_cast<Cell*>(vm.heap.alloc(sizeof(Cell), vm.cell_type));
  if (!c) return raise_no_memory(vm);
  c->value = v;
  return Value::ptr(c);
}

// ---------- range ----------

static int64_t range_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) return int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1);
  if (step < 0 && start > stop) return int64_t((uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1);
  return 0;
}

Value new_range(VM& vm, int64_t start, int64_t stop, int64_t step) {
  auto* r = static_cast<Range*>(vm.heap.alloc(sizeof(Range), vm.range_type));
  if (!r) return raise_no_memory(vm);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_len(start, stop, step);
  return Value::ptr(r);
}

static Status range_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    return Status::Error;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  BigInt b = to_bigint(i);
  if (!b.fits_i64() || b.to_i64() > (int64_t(1) << 62) || b.to_i64() < -(int64_t(1) << 62)) {
    raise(vm, vm.OverflowError, "range() arguments beyond 2**62 are not supported");
    return Status::Error;
  }
  out = b.to_i64();
  return Status::Ok;
}

static Value range_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  int64_t start = 0, stop, step = 1;
  if (nargs == 0) return raise(vm, vm.TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) return raise(vm, vm.TypeError, "range expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) {
    if (failed(range_arg(vm, args[0], stop))) return Value::null();
  } else {
    if (failed(range_arg(vm, args[0], start)) || failed(range_arg(vm, args[1], stop))) return Value::null();
    if (nargs == 3 && failed(range_arg(vm, args[2], step))) return Value::null();
    if (step == 0) return raise(vm, vm.ValueError, "range() arg 3 must not be zero");
  }
  return new_range(vm, start, stop, step);
}

static Range* R(Value v) { return v.as<Range>(); }
static Value range_len_m(VM& vm, Value self, Value*, size_t, Tuple*) { return new_int(vm, R(self)->length); }
static Value range_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  Value it = new_iter(vm, vm.range_iter_type, Value::null(), 0, r->length);
  if (it.is_null()) return it;
  it.as<Iter>()->a = Value::small(r->start);
  it.as<Iter>()->step = r->step;
  return it;
}
static Value range_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  Value it = new_iter(vm, vm.range_iter_type, Value::null(), 0, r->length);
  if (it.is_null()) return it;
  it.as<Iter>()->a = Value::small(r->start + (r->length - 1) * r->step);
  it.as<Iter>()->step = -r->step;
  return it;
}
static Value range_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Range* r = R(self);
  if (is_layout(args[0], Layout::Slice)) {
    int64_t start, stop, step, n;
    if (failed(slice_indices(vm, args[0].as<Slice>(), r->length, start, stop, step, n))) return Value::null();
    return new_range(vm, r->start + start * r->step, r->start + stop * r->step, r->step * step);
  }
  int64_t i;
  if (!is_int(vm, args[0]) && type_lookup(type_of(vm, args[0]), vm.s_index).is_null())
    return raise(vm, vm.TypeError, "range indices must be integers or slices, not %s", type_name(vm, args[0]));
  if (failed(index_i64(vm, args[0], i))) return Value::null();
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return raise(vm, vm.IndexError, "range object index out of range");
  return new_int(vm, r->start + i * r->step);
}
static int range_has(Range* r, int64_t v) {
  if (r->length == 0) return 0;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  return (v - r->start) % r->step == 0;
}
static Value range_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value v = args[0];
  if (v.is_small()) return Value::boolean(range_has(R(self), v.as_small()));
  if (v.is_bool()) return Value::boolean(range_has(R(self), v.is_true()));
  if (is_exact(v, vm.int_type)) {
    BigInt b = to_bigint(v);
    return Value::boolean(b.fits_i64() && range_has(R(self), b.to_i64()));
  }
  Root rs(vm, self);
  Value it = range_iter(vm, self, nullptr, 0, nullptr);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::false_() : x;
    int e = eq(vm, x, v);
    if (e) return e < 0 ? Value::null() : Value::true_();
  }
}
static Value range_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  char buf[96];
  if (r->step == 1) snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  else snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
  return new_str(vm, buf);
}
static Value range_eq_impl(VM& vm, Value self, Value other, bool ne) {
  if (!is_layout(other, Layout::Range)) return vm.not_implemented;
  Range* a = R(self);
  Range* b = R(other);
  bool e;
  if (a->length != b->length) e = false;
  else if (a->length == 0) e = true;
  else if (a->start != b->start) e = false;
  else if (a->length == 1) e = true;
  else e = a->step == b->step;
  return Value::boolean(ne ? !e : e);
}
static Value range_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return range_eq_impl(vm, self, args[0], false); }
static Value range_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return range_eq_impl(vm, self, args[0], true); }
static Value range_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  Range* r = R(self);
  Value items[3] = {Value::small(r->length), Value::none(), Value::none()};
  if (r->length) {
    items[1] = Value::small(r->start);
    if (r->length > 1) items[2] = Value::small(r->step);
  }
  Value t = new_tuple_from(vm, items, 3);
  if (t.is_null()) return t;
  int64_t h;
  if (failed(tuple_hash(vm, t.as<Tuple>(), h))) return Value::null();
  return new_int(vm, h);
}
static Value range_count(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (args[0].is_small()) return Value::small(range_has(R(self), args[0].as_small()));
  Value c = range_contains(vm, self, args, 1, nullptr);
  if (c.is_null()) return c;
  return Value::small(c.is_true());
}
static Value range_index(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Range* r = R(self);
  if (args[0].is_small() && range_has(r, args[0].as_small())) return Value::small((args[0].as_small() - r->start) / r->step);
  return raise(vm, vm.ValueError, "%R is not in range", args[0]);
}
static Value range_start(VM& vm, Value self, Value*, size_t, Tuple*) { return new_int(vm, R(self)->start); }
static Value range_stop(VM& vm, Value self, Value*, size_t, Tuple*) { return new_int(vm, R(self)->stop); }
static Value range_step(VM& vm, Value self, Value*, size_t, Tuple*) { return new_int(vm, R(self)->step); }

// ---------- slice ----------

Value new_slice(VM& vm, Value start, Value stop, Value step) {
  Root r1(vm, start), r2(vm, stop), r3(vm, step);
  auto* s = static_cast<Slice*>(vm.heap.alloc(sizeof(Slice), vm.slice_type));
  if (!s) return raise_no_memory(vm);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::ptr(s);
}

static Status slice_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    return Status::Error;
  }
  return index_clamped(vm, v, out);
}

Status slice_indices(VM& vm, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step, int64_t& slicelength) {
  step = 1;
  if (!s->step.is_none()) {
    if (failed(slice_arg(vm, s->step, step))) return Status::Error;
    if (step == 0) {
      raise(vm, vm.ValueError, "slice step cannot be zero");
      return Status::Error;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
  if (s->start.is_none()) start = step < 0 ? upper : lower;
  else {
    if (failed(slice_arg(vm, s->start, start))) return Status::Error;
    if (start < 0) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) {
      start = upper;
    }
  }
  if (s->stop.is_none()) stop = step < 0 ? lower : upper;
  else {
    if (failed(slice_arg(vm, s->stop, stop))) return Status::Error;
    if (stop < 0) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) {
      stop = upper;
    }
  }
  if (step < 0) slicelength = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  else slicelength = start < stop ? (stop - start - 1) / step + 1 : 0;
  return Status::Ok;
}

static Value slice_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) return raise(vm, vm.TypeError, "slice expected at least 1 argument, got 0");
  if (nargs == 1) return new_slice(vm, Value::none(), args[0], Value::none());
  return new_slice(vm, args[0], args[1], nargs > 2 ? args[2] : Value::none());
}
static Value slice_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Slice* s = self.as<Slice>();
  std::string out = "slice(";
  Value parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; i++) {
    Value r = repr(vm, parts[i]);
    if (r.is_null()) return r;
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  out += ")";
  return new_str(vm, out);
}
static Value slice_indices_m(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int64_t len;
  if (failed(index_i64(vm, args[0], len))) return Value::null();
  if (len < 0) return raise(vm, vm.ValueError, "length should not be negative");
  int64_t a, b, c, n;
  if (failed(slice_indices(vm, self.as<Slice>(), len, a, b, c, n))) return Value::null();
  Value items[3] = {Value::small(a), Value::small(b), Value::small(c)};
  return new_tuple_from(vm, items, 3);
}
static Value slice_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_layout(args[0], Layout::Slice)) return vm.not_implemented;
  Slice* a = self.as<Slice>();
  Slice* b = args[0].as<Slice>();
  Value ta[3] = {a->start, a->stop, a->step}, tb[3] = {b->start, b->stop, b->step};
  return sequence_compare(vm, ta, 3, tb, 3, CmpOp::Eq);
}
static Value slice_cmp(VM& vm, Value self, Value other, CmpOp op) {
  if (!is_layout(other, Layout::Slice)) return vm.not_implemented;
  Slice* a = self.as<Slice>();
  Slice* b = other.as<Slice>();
  Value ta[3] = {a->start, a->stop, a->step}, tb[3] = {b->start, b->stop, b->step};
  return sequence_compare(vm, ta, 3, tb, 3, op);
}
static Value slice_lt(VM& vm, Value self, Value* args, size_t, Tuple*) { return slice_cmp(vm, self, args[0], CmpOp::Lt); }
static Value slice_le(VM& vm, Value self, Value* args, size_t, Tuple*) { return slice_cmp(vm, self, args[0], CmpOp::Le); }
static Value slice_gt(VM& vm, Value self, Value* args, size_t, Tuple*) { return slice_cmp(vm, self, args[0], CmpOp::Gt); }
static Value slice_ge(VM& vm, Value self, Value* args, size_t, Tuple*) { return slice_cmp(vm, self, args[0], CmpOp::Ge); }
static Value slice_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return slice_cmp(vm, self, args[0], CmpOp::Ne); }
static Value slice_start(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->start; }
static Value slice_stop(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->stop; }
static Value slice_step(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->step; }

// ---------- iterators ----------

static Value stop_iter(VM& vm) { return raise_value(vm, Value::ptr(vm.StopIteration)); }

Value misc_iter_next(VM& vm, Iter* it) {
  Type* t = it->type;
  Root ri(vm, Value::ptr(it));
  if (t == vm.enumerate_type) {
    Value x = iter_next(vm, it->seq);
    if (x.is_null()) return x;
    Root rx(vm, x);
    Value idx;
    if (it->a.is_null()) {
      idx = new_int(vm, it->index++);
    } else {
      idx = it->a;
      Value next = binary_op(vm, idx, Value::small(1), BinOp::Add, false);
      if (next.is_null()) return next;
      it->a = next;
    }
    if (idx.is_null()) return idx;
    Value items[2] = {idx, x};
    return new_tuple_from(vm, items, 2);
  }
  if (t == vm.zip_type) {
    Tuple* its = it->seq.as<Tuple>();
    if (its->size == 0) return Value::null();
    bool strict = it->index == 1;
    RootVec vals(vm);
    for (uint32_t i = 0; i < its->size; i++) {
      Value x = iter_next(vm, its->items[i]);
      if (x.is_null()) {
        if (!vm.exc.is_null()) return x;
        if (strict) {
          if (i > 0)
            return raise(vm, vm.ValueError, "zip() argument %d is shorter than argument%s%d", int(i + 1),
                         i == 1 ? " " : "s 1-", int(i));
          for (uint32_t k = 1; k < its->size; k++) {
            Value y = iter_next(vm, its->items[k]);
            if (!y.is_null())
              return raise(vm, vm.ValueError, "zip() argument %d is longer than argument%s%d", int(k + 1),
                           k == 1 ? " " : "s 1-", int(k));
            if (!vm.exc.is_null()) return y;
          }
        }
        return Value::null();
      }
      vals.v.push_back(x);
    }
    return new_tuple_from(vm, vals.v.data(), vals.v.size());
  }
  if (t == vm.map_type) {
    Tuple* its = it->seq.as<Tuple>();
    RootVec vals(vm);
    for (uint32_t i = 0; i < its->size; i++) {
      Value x = iter_next(vm, its->items[i]);
      if (x.is_null()) return x;
      vals.v.push_back(x);
    }
    return call(vm, it->a, vals.v.data(), vals.v.size());
  }
  if (t == vm.filter_type) {
    for (;;) {
      Value x = iter_next(vm, it->seq);
      if (x.is_null()) return x;
      Root rx(vm, x);
      Value pred = x;
      if (!it->a.is_none()) {
        pred = call1(vm, it->a, x);
        if (pred.is_null()) return pred;
      }
      int r = truthy(vm, pred);
      if (r < 0) return Value::null();
      if (r) return x;
    }
  }
  if (t == vm.reversed_type) {
    if (it->index < 0 || it->seq.is_null()) {
      it->seq = Value::null();
      return Value::null();
    }
    Value r = getitem(vm, it->seq, Value::small(it->index--));
    if (r.is_null() && (exc_matches(vm, vm.IndexError) || exc_matches(vm, vm.StopIteration))) {
      clear_exc(vm);
      it->seq = Value::null();
    }
    return r;
  }
  if (t == vm.seq_iter_type) {
    if (it->seq.is_null()) return Value::null();
    Value r = getitem(vm, it->seq, Value::small(it->index++));
    if (r.is_null() && (exc_matches(vm, vm.IndexError) || exc_matches(vm, vm.StopIteration))) {
      clear_exc(vm);
      it->seq = Value::null();
    }
    return r;
  }
  if (t == vm.callable_iter_type) {
    if (it->seq.is_null()) return Value::null();
    Value r = call0(vm, it->seq);
    if (r.is_null()) {
      if (exc_matches(vm, vm.StopIteration)) {
        clear_exc(vm);
        it->seq = Value::null();
      }
      return r;
    }
    Root rr(vm, r);
    int e = eq(vm, r, it->a);
    if (e < 0) return Value::null();
    if (e) {
      it->seq = Value::null();
      return Value::null();
    }
    return r;
  }
  return raise(vm, vm.TypeError, "not an iterator");
}

static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value miter_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = iter_next(vm, self);
  if (v.is_null() && vm.exc.is_null()) return stop_iter(vm);
  return v;
}
static Value range_iter_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  return Value::small(it->end - it->index);
}

static Value enumerate_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"iterable", "start"};
  Value a[2];
  if (failed(parse_args(vm, "enumerate", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value e = new_iter(vm, vm.enumerate_type, it);
  if (e.is_null()) return e;
  if (!a[1].is_null()) {
    if (!is_int(vm, a[1]) && type_lookup(type_of(vm, a[1]), vm.s_index).is_null())
      return raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, a[1]));
    Value s = index_value(vm, a[1]);
    if (s.is_null()) return s;
    if (s.is_small()) e.as<Iter>()->index = s.as_small();
    else e.as<Iter>()->a = s;
  }
  return e;
}

static Value make_iter_tuple(VM& vm, Value* args, size_t n) {
  Tuple* t = new_tuple(vm, n);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  for (size_t i = 0; i < n; i++) {
    Value it = get_iter(vm, args[i]);
    if (it.is_null()) return it;
    t->items[i] = it;
  }
  return Value::ptr(t);
}

static Value zip_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Value strict = kwarg(kwnames, args, nargs, "strict");
  if (kwnames && kwnames->size > 1)
    return raise(vm, vm.TypeError, "zip() takes at most 1 keyword argument (%d given)", int(kwnames->size));
  if (kwnames && kwnames->size && strict.is_null())
    return raise(vm, vm.TypeError, "zip() got an unexpected keyword argument '%N'", as_str(kwnames->items[0]));
  Value t = make_iter_tuple(vm, args, nargs);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value z = new_iter(vm, vm.zip_type, t);
  if (z.is_null()) return z;
  if (!strict.is_null()) {
    int s = truthy(vm, strict);
    if (s < 0) return Value::null();
    z.as<Iter>()->index = s;
  }
  return z;
}

static Value map_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs < 2) return raise(vm, vm.TypeError, "map() must have at least two arguments.");
  Value t = make_iter_tuple(vm, args + 1, nargs - 1);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value m = new_iter(vm, vm.map_type, t);
  if (m.is_null()) return m;
  m.as<Iter>()->a = args[0];
  return m;
}

static Value filter_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.TypeError, "filter expected 2 arguments, got %zu", nargs);
  Value it = get_iter(vm, args[1]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value f = new_iter(vm, vm.filter_type, it);
  if (f.is_null()) return f;
  f.as<Iter>()->a = args[0];
  return f;
}

static Value reversed_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(vm, vm.TypeError, "reversed expected 1 argument, got %zu", nargs);
  Value seq = args[0];
  Value rev = lookup_special(vm, seq, vm.s_reversed);
  if (!rev.is_null()) {
    if (rev.is_none()) return raise(vm, vm.TypeError, "'%s' object is not reversible", type_name(vm, seq));
    Root rr(vm, rev);
    return call0(vm, rev);
  }
  if (!vm.exc.is_null()) return Value::null();
  if (type_lookup(type_of(vm, seq), vm.s_getitem).is_null() || type_lookup(type_of(vm, seq), vm.s_len).is_null() ||
      is_dict(seq))
    return raise(vm, vm.TypeError, "'%s' object is not reversible", type_name(vm, seq));
  int64_t n;
  if (failed(length(vm, seq, n))) return Value::null();
  return new_iter(vm, vm.reversed_type, seq, n - 1);
}

// ---------- property, classmethod, staticmethod ----------

static Value property_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  Value a[4];
  if (failed(parse_args(vm, "property", args, nargs, kwnames, names, 4, 0, a))) return Value::null();
  RootVec keep(vm);
  keep.v.assign(a, a + 4);
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), vm.property_type));
  if (!p) return raise_no_memory(vm);
  p->fget = a[0].is_null() ? Value::none() : a[0];
  p->fset = a[1].is_null() ? Value::none() : a[1];
  p->fdel = a[2].is_null() ? Value::none() : a[2];
  p->doc = a[3].is_null() ? Value::none() : a[3];
  p->name = Value::null();
  if (p->doc.is_none() && !p->fget.is_none()) {
    Root rp(vm, Value::ptr(p));
    Value d = getattr_opt(vm, p->fget, vm.s_doc);
    if (!d.is_null()) p->doc = d;
    clear_exc(vm);
  }
  return Value::ptr(p);
}
static Value property_copy(VM& vm, Property* src, Value fget, Value fset, Value fdel) {
  Root rs(vm, Value::ptr(src)), r1(vm, fget), r2(vm, fset), r3(vm, fdel);
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), src->type));
  if (!p) return raise_no_memory(vm);
  p->fget = fget;
  p->fset = fset;
  p->fdel = fdel;
  p->doc = src->doc;
  p->name = src->name;
  return Value::ptr(p);
}
static Value property_getter(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = self.as<Property>();
  return property_copy(vm, p, args[0], p->fset, p->fdel);
}
static Value property_setter(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = self.as<Property>();
  return property_copy(vm, p, p->fget, args[0], p->fdel);
}
static Value property_deleter(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = self.as<Property>();
  return property_copy(vm, p, p->fget, p->fset, args[0]);
}
static Value property_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Property* p = self.as<Property>();
  if (nargs == 0 || args[0].is_none()) return self;
  if (p->fget.is_none()) return raise(vm, vm.AttributeError, "unreadable attribute");
  return call1(vm, p->fget, args[0]);
}
static Value property_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = self.as<Property>();
  if (p->fset.is_none()) return raise(vm, vm.AttributeError, "can't set attribute");
  Value r = call2(vm, p->fset, args[0], args[1]);
  return r.is_null() ? r : Value::none();
}
static Value property_delete(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = self.as<Property>();
  if (p->fdel.is_none()) return raise(vm, vm.AttributeError, "can't delete attribute");
  Value r = call1(vm, p->fdel, args[0]);
  return r.is_null() ? r : Value::none();
}
static Value property_set_name(VM& vm, Value self, Value* args, size_t, Tuple*) {
  self.as<Property>()->name = args[1];
  return Value::none();
}
static Value property_fget(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Property>()->fget; }
static Value property_fset(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Property>()->fset; }
static Value property_fdel(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Property>()->fdel; }
static Value property_doc(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Property>()->doc; }

static Value wrapper_new_impl(VM& vm, Type* t, Value f) {
  Root rf(vm, f);
  auto* w = static_cast<Wrapper*>(vm.heap.alloc(sizeof(Wrapper), t));
  if (!w) return raise_no_memory(vm);
  w->callable = f;
  w->dict = Value::null();
  return Value::ptr(w);
}
static Value classmethod_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(vm, vm.TypeError, "classmethod expected 1 argument, got %zu", nargs);
  return wrapper_new_impl(vm, vm.classmethod_type, args[0]);
}
static Value staticmethod_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) return raise(vm, vm.TypeError, "staticmethod expected 1 argument, got %zu", nargs);
  return wrapper_new_impl(vm, vm.staticmethod_type, args[0]);
}
static Value wrapper_func(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Wrapper>()->callable; }
static Value classmethod_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value owner = nargs > 1 && !args[1].is_none() ? args[1] : Value::ptr(type_of(vm, args[0]));
  return new_method(vm, self.as<Wrapper>()->callable, owner);
}
static Value staticmethod_get(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Wrapper>()->callable; }
static Value staticmethod_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, self.as<Wrapper>()->callable, args, nargs, kwnames);
}
static Value wrapper_isabstract(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = getattr_opt(vm, self.as<Wrapper>()->callable, vm.intern("__isabstractmethod__"));
  if (v.is_null()) return vm.exc.is_null() ? Value::false_() : v;
  return v;
}
static Value cell_contents(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = self.as<Cell>()->value;
  if (v.is_null()) return raise(vm, vm.ValueError, "Cell is empty");
  return v;
}

static void set_new_fn(VM& vm, Type* t, const char* name, NativeFn fn, int16_t min, int16_t max, uint16_t flags) {
  t->native_new = new_builtin(vm, name, fn, Value::null(), min, max, flags);
  t->native_new.as<Builtin>()->owner = t;
}

void init_misc(VM& vm) {
  static const MethodDef range_methods[] = {
      {"__len__", range_len_m, 0, 0, 0},       {"__iter__", range_iter, 0, 0, 0},   {"__reversed__", range_reversed, 0, 0, 0},
      {"__getitem__", range_getitem, 1, 1, 0}, {"__contains__", range_contains, 1, 1, 0}, {"__repr__", range_repr, 0, 0, 0},
      {"__eq__", range_eq, 1, 1, 0},           {"__ne__", range_ne, 1, 1, 0},       {"__hash__", range_hash, 0, 0, 0},
      {"count", range_count, 1, 1, 0},         {"index", range_index, 1, 1, 0},
  };
  add_methods(vm, vm.range_type, range_methods);
  add_getter(vm, vm.range_type, "start", range_start);
  add_getter(vm, vm.range_type, "stop", range_stop);
  add_getter(vm, vm.range_type, "step", range_step);
  set_new_fn(vm, vm.range_type, "range", range_new, 0, -1, 0);
  vm.range_type->tflags &= ~kTypeBaseType;

  static const MethodDef slice_methods[] = {
      {"__repr__", slice_repr, 0, 0, 0}, {"indices", slice_indices_m, 1, 1, 0}, {"__eq__", slice_eq, 1, 1, 0},
      {"__ne__", slice_ne, 1, 1, 0},     {"__lt__", slice_lt, 1, 1, 0},         {"__le__", slice_le, 1, 1, 0},
      {"__gt__", slice_gt, 1, 1, 0},     {"__ge__", slice_ge, 1, 1, 0}};
  add_methods(vm, vm.slice_type, slice_methods);
  (void)dict_set_str(vm, vm.slice_type->dict, vm.s_hash, Value::none());
  add_getter(vm, vm.slice_type, "start", slice_start);
  add_getter(vm, vm.slice_type, "stop", slice_stop);
  add_getter(vm, vm.slice_type, "step", slice_step);
  set_new_fn(vm, vm.slice_type, "slice", slice_new, 0, 3, 0);

  static const MethodDef iter_methods[] = {{"__iter__", iter_self, 0, 0, 0}, {"__next__", miter_next, 0, 0, 0}};
  for (Type* t : {vm.range_iter_type, vm.enumerate_type, vm.zip_type, vm.map_type, vm.filter_type, vm.reversed_type,
                  vm.seq_iter_type, vm.callable_iter_type})
    add_methods(vm, t, iter_methods);
  static const MethodDef ri_methods[] = {{"__length_hint__", range_iter_len, 0, 0, 0}};
  add_methods(vm, vm.range_iter_type, ri_methods);
  set_new_fn(vm, vm.enumerate_type, "enumerate", enumerate_new, 0, 2, kBuiltinKeywords);
  set_new_fn(vm, vm.zip_type, "zip", zip_new, 0, -1, kBuiltinKeywords);
  set_new_fn(vm, vm.map_type, "map", map_new, 0, -1, 0);
  set_new_fn(vm, vm.filter_type, "filter", filter_new, 0, 2, 0);
  set_new_fn(vm, vm.reversed_type, "reversed", reversed_new, 0, 1, 0);

  static const MethodDef prop_methods[] = {
      {"getter", property_getter, 1, 1, 0}, {"setter", property_setter, 1, 1, 0}, {"deleter", property_deleter, 1, 1, 0},
      {"__get__", property_get, 1, 2, 0},   {"__set__", property_set, 2, 2, 0},   {"__delete__", property_delete, 1, 1, 0},
      {"__set_name__", property_set_name, 2, 2, 0},
  };
  add_methods(vm, vm.property_type, prop_methods);
  add_getter(vm, vm.property_type, "fget", property_fget);
  add_getter(vm, vm.property_type, "fset", property_fset);
  add_getter(vm, vm.property_type, "fdel", property_fdel);
  add_getter(vm, vm.property_type, "__doc__", property_doc);
  set_new_fn(vm, vm.property_type, "property", property_new, 0, 4, kBuiltinKeywords);

  static const MethodDef cm_methods[] = {{"__get__", classmethod_get, 1, 2, 0}};
  add_methods(vm, vm.classmethod_type, cm_methods);
  static const MethodDef sm_methods[] = {{"__get__", staticmethod_get, 1, 2, 0}, {"__call__", staticmethod_call, 0, -1, kBuiltinKeywords}};
  add_methods(vm, vm.staticmethod_type, sm_methods);
  for (Type* t : {vm.classmethod_type, vm.staticmethod_type}) {
    add_getter(vm, t, "__func__", wrapper_func);
    add_getter(vm, t, "__wrapped__", wrapper_func);
    add_getter(vm, t, "__isabstractmethod__", wrapper_isabstract);
  }
  set_new_fn(vm, vm.classmethod_type, "classmethod", classmethod_new, 0, 1, 0);
  set_new_fn(vm, vm.staticmethod_type, "staticmethod", staticmethod_new, 0, 1, 0);
  add_getter(vm, vm.cell_type, "cell_contents", cell_contents);
}

}  // namespace taipan::runtime
