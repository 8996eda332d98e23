// set and frozenset: an open-addressing table that follows CPython 3.11's algorithm step
// for step (8-slot minimum, 9 linear probes then perturbed probing, the same resize rule
// and reinsertion order), so that programs printing sets see CPython's iteration order.
// A slot is empty when its key is null; kSetDummy marks a deleted slot (hash -1).
#include <cstring>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

static constexpr uint32_t kMinSize = 8;
static constexpr uint32_t kLinearProbes = 9;

Set* new_set(VM& vm, bool frozen) {
  auto* s = static_cast<Set*>(vm.heap.alloc(sizeof(Set), frozen ? vm.frozenset_type : vm.set_type));
  if (!s) return nullptr;
  s->table = s->small;
  s->mask = kMinSize - 1;
  s->hash = -1;
  for (auto& e : s->small) e.key = Value::null();
  return s;
}

static Status key_hash(VM& vm, Value key, int64_t& h) {
  if (is_str(key)) {
    h = str_hash(as_str(key));
    return Status::Ok;
  }
  return hash(vm, key, h);
}

// Returns the slot holding key or the empty slot ending the probe; nullptr on error.
static SetEntry* lookkey(VM& vm, Set* s, Value key, int64_t h) {
  for (;;) {
    uint32_t mask = s->mask;
    uint64_t perturb = uint64_t(h);
    uint64_t i = uint64_t(h) & mask;
    bool restart = false;
    for (;;) {
      SetEntry* entry = &s->table[i];
      uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        if (entry->key.is_null()) return entry;
        if (entry->hash == h && entry->key != kSetDummy) {
          Value k = entry->key;
          if (k == key) return entry;
          if (is_exact(k, vm.str_type) && is_exact(key, vm.str_type)) {
            if (str_eq(as_str(k), as_str(key))) return entry;
          } else if (!(k.is_small() && key.is_small())) {
            SetEntry* table = s->table;
            Root rk(vm, k), rs(vm, Value::ptr(s)), rkey(vm, key);
            int r = eq(vm, k, key);
            if (r < 0) return nullptr;
            if (table != s->table || entry->key != k) {
              restart = true;
              break;
            }
            if (r > 0) return entry;
            mask = s->mask;
          }
        }
        if (probes-- == 0) break;
        entry++;
      }
      if (restart) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

static void insert_clean(SetEntry* table, uint32_t mask, Value key, int64_t h) {
  uint64_t perturb = uint64_t(h);
  uint64_t i = uint64_t(h) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry->key = key;
      entry->hash = h;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (uint32_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key.is_null()) {
          entry->key = key;
          entry->hash = h;
          return;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

static Status table_resize(VM& vm, Set* s, uint64_t minused) {
  uint64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* old = s->table;
  uint32_t oldmask = s->mask;
  SetEntry small_copy[kMinSize];
  bool old_malloced = old != s->small;
  SetEntry* nt;
  if (newsize == kMinSize) {
    nt = s->small;
    if (old == nt) {
      if (s->fill == s->used) return Status::Ok;
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
  for (uint64_t i = 0; i < newsize; i++) {
    nt[i].key = Value::null();
    nt[i].hash = 0;
  }
  s->mask = uint32_t(newsize - 1);
  s->table = nt;
  if (s->fill == s->used) {
    for (uint32_t i = 0; i <= oldmask; i++)
      if (!old[i].key.is_null()) insert_clean(nt, s->mask, old[i].key, old[i].hash);
  } else {
    s->fill = s->used;
    for (uint32_t i = 0; i <= oldmask; i++)
      if (!old[i].key.is_null() && old[i].key != kSetDummy) insert_clean(nt, s->mask, old[i].key, old[i].hash);
  }
  if (old_malloced) vm.heap.external_free(old, (uint64_t(oldmask) + 1) * sizeof(SetEntry));
  return Status::Ok;
}

static Status add_entry(VM& vm, Set* s, Value key, int64_t h) {
  for (;;) {
    uint32_t mask = s->mask;
    uint64_t perturb = uint64_t(h);
    uint64_t i = uint64_t(h) & mask;
    SetEntry* freeslot = nullptr;
    SetEntry* entry;
    bool restart = false;
    for (;;) {
      entry = &s->table[i];
      uint32_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        if (entry->hash == 0 && entry->key.is_null()) goto found_unused_or_dummy;
        if (entry->hash == h && entry->key != kSetDummy) {
          Value k = entry->key;
          if (k == key) return Status::Ok;
          if (is_exact(k, vm.str_type) && is_exact(key, vm.str_type)) {
            if (str_eq(as_str(k), as_str(key))) return Status::Ok;
          } else if (!(k.is_small() && key.is_small())) {
            SetEntry* table = s->table;
            Root rk(vm, k), rs(vm, Value::ptr(s)), rkey(vm, key);
            int r = eq(vm, k, key);
            if (r > 0) return Status::Ok;
            if (r < 0) return Status::Error;
            if (table != s->table || entry->key != k) {
              restart = true;
              break;
            }
            mask = s->mask;
          }
        } else if (entry->hash == -1 && entry->key == kSetDummy) {
          freeslot = entry;
        }
        if (probes-- == 0) break;
        entry++;
      }
      if (restart) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
    continue;
  found_unused_or_dummy:
    if (freeslot) {
      s->used++;
      freeslot->key = key;
      freeslot->hash = h;
      return Status::Ok;
    }
    s->fill++;
    s->used++;
    entry->key = key;
    entry->hash = h;
    if (uint64_t(s->fill) * 5 < uint64_t(mask) * 3) return Status::Ok;
    return table_resize(vm, s, s->used > 50000 ? uint64_t(s->used) * 2 : uint64_t(s->used) * 4);
  }
}

Status set_add(VM& vm, Set* s, Value key) {
  int64_t h;
  Root rs(vm, Value::ptr(s)), rk(vm, key);
  if (failed(key_hash(vm, key, h))) return Status::Error;
  return add_entry(vm, s, key, h);
}

static int contains_entry(VM& vm, Set* s, Value key, int64_t h) {
  SetEntry* e = lookkey(vm, s, key, h);
  if (!e) return -1;
  return !e->key.is_null();
}

int set_contains(VM& vm, Set* s, Value key) {
  int64_t h;
  if (failed(key_hash(vm, key, h))) {
    // `x in set` with an unhashable set x tries frozenset(x).
    if (is_exact(key, vm.set_type) && exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      Root rs(vm, Value::ptr(s));
      Set* f = new_set(vm, true);
      if (!f) return -1;
      Root rf(vm, Value::ptr(f));
      if (failed(set_update(vm, f, key))) return -1;
      return set_contains(vm, s, Value::ptr(f));
    }
    return -1;
  }
  return contains_entry(vm, s, key, h);
}

static int discard_entry(VM& vm, Set* s, Value key, int64_t h) {
  SetEntry* e = lookkey(vm, s, key, h);
  if (!e) return -1;
  if (e->key.is_null()) return 0;
  e->key = kSetDummy;
  e->hash = -1;
  s->used--;
  return 1;
}

int set_discard(VM& vm, Set* s, Value key) {
  int64_t h;
  if (failed(key_hash(vm, key, h))) {
    if (is_exact(key, vm.set_type) && exc_matches(vm, vm.TypeError)) {
      clear_exc(vm);
      Root rs(vm, Value::ptr(s));
      Set* f = new_set(vm, true);
      if (!f) return -1;
      Root rf(vm, Value::ptr(f));
      if (failed(set_update(vm, f, key))) return -1;
      return set_discard(vm, s, Value::ptr(f));
    }
    return -1;
  }
  return discard_entry(vm, s, key, h);
}

bool set_next(Set* s, uint32_t& pos, Value& key) {
  while (pos <= s->mask) {
    SetEntry& e = s->table[pos++];
    if (!e.key.is_null() && e.key != kSetDummy) {
      key = e.key;
      return true;
    }
  }
  return false;
}

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
    s->fill = other->used;
    s->used = other->used;
    for (uint32_t i = 0; i <= other->mask; i++) {
      SetEntry& e = other->table[i];
      if (!e.key.is_null() && e.key != kSetDummy) insert_clean(s->table, s->mask, e.key, e.hash);
    }
    return Status::Ok;
  }
  for (uint32_t i = 0; i <= other->mask; i++) {
    SetEntry e = other->table[i];
    if (!e.key.is_null() && e.key != kSetDummy)
      if (failed(add_entry(vm, s, e.key, e.hash))) return Status::Error;
  }
  return Status::Ok;
}

Status set_update(VM& vm, Set* s, Value other) {
  Root rs(vm, Value::ptr(s)), ro(vm, other);
  if (is_set(other)) return set_merge(vm, s, other.as<Set>());
  if (is_exact(other, vm.dict_type)) {
    Dict* d = other.as<Dict>();
    if ((uint64_t(s->fill) + d->size) * 5 >= uint64_t(s->mask) * 3)
      if (failed(table_resize(vm, s, (uint64_t(s->used) + d->size) * 2))) return Status::Error;
    for (uint32_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (e.value.is_null()) continue;
      if (failed(add_entry(vm, s, e.key, e.hash))) return Status::Error;
    }
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

Status frozenset_hash(VM& vm, Set* s, int64_t& out) {
  if (s->hash != -1) {
    out = s->hash;
    return Status::Ok;
  }
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t h = 0;
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

// ---------- methods ----------

static Set* S(Value v) { return v.as<Set>(); }
static bool frozen(VM& vm, Value v) { return is_subtype(type_of(vm, v), vm.frozenset_type); }

static Set* copy_of(VM& vm, Value self, bool as_frozen) {
  Root r(vm, self);
  Set* n = new_set(vm, as_frozen);
  if (!n) {
    raise_no_memory(vm);
    return nullptr;
  }
  Root rn(vm, Value::ptr(n));
  if (failed(set_merge(vm, n, S(self)))) return nullptr;
  return n;
}

static Value set_new_impl(VM& vm, Value cls, Value* args, size_t nargs, bool is_frozen) {
  if (nargs > 1) return raise(vm, vm.TypeError, "%s expected at most 1 argument, got %zu", is_frozen ? "frozenset" : "set", nargs);
  if (is_frozen && nargs == 1 && is_exact(args[0], vm.frozenset_type)) return args[0];
  Set* s = new_set(vm, is_frozen);
  if (!s) return raise_no_memory(vm);
  Root rs(vm, Value::ptr(s));
  if (nargs == 1 && failed(set_update(vm, s, args[0]))) return Value::null();
  return Value::ptr(s);
}
static Value set_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) { return set_new_impl(vm, cls, args, nargs, false); }
static Value frozenset_new(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) { return set_new_impl(vm, cls, args, nargs, true); }
static Value m_init(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (nargs > 1) return raise(vm, vm.TypeError, "set expected at most 1 argument, got %zu", nargs);
  if (nargs == 1 && failed(set_update(vm, S(self), args[0]))) return Value::null();
  return Value::none();
}

static Value m_add(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(set_add(vm, S(self), args[0]))) return Value::null();
  return Value::none();
}
static Value m_discard(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (set_discard(vm, S(self), args[0]) < 0) return Value::null();
  return Value::none();
}
static Value m_remove(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int r = set_discard(vm, S(self), args[0]);
  if (r < 0) return Value::null();
  if (r == 0) {
    Value k = args[0];
    Value t = new_tuple_from(vm, &k, 1);
    if (t.is_null()) return t;
    return raise_value(vm, new_exception(vm, vm.KeyError, t));
  }
  return Value::none();
}
static Value m_pop(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  if (s->used == 0) return raise(vm, vm.KeyError, "pop from an empty set");
  uint32_t i = s->finger & s->mask;
  while (s->table[i].key.is_null() || s->table[i].key == kSetDummy) {
    i++;
    if (i > s->mask) i = 0;
  }
  Value k = s->table[i].key;
  s->table[i].key = kSetDummy;
  s->table[i].hash = -1;
  s->used--;
  s->finger = i + 1;
  return k;
}
static Value m_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  if (s->table != s->small) vm.heap.external_free(s->table, (uint64_t(s->mask) + 1) * sizeof(SetEntry));
  s->table = s->small;
  for (auto& e : s->small) {
    e.key = Value::null();
    e.hash = 0;
  }
  s->mask = kMinSize - 1;
  s->fill = s->used = 0;
  s->hash = -1;
  return Value::none();
}
static Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (is_exact(self, vm.frozenset_type)) return self;
  Set* n = copy_of(vm, self, frozen(vm, self));
  return n ? Value::ptr(n) : Value::null();
}
static Value m_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(S(self)->used); }
static Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int r = set_contains(vm, S(self), args[0]);
  return r < 0 ? Value::null() : Value::boolean(r);
}
static Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value it = new_iter(vm, vm.set_iter_type, self);
  if (it.is_null()) return it;
  it.as<Iter>()->end = S(self)->used;
  it.as<Iter>()->step = S(self)->used;
  return it;
}

