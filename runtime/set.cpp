// set and frozenset.
//
// The table follows CPython 3.11's setobject.c step for step, because programs print sets
// and must see CPython's iteration order: an open-addressing table of 2^k >= 8 slots (the
// first 8 inline in the object), probed by LINEAR_PROBES = 9 neighbours and then perturbed
// jumps (i = i*5 + 1 + (perturb >>= 5)); a slot is empty when key is null (hash 0), and
// deleted when key is kSetDummy (hash -1). Insertion reuses the last dummy seen on the probe
// path; fill*5 >= mask*3 after adding to an empty slot resizes to the smallest power of two
// above used*4 (used*2 past 50000), reinserting in old slot order. Every operation below
// (merge fast paths, intersection's choice of which side to scan, difference's copy-or-build
// rule, the final dummy purge of difference_update, pop's finger...) makes the same choices
// as CPython, so results come out in the same order.
//
// Invariants: fill = used + dummies; fill < mask + 1 (a failing probe always ends); flags
// bit0 = frozen; hash caches frozenset's hash (-1 = not computed). Methods receive the real
// Set (subclass instances are unwrapped by the caller or by set_unwrap).
#include <cstring>
#include <utility>

#include "runtime/dict.h"
#include "runtime/list.h"

namespace taipan::runtime {

namespace {

constexpr uint32_t kMinSize = 8;
constexpr uint32_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

inline bool is_live(const SetEntry& e) { return !e.key.is_null() && e.key != kSetDummy; }
inline size_t table_bytes(uint32_t mask) { return (size_t(mask) + 1) * sizeof(SetEntry); }

void clear_entries(SetEntry* t, size_t n) {
  for (size_t i = 0; i < n; i++) {
    t[i].key = Value::null();
    t[i].hash = 0;
  }
}

// Next live entry at or after pos (re-reads the table, so it is safe if Python code
// changed the set meanwhile); copies the key and hash out.
bool next_entry(Set* s, uint32_t& pos, Value& key, int64_t& h) {
  while (pos <= s->mask) {
    SetEntry& e = s->table[pos++];
    if (is_live(e)) {
      key = e.key;
      h = e.hash;
      return true;
    }
  }
  return false;
}

Value key_error(VM& vm, Value key) {
  Root rk(vm, key);
  Value t = new_tuple_from(vm, &key, 1);
  if (t.is_null()) return t;
  Value e = new_exception(vm, vm.KeyError, t);
  if (e.is_null()) return e;
  return raise_value(vm, e);
}

}  // namespace

Set* set_unwrap(Value v) {
  if (!v.is_ptr()) return nullptr;
  Object* o = v.as_ptr();
  if (o->type->layout == Layout::Set) return static_cast<Set*>(o);
  if (o->type->layout == Layout::Instance) {
    Value b = static_cast<Instance*>(o)->base_value;
    if (is_set(b)) return b.as<Set>();
  }
  return nullptr;
}

Set* new_set(VM& vm, bool frozen) {
  auto* s = static_cast<Set*>(vm.heap.alloc(sizeof(Set), frozen ? vm.frozenset_type : vm.set_type));
  if (!s) {
    raise_no_memory(vm);
    return nullptr;
  }
  s->flags = frozen ? 1 : 0;
  clear_entries(s->small, kMinSize);
  s->table = s->small;
  s->mask = kMinSize - 1;
  s->fill = s->used = s->finger = 0;
  s->hash = -1;
  return s;
}

// ---------- the table ----------

// The slot holding key, or the empty slot that ends its probe sequence; nullptr if a
// comparison raised. Restarts when Python code run by __eq__ changed the table.
static SetEntry* lookkey(VM& vm, Set* s, Value key, int64_t h) {
restart:
  uint64_t mask = s->mask;
  uint64_t perturb = uint64_t(h);
  uint64_t i = uint64_t(h) & mask;
  for (;;) {
    SetEntry* entry = &s->table[i];
    uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) return entry;
      if (entry->hash == h) {
        Value start = entry->key;
        int r = key_eq_builtin(start, key);
        if (r > 0) return entry;
        if (r < 0) {
          SetEntry* table = s->table;
          Root rs(vm, Value::ptr(s)), rk(vm, start), rkey(vm, key);
          r = eq(vm, start, key);
          if (r < 0) return nullptr;
          if (table != s->table || entry->key != start) goto restart;
          if (r > 0) return entry;
          mask = s->mask;
        }
      }
      if (probes-- == 0) break;
      entry++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts a key known to be absent into a table without dummies.
static void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t h) {
  uint64_t perturb = uint64_t(h);
  uint64_t i = uint64_t(h) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (uint32_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = h;
    return;
  }
}

// Rebuilds the table with the smallest power-of-two size above minused (dropping dummies).
static Status table_resize(VM& vm, Set* s, uint64_t minused) {
  uint64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  if (newsize > (uint64_t(1) << 31)) {
    raise_no_memory(vm);
    return Status::Error;
  }
  SetEntry small_copy[kMinSize];
  SetEntry* old = s->table;
  uint64_t oldmask = s->mask;
  bool old_external = old != s->small;
  SetEntry* nt;
  if (newsize == kMinSize) {
    nt = s->small;
    if (old == nt) {
      if (s->fill == s->used) return Status::Ok;  // no dummies to purge
      std::memcpy(static_cast<void*>(small_copy), old, sizeof(small_copy));
      old = small_copy;
    }
  } else {
    Root rs(vm, Value::ptr(s));
    nt = static_cast<SetEntry*>(vm.heap.external_alloc(newsize * sizeof(SetEntry)));
    if (!nt) {
      raise_no_memory(vm);
      return Status::Error;
    }
  }
  // No allocation from here on: the collector never sees a half-built table.
  clear_entries(nt, newsize);
  s->mask = uint32_t(newsize - 1);
  s->table = nt;
  if (s->fill == s->used) {
    for (uint64_t i = 0; i <= oldmask; i++)
      if (!old[i].key.is_null()) insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
  } else {
    s->fill = s->used;
    for (uint64_t i = 0; i <= oldmask; i++)
      if (is_live(old[i])) insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
  }
  if (old_external) vm.heap.external_free(old, table_bytes(uint32_t(oldmask)));
  return Status::Ok;
}

static Status grow_after_insert(VM& vm, Set* s) {
  return table_resize(vm, s, s->used > 50000 ? uint64_t(s->used) * 2 : uint64_t(s->used) * 4);
}

Status set_add_hashed(VM& vm, Set* s, Value key, int64_t h) {
restart:
  uint64_t mask = s->mask;
  uint64_t i = uint64_t(h) & mask;
  uint64_t perturb = uint64_t(h);
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &s->table[i];
    uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
      if (entry->hash == h) {
        Value start = entry->key;
        int r = key_eq_builtin(start, key);
        if (r > 0) return Status::Ok;
        if (r < 0) {
          SetEntry* table = s->table;
          Root rs(vm, Value::ptr(s)), rk(vm, start), rkey(vm, key);
          r = eq(vm, start, key);
          if (r > 0) return Status::Ok;
          if (r < 0) return Status::Error;
          if (table != s->table || entry->key != start) goto restart;
          mask = s->mask;
        }
      } else if (entry->hash == -1 && entry->key == kSetDummy) {
        freeslot = entry;
      }
      if (probes-- == 0) break;
      entry++;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  s->used++;
  if (freeslot) {
    freeslot->key = key;
    freeslot->hash = h;
    return Status::Ok;
  }
  s->fill++;
  entry->key = key;
  entry->hash = h;
  if (uint64_t(s->fill) * 5 < mask * 3) return Status::Ok;
  return grow_after_insert(vm, s);
}

static int contains_hashed(VM& vm, Set* s, Value key, int64_t h) {
  SetEntry* e = lookkey(vm, s, key, h);
  if (!e) return -1;
  return !e->key.is_null();
}

static int discard_hashed(VM& vm, Set* s, Value key, int64_t h) {
  SetEntry* e = lookkey(vm, s, key, h);
  if (!e) return -1;
  if (e->key.is_null()) return 0;
  e->key = kSetDummy;
  e->hash = -1;
  s->used--;
  return 1;
}

Status set_add(VM& vm, Set* s, Value key) {
  int64_t h;
  if (!key.is_small() && !is_str(key)) {
    Root rs(vm, Value::ptr(s)), rk(vm, key);
    if (failed(key_hash(vm, key, h))) return Status::Error;
    return set_add_hashed(vm, s, key, h);
  }
  (void)key_hash(vm, key, h);
  return set_add_hashed(vm, s, key, h);
}

static int contains_key(VM& vm, Set* s, Value key) {
  int64_t h;
  Root rs(vm, Value::ptr(s)), rk(vm, key);
  if (failed(key_hash(vm, key, h))) return -1;
  return contains_hashed(vm, s, key, h);
}

static int discard_key(VM& vm, Set* s, Value key) {
  int64_t h;
  Root rs(vm, Value::ptr(s)), rk(vm, key);
  if (failed(key_hash(vm, key, h))) return -1;
  return discard_hashed(vm, s, key, h);
}

// `key` is a set (unhashable) and hashing it raised TypeError: retry with frozenset(key),
// as CPython's set.__contains__, remove and discard do. Returns null if that does not apply.
static Set* frozen_retry_key(VM& vm, Value key) {
  if (!(isinstance(vm, key, vm.set_type) && exc_matches(vm, vm.TypeError))) return nullptr;
  clear_exc(vm);
  return set_from_iterable(vm, key, true);
}

int set_contains(VM& vm, Set* s, Value key) {
  if (key.is_small() || is_str(key)) {
    int64_t h;
    (void)key_hash(vm, key, h);
    return contains_hashed(vm, s, key, h);
  }
  int r = contains_key(vm, s, key);
  if (r >= 0) return r;
  Root rs(vm, Value::ptr(s));
  Set* f = frozen_retry_key(vm, key);
  if (!f) return -1;
  return contains_key(vm, s, Value::ptr(f));
}

int set_discard(VM& vm, Set* s, Value key) { return discard_key(vm, s, key); }

bool set_next(Set* s, uint32_t& pos, Value& key) {
  int64_t h;
  return next_entry(s, pos, key, h);
}

static Status set_clear_internal(VM& vm, Set* s) {
  if (s->table != s->small) vm.heap.external_free(s->table, table_bytes(s->mask));
  clear_entries(s->small, kMinSize);
  s->table = s->small;
  s->mask = kMinSize - 1;
  s->fill = s->used = 0;
  s->hash = -1;
  return Status::Ok;
}

// so |= other, where other is a set: one resize up front, then CPython's fast paths.
static Status set_merge(VM& vm, Set* s, Set* other) {
  if (other == s || other->used == 0) return Status::Ok;
  Root rs(vm, Value::ptr(s)), ro(vm, Value::ptr(other));
  if ((uint64_t(s->fill) + other->used) * 5 >= uint64_t(s->mask) * 3) {
    if (failed(table_resize(vm, s, (uint64_t(s->used) + other->used) * 2))) return Status::Error;
  }
  if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
    for (uint32_t i = 0; i <= other->mask; i++)
      if (!other->table[i].key.is_null()) s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    return Status::Ok;
  }
  if (s->fill == 0) {
    s->fill = s->used = other->used;
    for (uint32_t i = 0; i <= other->mask; i++) {
      const SetEntry& e = other->table[i];
      if (is_live(e)) insert_clean(s->table, s->mask, e.key, e.hash);
    }
    return Status::Ok;
  }
  uint32_t pos = 0;
  Value k;
  int64_t h;
  while (next_entry(other, pos, k, h))
    if (failed(set_add_hashed(vm, s, k, h))) return Status::Error;
  return Status::Ok;
}

