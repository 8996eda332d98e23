// dict: a compact, insertion-ordered hash table laid out and sized like CPython 3.11's.
//
// entries[0..nentries) hold (hash, key, value) in insertion order; a deleted entry keeps its
// place with a null key and value. index[0..index_size) maps hash slots to entry numbers
// (-1 empty, -2 deleted), probed as CPython does: i = (i*5 + 1 + (perturb >>= 5)) & mask.
// Sizing follows CPython so that mutation during iteration fails (or not) as it does there:
// index_size is a power of two >= 8 (0 while nothing was ever allocated), cap =
// index_size*2/3 entries; inserting with no usable entry left resizes (compacting) to
// keysize(used*3). popitem shortens nentries without giving the slots back to the budget:
// Object::flags counts such lost entries until the next resize, so usable = cap - nentries -
// flags. `version` changes on every mutation and resize (LOAD_GLOBAL caches entry numbers
// keyed by it). Key lookup compares identity, then hash + equality; comparisons that may run
// Python code re-validate the table afterwards and restart if it changed.
//
// Views (dict_keys/values/items), the dict iterators and mappingproxy are at the end.
#include <cstring>
#include <string>
#include <utility>

#include "runtime/dict.h"
#include "runtime/list.h"

namespace taipan::runtime {

namespace {

constexpr int32_t kEmpty = -1, kDummy = -2;
constexpr int64_t kMiss = -1, kError = -3;
constexpr int kPerturbShift = 5;
constexpr uint64_t kMinSize = 8;
constexpr uint64_t kMaxIndexSize = uint64_t(1) << 30;

inline uint32_t usable_fraction(uint64_t n) { return uint32_t((n << 1) / 3); }
inline uint32_t usable_left(const Dict* d) { return d->cap - d->nentries - d->flags; }

// CPython 3.11's calculate_log2_keysize, quirks included ((m | 8) - 1, so 1..7 -> 16).
uint64_t keysize_for(uint64_t minsize) {
  uint64_t m = ((minsize | kMinSize) - 1) | (kMinSize - 1);
  uint64_t size = 1;
  while (m) {
    m >>= 1;
    size <<= 1;
  }
  return size;
}
// estimate_log2_keysize: room for n items without a resize.
uint64_t estimate_keysize(uint64_t n) { return keysize_for((n * 3 + 1) / 2); }

Value key_error(VM& vm, Value key) {
  Root rk(vm, key);
  Value t = new_tuple_from(vm, &key, 1);
  if (t.is_null()) return t;
  Value e = new_exception(vm, vm.KeyError, t);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

// The index slot whose entry is `ix` (pure: no Python code).
uint64_t slot_of_entry(Dict* d, int64_t h, int64_t ix) {
  uint64_t mask = d->index_size - 1, perturb = uint64_t(h), i = uint64_t(h) & mask;
  while (d->index[i] != ix) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// First index slot on h's probe path that holds no entry (empty or deleted).
uint64_t find_empty_slot(const int32_t* index, uint64_t mask, int64_t h) {
  uint64_t perturb = uint64_t(h), i = uint64_t(h) & mask;
  while (index[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

void free_tables(VM& vm, Dict* d) {
  if (d->entries) vm.heap.external_free(d->entries, d->cap * sizeof(DictEntry));
  if (d->index) vm.heap.external_free(d->index, d->index_size * sizeof(int32_t));
  d->entries = nullptr;
  d->index = nullptr;
  d->index_size = d->cap = d->nentries = d->size = 0;
  d->flags = 0;
}

// Allocates an index of `size` slots and its entry array (cap = usable_fraction(size)).
// May collect: d must be reachable (the callers root it).
bool alloc_tables(VM& vm, uint64_t size, int32_t*& index, DictEntry*& entries) {
  if (size > kMaxIndexSize) return false;
  index = static_cast<int32_t*>(vm.heap.external_alloc(size * sizeof(int32_t)));
  if (!index) return false;
  entries = static_cast<DictEntry*>(vm.heap.external_alloc(usable_fraction(size) * sizeof(DictEntry)));
  if (!entries) {
    vm.heap.external_free(index, size * sizeof(int32_t));
    return false;
  }
  std::memset(index, 0xff, size * sizeof(int32_t));
  return true;
}

// Rebuilds d with an index of `size` slots, compacting the live entries in order.
Status dict_resize(VM& vm, Dict* d, uint64_t size) {
  Root rd(vm, Value::ptr(d));
  if (size < kMinSize) size = kMinSize;
  if (usable_fraction(size) < d->size) size = estimate_keysize(d->size);
  int32_t* index;
  DictEntry* entries;
  if (!alloc_tables(vm, size, index, entries)) {
    raise_no_memory(vm);
    return Status::Error;
  }
  // No allocation from here on: the collector never sees a half-built table.
  uint32_t n = 0;
  for (uint32_t k = 0; k < d->nentries; k++) {
    const DictEntry& e = d->entries[k];
    if (e.value.is_null()) continue;
    entries[n] = e;
    index[find_empty_slot(index, size - 1, e.hash)] = int32_t(n);
    n++;
  }
  uint64_t version = d->version;
  free_tables(vm, d);
  d->entries = entries;
  d->index = index;
  d->index_size = uint32_t(size);
  d->cap = usable_fraction(size);
  d->nentries = d->size = n;
  d->version = version + 1;
  return Status::Ok;
}

// Makes d an exact copy of src's table (holes and budget included), as CPython's
// clone_combined_dict_keys does for dict.copy() and merges into an empty dict.
Status dict_clone_into(VM& vm, Dict* d, Dict* src) {
  Root rd(vm, Value::ptr(d)), rs(vm, Value::ptr(src));
  int32_t* index;
  DictEntry* entries;
  if (!alloc_tables(vm, src->index_size, index, entries)) {
    raise_no_memory(vm);
    return Status::Error;
  }
  std::memcpy(index, src->index, src->index_size * sizeof(int32_t));
  std::memcpy(static_cast<void*>(entries), src->entries, src->nentries * sizeof(DictEntry));
  uint64_t version = d->version;
  free_tables(vm, d);
  d->entries = entries;
  d->index = index;
  d->index_size = src->index_size;
  d->cap = src->cap;
  d->nentries = src->nentries;
  d->size = src->size;
  d->flags = src->flags;
  d->version = version + 1;
  return Status::Ok;
}

}  // namespace

// ---------- construction and lookup ----------

Dict* dict_unwrap(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Dict) return static_cast<Dict*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_dict(b)) return b.as<Dict>();
  }
  return nullptr;
}

Dict* new_dict(VM& vm, size_t capacity) {
  auto* d = static_cast<Dict*>(vm.heap.alloc(sizeof(Dict), vm.dict_type));
  if (!d) {
    raise_no_memory(vm);
    return nullptr;
  }
  d->flags = 0;
  // _PyDict_NewPresized: room for `capacity` items (bounded, like CPython's 2**17 slots).
  if (capacity > usable_fraction(kMinSize)) {
    uint64_t size = capacity > usable_fraction(uint64_t(1) << 17) ? uint64_t(1) << 17 : estimate_keysize(capacity);
    if (failed(dict_resize(vm, d, size))) return nullptr;
  }
  return d;
}

// Entry number holding key, kMiss, or kError (exception set). `keep` (the value an insert
// is about to store) is rooted too while Python's __eq__ runs.
static int64_t lookup(VM& vm, Dict* d, Value key, int64_t h, Value keep = Value::null()) {
restart:
  if (!d->index_size) return kMiss;
  DictEntry* entries = d->entries;
  int32_t* index = d->index;
  uint64_t mask = d->index_size - 1, perturb = uint64_t(h), i = uint64_t(h) & mask;
  for (;;) {
    int32_t ix = index[i];
    if (ix == kEmpty) return kMiss;
    if (ix >= 0) {
      const DictEntry& e = entries[ix];
      if (e.key == key) return ix;
      if (e.hash == h) {
        Value start = e.key;
        int r = key_eq_builtin(start, key);
        if (r > 0) return ix;
        if (r < 0) {
          Root rd(vm, Value::ptr(d)), rs(vm, start), rk(vm, key), rkeep(vm, keep);
          r = eq(vm, start, key);
          if (r < 0) return kError;
          if (d->entries != entries || d->index != index || uint32_t(ix) >= d->nentries ||
              d->entries[ix].key != start || d->entries[ix].value.is_null())
            goto restart;
          if (r > 0) return ix;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// d[key] = value with key's hash known.
static Status insert(VM& vm, Dict* d, Value key, int64_t h, Value value) {
  int64_t ix = lookup(vm, d, key, h, value);
  if (ix == kError) return Status::Error;
  if (ix >= 0) {
    d->entries[ix].value = value;
    d->version++;
    return Status::Ok;
  }
  if (usable_left(d) == 0) {
    Root rk(vm, key), rv(vm, value);
    if (failed(dict_resize(vm, d, keysize_for(uint64_t(d->size) * 3)))) return Status::Error;
  }
  uint32_t n = d->nentries++;
  d->entries[n] = DictEntry{h, key, value};
  d->index[find_empty_slot(d->index, d->index_size - 1, h)] = int32_t(n);
  d->size++;
  d->version++;
  return Status::Ok;
}

// Removes entry ix (found by a lookup of hash h).
static void delete_entry(Dict* d, int64_t ix, int64_t h) {
  d->index[slot_of_entry(d, h, ix)] = kDummy;
  d->entries[ix].key = Value::null();
  d->entries[ix].value = Value::null();
  d->size--;
  d->version++;
}

// hash(key), rooting d and key when Python's __hash__ may run.
static Status hash_for(VM& vm, Dict* d, Value key, int64_t& h) {
  if (key.is_small() || is_str(key)) return key_hash(vm, key, h);
  Root rd(vm, Value::ptr(d)), rk(vm, key);
  return key_hash(vm, key, h);
}

Value dict_get_hashed(VM& vm, Dict* d, Value key, int64_t h) {
  int64_t ix = lookup(vm, d, key, h);
  return ix >= 0 ? d->entries[ix].value : Value::null();
}

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (failed(hash_for(vm, d, key, h))) return Value::null();
  return dict_get_hashed(vm, d, key, h);
}

Value dict_get_str(Dict* d, Str* key) {
  if (!d->index_size) return Value::null();
  int64_t h = str_hash(key);
  uint64_t mask = d->index_size - 1, perturb = uint64_t(h), i = uint64_t(h) & mask;
  Value k = Value::ptr(key);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return Value::null();
    if (ix >= 0) {
      const DictEntry& e = d->entries[ix];
      if (e.key == k) return e.value;
      if (e.hash == h && is_str(e.key) && str_eq(as_str(e.key), key)) return e.value;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get_cstr(VM& vm, Dict* d, const char* key) {
  Root rd(vm, Value::ptr(d));
  Str* k = vm.intern(key);
  return k ? dict_get_str(d, k) : Value::null();
}

Status dict_set_hashed(VM& vm, Dict* d, Value key, int64_t h, Value value) { return insert(vm, d, key, h, value); }

Status dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h;
  if (key.is_small() || is_str(key)) {
    (void)key_hash(vm, key, h);
    return insert(vm, d, key, h, value);
  }
  Root rd(vm, Value::ptr(d)), rk(vm, key), rv(vm, value);
  if (failed(key_hash(vm, key, h))) return Status::Error;
  return insert(vm, d, key, h, value);
}

Status dict_set_str(VM& vm, Dict* d, Str* key, Value value) {
  return insert(vm, d, Value::ptr(key), str_hash(key), value);
}

Status dict_set_cstr(VM& vm, Dict* d, const char* key, Value value) {
  Root rv(vm, value), rd(vm, Value::ptr(d));
  Str* k = vm.intern(key);
  if (!k) return Status::Error;
  return dict_set_str(vm, d, k, value);
}

int dict_del(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (failed(hash_for(vm, d, key, h))) return -1;
  int64_t ix = lookup(vm, d, key, h);
  if (ix == kError) return -1;
  if (ix < 0) return 0;
  delete_entry(d, ix, h);
  return 1;
}

bool dict_next_hashed(Dict* d, uint32_t& pos, Value& key, Value& value, int64_t& h) {
  while (pos < d->nentries) {
    const DictEntry& e = d->entries[pos++];
    if (!e.value.is_null()) {
      key = e.key;
      value = e.value;
      h = e.hash;
      return true;
    }
  }
  return false;
}

bool dict_next(Dict* d, uint32_t& pos, Value& key, Value& value) {
  int64_t h;
  return dict_next_hashed(d, pos, key, value, h);
}

Value dict_getitem(VM& vm, Dict* d, Value key) {
  Value v = dict_get(vm, d, key);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  return key_error(vm, key);
}

// ---------- copy and merge ----------

Dict* dict_copy(VM& vm, Dict* src) {
  Root rs(vm, Value::ptr(src));
  Dict* d = new_dict(vm);
  if (!d || src->size == 0) return d;
  Root rd(vm, Value::ptr(d));
  // Few enough holes: copy the table as it is (CPython's fast copy); else compact.
  if (src->size >= src->nentries * 2 / 3) {
    if (failed(dict_clone_into(vm, d, src))) return nullptr;
    return d;
  }
  if (failed(dict_merge(vm, d, Value::ptr(src), true))) return nullptr;
  return d;
}

static Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*);

// The Dict of `v` when a merge may read its table directly: a dict, or an instance of a
// dict subclass that does not override __iter__ (CPython's tp_iter == dict_iter test).
static Dict* mergeable_dict(VM& vm, Value v) {
  if (is_dict(v)) return v.as<Dict>();
  Dict* d = dict_unwrap(v);
  if (!d) return nullptr;
  Value it = type_lookup(type_of(vm, v), vm.s_iter);
  if (is_layout(it, Layout::Builtin) && it.as<Builtin>()->fn == m_iter) return d;
  return nullptr;
}

// Keys of a mapping as a list: mapping.keys(), materialized (CPython's PyMapping_Keys).
static Value mapping_keys(VM& vm, Value mapping) {
  Value keys = call_method(vm, mapping, vm.s_keys, nullptr, 0);
  if (keys.is_null() || is_exact(keys, vm.list_type)) return keys;
  Root rk(vm, keys);
  Value it = get_iter(vm, keys);
  if (it.is_null()) {
    if (exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      raise(vm, vm.TypeError, "%s.keys() returned a non-iterable (type %s)", type_name(vm, mapping),
            type_name(vm, keys));
    }
    return it;
  }
  Root rit(vm, it);
  return sequence_to_list(vm, it);
}

Status dict_merge(VM& vm, Dict* d, Value other, bool override) {
  Root rd(vm, Value::ptr(d)), ro(vm, other);
  if (Dict* o = mergeable_dict(vm, other)) {
    if (o == d || o->size == 0) return Status::Ok;
    Root rod(vm, Value::ptr(o));
    if (d->size == 0) {
      override = true;
      // A clean source that is not oversized is copied table and all.
      if (o->size == o->nentries &&
          (o->index_size == kMinSize || usable_fraction(o->index_size / 2) < o->size))
        return dict_clone_into(vm, d, o);
    }
    if (usable_fraction(d->index_size) < o->size)
      if (failed(dict_resize(vm, d, estimate_keysize(uint64_t(d->size) + o->size)))) return Status::Error;
    uint32_t orig = o->nentries;
    uint32_t pos = 0;
    Value k, v;
    int64_t h;
    while (dict_next_hashed(o, pos, k, v, h)) {
      Root rk(vm, k), rv(vm, v);
      if (!override) {
        int64_t ix = lookup(vm, d, k, h);
        if (ix == kError) return Status::Error;
        if (ix >= 0) continue;
      }
      if (failed(insert(vm, d, k, h, v))) return Status::Error;
      if (o->nentries != orig) {
        raise(vm, vm.RuntimeError, "dict mutated during update");
        return Status::Error;
      }
    }
    return Status::Ok;
  }
  // Any other mapping: keys(), then mapping[key] for each.
  Value keys = mapping_keys(vm, other);
  if (keys.is_null()) return Status::Error;
  Root rk(vm, keys);
  Value it = get_iter(vm, keys);
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    Root rkey(vm, k);
    if (!override) {
      Value have = dict_get(vm, d, k);
      if (!have.is_null()) continue;
      if (!vm.exc.is_null()) return Status::Error;
    }
    Value v = getitem(vm, other, k);
    if (v.is_null()) return Status::Error;
    if (failed(dict_set(vm, d, k, v))) return Status::Error;
  }
}

// d.update(iterable of pairs): CPython's PyDict_MergeFromSeq2.
static Status merge_pairs(VM& vm, Dict* d, Value iterable) {
  Root rd(vm, Value::ptr(d));
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  for (size_t n = 0;; n++) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    Root ri(vm, item);
    Value seq = sequence_fast(vm, item, nullptr);
    if (seq.is_null()) {
      if (exc_matches(vm, vm.TypeError)) {
        clear_exc(vm);
        raise(vm, vm.TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", n);
      }
      return Status::Error;
    }
    Root rs(vm, seq);
    bool tuple = is_tuple(seq);
    size_t len = tuple ? seq.as<Tuple>()->size : seq.as<List>()->size;
    if (len != 2) {
      raise(vm, vm.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
      return Status::Error;
    }
    const Value* items = tuple ? seq.as<Tuple>()->items : seq.as<List>()->items;
    Root rk(vm, items[0]), rv(vm, items[1]);
    if (failed(dict_set(vm, d, rk.value, rv.value))) return Status::Error;
  }
}

// dict.update(arg): a dict or anything with keys() merges as a mapping, else pairs.
static Status update_arg(VM& vm, Dict* d, Value arg) {
  if (is_dict(arg)) return dict_merge(vm, d, arg, true);
  Root rd(vm, Value::ptr(d)), ra(vm, arg);
  Value keys = getattr_opt(vm, arg, vm.s_keys);
  if (!vm.exc.is_null()) return Status::Error;
  if (!keys.is_null()) return dict_merge(vm, d, arg, true);
  return merge_pairs(vm, d, arg);
}

// Merges keyword arguments the way CPython merges the **kwargs dict it builds for a method
// call (presized for them), so the table ends up the same size.
static Status merge_kwargs(VM& vm, Dict* d, Value* values, Tuple* kwnames) {
  uint32_t n = kwnames->size;
  uint64_t kwsize = n <= usable_fraction(kMinSize) ? kMinSize
                    : n > usable_fraction(uint64_t(1) << 17) ? uint64_t(1) << 17 : estimate_keysize(n);
  if (d->size == 0 && (kwsize == kMinSize || usable_fraction(kwsize / 2) < n)) {
    if (failed(dict_resize(vm, d, kwsize))) return Status::Error;  // where a clone would land
  } else if (usable_fraction(d->index_size) < n) {
    if (failed(dict_resize(vm, d, estimate_keysize(uint64_t(d->size) + n)))) return Status::Error;
  }
  for (uint32_t i = 0; i < n; i++)
    if (failed(dict_set(vm, d, kwnames->items[i], values[i]))) return Status::Error;
  return Status::Ok;
}

// dict(...), dict.__init__ and dict.update: at most one positional argument, then keywords.
// dict(...) itself stores keywords one by one (CPython's dict_vectorcall).
static Status update_common(VM& vm, Dict* d, Value* args, size_t nargs, Tuple* kwnames, const char* fname,
                            bool kwargs_dict = true) {
  if (nargs > 1) {
    raise(vm, vm.TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return Status::Error;
  }
  Root rd(vm, Value::ptr(d));
  if (nargs == 1 && failed(update_arg(vm, d, args[0]))) return Status::Error;
  if (!kwnames || kwnames->size == 0) return Status::Ok;
  if (kwargs_dict) return merge_kwargs(vm, d, args + nargs, kwnames);
  for (uint32_t i = 0; i < kwnames->size; i++)
    if (failed(dict_set(vm, d, kwnames->items[i], args[nargs + i]))) return Status::Error;
  return Status::Ok;
}

// ---------- repr guard ----------

int repr_enter(VM& vm, Value v) {
  for (Value x : vm.repr_stack)
    if (x == v) return 1;
  vm.repr_stack.push_back(v);
  return 0;
}

void repr_leave(VM& vm, Value v) {
  for (size_t i = vm.repr_stack.size(); i-- > 0;)
    if (vm.repr_stack[i] == v) {
      vm.repr_stack.erase(vm.repr_stack.begin() + long(i));
      return;
    }
}

Value dict_repr(VM& vm, Dict* d) {
  Value self = Value::ptr(d);
  Root rself(vm, self);
  int e = repr_enter(vm, self);
  if (e) return e < 0 ? Value::null() : new_str(vm, "{...}");
  if (d->size == 0) {
    repr_leave(vm, self);
    return new_str(vm, "{}");
  }
  RecursionGuard guard(vm);
  if (!guard.enter(" while getting the repr of an object")) {
    repr_leave(vm, self);
    return Value::null();
  }
  std::string out = "{";
  bool first = true;
  // Re-read the table each step: the reprs may run Python code that changes d.
  for (uint32_t i = 0; i < d->nentries; i++) {
    if (d->entries[i].value.is_null()) continue;
    Root rk(vm, d->entries[i].key), rv(vm, d->entries[i].value);
    Value kr = repr(vm, rk.value);
    if (kr.is_null()) {
      repr_leave(vm, self);
      return kr;
    }
    if (!first) out += ", ";
    first = false;
    out += as_str(kr)->view();
    out += ": ";
    Value vr = repr(vm, rv.value);
    if (vr.is_null()) {
      repr_leave(vm, self);
      return vr;
    }
    out += as_str(vr)->view();
  }
  repr_leave(vm, self);
  out += "}";
  return new_str(vm, out);
}

// a == b for two dicts: same size, and every key of a maps to an equal value in b.
static int dict_equal(VM& vm, Dict* a, Dict* b) {
  if (a->size != b->size) return 0;
  Root ra(vm, Value::ptr(a)), rb(vm, Value::ptr(b));
  RecursionGuard guard(vm);
  if (!guard.enter(" in comparison")) return -1;
  for (uint32_t i = 0; i < a->nentries; i++) {
    const DictEntry& e = a->entries[i];
    if (e.value.is_null()) continue;
    Root rk(vm, e.key), rv(vm, e.value);
    Value bv = dict_get_hashed(vm, b, e.key, e.hash);
    if (bv.is_null()) return vm.exc.is_null() ? 0 : -1;
    int r = eq(vm, rv.value, bv);
    if (r <= 0) return r;
  }
  return 1;
}

// ---------- dict methods ----------

static Dict* D(Value self) { return dict_unwrap(self); }
static Value dict_or_null(Dict* d) { return d ? Value::ptr(d) : Value::null(); }

static Value dict_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  Dict* d = new_dict(vm);
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  if (failed(update_common(vm, d, args, nargs, kwnames, "dict", false))) return Value::null();
  return Value::ptr(d);
}
static Value m_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(update_common(vm, D(self), args, nargs, kwnames, "dict", false))) return Value::null();
  return Value::none();
}
static Value m_update(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(update_common(vm, D(self), args, nargs, kwnames, "update"))) return Value::null();
  return Value::none();
}
static Value m_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (is_layout(self, Layout::Instance)) {  // a dict subclass: a missing key goes to __missing__
    Value v = dict_get(vm, D(self), args[0]);
    if (!v.is_null() || !vm.exc.is_null()) return v;
    Value missing = type_lookup(type_of(vm, self), vm.s_missing);
    if (!missing.is_null()) {
      Value a[2] = {self, args[0]};
      return call(vm, missing, a, 2);
    }
  }
  return dict_getitem(vm, D(self), args[0]);
}
static Value m_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dict_set(vm, D(self), args[0], args[1]))) return Value::null();
  return Value::none();
}
static Value m_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int r = dict_del(vm, D(self), args[0]);
  if (r < 0) return Value::null();
  if (r == 0) return key_error(vm, args[0]);
  return Value::none();
}
static Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value v = dict_get(vm, D(self), args[0]);
  if (v.is_null() && !vm.exc.is_null()) return v;
  return Value::boolean(!v.is_null());
}
static Value m_len(VM&, Value self, Value*, size_t, Tuple*) { return Value::small(D(self)->size); }
static Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return dict_repr(vm, D(self)); }