Value set_iter_next(VM& vm, Iter* it) {
  if (it->seq.is_null()) return Value::null();
  Set* s = it->seq.as<Set>();
  if (it->end != int64_t(s->used)) {
    it->end = -1;
    return raise(vm, vm.RuntimeError, "Set changed size during iteration");
  }
  uint32_t pos = uint32_t(it->index);
  Value k;
  if (!set_next(s, pos, k)) {
    it->seq = Value::null();
    return Value::null();
  }
  it->index = pos;
  it->step--;
  return k;
}

static Value set_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Set* s = S(self);
  std::string tname(type_of(vm, self)->name->view());
  bool plain = is_exact(self, vm.set_type);
  if (s->used == 0) return new_str(vm, tname + "()");
  if (repr_enter(vm, self)) return new_str(vm, tname + "(...)");
  std::string out = plain ? "{" : tname + "({";
  uint32_t pos = 0;
  Value k;
  bool first = true;
  while (set_next(s, pos, k)) {
    Root rk(vm, k);
    Value r = repr(vm, k);
    if (r.is_null()) {
      repr_leave(vm, self);
      return r;
    }
    if (!first) out += ", ";
    first = false;
    out += as_str(r)->view();
  }
  repr_leave(vm, self);
  out += plain ? "}" : "})";
  return new_str(vm, out);
}

