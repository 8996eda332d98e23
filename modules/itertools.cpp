// The itertools module: CPython 3.11's iterator types, natively.
//
// Every iterator is an Iter (runtime/object.h) whose `flags` holds its Kind; one __next__
// dispatches on it. Field use per kind (null = absent):
//   count:        a = next value, b = step
//   cycle:        seq = source iterator (null once exhausted), a = List of saved items, index = replay position
//   repeat:       seq = the object, index = remaining count (-1 = forever)
//   accumulate:   seq = iterator, a = func (None = +), b = running total, c = initial (until yielded)
//   chain:        seq = iterator over the iterables (null when done), a = active iterator
//   compress:     seq = data iterator, a = selectors iterator
//   dropwhile / takewhile / filterfalse: seq = iterator, a = predicate, index = 1 once dropping/taking ended
//   groupby:      seq = iterator, a = key func (None), b = Tuple state [tgtkey, currkey, currvalue, currgrouper]
//   _grouper:     seq = the groupby, a = its target key
//   islice:       seq = iterator (null when done), a = next index to yield (int), index = items consumed,
//                 end = stop (-1 = None), step
//   starmap:      seq = iterator, a = function
//   _tee_dataobject: seq = the shared source iterator, a = List of up to kTeeLink items read,
//                 b = next dataobject, index = 1 while reading (re-entrancy guard)
//   _tee:         seq = dataobject, index = position in it
//   zip_longest:  seq = Tuple of iterators (an item becomes null once exhausted), a = fillvalue,
//                 index = number still active
//   product / combinations / combinations_with_replacement / permutations:
//                 seq = Tuple of pools (product) or the pool Tuple, a = last result Tuple (null before the
//                 first), b = Tuple of small-int indices (permutations: n indices then r cycles),
//                 index = 1 once stopped, end = r
//   pairwise:     seq = iterator (null when done), a = previous item
// The state tuples in b are private: their items are small ints or values, mutated in place.
#include <cstring>

#include "runtime/list.h"
#include "runtime/nativetype.h"

namespace taipan::runtime {

namespace {

enum Kind : uint32_t {
  kCount = 1, kCycle, kRepeat, kAccumulate, kChain, kCompress, kDropwhile, kTakewhile, kFilterfalse,
  kGroupby, kGrouper, kIslice, kStarmap, kTeeData, kTee, kZipLongest, kProduct, kCombinations,
  kCombinationsWR, kPermutations, kPairwise,
};
constexpr int64_t kTeeLink = 57;  // items per _tee_dataobject, as CPython

Value stop_iter(VM& vm) { return raise_value(vm, Value::ptr(vm.StopIteration)); }

Value make(VM& vm, Value type, Kind kind, Value seq) {
  Value v = new_iter(vm, type.as<Type>(), seq);
  if (!v.is_null()) v.as<Iter>()->flags = kind;
  return v;
}

Type* module_type(VM& vm, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, "itertools");
  if (!is_layout(m, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, m.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// A Py_ssize_t argument (clinic's conversion): __index__ required, OverflowError beyond int64.
Status ssize(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  return ssize_arg(vm, v, out);
}

Value tuple_of(VM& vm, Value iterable) {
  if (is_exact(iterable, vm.tuple_type)) return iterable;
  Value l = sequence_to_list(vm, iterable);
  if (l.is_null()) return l;
  return new_tuple_from(vm, l.as<List>()->items, l.as<List>()->size);
}

Value small_tuple(VM& vm, size_t n) {
  Tuple* t = new_tuple(vm, n);
  if (!t) return raise_no_memory(vm);
  return Value::ptr(t);
}

// ---------- constructors ----------

bool is_number(VM& vm, Value v) {
  if (v.is_small() || v.is_double() || v.is_bool() || is_int(vm, v)) return true;
  Type* t = type_of(vm, v);
  return !type_lookup(t, vm.s_index).is_null() || !type_lookup(t, vm.s_int).is_null() ||
         !type_lookup(t, vm.s_float).is_null() || !type_lookup(t, vm.s_complex).is_null();
}

Value count_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"start", "step"};
  Value a[2];
  if (failed(parse_old(vm, "count", args, nargs, kw, names, 2, 0, a))) return Value::null();
  Value start = a[0].is_null() ? Value::small(0) : a[0];
  Value step = a[1].is_null() ? Value::small(1) : a[1];
  if (!is_number(vm, start) || !is_number(vm, step)) return raise(vm, vm.TypeError, "a number is required");
  Value r = make(vm, type, kCount, Value::null());
  if (r.is_null()) return r;
  r.as<Iter>()->a = start;
  r.as<Iter>()->b = step;
  return r;
}

Value iter_of(VM& vm, Value type, Kind kind, Value iterable) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Root rit(vm, it);
  return make(vm, type, kind, it);
}

Value cycle_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "cycle", nargs, kw, 1, 1))) return Value::null();
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  List* saved = new_list(vm);
  if (!saved) return Value::null();
  Root rs(vm, Value::ptr(saved));
  Value r = make(vm, type, kCycle, it);
  if (!r.is_null()) r.as<Iter>()->a = Value::ptr(saved);
  return r;
}

