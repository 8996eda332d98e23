// range, slice, cell, property, classmethod/staticmethod, and the generic iterator objects
// (enumerate, zip, map, filter, reversed, the sequence iterator, iter(callable, sentinel)).
//
// range itself is in range.cpp. Iterator layouts are described in list.h. Every native constructor here is a type's native_new, called as
// fn(cls, args...) with no arity check before it, so each checks its own arguments.
#include <cmath>
#include <cstring>

#include "runtime/list.h"
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
  it->step = 0;
  return Value::ptr(it);
}

Value new_cell(VM& vm, Value v) {
  Root rv(vm, v);
  auto* c = static_cast<Cell*>(vm.heap.alloc(sizeof(Cell), vm.cell_type));
  if (!c) return raise_no_memory(vm);
  c->value = v;
  return Value::ptr(c);
}

bool has_index(VM& vm, Value v) {
  return v.is_small() || is_int(vm, v) || !type_lookup(type_of(vm, v), vm.s_index).is_null();
}

// Old-style keyword parsing (PyArg_ParseTupleAndKeywords' messages, in its order: too many
// arguments, a missing required one, one given by name and position, an unknown keyword):
// names[0..n), the first nreq required. out[i] is null when absent.
Status parse_old(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames,
                 const char* const* names, size_t n, size_t nreq, Value* out) {
  size_t nkw = kwnames ? kwnames->size : 0;
  for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value::null();
  if (nargs + nkw > n) {
    raise(vm, vm.TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, n, n == 1 ? "" : "s", nargs + nkw);
    return Status::Error;
  }
  auto find = [&](size_t i) -> size_t {  // keyword index of names[i], or nkw
    for (size_t k = 0; k < nkw; k++)
      if (as_str(kwnames->items[k])->view() == names[i]) return k;
    return nkw;
  };
  for (size_t i = nargs; i < n; i++) {
    size_t k = find(i);
    if (k < nkw) out[i] = args[nargs + k];
    else if (i < nreq) {
      raise(vm, vm.TypeError, "%s() missing required argument '%s' (pos %zu)", fname, names[i], i + 1);
      return Status::Error;
    }
  }
  for (size_t i = 0; i < nargs && i < n; i++)
    if (find(i) < nkw) {
      raise(vm, vm.TypeError, "argument for %s() given by name ('%s') and position (%zu)", fname, names[i], i + 1);
      return Status::Error;
    }
  for (size_t k = 0; k < nkw; k++) {
    Str* kn = as_str(kwnames->items[k]);
    size_t i = 0;
    while (i < n && kn->view() != names[i]) i++;
    if (i == n) {
      raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for %s()", kn, fname);
      return Status::Error;
    }
  }
  return Status::Ok;
}

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

static Status slice_part(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!has_index(vm, v)) {
    raise(vm, vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    return Status::Error;
  }
  return index_clamped(vm, v, out);
}

Status slice_unpack(VM& vm, Slice* s, int64_t& start, int64_t& stop, int64_t& step) {
  Root rs(vm, Value::ptr(s));
  step = 1;
  if (!s->step.is_none()) {
    if (failed(slice_part(vm, s->step, step))) return Status::Error;
    if (step == 0) {
      raise(vm, vm.ValueError, "slice step cannot be zero");
      return Status::Error;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;  // so that -step cannot overflow
  }
  if (s->start.is_none()) start = step < 0 ? INT64_MAX : 0;
  else if (failed(slice_part(vm, s->start, start))) return Status::Error;
  if (s->stop.is_none()) stop = step < 0 ? INT64_MIN : INT64_MAX;
  else if (failed(slice_part(vm, s->stop, stop))) return Status::Error;
  return Status::Ok;
}

int64_t slice_adjust(int64_t length, int64_t& start, int64_t& stop, int64_t step) {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) return stop < start ? (start - stop - 1) / -step + 1 : 0;
  return start < stop ? (stop - start - 1) / step + 1 : 0;
}

Status slice_indices(VM& vm, Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step, int64_t& slicelength) {
  if (failed(slice_unpack(vm, s, start, stop, step))) return Status::Error;
  slicelength = slice_adjust(length, start, stop, step);
  return Status::Ok;
}

static Value slice_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) return raise(vm, vm.TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) return raise(vm, vm.TypeError, "slice expected at most 3 arguments, got %zu", nargs);
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
  if (!has_index(vm, args[0]))
    return raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, args[0]));
  if (failed(index_clamped(vm, args[0], len))) return Value::null();
  if (len < 0) return raise(vm, vm.ValueError, "length should not be negative");
  int64_t a, b, c, n;
  if (failed(slice_indices(vm, self.as<Slice>(), len, a, b, c, n))) return Value::null();
  Tuple* t = new_tuple(vm, 3);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  int64_t parts[3] = {a, b, c};
  for (int k = 0; k < 3; k++) {
    Value v = new_int(vm, parts[k]);
    if (v.is_null()) return v;
    t->items[k] = v;
  }
  return Value::ptr(t);
}
#define SLICE_CMP(op)                                                                    \
  static Value slice_cmp_##op(VM& vm, Value self, Value* args, size_t, Tuple*) {        \
    if (!is_layout(args[0], Layout::Slice)) return vm.not_implemented;                  \
    Slice* a = self.as<Slice>();                                                         \
    Slice* b = args[0].as<Slice>();                                                      \
    if (a == b && (CmpOp::op == CmpOp::Eq || CmpOp::op == CmpOp::Ne))                    \
      return Value::boolean(CmpOp::op == CmpOp::Eq);                                     \
    Value ta[3] = {a->start, a->stop, a->step}, tb[3] = {b->start, b->stop, b->step};    \
    return sequence_compare(vm, ta, 3, tb, 3, CmpOp::op);                                \
  }
