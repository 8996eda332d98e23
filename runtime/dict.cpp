// dict: a compact, insertion-ordered hash table.
//
// `entries` holds (hash, key, value) in insertion order; a deleted entry keeps its slot with
// a null value. `index` is an open-addressing table of entry numbers (-1 empty, -2 deleted)
// probed like CPython's (i = i*5 + perturb + 1). `version` changes on every mutation; the
// interpreter's LOAD_GLOBAL cache relies on that.
#include "runtime/dict.h"

#include <cstring>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

static constexpr int32_t kEmpty = -1, kDeleted = -2;

Dict* new_dict(VM& vm, size_t capacity) {
  auto* d = static_cast<Dict*>(vm.heap.alloc(sizeof(Dict), vm.dict_type));
  if (!d) return nullptr;
  (void)capacity;
  return d;
}

static bool key_eq_fast(Value a, Value b, int64_t ha, int64_t hb) {
  if (a == b) return true;
  if (ha != hb) return false;
  if (is_str(a) && is_str(b)) return str_eq(as_str(a), as_str(b));
  return false;
}

static bool needs_rich_eq(Value a, Value b) {
  // Two exact strs or two small ints never need a Python-level comparison.
  if (is_str(a) && is_str(b) && a.as_ptr()->type == b.as_ptr()->type) return false;
  if (a.is_small() && b.is_small()) return false;
  return true;
}

// Finds the entry index of key, or -1. On error returns -2 with an exception pending.
static int64_t lookup(VM& vm, Dict* d, Value key, int64_t h, uint32_t* slot_out = nullptr) {
  if (!d->index_size) return -1;
  uint32_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(h);
  uint32_t i = uint32_t(uint64_t(h) & mask);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (slot_out) *slot_out = i;
      return -1;
    }
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (!e.value.is_null()) {
        if (key_eq_fast(e.key, key, e.hash, h)) {
          if (slot_out) *slot_out = i;
          return ix;
        }
        if (e.hash == h && needs_rich_eq(e.key, key)) {
          Value ek = e.key;
          DictEntry* entries = d->entries;
          Root rk(vm, ek), rd(vm, Value::ptr(d)), rkey(vm, key);
          int r = eq(vm, ek, key);
          if (r < 0) return -2;
          if (d->entries != entries || d->entries[ix].key != ek) return lookup(vm, d, key, h, slot_out);
          if (r) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        }
      }
    }
    perturb >>= 5;
    i = uint32_t((uint64_t(i) * 5 + perturb + 1) & mask);
  }
}

static Status resize(VM& vm, Dict* d, uint32_t min_size) {
  uint32_t isize = 8;
  while (isize * 2 < min_size * 3) isize <<= 1;
  uint32_t cap = isize * 2 / 3 + 1;
  Root rd(vm, Value::ptr(d));
  auto* idx = static_cast<int32_t*>(vm.heap.external_alloc(isize * sizeof(int32_t)));
  if (!idx) {
    raise_no_memory(vm);
    return Status::Error;
  }
  auto* ents = static_cast<DictEntry*>(vm.heap.external_alloc(cap * sizeof(DictEntry)));
  if (!ents) {
    vm.heap.external_free(idx, isize * sizeof(int32_t));
    raise_no_memory(vm);
    return Status::Error;
  }
  std::memset(idx, 0xff, isize * sizeof(int32_t));
  uint32_t n = 0;
  for (uint32_t k = 0; k < d->nentries; k++) {
    DictEntry& e = d->entries[k];
    if (e.value.is_null()) continue;
    ents[n] = e;
    uint32_t mask = isize - 1;
    uint64_t perturb = uint64_t(e.hash);
    uint32_t i = uint32_t(uint64_t(e.hash) & mask);
    while (idx[i] != kEmpty) {
      perturb >>= 5;
      i = uint32_t((uint64_t(i) * 5 + perturb + 1) & mask);
    }
    idx[i] = int32_t(n);
    n++;
  }
  vm.heap.external_free(d->entries, d->cap * sizeof(DictEntry));
  vm.heap.external_free(d->index, d->index_size * sizeof(int32_t));
  d->entries = ents;
  d->index = idx;
  d->index_size = isize;
  d->cap = cap;
  d->nentries = n;
  d->version++;
  return Status::Ok;
}