Value repeat_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"object", "times"};
  Value a[2];
  if (failed(parse_old(vm, "repeat", args, nargs, kw, names, 2, 1, a))) return Value::null();
  int64_t n = -1;
  if (!a[1].is_null()) {
    if (failed(ssize(vm, a[1], n))) return Value::null();
    if (n < 0) n = 0;
  }
  Value r = make(vm, type, kRepeat, a[0]);
  if (!r.is_null()) r.as<Iter>()->index = n;
  return r;
}

Value accumulate_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) return raise(vm, vm.TypeError, "accumulate() takes at most 2 positional arguments (%zu given)", nargs);
  static const char* const names[] = {"iterable", "func", "initial"};
  Value a[3];
  if (failed(parse_old(vm, "accumulate", args, nargs, kw, names, 3, 1, a))) return Value::null();
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value r = make(vm, type, kAccumulate, it);
  if (r.is_null()) return r;
  Iter* x = r.as<Iter>();
  x->a = a[1].is_null() ? Value::none() : a[1];
  x->c = a[2].is_null() || a[2].is_none() ? Value::null() : a[2];
  return r;
}

Value chain_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (failed(no_kwargs(vm, "chain", kw))) return Value::null();
  Value t = new_tuple_from(vm, args, nargs);
  if (t.is_null()) return t;
  Root rt(vm, t);
  return iter_of(vm, type, kChain, t);
}

Value chain_from_iterable(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Type* t = module_type(vm, "chain");
  if (!t) return raise(vm, vm.SystemError, "itertools.chain is missing");
  Value r = make(vm, Value::ptr(t), kChain, it);
  if (r.is_null() || cls == Value::ptr(t)) return r;
  // A subclass: wrap like the subclass's own constructor would.
  Root rr(vm, r);
  Value inst = new_instance(vm, cls.as<Type>());
  if (inst.is_null()) return inst;
  inst.as<Instance>()->base_value = r;
  return inst;
}

Value compress_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"data", "selectors"};
  Value a[2];
  if (failed(parse_old(vm, "compress", args, nargs, kw, names, 2, 2, a))) return Value::null();
  Value d = get_iter(vm, a[0]);
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value s = get_iter(vm, a[1]);
  if (s.is_null()) return s;
  Root rs(vm, s);
  Value r = make(vm, type, kCompress, d);
  if (!r.is_null()) r.as<Iter>()->a = s;
  return r;
}

Value predicate_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw, const char* name, Kind kind) {
  if (failed(check_positional(vm, name, nargs, kw, 2, 2))) return Value::null();
  Value r = iter_of(vm, type, kind, args[1]);
  if (!r.is_null()) r.as<Iter>()->a = args[0];
  return r;
}
Value dropwhile_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return predicate_new(vm, type, args, nargs, kw, "dropwhile", kDropwhile);
}
Value takewhile_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return predicate_new(vm, type, args, nargs, kw, "takewhile", kTakewhile);
}
Value filterfalse_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return predicate_new(vm, type, args, nargs, kw, "filterfalse", kFilterfalse);
}
Value starmap_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return predicate_new(vm, type, args, nargs, kw, "starmap", kStarmap);
}

Value groupby_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"iterable", "key"};
  Value a[2];
  if (failed(parse_old(vm, "groupby", args, nargs, kw, names, 2, 1, a))) return Value::null();
  Value st = small_tuple(vm, 4);
  if (st.is_null()) return st;
  for (int i = 0; i < 4; i++) st.as<Tuple>()->items[i] = Value::null();
  Root rst(vm, st);
  Value r = iter_of(vm, type, kGroupby, a[0]);
  if (r.is_null()) return r;
  r.as<Iter>()->a = a[1].is_null() ? Value::none() : a[1];
  r.as<Iter>()->b = st;
  return r;
}