SLICE_CMP(Lt) SLICE_CMP(Le) SLICE_CMP(Eq) SLICE_CMP(Ne) SLICE_CMP(Gt) SLICE_CMP(Ge)
#undef SLICE_CMP
static Value slice_start(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->start; }
static Value slice_stop(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->stop; }
static Value slice_step(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Slice>()->step; }

// ---------- iterators ----------

// The sequence protocol step shared by reversed and the sequence iterator: seq[i], with
// IndexError/StopIteration meaning "exhausted" (returns null, no exception, *done = true).
static Value seq_item(VM& vm, Value seq, int64_t i, bool* done) {
  *done = false;
  if (is_list(seq) || is_tuple(seq)) {
    Value* items = is_list(seq) ? seq.as<List>()->items : seq.as<Tuple>()->items;
    int64_t n = is_list(seq) ? seq.as<List>()->size : seq.as<Tuple>()->size;
    if (i >= 0 && i < n) return items[i];
    *done = true;
    return Value::null();
  }
  Value r = getitem(vm, seq, Value::small(i));
  if (r.is_null() && (exc_matches(vm, vm.IndexError) || exc_matches(vm, vm.StopIteration))) {
    clear_exc(vm);
    *done = true;
  }
  return r;
}

static Value zip_next(VM& vm, Iter* it) {
  Tuple* its = it->seq.as<Tuple>();
  size_t n = its->size;
  if (n == 0) return Value::null();
  Tuple* result = new_tuple(vm, n);
  if (!result) return raise_no_memory(vm);
  Root rr(vm, Value::ptr(result));
  for (uint32_t i = 0; i < n; i++) {
    Value x = iter_next(vm, its->items[i]);
    if (!x.is_null()) {
      result->items[i] = x;
      continue;
    }
    if (!vm.exc.is_null() || it->index != 1) return Value::null();
    // strict=True: every iterator must end together.
    if (i > 0)
      return raise(vm, vm.ValueError, "zip() argument %d is shorter than argument%s%d", int(i + 1),
                   i == 1 ? " " : "s 1-", int(i));
    for (uint32_t k = 1; k < n; k++) {
      Value y = iter_next(vm, its->items[k]);
      if (!y.is_null())
        return raise(vm, vm.ValueError, "zip() argument %d is longer than argument%s%d", int(k + 1),
                     k == 1 ? " " : "s 1-", int(k));
      if (!vm.exc.is_null()) return y;
    }
    return Value::null();
  }
  return Value::ptr(result);
}

static Value map_next(VM& vm, Iter* it) {
  Tuple* its = it->seq.as<Tuple>();
  size_t n = its->size;
  if (n == 1) {
    Value x = iter_next(vm, its->items[0]);
    if (x.is_null()) return x;
    Root rx(vm, x);
    return call1(vm, it->a, x);
  }
  RootVec vals(vm);
  vals.v.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    Value x = iter_next(vm, its->items[i]);
    if (x.is_null()) return x;
    vals.v.push_back(x);
  }
  return call(vm, it->a, vals.v.data(), n);
}

Value misc_iter_next(VM& vm, Iter* it) {
  Type* t = it->type;
  if (t == vm.range_iter_type) return range_iter_next(vm, it);
  if (t == vm.longrange_iter_type) return longrange_iter_next(vm, it);
  Root ri(vm, Value::ptr(it));
  if (t == vm.enumerate_type) {
    Value x = iter_next(vm, it->seq);
    if (x.is_null()) return x;
    Root rx(vm, x);
    Value idx;
    if (it->a.is_null() && it->index < INT64_MAX) {
      idx = new_int(vm, it->index++);
    } else {
      if (it->a.is_null()) it->a = new_int(vm, it->index);
      if (it->a.is_null()) return it->a;
      idx = it->a;
      Root ridx(vm, idx);
      Value next = binary_op(vm, idx, Value::small(1), BinOp::Add, false);
      if (next.is_null()) return next;
      it->a = next;
    }
    if (idx.is_null()) return idx;
    Value items[2] = {idx, x};
    return new_tuple_from(vm, items, 2);
  }
  if (t == vm.zip_type) return zip_next(vm, it);
  if (t == vm.map_type) return map_next(vm, it);
  if (t == vm.filter_type) {
    for (;;) {
      Value x = iter_next(vm, it->seq);
      if (x.is_null()) return x;
      Root rx(vm, x);
      int r;
      if (it->a.is_none() || it->a == Value::ptr(vm.bool_type)) {
        r = truthy(vm, x);
      } else {
        Value pred = call1(vm, it->a, x);
        if (pred.is_null()) return pred;
        r = truthy(vm, pred);
      }
      if (r < 0) return Value::null();
      if (r) return x;
    }
  }
  if (t == vm.reversed_type) {
    if (it->index < 0) return Value::null();
    bool done;
    Value r = seq_item(vm, it->seq, it->index, &done);
    if (!r.is_null()) {
      it->index--;
      return r;
    }
    if (done) {
      it->index = -1;
      it->seq = Value::none();
    }
    return r;
  }
  if (t == vm.seq_iter_type) {
    if (it->seq.is_null()) return Value::null();
    bool done;
    Value r = seq_item(vm, it->seq, it->index, &done);
    if (!r.is_null()) {
      it->index++;
      return r;
    }
    if (done) it->seq = Value::null();
    return r;
  }
  if (t == vm.callable_iter_type) {
    if (it->seq.is_null()) return Value::null();
    Value r = call0(vm, it->seq);
    if (r.is_null()) {
      if (exc_matches(vm, vm.StopIteration)) {
        clear_exc(vm);
        it->seq = it->a = Value::null();
      }
      return r;
    }
    Root rr(vm, r);
    int e = seq_item_eq(vm, it->a, r);
    if (e < 0) return Value::null();
    if (e) {
      it->seq = it->a = Value::null();
      return Value::null();
    }
    return r;
  }
  return raise(vm, vm.SystemError, "misc_iter_next: not a known iterator type");
}