// kind: 0 keys, 1 values, 2 items
static Value make_dict_iter(VM& vm, Dict* d, int kind, bool reverse) {
  Type* t = reverse ? vm.dict_revkeyiter_type
                    : kind == 0 ? vm.dict_keyiter_type : kind == 1 ? vm.dict_valueiter_type : vm.dict_itemiter_type;
  Value it = new_iter(vm, t, Value::ptr(d));
  if (it.is_null()) return it;
  Iter* i = it.as<Iter>();
  i->index = reverse ? int64_t(d->nentries) - 1 : 0;
  i->end = d->size;
  i->step = d->size;
  i->a = Value::small(kind);
  return it;
}
static Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return make_dict_iter(vm, D(self), 0, false); }
static Value m_reversed(VM& vm, Value self, Value*, size_t, Tuple*) { return make_dict_iter(vm, D(self), 0, true); }

static Value m_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(vm, D(self), args[0]);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  return nargs > 1 ? args[1] : Value::none();
}
static Value m_setdefault(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Dict* d = D(self);
  int64_t h;
  if (failed(hash_for(vm, d, args[0], h))) return Value::null();
  int64_t ix = lookup(vm, d, args[0], h);
  if (ix == kError) return Value::null();
  if (ix >= 0) return d->entries[ix].value;
  Value dflt = nargs > 1 ? args[1] : Value::none();
  if (failed(insert(vm, d, args[0], h, dflt))) return Value::null();
  return dflt;
}
static Value m_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Dict* d = D(self);
  if (d->size == 0) return nargs > 1 ? args[1] : key_error(vm, args[0]);  // no hashing, as CPython
  int64_t h;
  if (failed(hash_for(vm, d, args[0], h))) return Value::null();
  int64_t ix = lookup(vm, d, args[0], h);
  if (ix == kError) return Value::null();
  if (ix < 0) return nargs > 1 ? args[1] : key_error(vm, args[0]);
  Value v = d->entries[ix].value;
  delete_entry(d, ix, h);
  return v;
}
static Value m_popitem(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = D(self);
  if (d->size == 0) return raise(vm, vm.KeyError, "popitem(): dictionary is empty");
  int64_t i = int64_t(d->nentries) - 1;
  while (d->entries[i].value.is_null()) i--;
  Value kv[2] = {d->entries[i].key, d->entries[i].value};
  Value t = new_tuple_from(vm, kv, 2);  // d holds both while this allocates
  if (t.is_null()) return t;
  int64_t h = d->entries[i].hash;
  delete_entry(d, i, h);
  // CPython shortens the entry array but cannot return the slots to the budget.
  d->flags += d->nentries - uint32_t(i);
  d->nentries = uint32_t(i);
  return t;
}
static Value m_keys(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.dict_keys_type, Value::ptr(D(self))); }
static Value m_values(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_iter(vm, vm.dict_values_type, Value::ptr(D(self)));
}
static Value m_items(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_iter(vm, vm.dict_items_type, Value::ptr(D(self)));
}
static Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) { return dict_or_null(dict_copy(vm, D(self))); }
// CPython 3.11's figure: the object, plus its keys table (header, 1/2/4-byte indices, and
// 16-byte entries when every key is a str, else 24). Taipan does not track the table's
// str-only kind, so a table that once held a non-str key counts as str-only again.
static Value m_sizeof(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = D(self);
  uint64_t size = 48;
  if (d->index_size) {
    bool unicode = true;
    for (uint32_t i = 0; i < d->nentries && unicode; i++)
      if (!d->entries[i].value.is_null() && !is_str(d->entries[i].key)) unicode = false;
    uint64_t index_bytes = d->index_size < 256 ? 1 : d->index_size < 65536 ? 2 : 4;
    size += 32 + d->index_size * index_bytes + uint64_t(d->cap) * (unicode ? 16 : 24);
  }
  return new_int(vm, int64_t(size));
}
static Value m_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = D(self);
  uint64_t version = d->version;
  free_tables(vm, d);
  d->version = version + 1;
  return Value::none();
}
static Value m_fromkeys(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  Value d = call0(vm, cls);
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value iterable = args[0];
  Value v = nargs > 1 ? args[1] : Value::none();
  if (is_dict(d)) {
    Dict* dd = d.as<Dict>();
    // Known hashes and one resize up front for a dict or set source.
    if (is_dict(iterable) || is_layout(iterable, Layout::Set)) {
      bool src_dict = is_dict(iterable);
      uint32_t n = src_dict ? iterable.as<Dict>()->size : iterable.as<Set>()->used;
      if (failed(dict_resize(vm, dd, estimate_keysize(n)))) return Value::null();
      uint32_t pos = 0;
      Value k, ignored;
      int64_t h;
      if (src_dict) {
        while (dict_next_hashed(iterable.as<Dict>(), pos, k, ignored, h))
          if (failed(insert(vm, dd, k, h, v))) return Value::null();
      } else {
        Set* s = iterable.as<Set>();
        while (pos <= s->mask) {
          const SetEntry& e = s->table[pos++];
          if (e.key.is_null() || e.key == kSetDummy) continue;
          if (failed(insert(vm, dd, e.key, e.hash, v))) return Value::null();
        }
      }
      return d;
    }
  }
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? d : k;
    Root rk(vm, k);
    Status s = is_dict(d) ? dict_set(vm, d.as<Dict>(), k, v) : setitem(vm, d, k, v);
    if (failed(s)) return Value::null();
  }
}
static Value m_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Dict* o = dict_unwrap(args[0]);
  if (!o) return vm.not_implemented;
  int r = dict_equal(vm, D(self), o);
  return r < 0 ? Value::null() : Value::boolean(r);
}
static Value m_ne(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Dict* o = dict_unwrap(args[0]);
  if (!o) return vm.not_implemented;
  int r = dict_equal(vm, D(self), o);
  return r < 0 ? Value::null() : Value::boolean(!r);
}
// a | b: a copy of a updated with b (both dicts, else NotImplemented).
static Value dict_or(VM& vm, Value a, Value b) {
  Dict* da = dict_unwrap(a);
  if (!da || !dict_unwrap(b)) return vm.not_implemented;
  Root rb(vm, b);
  Dict* n = dict_copy(vm, da);
  if (!n) return Value::null();
  Root rn(vm, Value::ptr(n));
  if (failed(update_arg(vm, n, b))) return Value::null();
  return Value::ptr(n);
}
static Value m_or(VM& vm, Value self, Value* args, size_t, Tuple*) { return dict_or(vm, self, args[0]); }
static Value m_ror(VM& vm, Value self, Value* args, size_t, Tuple*) { return dict_or(vm, args[0], self); }
static Value m_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(update_arg(vm, D(self), args[0]))) return Value::null();
  return self;
}