Value islice_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "islice", nargs, kw, 2, 4))) return Value::null();
  // Any failed conversion counts as -1, as CPython's PyNumber_AsSsize_t + PyErr_Clear.
  auto conv = [&](Value v, int64_t dflt) -> int64_t {
    if (v.is_none()) return dflt;
    int64_t out;
    if (!v.is_small() && !is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) return -1;
    if (failed(ssize(vm, v, out))) {
      clear_exc(vm);
      return -1;
    }
    return out;
  };
  static const char* kStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  int64_t start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (!args[1].is_none()) {
      stop = conv(args[1], -1);
      if (!vm.exc.is_null()) return Value::null();
      if (stop == -1) return raise(vm, vm.ValueError, "%s", kStop);
    }
  } else {
    start = conv(args[1], 0);
    if (!vm.exc.is_null()) return Value::null();
    if (!args[2].is_none()) {
      stop = conv(args[2], -1);
      if (!vm.exc.is_null()) return Value::null();
      if (stop == -1) return raise(vm, vm.ValueError, "%s", kStop);
    }
  }
  if (start < 0 || stop < -1)
    return raise(vm, vm.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4) {
    step = conv(args[3], 1);
    if (!vm.exc.is_null()) return Value::null();
  }
  if (step < 1) return raise(vm, vm.ValueError, "Step for islice() must be a positive integer or None.");
  Value nx = new_int(vm, start);
  if (nx.is_null()) return nx;
  Root rn(vm, nx);
  Value r = iter_of(vm, type, kIslice, args[0]);
  if (r.is_null()) return r;
  Iter* x = r.as<Iter>();
  x->a = nx;
  x->index = 0;
  x->end = stop;
  x->step = step;
  return r;
}

Value teedata_new(VM& vm, Value it) {
  Type* t = module_type(vm, "_tee_dataobject");
  if (!t) return raise(vm, vm.SystemError, "itertools._tee_dataobject is missing");
  Root rit(vm, it);
  List* l = new_list(vm);
  if (!l) return Value::null();
  Root rl(vm, Value::ptr(l));
  Value d = make(vm, Value::ptr(t), kTeeData, it);
  if (!d.is_null()) d.as<Iter>()->a = Value::ptr(l);
  return d;
}

Value tee_make(VM& vm, Value data, int64_t index) {
  Type* t = module_type(vm, "_tee");
  if (!t) return raise(vm, vm.SystemError, "itertools._tee is missing");
  Value r = make(vm, Value::ptr(t), kTee, data);
  if (!r.is_null()) r.as<Iter>()->index = index;
  return r;
}

Value tee_fromiterable(VM& vm, Value iterable) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  if (is_layout(it, Layout::Iter) && it.as<Iter>()->flags == kTee && module_type(vm, "_tee") == type_of(vm, it))
    return tee_make(vm, it.as<Iter>()->seq, it.as<Iter>()->index);
  Value d = teedata_new(vm, it);
  if (d.is_null()) return d;
  Root rd(vm, d);
  return tee_make(vm, d, 0);
}

Value tee_type_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "_tee", nargs, kw, 1, 1))) return Value::null();
  return tee_fromiterable(vm, args[0]);
}

Value tee_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_layout(self, Layout::Iter)) return raise(vm, vm.TypeError, "expected a _tee");
  return tee_make(vm, self.as<Iter>()->seq, self.as<Iter>()->index);
}

Value tee_fn(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "itertools.tee() takes no keyword arguments");
  if (failed(check_positional(vm, "tee", nargs, nullptr, 1, 2))) return Value::null();
  int64_t n = 2;
  if (nargs == 2 && failed(ssize(vm, args[1], n))) return Value::null();
  if (n < 0) return raise(vm, vm.ValueError, "n must be >= 0");
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value result = small_tuple(vm, size_t(n));
  if (result.is_null()) return result;
  Root rr(vm, result);
  if (n == 0) return result;
  Value copyfunc = getattr_opt(vm, it, vm.s_copy);
  if (!vm.exc.is_null()) return Value::null();
  Root rc(vm, copyfunc);
  Value copyable = it;
  if (copyfunc.is_null()) {
    Value d = teedata_new(vm, it);
    if (d.is_null()) return d;
    Root rd(vm, d);
    copyable = tee_make(vm, d, 0);
    if (copyable.is_null()) return copyable;
    Root rcp(vm, copyable);
    copyfunc = getattr(vm, copyable, vm.s_copy);
    if (copyfunc.is_null()) return copyfunc;
    rc = copyfunc;
  }
  result.as<Tuple>()->items[0] = copyable;
  for (int64_t i = 1; i < n; i++) {
    Value c = call0(vm, copyfunc);
    if (c.is_null()) return c;
    result.as<Tuple>()->items[i] = c;
  }
  return result;
}