static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value miter_next(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = misc_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value range_iter_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  return new_int(vm, it->end > it->index ? it->end - it->index : 0);
}
static Value reversed_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->index < 0 || it->seq.is_none()) return Value::small(0);
  int64_t n;
  if (failed(length(vm, it->seq, n))) return Value::null();
  return new_int(vm, it->index < n ? it->index + 1 : 0);
}
static Value seqiter_length_hint(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->seq.is_null()) return Value::small(0);
  if (type_lookup(type_of(vm, it->seq), vm.s_len).is_null()) return vm.not_implemented;
  int64_t n;
  if (failed(length(vm, it->seq, n))) return Value::null();
  return new_int(vm, n > it->index ? n - it->index : 0);
}

static Value enumerate_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->size : 0;
  if (nargs == 0 && nkw == 0) return raise(vm, vm.TypeError, "enumerate() missing required argument 'iterable'");
  // CPython 3.11's vectorcall shortcut decides these messages before its general parser.
  if ((nargs + nkw == 2 && nkw == 1 && as_str(kwnames->items[0])->view() != "start") ||
      (nargs == 0 && nkw == 1 && as_str(kwnames->items[0])->view() != "iterable"))
    return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for enumerate()", as_str(kwnames->items[0]));
  static const char* const names[] = {"iterable", "start"};
  Value a[2];
  if (failed(parse_old(vm, "enumerate", args, nargs, kwnames, names, 2, 1, a))) return Value::null();
  Value start = Value::null();
  if (!a[1].is_null()) {
    if (!has_index(vm, a[1]))
      return raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, a[1]));
    start = index_value(vm, a[1]);
    if (start.is_null()) return start;
  }
  Root rs(vm, start);
  Value it = get_iter(vm, a[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value e = new_iter(vm, vm.enumerate_type, it);
  if (e.is_null()) return e;
  if (start.is_small()) e.as<Iter>()->index = start.as_small();
  else if (start.is_bool()) e.as<Iter>()->index = start.is_true();
  else if (!start.is_null()) e.as<Iter>()->a = start;
  return e;
}

static Value iter_tuple(VM& vm, Value* args, size_t n) {
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
  Value strict = Value::null();
  if (kwnames && kwnames->size) {
    if (kwnames->size > 1)
      return raise(vm, vm.TypeError, "zip() takes at most 1 keyword argument (%zu given)", size_t(kwnames->size));
    if (as_str(kwnames->items[0])->view() != "strict")
      return raise(vm, vm.TypeError, "'%N' is an invalid keyword argument for zip()", as_str(kwnames->items[0]));
    strict = args[nargs];
  }
  bool is_strict = false;
  if (!strict.is_null()) {
    int s = truthy(vm, strict);
    if (s < 0) return Value::null();
    is_strict = s;
  }
  Value t = iter_tuple(vm, args, nargs);
  if (t.is_null()) return t;
  Root rt(vm, t);
  Value z = new_iter(vm, vm.zip_type, t);
  if (z.is_null()) return z;
  z.as<Iter>()->index = is_strict;
  return z;
}

static Value map_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs < 2) return raise(vm, vm.TypeError, "map() must have at least two arguments.");
  Value t = iter_tuple(vm, args + 1, nargs - 1);
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
  if (is_exact(seq, vm.list_type)) return new_iter(vm, vm.list_reviter_type, seq, int64_t(seq.as<List>()->size) - 1);
  if (is_layout(seq, Layout::Range)) return range_iter(vm, seq.as<Range>(), true);
  Type* t = type_of(vm, seq);
  Value rev = type_lookup(t, vm.s_reversed);
  if (!rev.is_null()) {
    if (rev.is_none()) return raise(vm, vm.TypeError, "'%s' object is not reversible", type_name(vm, seq));
    Value bound = lookup_special(vm, seq, vm.s_reversed);
    if (bound.is_null()) return bound;
    Root rb(vm, bound);
    return call0(vm, bound);
  }
  if (type_lookup(t, vm.s_getitem).is_null() || t->layout == Layout::Dict ||
      (t->layout == Layout::Instance && is_dict(seq.as<Instance>()->base_value)))
    return raise(vm, vm.TypeError, "'%s' object is not reversible", type_name(vm, seq));
  int64_t n;
  if (failed(length(vm, seq, n))) return Value::null();
  return new_iter(vm, vm.reversed_type, seq, n - 1);
}

// ---------- cell ----------

static Value cell_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(vm, vm.TypeError, "cell expected at most 1 argument, got %zu", nargs);
  return new_cell(vm, nargs ? args[0] : Value::null());
}
static Value cell_contents(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = self.as<Cell>()->value;
  if (v.is_null()) return raise(vm, vm.ValueError, "Cell is empty");
  return v;
}
static Value cell_set_contents(VM& vm, Value self, Value* args, size_t, Tuple*) {
  self.as<Cell>()->value = args[0];
  return Value::none();
}
static Value cell_del_contents(VM& vm, Value self, Value*, size_t, Tuple*) {
  self.as<Cell>()->value = Value::null();
  return Value::none();
}