// ---------- iterators ----------

Value dict_iter_next(VM& vm, Iter* it) {
  if (it->seq.is_null()) return Value::null();
  Dict* d = it->seq.as<Dict>();
  if (it->end != int64_t(d->size)) {
    it->end = -1;  // sticky: every later call raises too
    return raise(vm, vm.RuntimeError, "dictionary changed size during iteration");
  }
  int kind = it->a.is_small() ? int(it->a.as_small()) : 0;
  int64_t i = it->index;
  if (it->type == vm.dict_revkeyiter_type) {
    if (i >= int64_t(d->nentries)) i = int64_t(d->nentries) - 1;
    while (i >= 0 && d->entries[i].value.is_null()) i--;
    if (i < 0) {
      it->seq = Value::null();
      return Value::null();
    }
    it->index = i - 1;
  } else {
    while (i < int64_t(d->nentries) && d->entries[i].value.is_null()) i++;
    if (i >= int64_t(d->nentries)) {
      it->seq = Value::null();
      return Value::null();
    }
    if (it->step == 0) {  // same size, yet more keys than there were: keys were replaced
      it->seq = Value::null();
      return raise(vm, vm.RuntimeError, "dictionary keys changed during iteration");
    }
    it->index = i + 1;
  }
  it->step--;
  const DictEntry& e = d->entries[i];
  if (kind == 0) return e.key;
  if (kind == 1) return e.value;
  Root rd(vm, Value::ptr(d));
  Value kv[2] = {e.key, e.value};
  return new_tuple_from(vm, kv, 2);
}