Status set_update(VM& vm, Set* s, Value other) {
  Root rs(vm, Value::ptr(s)), ro(vm, other);
  if (Set* o = set_unwrap(other)) return set_merge(vm, s, o);
  if (is_exact(other, vm.dict_type)) {
    Dict* d = other.as<Dict>();
    if ((uint64_t(s->fill) + d->size) * 5 >= uint64_t(s->mask) * 3)
      if (failed(table_resize(vm, s, (uint64_t(s->used) + d->size) * 2))) return Status::Error;
    uint32_t pos = 0;
    Value k, v;
    int64_t h;
    while (dict_next_hashed(d, pos, k, v, h))
      if (failed(set_add_hashed(vm, s, k, h))) return Status::Error;
    return Status::Ok;
  }
  Value it = get_iter(vm, other);
  if (it.is_null()) return Status::Error;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? Status::Ok : Status::Error;
    if (failed(set_add(vm, s, k))) return Status::Error;
  }
}

Set* set_from_iterable(VM& vm, Value iterable, bool frozen) {
  Root ri(vm, iterable);
  Set* s = new_set(vm, frozen);
  if (!s) return nullptr;
  Root rs(vm, Value::ptr(s));
  if (failed(set_update(vm, s, iterable))) return nullptr;
  return s;
}