// A data descriptor on a builtin type implemented by native getter/setter/deleter.
static void add_getset(VM& vm, Type* t, const char* name, NativeFn get, NativeFn set, NativeFn del) {
  Root rt(vm, Value::ptr(t));
  NativeFn fns[3] = {get, set, del};
  int16_t arity[3] = {0, 1, 0};
  RootVec fs(vm);
  for (int k = 0; k < 3; k++) {
    if (!fns[k]) {
      fs.v.push_back(Value::none());
      continue;
    }
    Value b = new_builtin(vm, name, fns[k], Value::null(), arity[k], arity[k], 0);
    if (b.is_null()) return;
    b.as<Builtin>()->owner = t;
    fs.v.push_back(b);
  }
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), vm.property_type));
  if (!p) return;
  p->fget = fs.v[0];
  p->fset = fs.v[1];
  p->fdel = fs.v[2];
  p->doc = Value::none();
  p->name = Value::ptr(vm.intern(name));
  Root rp(vm, Value::ptr(p));
  (void)dict_set_str(vm, t->dict, vm.intern(name), Value::ptr(p));
  type_modified(vm, t);
}

// ---------- property ----------
// Object::flags bit 0: the doc was taken from fget (CPython's getter_doc).

static constexpr uint32_t kPropGetterDoc = 1;

// The property behind self: itself, or the one a property subclass's instance wraps.
static Property* P(Value v) {
  if (is_layout(v, Layout::Instance)) return v.as<Instance>()->base_value.as<Property>();
  return v.as<Property>();
}

static Status property_fill(VM& vm, Property* p, Value fget, Value fset, Value fdel, Value doc) {
  Root rp(vm, Value::ptr(p));
  p->fget = fget.is_null() ? Value::none() : fget;
  p->fset = fset.is_null() ? Value::none() : fset;
  p->fdel = fdel.is_null() ? Value::none() : fdel;
  p->doc = doc.is_null() ? Value::none() : doc;
  p->flags &= ~kPropGetterDoc;
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_opt(vm, p->fget, vm.s_doc);
    if (d.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    p->doc = d;
    p->flags |= kPropGetterDoc;
  }
  return Status::Ok;
}

static Value property_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"fget", "fset", "fdel", "doc"};
  Value a[4];
  if (failed(parse_old(vm, "property", args, nargs, kwnames, names, 4, 0, a))) return Value::null();
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), vm.property_type));
  if (!p) return raise_no_memory(vm);
  p->fget = p->fset = p->fdel = p->doc = Value::none();
  p->name = Value::null();
  if (failed(property_fill(vm, p, a[0], a[1], a[2], a[3]))) return Value::null();
  return Value::ptr(p);
}

// getter/setter/deleter: a copy with one function replaced (CPython's property_copy).
static Value property_copy(VM& vm, Value self, int which, Value f) {
  Property* old = P(self);
  Value fs[3] = {old->fget, old->fset, old->fdel};
  fs[which] = f;
  Value doc = (old->flags & kPropGetterDoc) && !fs[0].is_none() ? Value::none() : old->doc;
  PinArray pin(vm, fs, 3);
  Root rd(vm, doc);
  if (is_layout(self, Layout::Instance)) {  // a subclass: type(self)(fget, fset, fdel, doc)
    Value a[4] = {fs[0], fs[1], fs[2], doc};
    Value targs = new_tuple_from(vm, a, 4);
    if (targs.is_null()) return targs;
    Root rt(vm, targs);
    return call_ex(vm, Value::ptr(type_of(vm, self)), targs, Value::null());
  }
  auto* p = static_cast<Property*>(vm.heap.alloc(sizeof(Property), vm.property_type));
  if (!p) return raise_no_memory(vm);
  p->fget = p->fset = p->fdel = p->doc = Value::none();
  p->name = P(self)->name;
  if (failed(property_fill(vm, p, fs[0], fs[1], fs[2], doc))) return Value::null();
  return Value::ptr(p);
}
static Value property_getter(VM& vm, Value self, Value* args, size_t, Tuple*) { return property_copy(vm, self, 0, args[0]); }
static Value property_setter(VM& vm, Value self, Value* args, size_t, Tuple*) { return property_copy(vm, self, 1, args[0]); }
static Value property_deleter(VM& vm, Value self, Value* args, size_t, Tuple*) { return property_copy(vm, self, 2, args[0]); }

// "property 'x' of 'A' object has no setter", as CPython 3.11 words it.
static Value property_missing(VM& vm, Property* p, Value obj, const char* what) {
  Type* t = type_of(vm, obj);
  if (!p->name.is_null() && !p->name.is_none())
    return raise(vm, vm.AttributeError, "property %R of '%N' object has no %s", p->name, t->qualname, what);
  return raise(vm, vm.AttributeError, "property of '%N' object has no %s", t->qualname, what);
}
static Value property_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Property* p = P(self);
  if (args[0].is_none()) return self;
  if (p->fget.is_none()) return property_missing(vm, p, args[0], "getter");
  return call1(vm, p->fget, args[0]);
}
static Value property_set(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = P(self);
  if (p->fset.is_none()) return property_missing(vm, p, args[0], "setter");
  Value r = call2(vm, p->fset, args[0], args[1]);
  return r.is_null() ? r : Value::none();
}
static Value property_delete(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Property* p = P(self);
  if (p->fdel.is_none()) return property_missing(vm, p, args[0], "deleter");
  Value r = call1(vm, p->fdel, args[0]);
  return r.is_null() ? r : Value::none();
}
static Value property_set_name(VM& vm, Value self, Value* args, size_t, Tuple*) {
  P(self)->name = args[1];
  return Value::none();
}
static Value property_fget(VM& vm, Value self, Value*, size_t, Tuple*) { return P(self)->fget; }
static Value property_fset(VM& vm, Value self, Value*, size_t, Tuple*) { return P(self)->fset; }
static Value property_fdel(VM& vm, Value self, Value*, size_t, Tuple*) { return P(self)->fdel; }
static Value property_doc(VM& vm, Value self, Value*, size_t, Tuple*) { return P(self)->doc; }
static Value property_set_doc(VM& vm, Value self, Value* args, size_t, Tuple*) {
  P(self)->doc = args[0];
  return Value::none();
}