static Value iter_self(VM&, Value self, Value*, size_t, Tuple*) { return self; }
static Value dictiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = dict_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value dictiter_len(VM&, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->seq.is_null() || it->end != int64_t(it->seq.as<Dict>()->size)) return Value::small(0);
  return Value::small(it->step);
}

// ---------- views: dict_keys, dict_values, dict_items ----------

static Dict* view_dict(Value view) { return view.as<Iter>()->seq.as<Dict>(); }
static int view_kind(VM& vm, Value view) {
  Type* t = view.as_ptr()->type;
  return t == vm.dict_keys_type ? 0 : t == vm.dict_values_type ? 1 : 2;
}
static bool is_setlike_view(VM& vm, Value v) {
  return is_layout(v, Layout::Iter) && (v.as_ptr()->type == vm.dict_keys_type || v.as_ptr()->type == vm.dict_items_type);
}

static Value view_len(VM&, Value self, Value*, size_t, Tuple*) { return Value::small(view_dict(self)->size); }
static Value view_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  return make_dict_iter(vm, view_dict(self), view_kind(vm, self), false);
}
static Value view_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  return make_dict_iter(vm, view_dict(self), view_kind(vm, self), true);
}
static Value view_mapping(VM& vm, Value self, Value*, size_t, Tuple*) {
  return new_mappingproxy(vm, self.as<Iter>()->seq);
}