// Converts any iterable to a Set (for methods that accept iterables).
static Value as_set(VM& vm, Value v) {
  if (is_set(v)) return v;
  Set* s = new_set(vm, false);
  if (!s) return raise_no_memory(vm);
  Root rs(vm, Value::ptr(s));
  if (failed(set_update(vm, s, v))) return Value::null();
  return Value::ptr(s);
}

static Value set_intersection2(VM& vm, Value self, Value other) {
  Root rs(vm, self), ro(vm, other);
  if (self == other) {
    Set* n = copy_of(vm, self, frozen(vm, self));
    return n ? Value::ptr(n) : Value::null();
  }
  Set* result = new_set(vm, frozen(vm, self));
  if (!result) return raise_no_memory(vm);
  Root rr(vm, Value::ptr(result));
  if (is_set(other)) {
    Set* a = S(self);
    Set* b = S(other);
    if (b->used > a->used) std::swap(a, b);
    // iterate b (the smaller), test in a
    for (uint32_t i = 0; i <= b->mask; i++) {
      SetEntry e = b->table[i];
      if (e.key.is_null() || e.key == kSetDummy) continue;
      Root rk(vm, e.key);
      int r = contains_entry(vm, a, e.key, e.hash);
      if (r < 0) return Value::null();
      if (r && failed(add_entry(vm, result, e.key, e.hash))) return Value::null();
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
    int r = contains_entry(vm, S(self), k, h);
    if (r < 0) return Value::null();
    if (r) {
      if (failed(add_entry(vm, result, k, h))) return Value::null();
      if (result->used >= S(self)->used) return Value::ptr(result);
    }
  }
}

static Value set_difference2(VM& vm, Value self, Value other) {
  Root rs(vm, self), ro(vm, other);
  Set* so = S(self);
  bool fz = frozen(vm, self);
  uint64_t other_size = is_set(other) ? S(other)->used : (is_exact(other, vm.dict_type) ? other.as<Dict>()->size : 0);
  if (!is_set(other) && !is_exact(other, vm.dict_type)) {
    // copy then discard every element of the iterable
    Set* n = copy_of(vm, self, fz);
    if (!n) return Value::null();
    Root rn(vm, Value::ptr(n));
    Value it = get_iter(vm, other);
    if (it.is_null()) return it;
    Root rit(vm, it);
    for (;;) {
      Value k = iter_next(vm, it);
      if (k.is_null()) return vm.exc.is_null() ? Value::ptr(n) : k;
      if (set_discard(vm, n, k) < 0) return Value::null();
    }
  }
  if ((uint64_t(so->used) >> 2) > other_size) {
    Set* n = copy_of(vm, self, fz);
    if (!n) return Value::null();
    Root rn(vm, Value::ptr(n));
    uint32_t pos = 0;
    Value k;
    if (is_set(other)) {
      for (uint32_t i = 0; i <= S(other)->mask; i++) {
        SetEntry e = S(other)->table[i];
        if (e.key.is_null() || e.key == kSetDummy) continue;
        if (discard_entry(vm, n, e.key, e.hash) < 0) return Value::null();
      }
    } else {
      Dict* d = other.as<Dict>();
      for (uint32_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (e.value.is_null()) continue;
        if (discard_entry(vm, n, e.key, e.hash) < 0) return Value::null();
      }
    }
    (void)pos;
    (void)k;
    return Value::ptr(n);
  }
  Set* result = new_set(vm, fz);
  if (!result) return raise_no_memory(vm);
  Root rr(vm, Value::ptr(result));
  for (uint32_t i = 0; i <= so->mask; i++) {
    SetEntry e = so->table[i];
    if (e.key.is_null() || e.key == kSetDummy) continue;
    Root rk(vm, e.key);
    int r;
    if (is_set(other)) r = contains_entry(vm, S(other), e.key, e.hash);
    else {
      Value v = dict_get(vm, other.as<Dict>(), e.key);
      r = v.is_null() ? (vm.exc.is_null() ? 0 : -1) : 1;
    }
    if (r < 0) return Value::null();
    if (!r && failed(add_entry(vm, result, e.key, e.hash))) return Value::null();
  }
  return Value::ptr(result);
}

static Status symdiff_update(VM& vm, Set* s, Value other) {
  Root rs(vm, Value::ptr(s)), ro(vm, other);
  Value o = as_set(vm, other);
  if (o.is_null()) return Status::Error;
  Root roo(vm, o);
  if (o.as<Set>() == s) {
    (void)m_clear(vm, Value::ptr(s), nullptr, 0, nullptr);
    return Status::Ok;
  }
  Set* b = o.as<Set>();
  for (uint32_t i = 0; i <= b->mask; i++) {
    SetEntry e = b->table[i];
    if (e.key.is_null() || e.key == kSetDummy) continue;
    Root rk(vm, e.key);
    int r = discard_entry(vm, s, e.key, e.hash);
    if (r < 0) return Status::Error;
    if (r == 0 && failed(add_entry(vm, s, e.key, e.hash))) return Status::Error;
  }
  return Status::Ok;
}

static Value set_symdiff2(VM& vm, Value self, Value other) {
  Root rs(vm, self);
  Set* n = new_set(vm, frozen(vm, self));
  if (!n) return raise_no_memory(vm);
  Root rn(vm, Value::ptr(n));
  if (failed(set_update(vm, n, other))) return Value::null();
  if (failed(symdiff_update(vm, n, self))) return Value::null();
  return Value::ptr(n);
}

static Value m_union(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Set* n = copy_of(vm, self, frozen(vm, self));
  if (!n) return Value::null();
  Root rn(vm, Value::ptr(n));
  for (size_t i = 0; i < nargs; i++)
    if (args[i] != self && failed(set_update(vm, n, args[i]))) return Value::null();
  return Value::ptr(n);
}
static Value m_update(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  for (size_t i = 0; i < nargs; i++)
    if (failed(set_update(vm, S(self), args[i]))) return Value::null();
  return Value::none();
}
static Value m_intersection(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  if (nargs == 0) {
    Set* n = copy_of(vm, self, frozen(vm, self));
    return n ? Value::ptr(n) : Value::null();
  }
  Root r(vm, self);
  for (size_t i = 0; i < nargs; i++) {
    Value x = set_intersection2(vm, r.value, args[i]);
    if (x.is_null()) return x;
    r = x;
  }
  return r.value;
}
static void swap_bodies(Set* a, Set* b) {
  // Moves b's contents into a (b is a temporary).
  Set tmp = *a;
  SetEntry* at = a->table == a->small ? nullptr : a->table;
  (void)tmp;
  (void)at;
  a->fill = b->fill;
  a->used = b->used;
  a->mask = b->mask;
  if (b->table == b->small) {
    std::memcpy(static_cast<void*>(a->small), b->small, sizeof(a->small));
    a->table = a->small;
  } else {
    a->table = b->table;
  }
  b->table = b->small;
  b->mask = kMinSize - 1;
  b->fill = b->used = 0;
  for (auto& e : b->small) e.key = Value::null();
  a->hash = -1;
}
static Value replace_contents(VM& vm, Value self, Value result) {
  if (result.is_null()) return result;
  Set* s = S(self);
  // free the old table and adopt the result's
  if (s->table != s->small) vm.heap.external_free(s->table, (uint64_t(s->mask) + 1) * sizeof(SetEntry));
  s->table = s->small;
  swap_bodies(s, S(result));
  return Value::none();
}
static Value m_intersection_update(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  Value r = m_intersection(vm, self, args, nargs, kw);
  if (r.is_null()) return r;
  Root rr(vm, r);
  if (r == self) return Value::none();
  return replace_contents(vm, self, r);
}
static Value m_difference(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Root r(vm, self);
  if (nargs == 0) {
    Set* n = copy_of(vm, self, frozen(vm, self));
    return n ? Value::ptr(n) : Value::null();
  }
  for (size_t i = 0; i < nargs; i++) {
    Value x = set_difference2(vm, r.value, args[i]);
    if (x.is_null()) return x;
    r = x;
  }
  return r.value;
}
static Value m_difference_update(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  for (size_t i = 0; i < nargs; i++) {
    if (args[i] == self) {
      (void)m_clear(vm, self, nullptr, 0, nullptr);
      continue;
    }
    if (is_set(args[i])) {
      Set* o = S(args[i]);
      for (uint32_t k = 0; k <= o->mask; k++) {
        SetEntry e = o->table[k];
        if (e.key.is_null() || e.key == kSetDummy) continue;
        if (discard_entry(vm, S(self), e.key, e.hash) < 0) return Value::null();
      }
    } else {
      Value it = get_iter(vm, args[i]);
      if (it.is_null()) return it;
      Root rit(vm, it);
      for (;;) {
        Value k = iter_next(vm, it);
        if (k.is_null()) {
          if (!vm.exc.is_null()) return k;
          break;
        }
        if (set_discard(vm, S(self), k) < 0) return Value::null();
      }
    }
  }
  return Value::none();
}
static Value m_symdiff(VM& vm, Value self, Value* args, size_t, Tuple*) { return set_symdiff2(vm, self, args[0]); }
static Value m_symdiff_update(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(symdiff_update(vm, S(self), args[0]))) return Value::null();
  return Value::none();
}
static int issubset(VM& vm, Value a, Value b) {
  if (S(a)->used > S(b)->used) return 0;
  uint32_t pos = 0;
  Value k;
  while (set_next(S(a), pos, k)) {
    int r = set_contains(vm, S(b), k);
    if (r <= 0) return r;
  }
  return 1;
}
static Value m_issubset(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value o = as_set(vm, args[0]);
  if (o.is_null()) return o;
  Root ro(vm, o);
  int r = issubset(vm, self, o);
  return r < 0 ? Value::null() : Value::boolean(r);
}
static Value m_issuperset(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value o = as_set(vm, args[0]);
  if (o.is_null()) return o;
  Root ro(vm, o);
  int r = issubset(vm, o, self);
  return r < 0 ? Value::null() : Value::boolean(r);
}
static Value m_isdisjoint(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value o = as_set(vm, args[0]);
  if (o.is_null()) return o;
  Root ro(vm, o);
  Value a = self, b = o;
  if (S(a)->used > S(b)->used) std::swap(a, b);
  uint32_t pos = 0;
  Value k;
  while (set_next(S(a), pos, k)) {
    int r = set_contains(vm, S(b), k);
    if (r < 0) return Value::null();
    if (r) return Value::false_();
  }
  return Value::true_();
}