// True when any of the functions is abstract (property and the method wrappers).
static Value abstract_of(VM& vm, const Value* fs, size_t n) {
  Str* name = vm.intern("__isabstractmethod__");
  for (size_t i = 0; i < n; i++) {
    if (fs[i].is_none() || fs[i].is_null()) continue;
    Root rf(vm, fs[i]);
    Value v = getattr_opt(vm, fs[i], name);
    if (v.is_null()) {
      if (!vm.exc.is_null()) return v;
      continue;
    }
    int t = truthy(vm, v);
    if (t < 0) return Value::null();
    if (t) return Value::true_();
  }
  return Value::false_();
}
static Value property_isabstract(VM& vm, Value self, Value*, size_t, Tuple*) {
  Property* p = P(self);
  Value fs[3] = {p->fget, p->fset, p->fdel};
  return abstract_of(vm, fs, 3);
}

// ---------- classmethod, staticmethod ----------

static Value wrapper_new_impl(VM& vm, Type* t, Value f) {
  Root rf(vm, f);
  auto* w = static_cast<Wrapper*>(vm.heap.alloc(sizeof(Wrapper), t));
  if (!w) return raise_no_memory(vm);
  w->callable = f;
  w->dict = Value::null();
  w->flags = t == vm.classmethod_type ? 1 : 2;
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
  if (args[0].is_none() && (nargs < 2 || args[1].is_none()))
    return raise(vm, vm.TypeError, "__get__(None, None) is invalid");
  Value owner = nargs > 1 && !args[1].is_none() ? args[1] : Value::ptr(type_of(vm, args[0]));
  Value f = self.as<Wrapper>()->callable;
  Type* ft = type_of(vm, f);
  // Chained descriptors (3.9-3.12): classmethod(property(...)) and the like.
  if (ft == vm.property_type || (ft->tflags & kTypeHeap)) {
    Value get = type_lookup(ft, vm.s_get);
    if (!get.is_null()) {
      Value gargs[3] = {f, owner, owner};
      return call(vm, get, gargs, 3);
    }
  }
  return new_method(vm, f, owner);
}
static Value staticmethod_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (args[0].is_none() && (nargs < 2 || args[1].is_none()))
    return raise(vm, vm.TypeError, "__get__(None, None) is invalid");
  return self.as<Wrapper>()->callable;
}
static Value staticmethod_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  return call(vm, self.as<Wrapper>()->callable, args, nargs, kwnames);
}
static Value wrapper_isabstract(VM& vm, Value self, Value*, size_t, Tuple*) {
  return abstract_of(vm, &self.as<Wrapper>()->callable, 1);
}
static Value wrapper_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value r = repr(vm, self.as<Wrapper>()->callable);
  if (r.is_null()) return r;
  std::string out = "<";
  out += type_of(vm, self)->name->view();
  out += "(";
  out += as_str(r)->view();
  out += ")>";
  return new_str(vm, out);
}
// __name__, __qualname__, __doc__, __module__, __annotations__: CPython copies them from the function.
static Value wrapper_attr(VM& vm, Value self, Str* name) {
  Value v = getattr_opt(vm, self.as<Wrapper>()->callable, name);
  if (v.is_null() && vm.exc.is_null())
    return raise(vm, vm.AttributeError, "'%s' object has no attribute '%N'", type_name(vm, self), name);
  return v;
}
static Value wrapper_name(VM& vm, Value self, Value*, size_t, Tuple*) { return wrapper_attr(vm, self, vm.s_name); }
static Value wrapper_qualname(VM& vm, Value self, Value*, size_t, Tuple*) { return wrapper_attr(vm, self, vm.s_qualname); }
static Value wrapper_module(VM& vm, Value self, Value*, size_t, Tuple*) { return wrapper_attr(vm, self, vm.s_module); }
// __annotations__ too (functools.singledispatchmethod registers a classmethod by them).
static Value wrapper_annotations(VM& vm, Value self, Value*, size_t, Tuple*) {
  return wrapper_attr(vm, self, vm.intern("__annotations__"));
}
static Value wrapper_doc(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = getattr_opt(vm, self.as<Wrapper>()->callable, vm.s_doc);
  if (v.is_null()) return vm.exc.is_null() ? Value::none() : v;
  return v;
}

static void set_new_fn(VM& vm, Type* t, const char* name, NativeFn fn, uint16_t flags) {
  t->native_new = new_builtin(vm, name, fn, Value::null(), 0, -1, flags);
  t->native_new.as<Builtin>()->owner = t;
}

// __call__ of functions, bound methods and builtins (collections.abc.Callable looks for it in
// the type's dict; calls themselves never go through it).
static Value callable_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return call(vm, self, args, nargs, kw);
}