// `x in view` for keys and items views: 1, 0, -1.
static int view_contains_impl(VM& vm, Value self, Value x) {
  Dict* d = view_dict(self);
  if (view_kind(vm, self) == 0) {
    Value v = dict_get(vm, d, x);
    if (!v.is_null()) return 1;
    return vm.exc.is_null() ? 0 : -1;
  }
  Tuple* kv = tuple_unwrap(x);
  if (!kv || kv->size != 2) return 0;
  Root rs(vm, self), rx(vm, x);
  Value found = dict_get(vm, d, kv->items[0]);
  if (found.is_null()) return vm.exc.is_null() ? 0 : -1;
  Root rf(vm, found);
  return eq(vm, found, kv->items[1]);
}
static Value view_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int r = view_contains_impl(vm, self, args[0]);
  return r < 0 ? Value::null() : Value::boolean(r);
}

static Value view_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  int e = repr_enter(vm, self);
  if (e) return e < 0 ? Value::null() : new_str(vm, "...");
  RecursionGuard guard(vm);
  if (!guard.enter(" while getting the repr of an object")) {
    repr_leave(vm, self);
    return Value::null();
  }
  Value items = sequence_to_list(vm, self);
  if (items.is_null()) {
    repr_leave(vm, self);
    return items;
  }
  Root ri(vm, items);
  std::string out(self.as_ptr()->type->name->view());
  out += "([";
  List* l = items.as<List>();
  for (uint32_t i = 0; i < l->size; i++) {
    Value r = repr(vm, l->items[i]);
    if (r.is_null()) {
      repr_leave(vm, self);
      return r;
    }
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  repr_leave(vm, self);
  out += "])";
  return new_str(vm, out);
}