static Value cmp_impl(VM& vm, Value self, Value other, CmpOp op) {
  if (!is_set(other)) return vm.not_implemented;
  Set* a = S(self);
  Set* b = S(other);
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      if (a->used != b->used) return Value::boolean(op == CmpOp::Ne);
      int r = issubset(vm, self, other);
      if (r < 0) return Value::null();
      return Value::boolean(op == CmpOp::Eq ? r : !r);
    }
    case CmpOp::Le: { int r = issubset(vm, self, other); return r < 0 ? Value::null() : Value::boolean(r); }
    case CmpOp::Ge: { int r = issubset(vm, other, self); return r < 0 ? Value::null() : Value::boolean(r); }
    case CmpOp::Lt: {
      if (a->used >= b->used) return Value::false_();
      int r = issubset(vm, self, other);
      return r < 0 ? Value::null() : Value::boolean(r);
    }
    case CmpOp::Gt: {
      if (a->used <= b->used) return Value::false_();
      int r = issubset(vm, other, self);
      return r < 0 ? Value::null() : Value::boolean(r);
    }
  }
  return Value::null();
}
static Value m_eq(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Eq); }
static Value m_ne(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Ne); }
static Value m_lt(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Lt); }
static Value m_le(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Le); }
static Value m_gt(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Gt); }
static Value m_ge(VM& vm, Value s, Value* a, size_t, Tuple*) { return cmp_impl(vm, s, a[0], CmpOp::Ge); }

