// list.sort: CPython 3.11's stable timsort (natural runs, binary insertion up to minrun,
// powersort merge order, merges trimmed and done by galloping with an adaptive min_gallop),
// O(n) on sorted or reversed input; it makes the same comparisons as CPython, in the same
// order, which __lt__ methods with side effects can observe.
//
// As in CPython: keys are computed first (key=), the list looks empty to Python code during
// the sort and a list changed meanwhile raises "list modified during sort" (its new content
// is dropped); reverse=True reverses, sorts and reverses again, so equal items keep their
// order. A failing comparison stops further Python calls (every later comparison answers
// "not less" without calling anything), the algorithm runs out on that answer, and the list
// ends a permutation of its items. Keys that are all small ints, all floats, all strs, or
// all tuples compare natively (tuples item by item, their first items natively when those
// are uniform).
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/list.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

enum class Kind { Int, Float, Str, Tuple, Any };

Kind kind_of(VM& vm, const Value* v, size_t n) {
  bool ints = true, floats = true, strs = true, tuples = true;
  for (size_t i = 0; i < n && (ints || floats || strs || tuples); i++) {
    Value x = v[i];
    ints = ints && x.is_small();
    floats = floats && x.is_double();
    strs = strs && is_exact(x, vm.str_type);
    tuples = tuples && is_exact(x, vm.tuple_type) && x.as<Tuple>()->size > 0;
  }
  if (ints) return Kind::Int;
  if (floats) return Kind::Float;
  if (strs) return Kind::Str;
  if (tuples) return Kind::Tuple;
  return Kind::Any;
}

struct IntLess {
  bool operator()(Value a, Value b) const { return a.as_small() < b.as_small(); }
  bool failed() const { return false; }
};
struct FloatLess {
  bool operator()(Value a, Value b) const { return a.as_double() < b.as_double(); }
  bool failed() const { return false; }
};
struct StrLess {
  bool operator()(Value a, Value b) const { return str_compare(as_str(a), as_str(b)) < 0; }
  bool failed() const { return false; }
};

// Any keys, or tuples; remembers a failed comparison and answers false from then on.
struct ObjectLess {
  VM& vm;
  Kind first;  // kind of the tuples' first items (Tuple mode), Any otherwise
  bool tuples;
  bool error = false;

  bool failed() const { return error; }
  bool generic(Value a, Value b) {
    int r = compare_bool(vm, a, b, CmpOp::Lt);
    if (r < 0) error = true;
    return r > 0;
  }
  bool base(Kind k, Value a, Value b) {
    switch (k) {
      case Kind::Int: return a.as_small() < b.as_small();
      case Kind::Float: return a.as_double() < b.as_double();
      case Kind::Str: return str_compare(as_str(a), as_str(b)) < 0;
      default: return generic(a, b);
    }
  }
  bool operator()(Value a, Value b) {
    if (error) return false;
    if (!tuples) return generic(a, b);
    Tuple* x = a.as<Tuple>();
    Tuple* y = b.as<Tuple>();
    size_t n = std::min(x->size, y->size), i = 0;
    for (; i < n; i++) {
      Value p = x->items[i], q = y->items[i];
      if (p == q) continue;
      if (p.is_small() && q.is_small()) break;
      if (is_exact(p, vm.str_type) && is_exact(q, vm.str_type)) {
        if (str_eq(as_str(p), as_str(q))) continue;
        break;
      }
      int r = eq(vm, p, q);
      if (r < 0) {
        error = true;
        return false;
      }
      if (!r) break;
    }
    if (i >= x->size || i >= y->size) return x->size < y->size;
    return base(i == 0 ? first : Kind::Any, x->items[i], y->items[i]);
  }
};

// Sorts keys[0, n) and permutes vals (when not null) alongside. tk/tv are rooted scratch
// arrays of at least n/2 + 1 Values.
template <class Less>
class TimSort {
 public:
  TimSort(Less& lt, Value* keys, Value* vals, size_t n, Value* tk, Value* tv)
      : lt_(lt), k_(keys), v_(vals), n_(n), tk_(tk), tv_(tv) {}