static Status insert(VM& vm, Dict* d, Value key, int64_t h, Value value) {
  uint32_t slot;
  int64_t ix = lookup(vm, d, key, h, &slot);
  if (ix == -2) return Status::Error;
  if (ix >= 0) {
    d->entries[ix].value = value;
    d->version++;
    return Status::Ok;
  }
  if (d->nentries >= d->cap) {
    Root rk(vm, key), rv(vm, value);
    if (failed(resize(vm, d, (d->size + 1) * 2))) return Status::Error;
    ix = lookup(vm, d, key, h, &slot);
    if (ix == -2) return Status::Error;
  }
  // Reuse a deleted index slot on the probe path is not needed: insert at the empty slot.
  uint32_t n = d->nentries++;
  d->entries[n] = DictEntry{h, key, value};
  d->index[slot] = int32_t(n);
  d->size++;
  d->version++;
  return Status::Ok;
}

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t h;
  if (is_str(key)) h = str_hash(as_str(key));
  else if (failed(hash(vm, key, h))) return Value::null();
  int64_t ix = lookup(vm, d, key, h);
  if (ix < 0) return Value::null();
  return d->entries[ix].value;
}

Value dict_get_str(Dict* d, Str* key) {
  if (!d->index_size) return Value::null();
  int64_t h = str_hash(key);
  uint32_t mask = d->index_size - 1;
  uint64_t perturb = uint64_t(h);
  uint32_t i = uint32_t(uint64_t(h) & mask);
  for (;;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return Value::null();
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (!e.value.is_null() && e.hash == h) {
        if (e.key.as_ptr() == key) return e.value;
        if (is_str(e.key) && str_eq(as_str(e.key), key)) return e.value;
      }
    }
    perturb >>= 5;
    i = uint32_t((uint64_t(i) * 5 + perturb + 1) & mask);
  }
}

Value dict_get_cstr(VM& vm, Dict* d, const char* key) {
  Str* k = vm.intern(key);
  return k ? dict_get_str(d, k) : Value::null();
}

Status dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t h;
  if (is_str(key)) h = str_hash(as_str(key));
  else if (failed(hash(vm, key, h))) return Status::Error;
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
  if (is_str(key)) h = str_hash(as_str(key));
  else if (failed(hash(vm, key, h))) return -1;
  uint32_t slot;
  int64_t ix = lookup(vm, d, key, h, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  d->entries[ix].value = Value::null();
  d->entries[ix].key = Value::none();
  d->index[slot] = kDeleted;
  d->size--;
  d->version++;
  return 1;
}