Status frozenset_hash(VM& vm, Set* s, int64_t& out) {
  if (s->hash != -1) {
    out = s->hash;
    return Status::Ok;
  }
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
  // Every slot counts (empty ones hash 0, dummies -1); their effect is cancelled below.
  for (uint32_t i = 0; i <= s->mask; i++) h ^= shuffle(uint64_t(s->table[i].hash));
  if ((s->mask + 1 - s->fill) & 1) h ^= shuffle(0);
  if ((s->fill - s->used) & 1) h ^= shuffle(uint64_t(-1));
  h ^= (uint64_t(s->used) + 1) * 1927868237ULL;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069U + 907133923ULL;
  if (h == uint64_t(-1)) h = 590923713ULL;
  s->hash = int64_t(h);
  out = int64_t(h);
  return Status::Ok;
}

// ---------- the algebra (each mirrors the CPython function of the same name) ----------

static Set* set_copy(VM& vm, Set* so) {
  Root r(vm, Value::ptr(so));
  Set* n = new_set(vm, set_is_frozen(so));
  if (!n) return nullptr;
  Root rn(vm, Value::ptr(n));
  if (failed(set_merge(vm, n, so))) return nullptr;
  return n;
}

// Exchanges the contents of a and b (the tables, counts and, for two frozensets, hashes).
static void set_swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  bool a_small = a->table == a->small, b_small = b->table == b->small;
  SetEntry* at = a->table;
  SetEntry* bt = b->table;
  SetEntry tmp[kMinSize];
  std::memcpy(static_cast<void*>(tmp), a->small, sizeof(tmp));
  std::memcpy(static_cast<void*>(a->small), b->small, sizeof(tmp));
  std::memcpy(static_cast<void*>(b->small), tmp, sizeof(tmp));
  a->table = b_small ? a->small : bt;
  b->table = a_small ? b->small : at;
  if (set_is_frozen(a) && set_is_frozen(b)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = b->hash = -1;
  }
}