// types.MethodType(function, instance): a bound method.
static Value method_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(vm, vm.TypeError, "method() takes no keyword arguments");
  if (nargs != 2) return raise(vm, vm.TypeError, "method expected 2 arguments, got %zu", nargs);
  Value c = is_callable(vm, args[0]);
  if (c.is_null()) return c;
  if (truthy(vm, c) == 0) return raise(vm, vm.TypeError, "first argument must be callable");
  if (args[1].is_none()) return raise(vm, vm.TypeError, "instance must not be None");
  return new_method(vm, args[0], args[1]);
}


// ---------- types.GenericAlias (list[int]) ----------
// Iter layout: seq = the origin, a = the args tuple. Created by C.__class_getitem__, which
// is a classmethod around a builtin bound to the GenericAlias type (so no VM field is needed).

static Value ga_make(VM& vm, Type* gat, Value origin, Value args) {
  Root ro(vm, origin);
  Value targs = is_tuple(args) ? args : new_tuple_from(vm, &args, 1);
  if (targs.is_null()) return targs;
  Root rt(vm, targs);
  Value g = new_iter(vm, gat, origin);
  if (g.is_null()) return g;
  g.as<Iter>()->a = targs;
  return g;
}
static Value ga_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
  return ga_make(vm, cls.as<Type>(), args[0], args[1]);
}
// self is the GenericAlias type; args = (cls, item).
static Value class_getitem(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) return raise(vm, vm.TypeError, "__class_getitem__ expected 1 argument, got %zu", nargs ? nargs - 1 : 0);
  return ga_make(vm, self.as<Type>(), args[0], args[1]);
}
static Status ga_repr_item(VM& vm, std::string& out, Value v) {
  if (v == vm.ellipsis) {
    out += "...";
    return Status::Ok;
  }
  Root rv(vm, v);
  Value origin = getattr_opt(vm, v, vm.s_origin);
  if (!vm.exc.is_null()) return Status::Error;
  bool alias = false;
  if (!origin.is_null()) {
    alias = !getattr_opt(vm, v, vm.intern("__args__")).is_null();
    if (!vm.exc.is_null()) return Status::Error;
  }
  if (!alias) {
    Value qn = getattr_opt(vm, v, vm.s_qualname);
    if (!vm.exc.is_null()) return Status::Error;
    if (!qn.is_null()) {
      Root rq(vm, qn);
      Value mod = getattr_opt(vm, v, vm.s_module);
      if (!vm.exc.is_null()) return Status::Error;
      if (!mod.is_null() && !mod.is_none()) {
        Root rm(vm, mod);
        if (!(is_str(mod) && as_str(mod)->view() == "builtins")) {
          Value ms = str(vm, mod);
          if (ms.is_null()) return Status::Error;
          out += as_str(ms)->view();
          out += '.';
        }
        Value qs = str(vm, qn);
        if (qs.is_null()) return Status::Error;
        out += as_str(qs)->view();
        return Status::Ok;
      }
    }
  }
  Value r = repr(vm, v);
  if (r.is_null()) return Status::Error;
  out += as_str(r)->view();
  return Status::Ok;
}
static Value ga_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* g = self.as<Iter>();
  std::string out;
  if (failed(ga_repr_item(vm, out, g->seq))) return Value::null();
  out += '[';
  Tuple* args = g->a.as<Tuple>();
  if (args->size == 0) out += "()";
  for (uint32_t i = 0; i < args->size; i++) {
    if (i) out += ", ";
    if (failed(ga_repr_item(vm, out, args->items[i]))) return Value::null();
  }
  out += ']';
  return new_str(vm, out);
}
static Value ga_origin(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->seq; }
static Value ga_args(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->a; }
// __unpacked__: True for *tuple[int] (which Taipan does not make); typing reads it.
static Value ga_unpacked(VM&, Value, Value*, size_t, Tuple*) { return Value::false_(); }
// Type variables among the args (objects whose type has __typing_subst__), and those of
// nested aliases, in order and without repeats.
static Value ga_parameters(VM& vm, Value self, Value*, size_t, Tuple*) {
  Tuple* args = self.as<Iter>()->a.as<Tuple>();
  Str* subst = vm.intern("__typing_subst__");
  Str* params = vm.intern("__parameters__");
  List* out = new_list(vm, 0);
  if (!out) return raise_no_memory(vm);
  Root ro(vm, Value::ptr(out));
  auto add = [&](Value p) -> Status {
    for (uint32_t k = 0; k < out->size; k++)
      if (out->items[k] == p) return Status::Ok;
    return list_append(vm, out, p);
  };
  for (uint32_t i = 0; i < args->size; i++) {
    Value a = args->items[i];
    if (is_layout(a, Layout::Type)) continue;
    if (!type_lookup(type_of(vm, a), subst).is_null()) {
      if (failed(add(a))) return Value::null();
      continue;
    }
    Value sub = getattr_opt(vm, a, params);
    if (!vm.exc.is_null()) return Value::null();
    if (is_tuple(sub))
      for (uint32_t k = 0; k < sub.as<Tuple>()->size; k++)
        if (failed(add(sub.as<Tuple>()->items[k]))) return Value::null();
  }
  return new_tuple_from(vm, out->items, out->size);
}
static Value ga_eq_impl(VM& vm, Value self, Value other, bool ne) {
  if (type_of(vm, other) != type_of(vm, self)) return vm.not_implemented;
  Iter* a = self.as<Iter>();
  Iter* b = other.as<Iter>();
  int e = eq(vm, a->seq, b->seq);
  if (e < 0) return Value::null();
  if (e) {
    Value r = tuple_compare(vm, a->a.as<Tuple>(), b->a, CmpOp::Eq);
    if (r.is_null()) return r;
    e = r.is_true();
  }
  return Value::boolean(ne ? !e : e);
}
static Value ga_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return ga_eq_impl(vm, self, args[0], false); }
static Value ga_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return ga_eq_impl(vm, self, args[0], true); }
static Value ga_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h1, h2;
  if (failed(hash(vm, self.as<Iter>()->seq, h1)) || failed(hash(vm, self.as<Iter>()->a, h2))) return Value::null();
  int64_t h = h1 ^ h2;
  return new_int(vm, h == -1 ? -2 : h);
}
static Value ga_call(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value obj = call(vm, self.as<Iter>()->seq, args, nargs, kwnames);
  if (obj.is_null()) return obj;
  Root ro(vm, obj);
  if (failed(setattr(vm, obj, vm.intern("__orig_class__"), self))) {
    if (!exc_matches(vm, vm.AttributeError) && !exc_matches(vm, vm.TypeError)) return Value::null();
    clear_exc(vm);
  }
  return obj;
}
static Value ga_mro_entries(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value origin = self.as<Iter>()->seq;
  return new_tuple_from(vm, &origin, 1);
}
static Value ga_instancecheck(VM& vm, Value self, Value*, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Value ga_subclasscheck(VM& vm, Value self, Value*, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
// Attributes the alias does not have come from its origin (list[int].append is list.append).
static Value ga_getattr(VM& vm, Value self, Value* args, size_t, Tuple*) {
  static const char* const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                    "__reduce__", "__copy__", "__deepcopy__"};
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "attribute name must be string");
  for (const char* n : own)
    if (as_str(args[0])->view() == n)
      return raise(vm, vm.AttributeError, "'types.GenericAlias' object has no attribute '%N'", as_str(args[0]));
  return getattr(vm, self.as<Iter>()->seq, vm.intern(as_str(args[0])));
}