static Value m_or(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  Set* n = copy_of(vm, self, frozen(vm, self));
  if (!n) return Value::null();
  Root rn(vm, Value::ptr(n));
  if (args[0] != self && failed(set_update(vm, n, args[0]))) return Value::null();
  return Value::ptr(n);
}
static Value m_and(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  return set_intersection2(vm, self, args[0]);
}
static Value m_sub(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  return set_difference2(vm, self, args[0]);
}
static Value m_xor(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  return set_symdiff2(vm, self, args[0]);
}
static Value m_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  if (failed(set_update(vm, S(self), args[0]))) return Value::null();
  return self;
}
static Value m_iand(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  Value r = set_intersection2(vm, self, args[0]);
  if (r.is_null()) return r;
  Root rr(vm, r);
  if (replace_contents(vm, self, r).is_null()) return Value::null();
  return self;
}
static Value m_isub(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  if (m_difference_update(vm, self, args, 1, nullptr).is_null()) return Value::null();
  return self;
}
static Value m_ixor(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_set(args[0])) return vm.not_implemented;
  if (failed(symdiff_update(vm, S(self), args[0]))) return Value::null();
  return self;
}
static Value m_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  int64_t h;
  if (failed(frozenset_hash(vm, S(self), h))) return Value::null();
  return new_int(vm, h);
}
static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value setiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = set_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}
static Value setiter_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  return Value::small(it->seq.is_null() ? 0 : it->step);
}