Value set_intersection(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so)), rother(vm, other);
  Set* o = set_unwrap(other);
  if (o == so) {
    Set* c = set_copy(vm, so);
    return c ? Value::ptr(c) : Value::null();
  }
  Set* result = new_set(vm, set_is_frozen(so));
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  if (o) {
    Set* big = so;
    Set* small = o;
    if (o->used > so->used) std::swap(big, small);
    Root rb(vm, Value::ptr(big)), rsm(vm, Value::ptr(small));
    uint32_t pos = 0;
    Value k;
    int64_t h;
    while (next_entry(small, pos, k, h)) {
      Root rk(vm, k);
      int r = contains_hashed(vm, big, k, h);
      if (r < 0) return Value::null();
      if (r && failed(set_add_hashed(vm, result, k, h))) return Value::null();
    }
    return Value::ptr(result);
  }
  Value it = get_iter(vm, other);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? Value::ptr(result) : k;
    Root rk(vm, k);
    int64_t h;
    if (failed(key_hash(vm, k, h))) return Value::null();
    int r = contains_hashed(vm, so, k, h);
    if (r < 0) return Value::null();
    if (r) {
      if (failed(set_add_hashed(vm, result, k, h))) return Value::null();
      if (result->used >= so->used) return Value::ptr(result);
    }
  }
}

static Value set_intersection_multi(VM& vm, Set* so, Value* args, size_t nargs) {
  if (nargs == 0) {
    Set* c = set_copy(vm, so);
    return c ? Value::ptr(c) : Value::null();
  }
  Root r(vm, Value::ptr(so));
  for (size_t i = 0; i < nargs; i++) {
    Value x = set_intersection(vm, r.value.as<Set>(), args[i]);
    if (x.is_null()) return x;
    r = x;
  }
  return r.value;
}

// Replaces so's contents by those of `fresh` (a temporary result).
static void adopt_contents(VM& vm, Set* so, Value fresh) {
  Set* t = fresh.as<Set>();
  if (t == so) return;
  set_swap_bodies(so, t);
  (void)set_clear_internal(vm, t);
}

Status set_difference_update(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so)), rother(vm, other);
  Set* o = set_unwrap(other);
  if (o == so) return set_clear_internal(vm, so);
  if (o) {
    Root ro(vm, Value::ptr(o));
    // When the other set is much bigger, discard only the common keys.
    if ((o->used >> 3) > so->used) {
      Value inter = set_intersection(vm, so, other);
      if (inter.is_null()) return Status::Error;
      o = inter.as<Set>();
      ro = inter;
    }
    uint32_t pos = 0;
    Value k;
    int64_t h;
    while (next_entry(o, pos, k, h)) {
      Root rk(vm, k);
      if (discard_hashed(vm, so, k, h) < 0) return Status::Error;
    }
  } else {
    Value it = get_iter(vm, other);
    if (it.is_null()) return Status::Error;
    Root rit(vm, it);
    for (;;) {
      Value k = iter_next(vm, it);
      if (k.is_null()) {
        if (!vm.exc.is_null()) return Status::Error;
        break;
      }
      if (discard_key(vm, so, k) < 0) return Status::Error;
    }
  }
  // More than a quarter of the slots are dummies: rebuild.
  if (uint64_t(so->fill - so->used) <= uint64_t(so->mask) / 4) return Status::Ok;
  return grow_after_insert(vm, so);
}

static Value set_copy_and_difference(VM& vm, Set* so, Value other) {
  Root ro(vm, other);
  Set* result = set_copy(vm, so);
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  if (failed(set_difference_update(vm, result, other))) return Value::null();
  return Value::ptr(result);
}

static Value set_difference(VM& vm, Set* so, Value other) {
  Set* o = set_unwrap(other);
  uint64_t other_size;
  if (o) other_size = o->used;
  else if (is_exact(other, vm.dict_type)) other_size = other.as<Dict>()->size;
  else return set_copy_and_difference(vm, so, other);
  if ((uint64_t(so->used) >> 2) > other_size) return set_copy_and_difference(vm, so, other);
  Root rso(vm, Value::ptr(so)), rother(vm, other);
  Set* result = new_set(vm, set_is_frozen(so));
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  uint32_t pos = 0;
  Value k;
  int64_t h;
  while (next_entry(so, pos, k, h)) {
    Root rk(vm, k);
    int r;
    if (o) {
      r = contains_hashed(vm, o, k, h);
    } else {
      Value v = dict_get_hashed(vm, other.as<Dict>(), k, h);
      r = v.is_null() ? (vm.exc.is_null() ? 0 : -1) : 1;
    }
    if (r < 0) return Value::null();
    if (!r && failed(set_add_hashed(vm, result, k, h))) return Value::null();
  }
  return Value::ptr(result);
}