// A builtin type's attribute implemented natively (add_getter) is a property whose fget is a
// method descriptor; it stands for CPython's getset_descriptor, which has __name__ and
// __objclass__ (inspect.getattr_static reads them). A Python property has neither.
static Builtin* native_getter(VM& vm, Value self, const char* attr) {
  Value g = self.as<Property>()->fget;
  if (is_layout(g, Layout::Builtin) && g.as<Builtin>()->owner) return g.as<Builtin>();
  raise(vm, vm.AttributeError, "'property' object has no attribute '%s'", attr);
  return nullptr;
}
static Value native_getter_name(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = native_getter(vm, self, "__name__");
  return b ? Value::ptr(b->name) : Value::null();
}
static Value native_getter_objclass(VM& vm, Value self, Value*, size_t, Tuple*) {
  Builtin* b = native_getter(vm, self, "__objclass__");
  return b ? Value::ptr(b->owner) : Value::null();
}

void add_class_getitem(VM& vm, Type* t) {
  Value cg = dict_get_str(vm.list_type->dict, vm.s_class_getitem);
  if (!cg.is_null() && t != vm.list_type) {
    Root rc(vm, cg);
    (void)dict_set_str(vm, t->dict, vm.s_class_getitem, cg);
    type_modified(vm, t);
  }
}

static void init_generic_alias(VM& vm) {
  Type* gat = new_builtin_type(vm, "GenericAlias", Layout::Iter, vm.object_type, true);
  if (!gat) return;
  Root rg(vm, Value::ptr(gat));
  (void)dict_set_str(vm, gat->dict, vm.s_module, Value::ptr(vm.intern("types")));
  static const MethodDef ga_methods[] = {
      {"__repr__", ga_repr, 0, 0, 0},
      {"__eq__", ga_eq, 1, 1, 0},
      {"__ne__", ga_ne, 1, 1, 0},
      {"__hash__", ga_hash, 0, 0, 0},
      {"__call__", ga_call, 0, -1, kBuiltinKeywords},
      {"__mro_entries__", ga_mro_entries, 1, 1, 0},
      {"__instancecheck__", ga_instancecheck, 1, 1, 0},
      {"__subclasscheck__", ga_subclasscheck, 1, 1, 0},
      {"__getattr__", ga_getattr, 1, 1, 0},
      {"__or__", union_or, 1, 1, 0},
      {"__ror__", union_ror, 1, 1, 0},
  };
  add_methods(vm, gat, ga_methods);
  gat->tflags |= kTypeHasGetattr;
  add_getter(vm, gat, "__origin__", ga_origin);
  add_getter(vm, gat, "__args__", ga_args);
  add_getter(vm, gat, "__unpacked__", ga_unpacked);
  add_getter(vm, gat, "__parameters__", ga_parameters);
  set_new_fn(vm, gat, "GenericAlias", ga_new, 0);
  // list.__class_getitem__ = classmethod(<builtin bound to the GenericAlias type>)
  Value fn = new_builtin(vm, "__class_getitem__", class_getitem, Value::ptr(gat), -1, -1, 0);
  if (fn.is_null()) return;
  Root rf(vm, fn);
  Value cm = wrapper_new_impl(vm, vm.classmethod_type, fn);
  if (cm.is_null()) return;
  Root rc(vm, cm);
  (void)dict_set_str(vm, vm.list_type->dict, vm.s_class_getitem, cm);
  type_modified(vm, vm.list_type);
  for (Type* t : {vm.tuple_type, vm.dict_type, vm.set_type, vm.frozenset_type, vm.enumerate_type}) add_class_getitem(vm, t);
}