// set(view) as CPython's dictviews_to_set: a keys view of a dict reads the dict directly.
static Set* view_to_set(VM& vm, Value v) {
  if (is_layout(v, Layout::Iter) && v.as_ptr()->type == vm.dict_keys_type) {
    Value d = v.as<Iter>()->seq;
    if (is_dict(d)) return set_from_iterable(vm, d, false);
  }
  return set_from_iterable(vm, v, false);
}

static Value view_sub_impl(VM& vm, Value a, Value b) {
  Root rb(vm, b);
  Set* s = view_to_set(vm, a);
  if (!s) return Value::null();
  Root rs(vm, Value::ptr(s));
  if (failed(set_difference_update(vm, s, b))) return Value::null();
  return Value::ptr(s);
}
static Value view_or_impl(VM& vm, Value a, Value b) {
  Root rb(vm, b);
  Set* s = view_to_set(vm, a);
  if (!s) return Value::null();
  Root rs(vm, Value::ptr(s));
  if (failed(set_update(vm, s, b))) return Value::null();
  return Value::ptr(s);
}

// items() ^ items(): pairs of either dict whose key is missing from, or maps to a different
// value in, the other (CPython's dictitems_xor, same evaluation order).
static Value items_xor(VM& vm, Dict* d1, Dict* d2) {
  Root r1(vm, Value::ptr(d1)), r2(vm, Value::ptr(d2));
  Dict* temp = dict_copy(vm, d1);
  if (!temp) return Value::null();
  Root rt(vm, Value::ptr(temp));
  Set* result = new_set(vm, false);
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  uint32_t pos = 0;
  Value k, v2;
  int64_t h;
  while (dict_next_hashed(d2, pos, k, v2, h)) {
    Root rk(vm, k), rv2(vm, v2);
    int64_t ix = lookup(vm, temp, k, h);
    if (ix == kError) return Value::null();
    int to_delete = 0;
    if (ix >= 0) {
      Root rv1(vm, temp->entries[ix].value);
      to_delete = eq(vm, rv1.value, v2);
      if (to_delete < 0) return Value::null();
    }
    if (to_delete) {
      if (dict_del(vm, temp, k) < 0) return Value::null();
    } else {
      Value kv[2] = {k, v2};
      Value pair = new_tuple_from(vm, kv, 2);
      if (pair.is_null()) return pair;
      if (failed(set_add(vm, result, pair))) return Value::null();
    }
  }
  Value rest = new_iter(vm, vm.dict_items_type, Value::ptr(temp));
  if (rest.is_null()) return rest;
  Root rrest(vm, rest);
  if (failed(set_update(vm, result, rest))) return Value::null();
  return Value::ptr(result);
}
static Value view_xor_impl(VM& vm, Value a, Value b) {
  if (is_layout(a, Layout::Iter) && a.as_ptr()->type == vm.dict_items_type && is_layout(b, Layout::Iter) &&
      b.as_ptr()->type == vm.dict_items_type)
    return items_xor(vm, view_dict(a), view_dict(b));
  Root rb(vm, b);
  Set* s = view_to_set(vm, a);
  if (!s) return Value::null();
  Root rs(vm, Value::ptr(s));
  if (failed(set_symmetric_difference_update(vm, s, b))) return Value::null();
  return Value::ptr(s);
}

