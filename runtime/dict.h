// dict, set and frozenset: declarations beyond objects.h that the interpreter's fast paths
// and other runtime files use (dict.cpp, set.cpp).
//
// Subclass instances of dict/set/frozenset are Instances whose base_value holds the real
// Dict/Set; dict_unwrap/set_unwrap see through them. Iterator and view layouts (Iter):
//   dict_keys / dict_values / dict_items: seq = the Dict.
//   dict iterators (forward and reverse): seq = the Dict (null once exhausted), index = next
//     entry position, end = the dict size when created (-1 after a size change: sticky),
//     step = items left, a = small int 0/1/2 (yields keys/values/items; the reverse
//     iterator of every view has type dict_reversekeyiterator and relies on it).
//   set_iterator: seq = the Set (null once exhausted), index = next slot, end = the used
//     count when created (-1 after a size change: sticky), step = items left.
//   mappingproxy: seq = the wrapped mapping.
#pragma once
#include "runtime/objects.h"
#include "runtime/str.h"

namespace taipan::runtime {

// ---------- dict ----------
// (new_dict and new_set of objects.h raise MemoryError themselves when they return null.)
Dict* dict_unwrap(Value v);                       // Dict or a dict subclass instance's Dict
Value dict_getitem(VM& vm, Dict* d, Value key);  // raises KeyError(key)
Value dict_iter_next(VM& vm, Iter* it);          // null with no exception when exhausted
Value dict_repr(VM& vm, Dict* d);
// Looks a key up with its hash already known (null if missing or on error: check vm.exc).
Value dict_get_hashed(VM& vm, Dict* d, Value key, int64_t hash);
Status dict_set_hashed(VM& vm, Dict* d, Value key, int64_t hash, Value value);
// iteration that also yields the stored hash
bool dict_next_hashed(Dict* d, uint32_t& pos, Value& key, Value& value, int64_t& hash);
// mappingproxy(mapping): a read-only view (type.__dict__, dict views' .mapping).
Value new_mappingproxy(VM& vm, Value mapping);

// ---------- set / frozenset ----------
Set* set_unwrap(Value v);                         // Set or a set/frozenset subclass instance's Set
inline bool set_is_frozen(const Set* s) { return s->flags & 1; }
Value set_iter_next(VM& vm, Iter* it);           // null with no exception when exhausted
Status frozenset_hash(VM& vm, Set* s, int64_t& out);
Value set_repr(VM& vm, Value self);               // "{1, 2}", "frozenset({1})", "set()"...
// Adds a key whose hash is already known (no Python __hash__ call).
Status set_add_hashed(VM& vm, Set* s, Value key, int64_t hash);
// A new set (or frozenset) holding the keys of any iterable.
Set* set_from_iterable(VM& vm, Value iterable, bool frozen);
// CPython's set algebra on a Set and any iterable (set methods and dict views use them).
Value set_intersection(VM& vm, Set* so, Value other);          // a new set of so's kind
Status set_difference_update(VM& vm, Set* so, Value other);     // so -= other
Status set_symmetric_difference_update(VM& vm, Set* so, Value other);  // so ^= other

// ---------- repr recursion guard (shared with list/tuple repr: same vm.repr_stack) ----------
// 1 if `v` is already being repr'd (print "..."), 0 if entered (then call repr_leave).
int repr_enter(VM& vm, Value v);
void repr_leave(VM& vm, Value v);

// ---------- key hashing and equality shared by dict.cpp and set.cpp ----------
// hash(key) with the common builtin kinds inline.
inline Status key_hash(VM& vm, Value key, int64_t& h) {
  if (key.is_small()) {
    int64_t i = key.as_small();
    h = i == -1 ? -2 : i;
    return Status::Ok;
  }
  if (is_str(key)) {
    h = str_hash(as_str(key));
    return Status::Ok;
  }
  return hash(vm, key, h);
}

// Equality of two keys when it needs no Python code: 1 equal, 0 different, -1 when eq()
// must decide (any other pair: it may run __eq__). Covers int/float/bool/None/exact str.
inline int key_eq_builtin(Value a, Value b) {
  if (a == b) return 1;
  auto numeric = [](Value v) { return v.is_small() || v.is_double() || v.is_bool(); };
  bool na = numeric(a), nb = numeric(b);
  if (na && nb) {
    if (a.is_double() && b.is_double()) return a.as_double() == b.as_double();
    if (a.is_double() || b.is_double()) {
      double d = a.is_double() ? a.as_double() : b.as_double();
      Value i = a.is_double() ? b : a;
      return double(i.is_small() ? i.as_small() : int64_t(i.is_true())) == d;
    }
    int64_t x = a.is_small() ? a.as_small() : a.is_true();
    int64_t y = b.is_small() ? b.as_small() : b.is_true();
    return x == y;
  }
  bool sa = is_str(a), sb = is_str(b);
  if (sa && sb) return str_eq(as_str(a), as_str(b));
  bool pa = na || sa || a.is_none(), pb = nb || sb || b.is_none();
  if (pa && pb) return 0;
  return -1;
}

}  // namespace taipan::runtime
