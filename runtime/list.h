// tuple, list, range, slice and the generic iterators: functions the interpreter's fast
// paths and other runtime files call directly (list.cpp, tuple.cpp, sort.cpp, misc.cpp).
//
// Iterator layouts (struct Iter, flags unused):
//   list_iterator / tuple_iterator: seq = the List/Tuple (never null), index = next position;
//     an exhausted iterator keeps seq and gets index = INT64_MAX.
//   list_reverseiterator: seq = the List, index = next position counting down (-1 = done).
//   range_iterator: a = small int base, step, index runs to end; the next value is
//     step * index + a (see range_iter_next). Ranges whose values cannot be expressed that
//     way iterate with a seq iterator over the range instead.
//   enumerate: seq = iterator, index = next count, or a = next count when it is a big int.
//   zip: seq = tuple of iterators, index = 1 when strict. map: seq = tuple of iterators,
//     a = function. filter: seq = iterator, a = predicate (None = truth). reversed: seq =
//     sequence, index = next position (-1 = done). iterator (seq protocol): seq = object
//     (null when done), index = next position. callable_iterator: seq = callable (null when
//     done), a = sentinel.
#pragma once
#include "runtime/objects.h"

namespace taipan::runtime {

// The List/Tuple itself, or the one an instance of a subclass wraps; nullptr otherwise.
List* list_unwrap(Value v);
Tuple* tuple_unwrap(Value v);

Value list_getitem(VM& vm, List* l, Value key);
// v null deletes (del l[key]).
Status list_setitem(VM& vm, List* l, Value key, Value v);
Value tuple_getitem(VM& vm, Tuple* t, Value key);
Value list_repr(VM& vm, List* l);
Value tuple_repr(VM& vm, Tuple* t);
Status tuple_hash(VM& vm, Tuple* t, int64_t& out);
// Rich comparison; NotImplemented when `other` is not a list (tuple). The items are
// re-read after every comparison, so Python code that mutates the lists is safe.
Value list_compare(VM& vm, List* a, Value other, CmpOp op);
Value tuple_compare(VM& vm, Tuple* a, Value other, CmpOp op);
// Lexicographic comparison of two arrays that no Python code can change meanwhile (tuple
// items, slice fields). Returns a bool Value or the result of the deciding item comparison.
Value sequence_compare(VM& vm, const Value* a, size_t na, const Value* b, size_t nb, CmpOp op);

// Repr recursion guard on vm.repr_stack (shared with dict.h's repr_enter): 1 if `v` is
// already being repr'd (print "..."), 0 if entered (then call list_repr_leave).
int list_repr_enter(VM& vm, Value v);
void list_repr_leave(VM& vm, Value v);

// list, tuple and list-reverse iterators; null with no exception when exhausted.
Value seq_iter_next(VM& vm, Iter* it);
// range_iterator, enumerate, zip, map, filter, reversed, iterator, callable_iterator.
Value misc_iter_next(VM& vm, Iter* it);
// Gives t the __class_getitem__ of list and tuple: t[x] makes a types.GenericAlias
// (t[int] in annotations). Call after init_misc.
void add_class_getitem(VM& vm, Type* t);
// hash(range): CPython's hash((len, start or None, step or None)).
Status range_hash(VM& vm, Range* r, int64_t& out);
// iter(range) / reversed(range).
Value range_iter(VM& vm, Range* r, bool reversed);
// next() of a longrange_iterator (range.cpp); null with no exception when exhausted.
Value longrange_iter_next(VM& vm, Iter* it);
// Registers range's methods (range.cpp); called by init_misc.
void init_range(VM& vm);
// True for ints and objects with __index__.
bool has_index(VM& vm, Value v);

// ---------- helpers shared by list.cpp, tuple.cpp, sort.cpp and misc.cpp ----------

// Keeps n values alive across one allocation: inline Roots for small n, else a RootVec.
// It holds copies of the values: read them back with get(i), since the array they came
// from may be a buffer that the allocation freed (the items of an unrooted list).
class PinArray {
 public:
  PinArray(VM& vm, const Value* items, size_t n);
  ~PinArray();
  PinArray(const PinArray&) = delete;
  Value get(size_t i) { return vec_ ? vec_->v[i] : slot(i)->value; }

 private:
  static constexpr size_t kInline = 8;
  Root* slot(size_t i) { return reinterpret_cast<Root*>(buf_) + i; }
  size_t n_;
  RootVec* vec_ = nullptr;
  alignas(Root) unsigned char buf_[kInline * sizeof(Root)];
};

// Native recursion through nested containers (repr, comparison) counts in vm.depth like a
// Python frame and also checks the C stack.
struct RecursionGuard {
  explicit RecursionGuard(VM& vm) : vm(vm) {}
  ~RecursionGuard() {
    if (entered) vm.depth--;
  }
  RecursionGuard(const RecursionGuard&) = delete;
  bool enter(const char* where);  // false with RecursionError("maximum recursion depth exceeded" + where)
  VM& vm;
  bool entered = false;
};

// item == x for container searches: identity first (CPython's PyObject_RichCompareBool),
// both values rooted across the comparison. 1, 0, or -1 on error.
int seq_item_eq(VM& vm, Value item, Value x);
// Old-style keyword parsing with PyArg_ParseTupleAndKeywords' messages: names[0..n), the
// first nreq required; out[i] is null when absent (misc.cpp).
Status parse_old(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kwnames,
                 const char* const* names, size_t n, size_t nreq, Value* out);
// A subscript as an index: "<kind> indices must be integers or slices, not T".
Status seq_index(VM& vm, Value key, const char* kind, int64_t& i);
// A Py_ssize_t argument: __index__, OverflowError beyond int64.
Status ssize_arg(VM& vm, Value v, int64_t& out);
// Repeat count of seq * n (negative -> 0): 1 ok, 0 NotImplemented (a user type's reflected
// operator should run), -1 error ("can't multiply sequence by non-int of type 'T'").
int seq_repeat_count(VM& vm, Value n, int64_t& out);
// True when `other` is a user type that defines the reflected form of op (so a sequence's
// __add__ returns NotImplemented instead of raising its concatenation error).
bool seq_concat_other(VM& vm, Value other, BinOp op);
// start/stop arguments of index(x, start, stop) (args[1], args[2]), clamped to >= 0.
Status seq_search_bounds(VM& vm, Value* args, size_t nargs, int64_t size, int64_t& start, int64_t& stop);
// repr of a list or tuple with the recursion guard.
Value seq_repr(VM& vm, Value self);
// Result of comparing two sequences whose common prefix is equal, by length.
Value cmp_sizes(size_t na, size_t nb, CmpOp op);
// Slice parts as CPython's PySlice_Unpack (step != 0, None -> extremes) and
// PySlice_AdjustIndices (clamps to length, returns the slice length).
Status slice_unpack(VM& vm, Slice* s, int64_t& start, int64_t& stop, int64_t& step);
int64_t slice_adjust(int64_t length, int64_t& start, int64_t& stop, int64_t step);

inline Value range_iter_next(VM& vm, Iter* r) {
  if (r->index >= r->end) return Value::null();
  int64_t v = int64_t(uint64_t(r->step) * uint64_t(r->index++) + uint64_t(r->a.as_small()));
  return Value::fits_small(v) ? Value::small(v) : new_int(vm, v);
}

}  // namespace taipan::runtime