Status set_symmetric_difference_update(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so)), rother(vm, other);
  Set* o = set_unwrap(other);
  if (o == so) return set_clear_internal(vm, so);
  if (is_exact(other, vm.dict_type)) {
    Dict* d = other.as<Dict>();
    uint32_t pos = 0;
    Value k, v;
    int64_t h;
    while (dict_next_hashed(d, pos, k, v, h)) {
      Root rk(vm, k);
      int r = discard_hashed(vm, so, k, h);
      if (r < 0) return Status::Error;
      if (r == 0 && failed(set_add_hashed(vm, so, k, h))) return Status::Error;
    }
    return Status::Ok;
  }
  Root ro(vm, Value::null());
  if (!o) {
    o = set_from_iterable(vm, other, set_is_frozen(so));
    if (!o) return Status::Error;
    ro = Value::ptr(o);
  }
  uint32_t pos = 0;
  Value k;
  int64_t h;
  while (next_entry(o, pos, k, h)) {
    Root rk(vm, k);
    int r = discard_hashed(vm, so, k, h);
    if (r < 0) return Status::Error;
    if (r == 0 && failed(set_add_hashed(vm, so, k, h))) return Status::Error;
  }
  return Status::Ok;
}

static Value set_symmetric_difference(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so));
  Set* result = set_from_iterable(vm, other, set_is_frozen(so));
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  if (failed(set_symmetric_difference_update(vm, result, Value::ptr(so)))) return Value::null();
  return Value::ptr(result);
}

// so <= other (subset); -1 on error.
static int set_issubset(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so));
  Set* o = set_unwrap(other);
  Root ro(vm, Value::null());
  if (!o) {
    o = set_from_iterable(vm, other, false);
    if (!o) return -1;
    ro = Value::ptr(o);
  } else {
    ro = Value::ptr(o);
  }
  if (so->used > o->used) return 0;
  uint32_t pos = 0;
  Value k;
  int64_t h;
  while (next_entry(so, pos, k, h)) {
    Root rk(vm, k);
    int r = contains_hashed(vm, o, k, h);
    if (r <= 0) return r;
  }
  return 1;
}

static int set_issuperset(VM& vm, Set* so, Value other) {
  if (Set* o = set_unwrap(other)) return set_issubset(vm, o, Value::ptr(so));
  Root rso(vm, Value::ptr(so));
  Value it = get_iter(vm, other);
  if (it.is_null()) return -1;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? 1 : -1;
    int r = contains_key(vm, so, k);
    if (r <= 0) return r;
  }
}

static int set_isdisjoint(VM& vm, Set* so, Value other) {
  Root rso(vm, Value::ptr(so)), rother(vm, other);
  if (is_layout(other, Layout::Set)) {
    Set* o = other.as<Set>();
    if (o == so) return so->used == 0;
    Set* big = so;
    Set* small = o;
    if (o->used > so->used) std::swap(big, small);
    uint32_t pos = 0;
    Value k;
    int64_t h;
    while (next_entry(small, pos, k, h)) {
      Root rk(vm, k);
      int r = contains_hashed(vm, big, k, h);
      if (r != 0) return r < 0 ? -1 : 0;
    }
    return 1;
  }
  Value it = get_iter(vm, other);
  if (it.is_null()) return -1;
  Root rit(vm, it);
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? 1 : -1;
    int r = contains_key(vm, so, k);
    if (r != 0) return r < 0 ? -1 : 0;
  }
}

// ---------- construction ----------

static Value set_new_common(VM& vm, Value* args, size_t nargs, bool frozen) {
  if (nargs > 1)
    return raise(vm, vm.TypeError, "%s expected at most 1 argument, got %zu", frozen ? "frozenset" : "set", nargs);
  if (frozen && nargs == 1 && is_exact(args[0], vm.frozenset_type)) return args[0];
  if (nargs == 0) {
    Set* s = new_set(vm, frozen);
    return s ? Value::ptr(s) : Value::null();
  }
  Set* s = set_from_iterable(vm, args[0], frozen);
  return s ? Value::ptr(s) : Value::null();
}
static Value set_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) { return set_new_common(vm, args, nargs, false); }
static Value frozenset_new(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  return set_new_common(vm, args, nargs, true);
}

// ---------- methods ----------

static Set* S(Value self) { return set_unwrap(self); }
static Value none_or_null(Status s) { return failed(s) ? Value::null() : Value::none(); }
static Value bool_or_null(int r) { return r < 0 ? Value::null() : Value::boolean(r); }
static Value set_or_null(Set* s) { return s ? Value::ptr(s) : Value::null(); }