bool dict_next(Dict* d, uint32_t& pos, Value& key, Value& value) {
  while (pos < d->nentries) {
    DictEntry& e = d->entries[pos++];
    if (!e.value.is_null()) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

Dict* dict_copy(VM& vm, Dict* src) {
  Root rs(vm, Value::ptr(src));
  Dict* d = new_dict(vm, src->size);
  if (!d) {
    raise_no_memory(vm);
    return nullptr;
  }
  Root rd(vm, Value::ptr(d));
  for (uint32_t i = 0; i < src->nentries; i++) {
    DictEntry e = src->entries[i];
    if (e.value.is_null()) continue;
    if (failed(insert(vm, d, e.key, e.hash, e.value))) return nullptr;
  }
  return d;
}

Status dict_merge(VM& vm, Dict* d, Value other, bool override) {
  Root rd(vm, Value::ptr(d)), ro(vm, other);
  if (is_dict(other)) {
    Dict* o = other.as<Dict>();
    for (uint32_t i = 0; i < o->nentries; i++) {
      DictEntry e = o->entries[i];
      if (e.value.is_null()) continue;
      if (!override) {
        int64_t ix = lookup(vm, d, e.key, e.hash);
        if (ix == -2) return Status::Error;
        if (ix >= 0) continue;
      }
      if (failed(insert(vm, d, e.key, e.hash, e.value))) return Status::Error;
    }
    return Status::Ok;
  }
  // Any mapping: keys() then __getitem__.
  Value keys = call_method(vm, other, vm.s_keys, nullptr, 0);
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

// Fills d from an iterable of pairs (dict(iterable), d.update(iterable)).
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
    size_t len = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
    Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    if (len != 2) {
      raise(vm, vm.ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
      return Status::Error;
    }
    if (failed(dict_set(vm, d, items[0], items[1]))) return Status::Error;
  }
}

static Status update_from(VM& vm, Dict* d, Value* args, size_t nargs, Tuple* kwnames, const char* fname) {
  if (nargs > 1) {
    raise(vm, vm.TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
    return Status::Error;
  }
  if (nargs == 1) {
    Value o = args[0];
    if (is_dict(o)) {
      if (failed(dict_merge(vm, d, o, true))) return Status::Error;
    } else {
      Value keys = getattr_opt(vm, o, vm.s_keys);
      if (!vm.exc.is_null()) return Status::Error;
      if (!keys.is_null()) {
        if (failed(dict_merge(vm, d, o, true))) return Status::Error;
      } else if (failed(merge_pairs(vm, d, o))) {
        return Status::Error;
      }
    }
  }
  if (kwnames)
    for (uint32_t i = 0; i < kwnames->size; i++)
      if (failed(dict_set(vm, d, kwnames->items[i], args[nargs + i]))) return Status::Error;
  return Status::Ok;
}

static Value key_error(VM& vm, Value key) {
  Root rk(vm, key);
  Value t = new_tuple_from(vm, &key, 1);
  if (t.is_null()) return t;
  Value e = new_exception(vm, vm.KeyError, t);
  if (e.is_null()) return e;
  vm.exc = e;
  return Value::null();
}

Value dict_getitem(VM& vm, Dict* d, Value key) {
  Value v = dict_get(vm, d, key);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  return key_error(vm, key);
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
  if (d->size == 0) return new_str(vm, "{}");
  if (repr_enter(vm, self)) return new_str(vm, "{...}");
  std::string out = "{";
  bool first = true;
  for (uint32_t i = 0; i < d->nentries; i++) {
    DictEntry e = d->entries[i];
    if (e.value.is_null()) continue;
    Root rk(vm, e.key), rv(vm, e.value);
    Value kr = repr(vm, e.key);
    if (kr.is_null()) {
      repr_leave(vm, self);
      return kr;
    }
    if (!first) out += ", ";
    first = false;
    out += as_str(kr)->view();
    out += ": ";
    Value vr = repr(vm, e.value);
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

// ---------- methods ----------

static Dict* self_dict(Value self) { return self.as<Dict>(); }

static Value dict_new(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d));
  if (failed(update_from(vm, d, args, nargs, kwnames, "dict"))) return Value::null();
  return Value::ptr(d);
}
static Value m_init(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(update_from(vm, self_dict(self), args, nargs, kwnames, "dict"))) return Value::null();
  return Value::none();
}
static Value m_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) { return dict_getitem(vm, self_dict(self), args[0]); }
static Value m_setitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(dict_set(vm, self_dict(self), args[0], args[1]))) return Value::null();
  return Value::none();
}
static Value m_delitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  int r = dict_del(vm, self_dict(self), args[0]);
  if (r < 0) return Value::null();
  if (r == 0) return key_error(vm, args[0]);
  return Value::none();
}
static Value m_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Value v = dict_get(vm, self_dict(self), args[0]);
  if (v.is_null() && !vm.exc.is_null()) return v;
  return Value::boolean(!v.is_null());
}
static Value m_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(self_dict(self)->size); }
static Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) { return dict_repr(vm, self_dict(self)); }