Value zip_longest_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  Value fill = Value::none();
  if (kw && kw->size) {
    for (uint32_t i = 0; i < kw->size; i++) {
      if (as_str(kw->items[i])->view() != "fillvalue")
        return raise(vm, vm.TypeError, "zip_longest() got an unexpected keyword argument");
      fill = args[nargs + i];
    }
  }
  Value its = small_tuple(vm, nargs);
  if (its.is_null()) return its;
  Root ri(vm, its);
  for (size_t i = 0; i < nargs; i++) {
    Value it = get_iter(vm, args[i]);
    if (it.is_null()) return it;
    its.as<Tuple>()->items[i] = it;
  }
  Value r = make(vm, type, kZipLongest, its);
  if (r.is_null()) return r;
  r.as<Iter>()->a = fill;
  r.as<Iter>()->index = int64_t(nargs);
  return r;
}

Value product_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  int64_t repeat = 1;
  if (kw && kw->size) {
    for (uint32_t i = 0; i < kw->size; i++) {
      Str* k = as_str(kw->items[i]);
      if (k->view() != "repeat") return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for product()", k);
      if (failed(ssize(vm, args[nargs + i], repeat))) return Value::null();
    }
    if (repeat < 0) return raise(vm, vm.ValueError, "repeat argument cannot be negative");
  }
  if (nargs && repeat > int64_t(UINT32_MAX / nargs)) return raise(vm, vm.OverflowError, "repeat argument too large");
  size_t npools = nargs * size_t(repeat);
  Value pools = small_tuple(vm, npools);
  if (pools.is_null()) return pools;
  Root rp(vm, pools);
  for (size_t i = 0; i < nargs; i++) {
    Value t = tuple_of(vm, args[i]);
    if (t.is_null()) return t;
    for (int64_t k = 0; k < repeat; k++) pools.as<Tuple>()->items[size_t(k) * nargs + i] = t;
  }
  Value idx = small_tuple(vm, npools);
  if (idx.is_null()) return idx;
  for (size_t i = 0; i < npools; i++) idx.as<Tuple>()->items[i] = Value::small(0);
  Root rx(vm, idx);
  Value r = make(vm, type, kProduct, pools);
  if (r.is_null()) return r;
  r.as<Iter>()->b = idx;
  return r;
}

// combinations(iterable, r), combinations_with_replacement(iterable, r), permutations(iterable, r=None)
Value combinatoric_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw, const char* name, Kind kind) {
  static const char* const names[] = {"iterable", "r"};
  Value a[2];
  if (failed(parse_old(vm, name, args, nargs, kw, names, 2, kind == kPermutations ? 1 : 2, a))) return Value::null();
  Value pool = tuple_of(vm, a[0]);
  if (pool.is_null()) return pool;
  Root rp(vm, pool);
  int64_t n = pool.as<Tuple>()->size, r = n;
  if (!a[1].is_null() && !(kind == kPermutations && a[1].is_none())) {
    if (kind == kPermutations && !is_int(vm, a[1])) return raise(vm, vm.TypeError, "Expected int as r");
    if (failed(ssize(vm, a[1], r))) return Value::null();
  }
  if (r < 0) return raise(vm, vm.ValueError, "r must be non-negative");
  size_t nidx = kind == kPermutations ? size_t(n + r) : size_t(r);
  if (kind == kPermutations && r > n) nidx = size_t(n);
  Value idx = small_tuple(vm, nidx);
  if (idx.is_null()) return idx;
  Tuple* ix = idx.as<Tuple>();
  if (kind == kPermutations) {
    for (int64_t i = 0; i < n; i++) ix->items[i] = Value::small(i);
    if (r <= n)
      for (int64_t i = 0; i < r; i++) ix->items[n + i] = Value::small(n - i);  // cycles
  } else {
    for (int64_t i = 0; i < r; i++) ix->items[i] = Value::small(kind == kCombinations ? i : 0);
  }
  Root rx(vm, idx);
  Value res = make(vm, type, kind, pool);
  if (res.is_null()) return res;
  res.as<Iter>()->b = idx;
  res.as<Iter>()->end = r;
  return res;
}
Value combinations_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return combinatoric_new(vm, type, args, nargs, kw, "combinations", kCombinations);
}
Value cwr_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return combinatoric_new(vm, type, args, nargs, kw, "combinations_with_replacement", kCombinationsWR);
}
Value permutations_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  return combinatoric_new(vm, type, args, nargs, kw, "permutations", kPermutations);
}

Value pairwise_new(VM& vm, Value type, Value* args, size_t nargs, Tuple* kw) {
  if (failed(check_positional(vm, "pairwise", nargs, kw, 1, 1))) return Value::null();
  return iter_of(vm, type, kPairwise, args[0]);
}