static Value m_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) return raise(vm, vm.TypeError, "set() takes no keyword arguments");
  if (nargs > 1) return raise(vm, vm.TypeError, "set expected at most 1 argument, got %zu", nargs);
  Set* s = S(self);
  if (s->fill) (void)set_clear_internal(vm, s);
  s->hash = -1;
  if (nargs == 0) return Value::none();
  return none_or_null(set_update(vm, s, args[0]));
}
static Value m_add(VM& vm, Value self, Value* args, size_t, Tuple*) { return none_or_null(set_add(vm, S(self), args[0])); }
static Value m_discard(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Set* s = S(self);
  int r = discard_key(vm, s, args[0]);
  if (r < 0) {
    Set* f = frozen_retry_key(vm, args[0]);
    if (!f) return Value::null();
    r = discard_key(vm, s, Value::ptr(f));
  }
  return r < 0 ? Value::null() : Value::none();
}
static Value m_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Set* s = S(self);
  int r = discard_key(vm, s, args[0]);
  if (r < 0) {
    Set* f = frozen_retry_key(vm, args[0]);
    if (!f) return Value::null();
    r = discard_key(vm, s, Value::ptr(f));
  }
  if (r < 0) return Value::null();
  if (r == 0) return key_error(vm, args[0]);
  return Value::none();
}
static Value m_pop(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  if (s->used == 0) return raise(vm, vm.KeyError, "pop from an empty set");
  uint32_t i = s->finger & s->mask;
  while (!is_live(s->table[i])) i = i == s->mask ? 0 : i + 1;
  Value k = s->table[i].key;
  s->table[i].key = kSetDummy;
  s->table[i].hash = -1;
  s->used--;
  s->finger = i + 1;
  return k;
}
static Value m_clear(VM& vm, Value self, Value*, size_t, Tuple*) { return none_or_null(set_clear_internal(vm, S(self))); }
static Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  if (is_exact(self, vm.frozenset_type)) return self;
  return set_or_null(set_copy(vm, s));
}
Value object_default_state(VM& vm, Value self);  // runtime/reduce.cpp
// (type(self), (list(self),), state), what copy.deepcopy and pickle rebuild a set from.
static Value m_reduce(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rself(vm, self);
  Value keys = sequence_to_list(vm, Value::ptr(S(self)));
  if (keys.is_null()) return keys;
  Root rk(vm, keys);
  Value args = new_tuple_from(vm, &keys, 1);
  if (args.is_null()) return args;
  Root ra(vm, args);
  Value state = object_default_state(vm, self);
  if (state.is_null()) return state;
  Value out[3] = {Value::ptr(type_of(vm, self)), args, state};
  return new_tuple_from(vm, out, 3);
}
static Value m_len(VM&, Value self, Value*, size_t, Tuple*) { return Value::small(S(self)->used); }
static Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return bool_or_null(set_contains(vm, S(self), args[0]));
}
static Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  Value it = new_iter(vm, vm.set_iter_type, Value::ptr(s));
  if (it.is_null()) return it;
  it.as<Iter>()->end = s->used;
  it.as<Iter>()->step = s->used;
  return it;
}
static Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return set_repr(vm, self); }
// CPython 3.11's figure: the object (8 inline slots) plus an external table if any.
static Value m_sizeof(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  int64_t size = 200;
  if (s->table != s->small) size += (int64_t(s->mask) + 1) * 16;
  return new_int(vm, size);
}
static Value m_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(frozenset_hash(vm, S(self), h))) return Value::null();
  return new_int(vm, h);
}

static Value m_union(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Set* so = S(self);
  Set* result = set_copy(vm, so);
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  for (size_t i = 0; i < nargs; i++) {
    if (set_unwrap(args[i]) == so) continue;
    if (failed(set_update(vm, result, args[i]))) return Value::null();
  }
  return Value::ptr(result);
}
static Value m_update(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  for (size_t i = 0; i < nargs; i++)
    if (failed(set_update(vm, S(self), args[i]))) return Value::null();
  return Value::none();
}
static Value m_intersection(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  return set_intersection_multi(vm, S(self), args, nargs);
}
static Value m_intersection_update(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value r = set_intersection_multi(vm, S(self), args, nargs);
  if (r.is_null()) return r;
  Root rr(vm, r);
  adopt_contents(vm, S(self), r);
  return Value::none();
}
static Value m_difference(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Set* so = S(self);
  if (nargs == 0) return set_or_null(set_copy(vm, so));
  Value r = set_difference(vm, so, args[0]);
  if (r.is_null()) return r;
  Root rr(vm, r);
  for (size_t i = 1; i < nargs; i++)
    if (failed(set_difference_update(vm, r.as<Set>(), args[i]))) return Value::null();
  return r;
}
static Value m_difference_update(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  for (size_t i = 0; i < nargs; i++)
    if (failed(set_difference_update(vm, S(self), args[i]))) return Value::null();
  return Value::none();
}
static Value m_symdiff(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return set_symmetric_difference(vm, S(self), args[0]);
}
static Value m_symdiff_update(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return none_or_null(set_symmetric_difference_update(vm, S(self), args[0]));
}
static Value m_issubset(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return bool_or_null(set_issubset(vm, S(self), args[0]));
}
static Value m_issuperset(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return bool_or_null(set_issuperset(vm, S(self), args[0]));
}
static Value m_isdisjoint(VM& vm, Value self, Value* args, size_t, Tuple*) {
  return bool_or_null(set_isdisjoint(vm, S(self), args[0]));
}