static Value make_dict_iter(VM& vm, Type* t, Dict* d, bool reverse = false) {
  Value it = new_iter(vm, t, Value::ptr(d));
  if (it.is_null()) return it;
  Iter* i = it.as<Iter>();
  i->index = reverse ? int64_t(d->nentries) - 1 : 0;
  i->end = d->size;   // size snapshot
  i->step = d->size;  // remaining items
  return it;
}
static Value m_iter(VM& vm, Value self, Value*, size_t, Tuple*) { return make_dict_iter(vm, vm.dict_keyiter_type, self_dict(self)); }
static Value m_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  return make_dict_iter(vm, vm.dict_revkeyiter_type, self_dict(self), true);
}

Value dict_iter_next(VM& vm, Iter* it) {
  if (it->seq.is_null()) return Value::null();
  Dict* d = it->seq.as<Dict>();
  if (int64_t(d->size) != it->end) {
    it->end = -1;
    return raise(vm, vm.RuntimeError, "dictionary changed size during iteration");
  }
  Type* t = it->type;
  bool rev = t == vm.dict_revkeyiter_type;
  while (rev ? it->index >= 0 : it->index < int64_t(d->nentries)) {
    DictEntry& e = d->entries[it->index];
    it->index += rev ? -1 : 1;
    if (e.value.is_null()) continue;
    if (it->step <= 0) {
      it->step = -1;
      return raise(vm, vm.RuntimeError, "dictionary keys changed during iteration");
    }
    it->step--;
    int kind = t == vm.dict_keyiter_type ? 0 : t == vm.dict_valueiter_type ? 1 : 2;
    if (rev) kind = it->a.is_small() ? int(it->a.as_small()) : 0;
    if (kind == 0) return e.key;
    if (kind == 1) return e.value;
    Value items[2] = {e.key, e.value};
    return new_tuple_from(vm, items, 2);
  }
  it->seq = Value::null();
  return Value::null();
}

static Value m_get(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(vm, self_dict(self), args[0]);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  return nargs > 1 ? args[1] : Value::none();
}
static Value m_setdefault(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(vm, self_dict(self), args[0]);
  if (!v.is_null() || !vm.exc.is_null()) return v;
  Value dflt = nargs > 1 ? args[1] : Value::none();
  if (failed(dict_set(vm, self_dict(self), args[0], dflt))) return Value::null();
  return dflt;
}
static Value m_pop(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Value v = dict_get(vm, self_dict(self), args[0]);
  if (v.is_null()) {
    if (!vm.exc.is_null()) return v;
    if (nargs > 1) return args[1];
    return key_error(vm, args[0]);
  }
  Root rv(vm, v);
  if (dict_del(vm, self_dict(self), args[0]) < 0) return Value::null();
  return v;
}
static Value m_popitem(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = self_dict(self);
  if (d->size == 0) return raise(vm, vm.KeyError, "popitem(): dictionary is empty");
  for (uint32_t i = d->nentries; i-- > 0;) {
    DictEntry e = d->entries[i];
    if (e.value.is_null()) continue;
    Value items[2] = {e.key, e.value};
    Value t = new_tuple_from(vm, items, 2);
    if (t.is_null()) return t;
    Root rt(vm, t);
    if (dict_del(vm, d, e.key) < 0) return Value::null();
    return t;
  }
  return Value::none();
}
static Value m_keys(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.dict_keys_type, self); }
static Value m_values(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.dict_values_type, self); }
static Value m_items(VM& vm, Value self, Value*, size_t, Tuple*) { return new_iter(vm, vm.dict_items_type, self); }
static Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = dict_copy(vm, self_dict(self));
  return d ? Value::ptr(d) : Value::null();
}
static Value m_clear(VM& vm, Value self, Value*, size_t, Tuple*) {
  Dict* d = self_dict(self);
  vm.heap.external_free(d->entries, d->cap * sizeof(DictEntry));
  vm.heap.external_free(d->index, d->index_size * sizeof(int32_t));
  d->entries = nullptr;
  d->index = nullptr;
  d->index_size = d->nentries = d->cap = d->size = 0;
  d->version++;
  return Value::none();
}
static Value m_update(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (failed(update_from(vm, self_dict(self), args, nargs, kwnames, "update"))) return Value::null();
  return Value::none();
}
static Value m_fromkeys(VM& vm, Value cls, Value* args, size_t nargs, Tuple*) {
  Value d = call0(vm, cls);
  if (d.is_null()) return d;
  Root rd(vm, d);
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  Value v = nargs > 1 ? args[1] : Value::none();
  for (;;) {
    Value k = iter_next(vm, it);
    if (k.is_null()) return vm.exc.is_null() ? d : k;
    if (failed(setitem(vm, d, k, v))) return Value::null();
  }
}
static Value m_eq_impl(VM& vm, Value self, Value other, bool ne) {
  if (!is_dict(other)) return vm.not_implemented;
  Dict* a = self_dict(self);
  Dict* b = other.as<Dict>();
  if (a->size != b->size) return Value::boolean(ne);
  Root ra(vm, self), rb(vm, other);
  for (uint32_t i = 0; i < a->nentries; i++) {
    DictEntry e = a->entries[i];
    if (e.value.is_null()) continue;
    Root rk(vm, e.key), rv(vm, e.value);
    Value bv = dict_get(vm, b, e.key);
    if (bv.is_null()) {
      if (!vm.exc.is_null()) return bv;
      return Value::boolean(ne);
    }
    int r = eq(vm, e.value, bv);
    if (r < 0) return Value::null();
    if (!r) return Value::boolean(ne);
  }
  return Value::boolean(!ne);
}
static Value m_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return m_eq_impl(vm, self, args[0], false); }
static Value m_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return m_eq_impl(vm, self, args[0], true); }
static Value m_or(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_dict(args[0])) return vm.not_implemented;
  Dict* d = dict_copy(vm, self_dict(self));
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  if (failed(dict_merge(vm, d, args[0], true))) return Value::null();
  return Value::ptr(d);
}
static Value m_ror(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (!is_dict(args[0])) return vm.not_implemented;
  Dict* d = dict_copy(vm, args[0].as<Dict>());
  if (!d) return Value::null();
  Root rd(vm, Value::ptr(d));
  if (failed(dict_merge(vm, d, self, true))) return Value::null();
  return Value::ptr(d);
}
static Value m_ior(VM& vm, Value self, Value* args, size_t, Tuple*) {
  if (failed(update_from(vm, self_dict(self), args, 1, nullptr, "update"))) return Value::null();
  return self;
}