// ---------- next ----------

int64_t ix(Tuple* t, size_t i) { return t->items[i].as_small(); }

// Builds the result tuple of a combinatoric iterator: pool[indices[i]] for i < r.
Value gather(VM& vm, Tuple* pool, Tuple* idx, int64_t r) {
  Root rp(vm, Value::ptr(pool)), ri(vm, Value::ptr(idx));
  Tuple* t = new_tuple(vm, size_t(r));
  if (!t) return raise_no_memory(vm);
  for (int64_t i = 0; i < r; i++) t->items[i] = pool->items[ix(idx, size_t(i))];
  return Value::ptr(t);
}

Value groupby_step(VM& vm, Iter* g) {
  Root rg(vm, Value::ptr(g));
  Value v = iter_next(vm, g->seq);
  if (v.is_null()) return v;
  Root rv(vm, v);
  Value key = v;
  if (!g->a.is_none()) {
    key = call1(vm, g->a, v);
    if (key.is_null()) return key;
  }
  Tuple* st = g->b.as<Tuple>();
  st->items[2] = v;
  st->items[1] = key;
  return v;
}

Value tee_data_get(VM& vm, Iter* d, int64_t i) {
  List* l = d->a.as<List>();
  if (i < int64_t(l->size)) return l->items[i];
  if (d->index) return raise(vm, vm.RuntimeError, "cannot re-enter the tee iterator");
  Root rd(vm, Value::ptr(d));
  d->index = 1;
  Value v = iter_next(vm, d->seq);
  d->index = 0;
  if (v.is_null()) return v;
  Root rv(vm, v);
  if (failed(list_append(vm, d->a.as<List>(), v))) return Value::null();
  return v;
}