  // CPython 3.11's listsort: natural runs extended to minrun by binary insertion, merged in
  // "powersort" order, each merge trimmed by galloping and done in galloping mode once one
  // side keeps winning. The comparisons made are CPython's, in the same order (observable
  // through __lt__ side effects).
  void sort() {
    if (n_ < 2) return;
    size_t minrun = min_run(n_);
    size_t lo = 0;
    while (lo < n_) {
      size_t run = count_run(lo);
      if (run < minrun) {
        size_t force = std::min(minrun, n_ - lo);
        binary_insertion(lo, lo + force, lo + run);
        run = force;
      }
      found_new_run(run);
      runs_.push_back({lo, run, 0});
      lo += run;
    }
    while (runs_.size() > 1) {
      size_t i = runs_.size() - 2;
      if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) i--;
      merge_at(i);
    }
  }

 private:
  struct Run {
    size_t base, len;
    int power;
  };
  static constexpr size_t kMinGallop = 7;

  static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // The powersort "power" of the boundary between the run at s1 (length n1) and the new run
  // (length n2) that follows it: the first bit where their midpoints, as fractions of n_,
  // differ.
  int power_of(size_t s1, size_t n1, size_t n2) const {
    int result = 0;
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n_) {
        a -= n_;
        b -= n_;
      } else if (b >= n_) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void found_new_run(size_t n2) {
    if (runs_.empty()) return;
    Run& top = runs_.back();
    int power = power_of(top.base, top.len, n2);
    while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power) merge_at(runs_.size() - 2);
    runs_.back().power = power;
  }

  void swap_items(size_t i, size_t j) {
    std::swap(k_[i], k_[j]);
    if (v_) std::swap(v_[i], v_[j]);
  }

  // Length of the run starting at lo; a strictly descending run is reversed in place.
  size_t count_run(size_t lo) {
    size_t hi = lo + 1;
    if (hi == n_) return 1;
    if (lt_(k_[hi], k_[lo])) {
      hi++;
      while (hi < n_ && lt_(k_[hi], k_[hi - 1])) hi++;
      for (size_t a = lo, b = hi - 1; a < b; a++, b--) swap_items(a, b);
    } else {
      hi++;
      while (hi < n_ && !lt_(k_[hi], k_[hi - 1])) hi++;
    }
    return hi - lo;
  }

  // [lo, start) is sorted; inserts [start, hi) one by one after their equals.
  void binary_insertion(size_t lo, size_t hi, size_t start) {
    for (size_t i = start; i < hi; i++) {
      Value pk = k_[i];
      size_t l = lo, r = i;
      while (l < r) {
        size_t m = l + (r - l) / 2;
        if (lt_(pk, k_[m])) r = m;
        else l = m + 1;
      }
      std::memmove(static_cast<void*>(k_ + l + 1), k_ + l, (i - l) * sizeof(Value));
      k_[l] = pk;
      if (v_) {
        Value pv = v_[i];
        std::memmove(static_cast<void*>(v_ + l + 1), v_ + l, (i - l) * sizeof(Value));
        v_[l] = pv;
      }
    }
  }

  // In the sorted a[0, n): the k with a[k-1] < key <= a[k], searched outward from a[hint]
  // with exponentially growing steps, then by bisection.
  size_t gallop_left(Value key, const Value* a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1;
    if (lt_(a[hint], key)) {
      size_t maxofs = n - hint;
      while (ofs < maxofs) {
        if (lt_(a[hint + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      size_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt_(a[hint - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      size_t k = lastofs;
      lastofs = hint + 1 - ofs;  // one past a[hint - ofs], which is < key (or the start)
      ofs = hint - k;
      return bisect_left(key, a, lastofs, ofs);
    }
    return bisect_left(key, a, lastofs + 1, ofs);
  }
  // a[lo-1] < key <= a[hi] is known; finds the first index in [lo, hi] with key <= a[i].
  size_t bisect_left(Value key, const Value* a, size_t lo, size_t hi) {
    while (lo < hi) {
      size_t m = lo + ((hi - lo) >> 1);
      if (lt_(a[m], key)) lo = m + 1;
      else hi = m;
    }
    return hi;
  }
  // In the sorted a[0, n): the k with a[k-1] <= key < a[k] (key goes after its equals).
  size_t gallop_right(Value key, const Value* a, size_t n, size_t hint) {
    size_t lastofs = 0, ofs = 1;
    if (lt_(key, a[hint])) {
      size_t maxofs = hint + 1;
      while (ofs < maxofs) {
        if (lt_(key, a[hint - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      size_t k = lastofs;
      lastofs = hint + 1 - ofs;
      ofs = hint - k;
      return bisect_right(key, a, lastofs, ofs);
    }
    size_t maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt_(key, a[hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
    return bisect_right(key, a, lastofs + 1, ofs);
  }
  size_t bisect_right(Value key, const Value* a, size_t lo, size_t hi) {
    while (lo < hi) {
      size_t m = lo + ((hi - lo) >> 1);
      if (lt_(key, a[m])) hi = m;
      else lo = m + 1;
    }
    return hi;
  }

  void merge_at(size_t i) {
    Run a = runs_[i], b = runs_[i + 1];
    runs_[i].len = a.len + b.len;
    runs_.erase(runs_.begin() + long(i) + 1);
    // Items of A not greater than B's first are already in place; so are B's items not
    // less than A's last.
    size_t k = gallop_right(k_[b.base], k_ + a.base, a.len, 0);
    a.base += k;
    a.len -= k;
    if (a.len == 0) return;
    b.len = gallop_left(k_[a.base + a.len - 1], k_ + b.base, b.len, b.len - 1);
    if (b.len == 0) return;
    if (a.len <= b.len) merge_lo(a, b);
    else merge_hi(a, b);
  }

  void copy_out(Value* tk, Value* tv, size_t from, size_t n) {
    std::memcpy(static_cast<void*>(tk), k_ + from, n * sizeof(Value));
    if (v_) std::memcpy(static_cast<void*>(tv), v_ + from, n * sizeof(Value));
  }
  // Moves n items within the list (overlapping allowed).
  void move_n(size_t to, size_t from, size_t n) {
    std::memmove(static_cast<void*>(k_ + to), k_ + from, n * sizeof(Value));
    if (v_) std::memmove(static_cast<void*>(v_ + to), v_ + from, n * sizeof(Value));
  }
  // Copies n items from the scratch arrays (index t) into the list.
  void put_n(size_t to, size_t t, size_t n) {
    std::memcpy(static_cast<void*>(k_ + to), tk_ + t, n * sizeof(Value));
    if (v_) std::memcpy(static_cast<void*>(v_ + to), tv_ + t, n * sizeof(Value));
  }

  // A (not longer than B) goes to scratch; merges from the left. pa indexes scratch, pb
  // and dest the list.
  void merge_lo(Run a, Run b) {
    copy_out(tk_, tv_, a.base, a.len);
    size_t na = a.len, nb = b.len, pa = 0, pb = b.base, dest = a.base;
    size_t min_gallop = min_gallop_;
    move_n(dest++, pb++, 1);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    for (;;) {
      size_t acount = 0, bcount = 0;
      for (;;) {
        if (lt_(k_[pb], tk_[pa])) {
          move_n(dest++, pb++, 1);
          ++bcount;
          acount = 0;
          if (--nb == 0) goto succeed;
          if (bcount >= min_gallop) break;
        } else {
          put_n(dest++, pa++, 1);
          ++acount;
          bcount = 0;
          if (--na == 1) goto copy_b;
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        size_t k = gallop_right(k_[pb], tk_ + pa, na, 0);
        acount = k;
        if (k) {
          put_n(dest, pa, k);
          dest += k;
          pa += k;
          na -= k;
          if (na == 1) goto copy_b;
          if (na == 0) goto succeed;  // only after an inconsistent comparison
        }
        move_n(dest++, pb++, 1);
        if (--nb == 0) goto succeed;
        k = gallop_left(tk_[pa], k_ + pb, nb, 0);
        bcount = k;
        if (k) {
          move_n(dest, pb, k);
          dest += k;
          pb += k;
          nb -= k;
          if (nb == 0) goto succeed;
        }
        put_n(dest++, pa++, 1);
        if (--na == 1) goto copy_b;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    if (na) put_n(dest, pa, na);
    return;
  copy_b:
    // The last item of A goes after the rest of B.
    move_n(dest, pb, nb);
    put_n(dest + nb, pa, 1);
  }

  // B (shorter than A) goes to scratch; merges from the right. pa and dest index the list,
  // pb scratch; each points at the last item not yet placed.
  void merge_hi(Run a, Run b) {
    copy_out(tk_, tv_, b.base, b.len);
    size_t na = a.len, nb = b.len;
    size_t basea = a.base;
    // Indices one past the current items (so that 0 stays representable).
    size_t pa = a.base + a.len, pb = nb, dest = b.base + b.len;
    size_t min_gallop = min_gallop_;
    move_n(--dest, --pa, 1);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    for (;;) {
      size_t acount = 0, bcount = 0;
      for (;;) {
        if (lt_(tk_[pb - 1], k_[pa - 1])) {
          move_n(--dest, --pa, 1);
          ++acount;
          bcount = 0;
          if (--na == 0) goto succeed;
          if (acount >= min_gallop) break;
        } else {
          put_n(--dest, --pb, 1);
          ++bcount;
          acount = 0;
          if (--nb == 1) goto copy_a;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        size_t k = na - gallop_right(tk_[pb - 1], k_ + basea, na, na - 1);
        acount = k;
        if (k) {
          dest -= k;
          pa -= k;
          move_n(dest, pa, k);
          na -= k;
          if (na == 0) goto succeed;
        }
        put_n(--dest, --pb, 1);
        if (--nb == 1) goto copy_a;
        k = nb - gallop_left(k_[pa - 1], tk_, nb, nb - 1);
        bcount = k;
        if (k) {
          dest -= k;
          pb -= k;
          put_n(dest, pb, k);
          nb -= k;
          if (nb == 1) goto copy_a;
          if (nb == 0) goto succeed;  // only after an inconsistent comparison
        }
        move_n(--dest, --pa, 1);
        if (--na == 0) goto succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  succeed:
    if (nb) put_n(dest - nb, 0, nb);
    return;
  copy_a:
    // The first item of B goes before the rest of A.
    dest -= na;
    pa -= na;
    move_n(dest, pa, na);
    put_n(dest - 1, 0, 1);
  }

  Less& lt_;
  Value* k_;
  Value* v_;
  size_t n_;
  Value* tk_;
  Value* tv_;
  std::vector<Run> runs_;
  size_t min_gallop_ = kMinGallop;
};

// Returns false when a comparison raised.
template <class Less>
bool run_sort(Less& lt, RootVec& keys, RootVec* vals, RootVec& scratch_k, RootVec& scratch_v) {
  size_t n = keys.v.size();
  scratch_k.v.assign(n / 2 + 1, Value::none());
  if (vals) scratch_v.v.assign(n / 2 + 1, Value::none());
  TimSort<Less> ts(lt, keys.v.data(), vals ? vals->v.data() : nullptr, n, scratch_k.v.data(),
                   vals ? scratch_v.v.data() : nullptr);
  ts.sort();
  return !lt.failed();
}

}  // namespace

Status list_sort(VM& vm, List* l, Value key, bool reverse) {
  size_t n = l->size;
  if (n < 2 && key.is_null()) return Status::Ok;
  Root rl(vm, Value::ptr(l)), rk(vm, key);
  // Take the items out: the list looks empty to Python code while it is sorted.
  RootVec vals(vm), keys(vm), scratch_k(vm), scratch_v(vm);
  vals.v.assign(l->items, l->items + n);
  Value* saved = l->items;
  uint32_t saved_cap = l->cap;
  l->items = nullptr;
  l->size = l->cap = 0;

  bool ok = true;
  bool keyed = !key.is_null();
  if (keyed) {
    keys.v.reserve(n);
    for (size_t i = 0; i < n && ok; i++) {
      Value k = call1(vm, key, vals.v[i]);
      if (k.is_null()) ok = false;
      else keys.v.push_back(k);
    }
  }
  if (ok && n > 1) {
    RootVec& sk = keyed ? keys : vals;
    RootVec* sv = keyed ? &vals : nullptr;
    if (reverse) {
      std::reverse(vals.v.begin(), vals.v.end());
      if (keyed) std::reverse(keys.v.begin(), keys.v.end());
    }
    switch (Kind kind = kind_of(vm, sk.v.data(), n)) {
      case Kind::Int: {
        IntLess lt;
        ok = run_sort(lt, sk, sv, scratch_k, scratch_v);
        break;
      }
      case Kind::Float: {
        FloatLess lt;
        ok = run_sort(lt, sk, sv, scratch_k, scratch_v);
        break;
      }
      case Kind::Str: {
        StrLess lt;
        ok = run_sort(lt, sk, sv, scratch_k, scratch_v);
        break;
      }
      default: {
        Kind first = Kind::Any;
        if (kind == Kind::Tuple) {
          std::vector<Value> firsts(n);
          for (size_t i = 0; i < n; i++) firsts[i] = sk.v[i].as<Tuple>()->items[0];
          first = kind_of(vm, firsts.data(), n);
          if (first == Kind::Tuple) first = Kind::Any;
        }
        ObjectLess lt{vm, first, kind == Kind::Tuple};
        ok = run_sort(lt, sk, sv, scratch_k, scratch_v);
        break;
      }
    }
    if (reverse) std::reverse(vals.v.begin(), vals.v.end());
  }

  // Put the items back, dropping whatever Python code stored in the list meanwhile.
  bool modified = l->items != nullptr || l->size != 0;
  if (l->items) vm.heap.external_free(l->items, l->cap * sizeof(Value));
  l->items = saved;
  l->cap = saved_cap;
  l->size = uint32_t(n);
  if (n) std::memcpy(static_cast<void*>(l->items), vals.v.data(), n * sizeof(Value));
  if (!ok) return Status::Error;
  if (modified) {
    raise(vm, vm.ValueError, "list modified during sort");
    return Status::Error;
  }
  return Status::Ok;
}

}  // namespace taipan::runtime