// view & other (either side): CPython's _PyDictView_Intersect.
static Value view_and_impl(VM& vm, Value self, Value other) {
  Root rs(vm, self), ro(vm, other);
  int64_t len_self = view_dict(self)->size;
  if (is_exact(other, vm.set_type) && len_self <= int64_t(other.as<Set>()->used))
    return set_intersection(vm, other.as<Set>(), self);
  Value big = self, small = other;
  if (is_setlike_view(vm, other) && int64_t(view_dict(other)->size) > len_self) std::swap(big, small);
  Root rbig(vm, big), rsmall(vm, small);
  Set* result = new_set(vm, false);
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  Value it = get_iter(vm, small);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? Value::ptr(result) : k;
    Root rk(vm, k);
    int r = view_contains_impl(vm, big, k);
    if (r < 0) return Value::null();
    if (r && failed(set_add(vm, result, k))) return Value::null();
  }
}

static Value view_and(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_and_impl(vm, self, args[0]); }
static Value view_or(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_or_impl(vm, self, args[0]); }
static Value view_ror(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_or_impl(vm, args[0], self); }
static Value view_sub(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_sub_impl(vm, self, args[0]); }
static Value view_rsub(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_sub_impl(vm, args[0], self); }
static Value view_xor(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_xor_impl(vm, self, args[0]); }
static Value view_rxor(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_xor_impl(vm, args[0], self); }

// Every item of `a` is in `b` (with b's own `in`): 1, 0, -1.
static int all_contained_in(VM& vm, Value a, Value b) {
  Root ra(vm, a), rb(vm, b);
  Value it = get_iter(vm, a);
  if (it.is_null()) return -1;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? 1 : -1;
    int r = contains(vm, b, x);
    if (r <= 0) return r;
  }
}
static Value view_richcompare(VM& vm, Value self, Value other, CmpOp op) {
  if (!set_unwrap(other) && !is_setlike_view(vm, other)) return vm.not_implemented;
  int64_t len_self, len_other;
  if (failed(length(vm, self, len_self)) || failed(length(vm, other, len_other))) return Value::null();
  int ok = 0;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (len_self == len_other) ok = all_contained_in(vm, self, other);
      if (op == CmpOp::Ne && ok >= 0) ok = !ok;
      break;
    case CmpOp::Lt:
      if (len_self < len_other) ok = all_contained_in(vm, self, other);
      break;
    case CmpOp::Le:
      if (len_self <= len_other) ok = all_contained_in(vm, self, other);
      break;
    case CmpOp::Gt:
      if (len_self > len_other) ok = all_contained_in(vm, other, self);
      break;
    case CmpOp::Ge:
      if (len_self >= len_other) ok = all_contained_in(vm, other, self);
      break;
  }
  return ok < 0 ? Value::null() : Value::boolean(ok);
}
static Value view_eq(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Eq); }
static Value view_ne(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Ne); }
static Value view_lt(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Lt); }
static Value view_le(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Le); }
static Value view_gt(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Gt); }
static Value view_ge(VM& vm, Value s, Value* a, size_t, Tuple*) { return view_richcompare(vm, s, a[0], CmpOp::Ge); }

static Value view_isdisjoint(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value other = args[0];
  if (self == other) return Value::boolean(view_dict(self)->size == 0);
  Value container = self, source = other;
  if (set_unwrap(other) || is_setlike_view(vm, other)) {
    int64_t len_other;
    if (failed(length(vm, other, len_other))) return Value::null();
    if (len_other > int64_t(view_dict(self)->size)) std::swap(container, source);
  }
  Root rc(vm, container), rs(vm, source);
  Value it = get_iter(vm, source);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::true_() : x;
    int r = contains(vm, container, x);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
}

// ---------- mappingproxy: a read-only view of a mapping ----------

static Value proxied(Value self) { return self.as<Iter>()->seq; }

Value new_mappingproxy(VM& vm, Value mapping) { return new_iter(vm, vm.mappingproxy_type, mapping); }