Value next_of(VM& vm, Iter* x) {
  Root rx(vm, Value::ptr(x));
  switch (x->flags) {
    case kCount: {
      Value cur = x->a;
      if (cur.is_small() && x->b.is_small()) {
        int64_t n = cur.as_small() + x->b.as_small();
        Value nv = new_int(vm, n);
        if (nv.is_null()) return nv;
        x->a = nv;
        return cur;
      }
      Root rc(vm, cur);
      Value nv = binary_op(vm, cur, x->b, BinOp::Add, false);
      if (nv.is_null()) return nv;
      x->a = nv;
      return cur;
    }
    case kCycle: {
      if (!x->seq.is_null()) {
        Value v = iter_next(vm, x->seq);
        if (!v.is_null()) {
          Root rv(vm, v);
          if (failed(list_append(vm, x->a.as<List>(), v))) return Value::null();
          return v;
        }
        if (!vm.exc.is_null()) return v;
        x->seq = Value::null();
      }
      List* l = x->a.as<List>();
      if (l->size == 0) return Value::null();
      if (x->index >= int64_t(l->size)) x->index = 0;
      return l->items[x->index++];
    }
    case kRepeat:
      if (x->index == 0) return Value::null();
      if (x->index > 0) x->index--;
      return x->seq;
    case kAccumulate: {
      if (!x->c.is_null()) {
        x->b = x->c;
        x->c = Value::null();
        return x->b;
      }
      Value v = iter_next(vm, x->seq);
      if (v.is_null()) return v;
      if (x->b.is_null()) {
        x->b = v;
        return v;
      }
      Root rv(vm, v);
      Value t = x->a.is_none() ? binary_op(vm, x->b, v, BinOp::Add, false) : call2(vm, x->a, x->b, v);
      if (t.is_null()) return t;
      x->b = t;
      return t;
    }
    case kChain:
      for (;;) {
        if (x->seq.is_null()) return Value::null();
        if (x->a.is_null()) {
          Value iterable = iter_next(vm, x->seq);
          if (iterable.is_null()) {
            if (vm.exc.is_null()) x->seq = Value::null();
            return iterable;
          }
          Value it = get_iter(vm, iterable);
          if (it.is_null()) return it;
          x->a = it;
        }
        Value v = iter_next(vm, x->a);
        if (!v.is_null() || !vm.exc.is_null()) return v;
        x->a = Value::null();
      }
    case kCompress:
      for (;;) {
        Value d = iter_next(vm, x->seq);
        if (d.is_null()) return d;
        Root rd(vm, d);
        Value s = iter_next(vm, x->a);
        if (s.is_null()) return s;
        int t = truthy(vm, s);
        if (t < 0) return Value::null();
        if (t) return d;
      }
    case kDropwhile:
    case kTakewhile:
    case kFilterfalse: {
      if (x->flags == kTakewhile && x->index) return Value::null();
      for (;;) {
        Value v = iter_next(vm, x->seq);
        if (v.is_null()) return v;
        if (x->flags == kDropwhile && x->index) return v;
        Root rv(vm, v);
        int t;
        if (x->flags == kFilterfalse && (x->a.is_none() || x->a == Value::ptr(vm.bool_type))) {
          t = truthy(vm, v);
        } else {
          Value p = call1(vm, x->a, v);
          if (p.is_null()) return p;
          t = truthy(vm, p);
        }
        if (t < 0) return Value::null();
        if (x->flags == kDropwhile) {
          if (!t) {
            x->index = 1;
            return v;
          }
        } else if (x->flags == kTakewhile) {
          if (t) return v;
          x->index = 1;
          return Value::null();
        } else if (!t) {
          return v;
        }
      }
    }
    case kGroupby: {
      Tuple* st = x->b.as<Tuple>();
      st->items[3] = Value::null();
      for (;;) {
        Value curr = st->items[1], tgt = st->items[0];
        if (curr.is_null()) {
        } else if (tgt.is_null()) {
          break;
        } else {
          int e = eq(vm, tgt, curr);
          if (e < 0) return Value::null();
          if (e == 0) break;
        }
        if (groupby_step(vm, x).is_null()) return Value::null();
      }
      st->items[0] = st->items[1];
      Type* gt = module_type(vm, "_grouper");
      if (!gt) return raise(vm, vm.SystemError, "itertools._grouper is missing");
      Value g = make(vm, Value::ptr(gt), kGrouper, Value::ptr(x));
      if (g.is_null()) return g;
      Root rg(vm, g);
      g.as<Iter>()->a = st->items[0];
      st->items[3] = g;
      Value items[2] = {st->items[1], g};
      return new_tuple_from(vm, items, 2);
    }
    case kGrouper: {
      Iter* g = x->seq.as<Iter>();
      Tuple* st = g->b.as<Tuple>();
      if (st->items[3] != Value::ptr(x)) return Value::null();
      if (st->items[2].is_null() && groupby_step(vm, g).is_null()) return Value::null();
      st = g->b.as<Tuple>();
      int e = eq(vm, x->a, st->items[1]);
      if (e <= 0) return Value::null();
      Value r = st->items[2];
      st->items[2] = Value::null();
      return r;
    }
    case kIslice: {
      if (x->seq.is_null()) return Value::null();
      int64_t next;
      if (failed(int_to_i64(vm, x->a, next))) return Value::null();
      while (x->index < next) {
        Value v = iter_next(vm, x->seq);
        if (v.is_null()) {
          x->seq = Value::null();
          return v;
        }
        x->index++;
      }
      if (x->end != -1 && x->index >= x->end) {
        x->seq = Value::null();
        return Value::null();
      }
      Value v = iter_next(vm, x->seq);
      if (v.is_null()) {
        x->seq = Value::null();
        return v;
      }
      Root rv(vm, v);
      x->index++;
      int64_t nn = next + x->step;
      if (__builtin_add_overflow(next, x->step, &nn) || (x->end != -1 && nn > x->end)) nn = x->end;
      Value nv = new_int(vm, nn);
      if (nv.is_null()) return nv;
      x->a = nv;
      return v;
    }
    case kStarmap: {
      Value v = iter_next(vm, x->seq);
      if (v.is_null()) return v;
      Value t = tuple_of(vm, v);
      if (t.is_null()) return t;
      Root rt(vm, t);
      return call(vm, x->a, t.as<Tuple>()->items, t.as<Tuple>()->size);
    }
    case kTee: {
      if (x->index >= kTeeLink) {
        Iter* d = x->seq.as<Iter>();
        if (d->b.is_null()) {
          Value nd = teedata_new(vm, d->seq);
          if (nd.is_null()) return nd;
          x->seq.as<Iter>()->b = nd;
        }
        x->seq = x->seq.as<Iter>()->b;
        x->index = 0;
      }
      Value v = tee_data_get(vm, x->seq.as<Iter>(), x->index);
      if (!v.is_null()) x->index++;
      return v;
    }
    case kZipLongest: {
      Tuple* its = x->seq.as<Tuple>();
      size_t n = its->size;
      if (n == 0 || x->index == 0) return Value::null();
      Tuple* res = new_tuple(vm, n);
      if (!res) return raise_no_memory(vm);
      Root rr(vm, Value::ptr(res));
      for (size_t i = 0; i < n; i++) {
        Value it = x->seq.as<Tuple>()->items[i];
        Value item;
        if (it.is_null()) {
          item = x->a;
        } else {
          item = iter_next(vm, it);
          if (item.is_null()) {
            x->index--;
            if (x->index == 0 || !vm.exc.is_null()) {
              x->index = 0;
              return Value::null();
            }
            item = x->a;
            x->seq.as<Tuple>()->items[i] = Value::null();
          }
        }
        res->items[i] = item;
      }
      return Value::ptr(res);
    }
    case kProduct: {
      if (x->index) return Value::null();
      Tuple* pools = x->seq.as<Tuple>();
      Tuple* idx = x->b.as<Tuple>();
      size_t n = pools->size;
      if (x->a.is_null()) {
        for (size_t i = 0; i < n; i++)
          if (pools->items[i].as<Tuple>()->size == 0) {
            x->index = 1;
            return Value::null();
          }
      } else {
        int64_t i = int64_t(n) - 1;
        for (; i >= 0; i--) {
          Tuple* pool = pools->items[i].as<Tuple>();
          int64_t k = ix(idx, size_t(i)) + 1;
          if (k == int64_t(pool->size)) {
            idx->items[i] = Value::small(0);
          } else {
            idx->items[i] = Value::small(k);
            break;
          }
        }
        if (i < 0) {
          x->index = 1;
          return Value::null();
        }
      }
      Tuple* t = new_tuple(vm, n);
      if (!t) return raise_no_memory(vm);
      pools = x->seq.as<Tuple>();
      idx = x->b.as<Tuple>();
      for (size_t i = 0; i < n; i++) t->items[i] = pools->items[i].as<Tuple>()->items[ix(idx, i)];
      x->a = Value::ptr(t);
      return Value::ptr(t);
    }
    case kCombinations:
    case kCombinationsWR:
    case kPermutations: {
      if (x->index) return Value::null();
      Tuple* pool = x->seq.as<Tuple>();
      Tuple* idx = x->b.as<Tuple>();
      int64_t n = pool->size, r = x->end;
      bool first = x->a.is_null();
      bool done = false;
      if (x->flags == kCombinations) {
        if (first) {
          done = r > n;
        } else {
          int64_t i = r - 1;
          while (i >= 0 && ix(idx, size_t(i)) == i + n - r) i--;
          if (i < 0) {
            done = true;
          } else {
            idx->items[i] = Value::small(ix(idx, size_t(i)) + 1);
            for (int64_t j = i + 1; j < r; j++) idx->items[j] = Value::small(ix(idx, size_t(j - 1)) + 1);
          }
        }
      } else if (x->flags == kCombinationsWR) {
        if (first) {
          done = n == 0 && r > 0;
        } else {
          int64_t i = r - 1;
          while (i >= 0 && ix(idx, size_t(i)) == n - 1) i--;
          if (i < 0) {
            done = true;
          } else {
            int64_t k = ix(idx, size_t(i)) + 1;
            for (; i < r; i++) idx->items[i] = Value::small(k);
          }
        }
      } else {  // permutations: indices [0, n), cycles [n, n + r)
        if (first) {
          done = r > n;
        } else if (n == 0) {
          done = true;
        } else {
          int64_t i = r - 1;
          for (; i >= 0; i--) {
            int64_t c = ix(idx, size_t(n + i)) - 1;
            if (c == 0) {
              Value moved = idx->items[i];
              for (int64_t j = i; j < n - 1; j++) idx->items[j] = idx->items[j + 1];
              idx->items[n - 1] = moved;
              idx->items[n + i] = Value::small(n - i);
            } else {
              idx->items[n + i] = Value::small(c);
              Value tmp = idx->items[i];
              idx->items[i] = idx->items[n - c];
              idx->items[n - c] = tmp;
              break;
            }
          }
          done = i < 0;
        }
      }
      if (done) {
        x->index = 1;
        return Value::null();
      }
      Value t = gather(vm, pool, idx, r);
      if (t.is_null()) return t;
      x->a = t;
      return t;
    }
    case kPairwise: {
      if (x->seq.is_null()) return Value::null();
      if (x->a.is_null()) {
        Value old = iter_next(vm, x->seq);
        if (old.is_null()) {
          x->seq = Value::null();
          return old;
        }
        x->a = old;
      }
      Value nw = iter_next(vm, x->seq);
      if (nw.is_null()) {
        x->seq = x->a = Value::null();
        return nw;
      }
      Value items[2] = {x->a, nw};
      Root rn(vm, nw);
      Value t = new_tuple_from(vm, items, 2);
      if (t.is_null()) return t;
      x->a = nw;
      return t;
    }
    default:
      return raise(vm, vm.TypeError, "not an itertools iterator");
  }
}