void init_misc(VM& vm) {
  init_range(vm);

  static const MethodDef slice_methods[] = {
      {"__repr__", slice_repr, 0, 0, 0}, {"indices", slice_indices_m, 1, 1, 0}, {"__eq__", slice_cmp_Eq, 1, 1, 0},
      {"__ne__", slice_cmp_Ne, 1, 1, 0}, {"__lt__", slice_cmp_Lt, 1, 1, 0},     {"__le__", slice_cmp_Le, 1, 1, 0},
      {"__gt__", slice_cmp_Gt, 1, 1, 0}, {"__ge__", slice_cmp_Ge, 1, 1, 0},
  };
  add_methods(vm, vm.slice_type, slice_methods);
  (void)dict_set_str(vm, vm.slice_type->dict, vm.s_hash, Value::none());
  add_getter(vm, vm.slice_type, "start", slice_start);
  add_getter(vm, vm.slice_type, "stop", slice_stop);
  add_getter(vm, vm.slice_type, "step", slice_step);
  set_new_fn(vm, vm.slice_type, "slice", slice_new, 0);
  set_new_fn(vm, vm.method_type, "method", method_new, 0);
  static const MethodDef call_methods[] = {{"__call__", callable_call, 0, -1, kBuiltinKeywords}};
  for (Type* t : {vm.function_type, vm.method_type, vm.builtin_type}) add_methods(vm, t, call_methods);
  vm.slice_type->tflags &= ~kTypeBaseType;

  static const MethodDef iter_methods[] = {{"__iter__", iter_self, 0, 0, 0}, {"__next__", miter_next, 0, 0, 0}};
  for (Type* t : {vm.range_iter_type, vm.longrange_iter_type, vm.enumerate_type, vm.zip_type, vm.map_type,
                  vm.filter_type, vm.reversed_type, vm.seq_iter_type, vm.callable_iter_type})
    add_methods(vm, t, iter_methods);
  static const MethodDef ri_methods[] = {{"__length_hint__", range_iter_length_hint, 0, 0, 0}};
  add_methods(vm, vm.range_iter_type, ri_methods);
  static const MethodDef rev_methods[] = {{"__length_hint__", reversed_length_hint, 0, 0, 0}};
  add_methods(vm, vm.reversed_type, rev_methods);
  static const MethodDef si_methods[] = {{"__length_hint__", seqiter_length_hint, 0, 0, 0}};
  add_methods(vm, vm.seq_iter_type, si_methods);
  set_new_fn(vm, vm.enumerate_type, "enumerate", enumerate_new, kBuiltinKeywords);
  set_new_fn(vm, vm.zip_type, "zip", zip_new, kBuiltinKeywords);
  set_new_fn(vm, vm.map_type, "map", map_new, 0);
  set_new_fn(vm, vm.filter_type, "filter", filter_new, 0);
  set_new_fn(vm, vm.reversed_type, "reversed", reversed_new, 0);
  for (Type* t : {vm.range_iter_type, vm.longrange_iter_type, vm.seq_iter_type, vm.callable_iter_type})
    t->tflags &= ~kTypeBaseType;

  static const MethodDef prop_methods[] = {
      {"getter", property_getter, 1, 1, kBuiltinRawSelf}, {"setter", property_setter, 1, 1, kBuiltinRawSelf},
      {"deleter", property_deleter, 1, 1, kBuiltinRawSelf}, {"__get__", property_get, 1, 2, kBuiltinRawSelf},
      {"__set__", property_set, 2, 2, 0},   {"__delete__", property_delete, 1, 1, 0},
      {"__set_name__", property_set_name, 2, 2, 0},
  };
  add_methods(vm, vm.property_type, prop_methods);
  add_getter(vm, vm.property_type, "fget", property_fget);
  add_getter(vm, vm.property_type, "fset", property_fset);
  add_getter(vm, vm.property_type, "fdel", property_fdel);
  add_getset(vm, vm.property_type, "__doc__", property_doc, property_set_doc, nullptr);
  add_getter(vm, vm.property_type, "__isabstractmethod__", property_isabstract);
  add_getter(vm, vm.property_type, "__name__", native_getter_name);
  add_getter(vm, vm.property_type, "__objclass__", native_getter_objclass);
  set_new_fn(vm, vm.property_type, "property", property_new, kBuiltinKeywords);

  static const MethodDef cm_methods[] = {{"__get__", classmethod_get, 1, 2, 0}, {"__repr__", wrapper_repr, 0, 0, 0}};
  add_methods(vm, vm.classmethod_type, cm_methods);
  static const MethodDef sm_methods[] = {{"__get__", staticmethod_get, 1, 2, 0},
                                         {"__call__", staticmethod_call, 0, -1, kBuiltinKeywords},
                                         {"__repr__", wrapper_repr, 0, 0, 0}};
  add_methods(vm, vm.staticmethod_type, sm_methods);
  for (Type* t : {vm.classmethod_type, vm.staticmethod_type}) {
    add_getter(vm, t, "__func__", wrapper_func);
    add_getter(vm, t, "__wrapped__", wrapper_func);
    add_getter(vm, t, "__isabstractmethod__", wrapper_isabstract);
    add_getter(vm, t, "__name__", wrapper_name);
    add_getter(vm, t, "__qualname__", wrapper_qualname);
    add_getter(vm, t, "__module__", wrapper_module);
    add_getter(vm, t, "__annotations__", wrapper_annotations);
    add_getter(vm, t, "__doc__", wrapper_doc);
  }
  set_new_fn(vm, vm.classmethod_type, "classmethod", classmethod_new, 0);
  set_new_fn(vm, vm.staticmethod_type, "staticmethod", staticmethod_new, 0);

  add_getset(vm, vm.cell_type, "cell_contents", cell_contents, cell_set_contents, cell_del_contents);
  set_new_fn(vm, vm.cell_type, "cell", cell_new, 0);
  init_generic_alias(vm);
}

}  // namespace taipan::runtime