// ---------- views ----------

static Dict* view_dict(Value self) { return self.as<Iter>()->seq.as<Dict>(); }
static Value view_len(VM& vm, Value self, Value*, size_t, Tuple*) { return Value::small(view_dict(self)->size); }
static Value view_iter(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = self.as_ptr()->type;
  Type* it = t == vm.dict_keys_type ? vm.dict_keyiter_type : t == vm.dict_values_type ? vm.dict_valueiter_type : vm.dict_itemiter_type;
  return make_dict_iter(vm, it, view_dict(self));
}
static Value view_reversed(VM& vm, Value self, Value*, size_t, Tuple*) {
  Type* t = self.as_ptr()->type;
  Value it = make_dict_iter(vm, vm.dict_revkeyiter_type, view_dict(self), true);
  if (!it.is_null()) it.as<Iter>()->a = Value::small(t == vm.dict_keys_type ? 0 : t == vm.dict_values_type ? 1 : 2);
  return it;
}
static Value view_contains(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Type* t = self.as_ptr()->type;
  Dict* d = view_dict(self);
  if (t == vm.dict_keys_type) {
    Value v = dict_get(vm, d, args[0]);
    if (v.is_null() && !vm.exc.is_null()) return v;
    return Value::boolean(!v.is_null());
  }
  if (t == vm.dict_items_type) {
    if (!is_tuple(args[0]) || args[0].as<Tuple>()->size != 2) return Value::false_();
    Tuple* kv = args[0].as<Tuple>();
    Value v = dict_get(vm, d, kv->items[0]);
    if (v.is_null()) return vm.exc.is_null() ? Value::false_() : v;
    int r = eq(vm, v, kv->items[1]);
    return r < 0 ? Value::null() : Value::boolean(r);
  }
  Root rs(vm, self);
  Value it = view_iter(vm, self, nullptr, 0, nullptr);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::false_() : x;
    int r = eq(vm, x, args[0]);
    if (r) return r < 0 ? Value::null() : Value::true_();
  }
}
static Value view_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  Root rs(vm, self);
  if (repr_enter(vm, self)) return new_str(vm, "...");
  Value l = sequence_to_list(vm, self);
  if (l.is_null()) {
    repr_leave(vm, self);
    return l;
  }
  Root rl(vm, l);
  Value r = repr(vm, l);
  repr_leave(vm, self);
  if (r.is_null()) return r;
  std::string s(self.as_ptr()->type->name->view());
  s += "(";
  s += as_str(r)->view();
  s += ")";
  return new_str(vm, s);
}
// Set operations on keys/items views: build sets and delegate.
static Value view_setop(VM& vm, Value self, Value other, BinOp op, bool reflected) {
  Root rs(vm, self), ro(vm, other);
  Set* a = new_set(vm, false);
  if (!a) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(a));
  if (failed(set_update(vm, a, reflected ? other : self))) return Value::null();
  // The other operand may be any iterable.
  Set* b = new_set(vm, false);
  if (!b) return raise_no_memory(vm);
  Root rb(vm, Value::ptr(b));
  if (failed(set_update(vm, b, reflected ? self : other))) return Value::null();
  return binary_op(vm, Value::ptr(a), Value::ptr(b), op, false);
}
static Value view_and(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_setop(vm, self, args[0], BinOp::And, false); }
static Value view_or(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_setop(vm, self, args[0], BinOp::Or, false); }
static Value view_sub(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_setop(vm, self, args[0], BinOp::Sub, false); }
static Value view_xor(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_setop(vm, self, args[0], BinOp::Xor, false); }
static Value view_rsub(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_setop(vm, self, args[0], BinOp::Sub, true); }
static Value view_eq(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Root rs(vm, self);
  Set* a = new_set(vm, false);
  if (!a) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(a));
  if (failed(set_update(vm, a, self))) return Value::null();
  Value other = args[0];
  if (is_layout(other, Layout::Iter) && (other.as_ptr()->type == vm.dict_keys_type || other.as_ptr()->type == vm.dict_items_type)) {
    Set* b = new_set(vm, false);
    if (!b) return raise_no_memory(vm);
    Root rb(vm, Value::ptr(b));
    if (failed(set_update(vm, b, other))) return Value::null();
    other = Value::ptr(b);
    return compare(vm, Value::ptr(a), other, CmpOp::Eq);
  }
  if (!is_set(other)) return vm.not_implemented;
  return compare(vm, Value::ptr(a), other, CmpOp::Eq);
}
static Value view_cmp(VM& vm, Value self, Value other, CmpOp op) {
  Root rs(vm, self), ro(vm, other);
  bool other_view = is_layout(other, Layout::Iter) &&
                    (other.as_ptr()->type == vm.dict_keys_type || other.as_ptr()->type == vm.dict_items_type);
  if (!is_set(other) && !other_view) return vm.not_implemented;
  Set* a = new_set(vm, false);
  if (!a) return raise_no_memory(vm);
  Root ra(vm, Value::ptr(a));
  if (failed(set_update(vm, a, self))) return Value::null();
  if (other_view) {
    Set* b = new_set(vm, false);
    if (!b) return raise_no_memory(vm);
    Root rb(vm, Value::ptr(b));
    if (failed(set_update(vm, b, other))) return Value::null();
    return compare(vm, Value::ptr(a), Value::ptr(b), op);
  }
  return compare(vm, Value::ptr(a), other, op);
}
static Value view_lt(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_cmp(vm, self, args[0], CmpOp::Lt); }
static Value view_le(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_cmp(vm, self, args[0], CmpOp::Le); }
static Value view_gt(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_cmp(vm, self, args[0], CmpOp::Gt); }
static Value view_ge(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_cmp(vm, self, args[0], CmpOp::Ge); }
static Value view_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return view_cmp(vm, self, args[0], CmpOp::Ne); }