static Value richcompare(VM& vm, Value self, Value other, CmpOp op) {
  Set* o = set_unwrap(other);
  if (!o) return vm.not_implemented;
  Set* v = S(self);
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      bool want = op == CmpOp::Eq;
      if (v->used != o->used) return Value::boolean(!want);
      if (v->hash != -1 && o->hash != -1 && v->hash != o->hash) return Value::boolean(!want);
      int r = set_issubset(vm, v, Value::ptr(o));
      return r < 0 ? Value::null() : Value::boolean(want ? r : !r);
    }
    case CmpOp::Le: return bool_or_null(set_issubset(vm, v, Value::ptr(o)));
    case CmpOp::Ge: return bool_or_null(set_issuperset(vm, v, Value::ptr(o)));
    case CmpOp::Lt:
      if (v->used >= o->used) return Value::false_();
      return bool_or_null(set_issubset(vm, v, Value::ptr(o)));
    case CmpOp::Gt:
      if (v->used <= o->used) return Value::false_();
      return bool_or_null(set_issuperset(vm, v, Value::ptr(o)));
  }
  return vm.not_implemented;
}
static Value m_eq(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Eq); }
static Value m_ne(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Ne); }
static Value m_lt(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Lt); }
static Value m_le(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Le); }
static Value m_gt(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Gt); }
static Value m_ge(VM& vm, Value s, Value* a, size_t, Tuple*) { return richcompare(vm, s, a[0], CmpOp::Ge); }

// Binary operators: both operands must be sets, else NotImplemented. The reflected forms
// compute `other op self` (reached only when `other` is a set whose own method declined).
static Value set_or(VM& vm, Set* so, Value other) {
  Set* result = set_copy(vm, so);
  if (!result) return Value::null();
  if (set_unwrap(other) == so) return Value::ptr(result);
  Root rr(vm, Value::ptr(result));
  if (failed(set_update(vm, result, other))) return Value::null();
  return Value::ptr(result);
}
static Value binop(VM& vm, Value a, Value b, BinOp op) {
  Set* sa = set_unwrap(a);
  if (!sa || !set_unwrap(b)) return vm.not_implemented;
  switch (op) {
    case BinOp::Or: return set_or(vm, sa, b);
    case BinOp::And: return set_intersection(vm, sa, b);
    case BinOp::Sub: return set_difference(vm, sa, b);
    case BinOp::Xor: return set_symmetric_difference(vm, sa, b);
    default: return vm.not_implemented;
  }
}
static Value m_or(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, s, a[0], BinOp::Or); }
static Value m_and(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, s, a[0], BinOp::And); }
static Value m_sub(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, s, a[0], BinOp::Sub); }
static Value m_xor(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, s, a[0], BinOp::Xor); }
static Value m_ror(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, a[0], s, BinOp::Or); }
static Value m_rand(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, a[0], s, BinOp::And); }
static Value m_rsub(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, a[0], s, BinOp::Sub); }
static Value m_rxor(VM& vm, Value s, Value* a, size_t, Tuple*) { return binop(vm, a[0], s, BinOp::Xor); }

static Value m_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!set_unwrap(args[0])) return vm.not_implemented;
  if (failed(set_update(vm, S(self), args[0]))) return Value::null();
  return self;
}
static Value m_iand(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!set_unwrap(args[0])) return vm.not_implemented;
  Value r = set_intersection(vm, S(self), args[0]);
  if (r.is_null()) return r;
  Root rr(vm, r);
  adopt_contents(vm, S(self), r);
  return self;
}
static Value m_isub(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!set_unwrap(args[0])) return vm.not_implemented;
  if (failed(set_difference_update(vm, S(self), args[0]))) return Value::null();
  return self;
}
static Value m_ixor(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!set_unwrap(args[0])) return vm.not_implemented;
  if (failed(set_symmetric_difference_update(vm, S(self), args[0]))) return Value::null();
  return self;
}

// ---------- repr and iteration ----------

Value set_repr(VM& vm, Value self) {
  Set* s = S(self);
  std::string_view tname = type_of(vm, self)->name->view();
  int e = repr_enter(vm, self);
  if (e) return e < 0 ? Value::null() : new_str(vm, std::string(tname) + "(...)");
  if (s->used == 0) {
    repr_leave(vm, self);
    return new_str(vm, std::string(tname) + "()");
  }
  RecursionGuard guard(vm);
  if (!guard.enter(" while getting the repr of an object")) {
    repr_leave(vm, self);
    return Value::null();
  }
  bool plain = is_exact(self, vm.set_type);
  RootVec keys(vm);  // a snapshot, as CPython's repr takes list(self) first
  keys.v.reserve(s->used);
  uint32_t pos = 0;
  Value k;
  while (set_next(s, pos, k)) keys.v.push_back(k);
  std::string out = plain ? "{" : std::string(tname) + "({";
  for (size_t i = 0; i < keys.v.size(); i++) {
    Value r = repr(vm, keys.v[i]);
    if (r.is_null()) {
      repr_leave(vm, self);
      return r;
    }
    if (i) out += ", ";
    out += as_str(r)->view();
  }
  repr_leave(vm, self);
  out += plain ? "}" : "})";
  return new_str(vm, out);
}