Iter* self_iter(VM& vm, Value self) {
  if (!is_layout(self, Layout::Iter) || self.as<Iter>()->flags < kCount || self.as<Iter>()->flags > kPairwise) {
    raise(vm, vm.TypeError, "'%s' object is not an itertools iterator", type_name(vm, self));
    return nullptr;
  }
  return self.as<Iter>();
}

Value m_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* x = self_iter(vm, self);
  if (!x) return Value::null();
  Value v = next_of(vm, x);
  if (v.is_null() && vm.exc.is_null()) return stop_iter(vm);
  return v;
}
Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }

Value count_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* x = self_iter(vm, self);
  if (!x) return Value::null();
  Root rs(vm, self);
  Value r = repr(vm, x->a);
  if (r.is_null()) return r;
  std::string s = "count(";
  s += as_str(r)->view();
  Value step = self.as<Iter>()->b;
  if (!(step.is_small() && step.as_small() == 1)) {
    Value sr = repr(vm, step);
    if (sr.is_null()) return sr;
    s += ", ";
    s += as_str(sr)->view();
  }
  s += ")";
  return new_str(vm, s);
}

Value repeat_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* x = self_iter(vm, self);
  if (!x) return Value::null();
  Root rs(vm, self);
  Value r = repr(vm, x->seq);
  if (r.is_null()) return r;
  std::string s = "repeat(";
  s += as_str(r)->view();
  if (self.as<Iter>()->index >= 0) s += ", " + std::to_string(self.as<Iter>()->index);
  s += ")";
  return new_str(vm, s);
}