static Value view_isdisjoint(VM& vm, Value self, Value* args, size_t, Tuple*) {
  Root rs(vm, self);
  Value it = get_iter(vm, args[0]);
  if (it.is_null()) return it;
  Root rit(vm, it);
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_null()) return vm.exc.is_null() ? Value::true_() : x;
    Value r = view_contains(vm, self, &x, 1, nullptr);
    if (r.is_null() || r.is_true()) return r.is_null() ? r : Value::false_();
  }
}
static Value view_mapping(VM& vm, Value self, Value*, size_t, Tuple*) { return self.as<Iter>()->seq; }

static Value dictiter_len(VM& vm, Value self, Value*, size_t, Tuple*) {
  Iter* it = self.as<Iter>();
  return Value::small(it->seq.is_null() || it->step < 0 ? 0 : it->step);
}
static Value iter_self(VM& vm, Value self, Value*, size_t, Tuple*) { return self; }
static Value dictiter_next_m(VM& vm, Value self, Value*, size_t, Tuple*) {
  Value v = dict_iter_next(vm, self.as<Iter>());
  if (v.is_null() && vm.exc.is_null()) return raise_value(vm, Value::ptr(vm.StopIteration));
  return v;
}

void init_set_type(VM& vm);  // set.cpp

void init_dict(VM& vm) {
  static const MethodDef methods[] = {
      {"__init__", m_init, 0, -1, kBuiltinKeywords},
      {"__getitem__", m_getitem, 1, 1, 0},
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
      {"update", m_update, 0, -1, kBuiltinKeywords},
      {"fromkeys", m_fromkeys, 1, 2, kBuiltinClassMethod},
  };
  add_methods(vm, vm.dict_type, methods);
  (void)dict_set_str(vm, vm.dict_type->dict, vm.s_hash, Value::none());
  vm.dict_type->native_new = new_builtin(vm, "dict", dict_new, Value::null(), 0, -1, kBuiltinKeywords);
  vm.dict_type->native_new.as<Builtin>()->owner = vm.dict_type;
  static const MethodDef view_methods[] = {
      {"__len__", view_len, 0, 0, 0},       {"__iter__", view_iter, 0, 0, 0},
      {"__contains__", view_contains, 1, 1, 0}, {"__repr__", view_repr, 0, 0, 0},
      {"__reversed__", view_reversed, 0, 0, 0},
  };
  static const MethodDef setlike_methods[] = {
      {"__and__", view_and, 1, 1, 0}, {"__rand__", view_and, 1, 1, 0}, {"__or__", view_or, 1, 1, 0},
      {"__ror__", view_or, 1, 1, 0},  {"__sub__", view_sub, 1, 1, 0},  {"__rsub__", view_rsub, 1, 1, 0},
      {"__xor__", view_xor, 1, 1, 0}, {"__rxor__", view_xor, 1, 1, 0}, {"__eq__", view_eq, 1, 1, 0},
      {"isdisjoint", view_isdisjoint, 1, 1, 0}, {"__lt__", view_lt, 1, 1, 0}, {"__le__", view_le, 1, 1, 0},
      {"__gt__", view_gt, 1, 1, 0}, {"__ge__", view_ge, 1, 1, 0}, {"__ne__", view_ne, 1, 1, 0},
  };
  for (Type* t : {vm.dict_keys_type, vm.dict_values_type, vm.dict_items_type}) {
    add_methods(vm, t, view_methods);
    add_getter(vm, t, "mapping", view_mapping);
    (void)dict_set_str(vm, t->dict, vm.s_hash, Value::none());
  }
  add_methods(vm, vm.dict_keys_type, setlike_methods);
  add_methods(vm, vm.dict_items_type, setlike_methods);
  static const MethodDef iter_methods[] = {
      {"__iter__", iter_self, 0, 0, 0}, {"__next__", dictiter_next_m, 0, 0, 0}, {"__length_hint__", dictiter_len, 0, 0, 0}};
  for (Type* t : {vm.dict_keyiter_type, vm.dict_valueiter_type, vm.dict_itemiter_type, vm.dict_revkeyiter_type})
    add_methods(vm, t, iter_methods);
}

}  // namespace taipan::runtime