Value set_iter_next(VM& vm, Iter* it) {
  if (it->seq.is_null()) return Value::null();
  Set* s = it->seq.as<Set>();
  if (it->end != int64_t(s->used)) {
    it->end = -1;  // sticky: every later call raises too
    return raise(vm, vm.RuntimeError, "Set changed size during iteration");
  }
  uint32_t pos = uint32_t(it->index);
  Value k;
  if (!set_next(s, pos, k)) {
    it->index = pos;
    it->seq = Value::null();
    return Value::null();
  }
  it->index = pos;
  it->step--;
  return k;
}

static Value iter_self(VM&, Value self, Value*, size_t, Tuple*) { return self; }
static Value setiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = set_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value setiter_len(VM&, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->seq.is_null() || it->end != int64_t(it->seq.as<Set>()->used)) return Value::small(0);
  return Value::small(it->step);
}

void init_set(VM& vm) {
  static const MethodDef common[] = {
      {"__len__", m_len, 0, 0, 0},
      {"__contains__", m_contains, 1, 1, 0},
      {"__iter__", m_iter, 0, 0, 0},
      {"__repr__", m_repr, 0, 0, 0},
      {"__sizeof__", m_sizeof, 0, 0, 0},
      {"copy", m_copy, 0, 0, 0},
      {"__reduce__", m_reduce, 0, 0, kBuiltinRawSelf},
      {"union", m_union, 0, -1, 0},
      {"intersection", m_intersection, 0, -1, 0},
      {"difference", m_difference, 0, -1, 0},
      {"symmetric_difference", m_symdiff, 1, 1, 0},
      {"issubset", m_issubset, 1, 1, 0},
      {"issuperset", m_issuperset, 1, 1, 0},
      {"isdisjoint", m_isdisjoint, 1, 1, 0},
      {"__eq__", m_eq, 1, 1, 0},
      {"__ne__", m_ne, 1, 1, 0},
      {"__lt__", m_lt, 1, 1, 0},
      {"__le__", m_le, 1, 1, 0},
      {"__gt__", m_gt, 1, 1, 0},
      {"__ge__", m_ge, 1, 1, 0},
      {"__or__", m_or, 1, 1, 0},
      {"__ror__", m_ror, 1, 1, 0},
      {"__and__", m_and, 1, 1, 0},
      {"__rand__", m_rand, 1, 1, 0},
      {"__sub__", m_sub, 1, 1, 0},
      {"__rsub__", m_rsub, 1, 1, 0},
      {"__xor__", m_xor, 1, 1, 0},
      {"__rxor__", m_rxor, 1, 1, 0},
  };
  add_methods(vm, vm.set_type, common);
  add_methods(vm, vm.frozenset_type, common);
  static const MethodDef mutating[] = {
      {"__init__", m_init, 0, -1, kBuiltinKeywords},
      {"add", m_add, 1, 1, 0},
      {"discard", m_discard, 1, 1, 0},
      {"remove", m_remove, 1, 1, 0},
      {"pop", m_pop, 0, 0, 0},
      {"clear", m_clear, 0, 0, 0},
      {"update", m_update, 0, -1, 0},
      {"intersection_update", m_intersection_update, 0, -1, 0},
      {"difference_update", m_difference_update, 0, -1, 0},
      {"symmetric_difference_update", m_symdiff_update, 1, 1, 0},
      {"__ior__", m_ior, 1, 1, 0},
      {"__iand__", m_iand, 1, 1, 0},
      {"__isub__", m_isub, 1, 1, 0},
      {"__ixor__", m_ixor, 1, 1, 0},
  };
  add_methods(vm, vm.set_type, mutating);
  (void)dict_set_str(vm, vm.set_type->dict, vm.s_hash, Value::none());
  static const MethodDef frozen_only[] = {{"__hash__", m_hash, 0, 0, 0}};
  add_methods(vm, vm.frozenset_type, frozen_only);
  vm.set_type->native_new = new_builtin(vm, "set", set_new, Value::null(), 0, 1, 0);
  vm.set_type->native_new.as<Builtin>()->owner = vm.set_type;
  vm.frozenset_type->native_new = new_builtin(vm, "frozenset", frozenset_new, Value::null(), 0, 1, 0);
  vm.frozenset_type->native_new.as<Builtin>()->owner = vm.frozenset_type;
  static const MethodDef iter_methods[] = {
      {"__iter__", iter_self, 0, 0, 0},
      {"__next__", setiter_next_m, 0, 0, 0},
      {"__length_hint__", setiter_len, 0, 0, 0},
  };
  add_methods(vm, vm.set_iter_type, iter_methods);
}

}  // namespace taipan::runtime