Value repeat_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* x = self_iter(vm, self);
  if (!x) return Value::null();
  if (x->index < 0) return raise(vm, vm.TypeError, "len() of unsized object");
  return new_int(vm, x->index);
}

Value make_itertools(VM& vm) {
  Value mv = native_module(vm, "itertools");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "count").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();
  struct Def {
    const char* name;
    NativeFn ctor;
  };
  static const Def defs[] = {
      {"count", count_new},
      {"cycle", cycle_new},
      {"repeat", repeat_new},
      {"accumulate", accumulate_new},
      {"chain", chain_new},
      {"compress", compress_new},
      {"dropwhile", dropwhile_new},
      {"takewhile", takewhile_new},
      {"filterfalse", filterfalse_new},
      {"groupby", groupby_new},
      {"_grouper", nullptr},
      {"islice", islice_new},
      {"starmap", starmap_new},
      {"_tee_dataobject", nullptr},
      {"_tee", tee_type_new},
      {"zip_longest", zip_longest_new},
      {"product", product_new},
      {"combinations", combinations_new},
      {"combinations_with_replacement", cwr_new},
      {"permutations", permutations_new},
      {"pairwise", pairwise_new},
  };
  static const MethodDef iter_methods[] = {{"__iter__", m_iter, 0, 0, 0}, {"__next__", m_next, 0, 0, 0}};
  for (const Def& d : defs) {
    Type* t = native_type(vm, m, "itertools", d.name, Layout::Iter, d.ctor);
    if (!t) return Value::null();
    if (std::strcmp(d.name, "_tee_dataobject") != 0) add_methods(vm, t, iter_methods);
    if (!d.ctor || std::strcmp(d.name, "_tee") == 0) t->tflags &= ~kTypeBaseType;
  }
  auto T = [&](const char* name) { return dict_get_cstr(vm, m->dict, name).as<Type>(); };
  static const MethodDef count_methods[] = {{"__repr__", count_repr, 0, 0, 0}};
  add_methods(vm, T("count"), count_methods);
  static const MethodDef repeat_methods[] = {{"__repr__", repeat_repr, 0, 0, 0},
                                             {"__length_hint__", repeat_length_hint, 0, 0, 0}};
  add_methods(vm, T("repeat"), repeat_methods);
  static const MethodDef chain_methods[] = {{"from_iterable", chain_from_iterable, 1, 1, kBuiltinClassMethod}};
  add_methods(vm, T("chain"), chain_methods);
  add_class_getitem(vm, T("chain"));
  static const MethodDef tee_methods[] = {{"__copy__", tee_copy, 0, 0, 0}};
  add_methods(vm, T("_tee"), tee_methods);
  static const MethodDef fns[] = {{"tee", tee_fn, 0, -1, kBuiltinKeywords}};
  add_functions(vm, m, fns);
  return mv;
}

}  // namespace

void init_itertools(VM& vm) { register_native_module(vm, "itertools", make_itertools); }

}  // namespace taipan::runtime