static Value mp_new(VM& vm, Value, Value* args, size_t nargs, Tuple* kwnames) {
  static const char* const names[] = {"mapping"};
  Value m;
  if (failed(parse_args(vm, "mappingproxy", args, nargs, kwnames, names, 1, 1, &m))) return Value::null();
  Type* t = type_of(vm, m);
  if (type_lookup(t, vm.s_getitem).is_null() || is_subtype(t, vm.list_type) || is_subtype(t, vm.tuple_type))
    return raise(vm, vm.TypeError, "mappingproxy() argument must be a mapping, not %s", type_name(vm, m));
  return new_mappingproxy(vm, m);
}
static Value mp_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) { return getitem(vm, proxied(self), args[0]); }
static Value mp_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t n;
  if (failed(length(vm, proxied(self), n))) return Value::null();
  return new_int(vm, n);
}
static Value mp_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return get_iter(vm, proxied(self)); }
static Value mp_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (Dict* d = dict_unwrap(proxied(self))) {
    Value v = dict_get(vm, d, args[0]);
    if (v.is_null() && !vm.exc.is_null()) return v;
    return Value::boolean(!v.is_null());
  }
  int r = contains(vm, proxied(self), args[0]);
  return r < 0 ? Value::null() : Value::boolean(r);
}
static Value mp_call(VM& vm, Value self, const char* name, Value* args, size_t nargs) {
  return call_method(vm, proxied(self), vm.intern(name), args, nargs);
}
static Value mp_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return mp_call(vm, self, "get", args, nargs); }
static Value mp_keys(VM& vm, Value self, Value*, size_t, Tuple*) { return mp_call(vm, self, "keys", nullptr, 0); }
static Value mp_values(VM& vm, Value self, Value*, size_t, Tuple*) { return mp_call(vm, self, "values", nullptr, 0); }
static Value mp_items(VM& vm, Value self, Value*, size_t, Tuple*) { return mp_call(vm, self, "items", nullptr, 0); }
static Value mp_copy(VM& vm, Value self, Value*, size_t, Tuple*) { return mp_call(vm, self, "copy", nullptr, 0); }
static Value mp_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  return mp_call(vm, self, "__reversed__", nullptr, 0);
}
static Value mp_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value r = repr(vm, proxied(self));
  if (r.is_null()) return r;
  return new_str(vm, "mappingproxy(" + std::string(as_str(r)->view()) + ")");
}
static Value mp_str(VM& vm, Value self, Value*, size_t, Tuple*) { return str(vm, proxied(self)); }
static Value mp_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return compare(vm, proxied(self), args[0], CmpOp::Eq);
}
static Value mp_ne(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return compare(vm, proxied(self), args[0], CmpOp::Ne);
}
static Value mp_or(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value other = args[0];
  if (is_exact(other, vm.mappingproxy_type)) other = proxied(other);
  return binary_op(vm, proxied(self), other, BinOp::Or, false);
}
static Value mp_ror(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value other = args[0];
  if (is_exact(other, vm.mappingproxy_type)) other = proxied(other);
  return binary_op(vm, other, proxied(self), BinOp::Or, false);
}
static Value mp_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return raise(vm, vm.TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

void init_dict(VM& vm) {
  static const MethodDef methods[] = {
      {"__init__", m_init, 0, -1, kBuiltinKeywords},
      {"__getitem__", m_getitem, 1, 1, kBuiltinRawSelf},
      {"__setitem__", m_setitem, 2, 2, 0},
      {"__delitem__", m_delitem, 1, 1, 0},
      {"__contains__", m_contains, 1, 1, 0},
      {"__len__", m_len, 0, 0, 0},
      {"__repr__", m_repr, 0, 0, 0},
      {"__iter__", m_iter, 0, 0, 0},
      {"__reversed__", m_reversed, 0, 0, 0},
      {"__eq__", m_eq, 1, 1, 0},
      {"__ne__", m_ne, 1, 1, 0},
      {"__or__", m_or, 1, 1, 0},
      {"__ror__", m_ror, 1, 1, 0},
      {"__ior__", m_ior, 1, 1, 0},
      {"get", m_get, 1, 2, 0},
      {"setdefault", m_setdefault, 1, 2, 0},
      {"pop", m_pop, 1, 2, 0},
      {"popitem", m_popitem, 0, 0, 0},
      {"keys", m_keys, 0, 0, 0},
      {"values", m_values, 0, 0, 0},
      {"items", m_items, 0, 0, 0},
      {"copy", m_copy, 0, 0, 0},
      {"clear", m_clear, 0, 0, 0},
      {"__sizeof__", m_sizeof, 0, 0, 0},
      {"update", m_update, 0, -1, kBuiltinKeywords},
      {"fromkeys", m_fromkeys, 1, 2, kBuiltinClassMethod},
  };
  add_methods(vm, vm.dict_type, methods);
  (void)dict_set_str(vm, vm.dict_type->dict, vm.s_hash, Value::none());
  vm.dict_type->native_new = new_builtin(vm, "dict", dict_new, Value::null(), 0, -1, kBuiltinKeywords);
  vm.dict_type->native_new.as<Builtin>()->owner = vm.dict_type;

  static const MethodDef view_methods[] = {
      {"__len__", view_len, 0, 0, 0},
      {"__iter__", view_iter, 0, 0, 0},
      {"__reversed__", view_reversed, 0, 0, 0},
      {"__repr__", view_repr, 0, 0, 0},
  };
  static const MethodDef setlike_methods[] = {
      {"__contains__", view_contains, 1, 1, 0},
      {"__and__", view_and, 1, 1, 0},
      {"__rand__", view_and, 1, 1, 0},
      {"__or__", view_or, 1, 1, 0},
      {"__ror__", view_ror, 1, 1, 0},
      {"__sub__", view_sub, 1, 1, 0},
      {"__rsub__", view_rsub, 1, 1, 0},
      {"__xor__", view_xor, 1, 1, 0},
      {"__rxor__", view_rxor, 1, 1, 0},
      {"__eq__", view_eq, 1, 1, 0},
      {"__ne__", view_ne, 1, 1, 0},
      {"__lt__", view_lt, 1, 1, 0},
      {"__le__", view_le, 1, 1, 0},
      {"__gt__", view_gt, 1, 1, 0},
      {"__ge__", view_ge, 1, 1, 0},
      {"isdisjoint", view_isdisjoint, 1, 1, 0},
  };
  for (Type* t : {vm.dict_keys_type, vm.dict_values_type, vm.dict_items_type}) {
    add_methods(vm, t, view_methods);
    add_getter(vm, t, "mapping", view_mapping);
  }
  for (Type* t : {vm.dict_keys_type, vm.dict_items_type}) {
    add_methods(vm, t, setlike_methods);
    (void)dict_set_str(vm, t->dict, vm.s_hash, Value::none());
  }

  static const MethodDef iter_methods[] = {
      {"__iter__", iter_self, 0, 0, 0},
      {"__next__", dictiter_next_m, 0, 0, 0},
      {"__length_hint__", dictiter_len, 0, 0, 0},
  };
  for (Type* t : {vm.dict_keyiter_type, vm.dict_valueiter_type, vm.dict_itemiter_type, vm.dict_revkeyiter_type})
    add_methods(vm, t, iter_methods);

  static const MethodDef proxy_methods[] = {
      {"__getitem__", mp_getitem, 1, 1, 0},
      {"__len__", mp_len, 0, 0, 0},
      {"__iter__", mp_iter, 0, 0, 0},
      {"__reversed__", mp_reversed, 0, 0, 0},
      {"__contains__", mp_contains, 1, 1, 0},
      {"__repr__", mp_repr, 0, 0, 0},
      {"__str__", mp_str, 0, 0, 0},
      {"__eq__", mp_eq, 1, 1, 0},
      {"__ne__", mp_ne, 1, 1, 0},
      {"__or__", mp_or, 1, 1, 0},
      {"__ror__", mp_ror, 1, 1, 0},
      {"__ior__", mp_ior, 1, 1, 0},
      {"get", mp_get, 1, 2, 0},
      {"keys", mp_keys, 0, 0, 0},
      {"values", mp_values, 0, 0, 0},
      {"items", mp_items, 0, 0, 0},
      {"copy", mp_copy, 0, 0, 0},
  };
  add_methods(vm, vm.mappingproxy_type, proxy_methods);
  (void)dict_set_str(vm, vm.mappingproxy_type->dict, vm.s_hash, Value::none());
  vm.mappingproxy_type->native_new = new_builtin(vm, "mappingproxy", mp_new, Value::null(), 0, 1, kBuiltinKeywords);
  vm.mappingproxy_type->native_new.as<Builtin>()->owner = vm.mappingproxy_type;
}

}  // namespace taipan::runtime