void init_set(VM& vm) {
  static const MethodDef common[] = {
      {"__len__", m_len, 0, 0, 0},        {"__contains__", m_contains, 1, 1, 0}, {"__iter__", m_iter, 0, 0, 0},
      {"__repr__", set_repr, 0, 0, 0},    {"copy", m_copy, 0, 0, 0},              {"union", m_union, 0, -1, 0},
      {"intersection", m_intersection, 0, -1, 0}, {"difference", m_difference, 0, -1, 0},
      {"symmetric_difference", m_symdiff, 1, 1, 0}, {"issubset", m_issubset, 1, 1, 0},
      {"issuperset", m_issuperset, 1, 1, 0}, {"isdisjoint", m_isdisjoint, 1, 1, 0},
      {"__eq__", m_eq, 1, 1, 0}, {"__ne__", m_ne, 1, 1, 0}, {"__lt__", m_lt, 1, 1, 0}, {"__le__", m_le, 1, 1, 0},
      {"__gt__", m_gt, 1, 1, 0}, {"__ge__", m_ge, 1, 1, 0}, {"__or__", m_or, 1, 1, 0}, {"__ror__", m_or, 1, 1, 0},
      {"__and__", m_and, 1, 1, 0}, {"__rand__", m_and, 1, 1, 0}, {"__sub__", m_sub, 1, 1, 0},
      {"__xor__", m_xor, 1, 1, 0}, {"__rxor__", m_xor, 1, 1, 0},
  };
  add_methods(vm, vm.set_type, common);
  add_methods(vm, vm.frozenset_type, common);
  static const MethodDef mutating[] = {
      {"__init__", m_init, 0, -1, 0},     {"add", m_add, 1, 1, 0},         {"discard", m_discard, 1, 1, 0},
      {"remove", m_remove, 1, 1, 0},      {"pop", m_pop, 0, 0, 0},         {"clear", m_clear, 0, 0, 0},
      {"update", m_update, 0, -1, 0},     {"intersection_update", m_intersection_update, 0, -1, 0},
      {"difference_update", m_difference_update, 0, -1, 0},
      {"symmetric_difference_update", m_symdiff_update, 1, 1, 0},
      {"__ior__", m_ior, 1, 1, 0}, {"__iand__", m_iand, 1, 1, 0}, {"__isub__", m_isub, 1, 1, 0},
      {"__ixor__", m_ixor, 1, 1, 0},
  };
  add_methods(vm, vm.set_type, mutating);
  (void)dict_set_str(vm, vm.set_type->dict, vm.s_hash, Value::none());
  static const MethodDef fz[] = {{"__hash__", m_hash, 0, 0, 0}};
  add_methods(vm, vm.frozenset_type, fz);
  vm.set_type->native_new = new_builtin(vm, "set", set_new, Value::null(), 0, 1, 0);
  vm.set_type->native_new.as<Builtin>()->owner = vm.set_type;
  vm.frozenset_type->native_new = new_builtin(vm, "frozenset", frozenset_new, Value::null(), 0, 1, 0);
  vm.frozenset_type->native_new.as<Builtin>()->owner = vm.frozenset_type;
  static const MethodDef it[] = {
      {"__iter__", iter_self, 0, 0, 0}, {"__next__", setiter_next_m, 0, 0, 0}, {"__length_hint__", setiter_len, 0, 0, 0}};
  add_methods(vm, vm.set_iter_type, it);
}

}  // namespace taipan::runtime
