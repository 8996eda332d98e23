// Mark-sweep collector over size-class pages (see heap.h for the invariants).
#include "runtime/heap.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/vm.h"

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define TAIPAN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TAIPAN_ASAN 1
#endif
#endif
#ifdef TAIPAN_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace taipan::runtime {

namespace {
constexpr uint32_t kMark = 1;
constexpr uint32_t kLargeBit = 2;
constexpr size_t kGranule = Heap::kGranule;
constexpr size_t kNumClasses = Heap::kMaxSmall / kGranule + 1;
inline size_t size_class(size_t bytes) { return (bytes + kGranule - 1) / kGranule; }

// The mark stack starts with room for kMarkStackInitial entries and keeps what it grows to,
// unless that exceeds kMarkStackKeep entries (a deep or wide graph); then it goes back to
// the initial size after the collection.
constexpr size_t kMarkStackInitial = 16 * 1024;  // 128 KiB
constexpr size_t kMarkStackKeep = 1024 * 1024;   // 8 MiB

// Physical memory, or the address-space limit if lower: no single request beyond it can
// succeed, so has_room refuses it instead of letting malloc fail (or the OOM killer act).
size_t process_memory_limit() {
  size_t limit = SIZE_MAX;
#if defined(__unix__) || defined(__APPLE__)
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
  if (pages > 0 && page > 0) limit = size_t(pages) * size_t(page);
  struct rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < limit) limit = size_t(rl.rlim_cur);
#endif
  return limit;
}

// Checking aids for finding missing roots (see heap.h):
// - under gc_stress a dead cell's body (past the header) is overwritten with a poison
//   pattern and, in AddressSanitizer builds, poisoned, so a use of a dead object faults
//   or is reported where it happens; freed cells are also quarantined for a number of
//   collections before they are reused, so a dangling pointer does not silently alias a
//   new object;
// - in AddressSanitizer builds every external buffer records its size in a poisoned
//   prefix, and external_realloc/free check the size they are given against it.
constexpr uint32_t kQuarantine = 32;  // collections a freed cell stays unused (gc_stress)
constexpr size_t kBody = sizeof(Object);  // type, gc (freed epoch), flags stay readable
// A free cell has type == nullptr. On a free list, its gc and flags words hold the next
// cell (8-aligned, so the kQuarantined bit is clear); a cell quarantined under gc_stress
// instead has gc == kQuarantined and the collection that freed it in flags.
constexpr uint32_t kQuarantined = 4;
inline Object* next_free(Object* o) {
  Object* n;
  std::memcpy(&n, reinterpret_cast<char*>(o) + offsetof(Object, gc), sizeof n);
  return n;
}
inline void push_free(Heap::FreeList& fl, Object* o) {
  std::memcpy(reinterpret_cast<char*>(o) + offsetof(Object, gc), &fl.head, sizeof fl.head);
  fl.head = o;
  fl.count++;
}
inline void poison(void* p, size_t n) {
#ifdef TAIPAN_ASAN
  ASAN_POISON_MEMORY_REGION(p, n);
#else
  (void)p; (void)n;
#endif
}
inline void unpoison(void* p, size_t n) {
#ifdef TAIPAN_ASAN
  ASAN_UNPOISON_MEMORY_REGION(p, n);
#else
  (void)p; (void)n;
#endif
}
#ifdef TAIPAN_ASAN
constexpr size_t kExtPrefix = 16;
constexpr uint64_t kExtMagic = 0x7a1a9e87e5ca1ab1ull;
[[noreturn]] void external_mismatch(const char* what, size_t recorded, size_t given) {
  std::fprintf(stderr, "taipan: heap check: %s of an external buffer of %zu bytes with size %zu\n", what, recorded,
               given);
  std::abort();
}
// Returns the malloc'd block of an external buffer after checking its recorded size.
void* external_check(void* p, size_t bytes, const char* what) {
  auto* base = static_cast<char*>(p) - kExtPrefix;
  unpoison(base, kExtPrefix);
  uint64_t hdr[2];
  std::memcpy(hdr, base, sizeof hdr);
  if (hdr[0] != kExtMagic) external_mismatch(what, 0, bytes);
  if (hdr[1] != bytes) external_mismatch(what, size_t(hdr[1]), bytes);
  return base;
}
void* external_init(void* base, size_t bytes) {
  uint64_t hdr[2] = {kExtMagic, bytes};
  std::memcpy(base, hdr, sizeof hdr);
  poison(base, kExtPrefix);
  return static_cast<char*>(base) + kExtPrefix;
}
#endif
}  // namespace

struct Heap::Page {
  size_t cls;       // cell size = cls * kGranule
  size_t ncells;
  char* cells;
};

struct Heap::Large {
  Large* next;
  size_t bytes;
  alignas(16) char payload[1];
};

void trace_leaf(Object*, Marker&) {}

Heap::Heap(VM& vm) : vm_(vm), process_limit_(process_memory_limit()) { marker_.stack.reserve(kMarkStackInitial); }

Heap::~Heap() {
  // Finalize everything still alive, then release memory.
  for (Page* p : pages_) {
    size_t cell = p->cls * kGranule;
    for (size_t i = 0; i < p->ncells; i++) {
      auto* o = reinterpret_cast<Object*>(p->cells + i * cell);
      if (o->type && o->type->finalize) o->type->finalize(vm_, o);
    }
  }
  for (Large* l = large_; l;) {
    auto* o = reinterpret_cast<Object*>(l->payload);
    if (o->type && o->type->finalize) o->type->finalize(vm_, o);
    Large* n = l->next;
    std::free(l);
    l = n;
  }
  for (Page* p : pages_) {
    unpoison(p->cells, kPageSize);
    std::free(p->cells);
    delete p;
  }
}

bool Heap::maybe_collect(size_t incoming) {
  if (collecting_) return true;
  if (gc_stress || (enabled && allocated_since_gc_ + incoming > threshold_)) collect();
  if (cap && heap_bytes() + incoming > cap) {
    collect();
    if (heap_bytes() + incoming > cap) return false;
  }
  return true;
}

Object* Heap::alloc_small(size_t cls) {
  auto& fl = free_[cls];
  if (!fl.head) {
    auto* p = new Page;
    p->cls = cls;
    p->ncells = kPageSize / (cls * kGranule);
    p->cells = static_cast<char*>(std::aligned_alloc(16, kPageSize));
    if (!p->cells) { delete p; return nullptr; }
    std::memset(p->cells, 0, kPageSize);
    pages_.push_back(p);
    small_bytes_ += kPageSize;
    for (size_t i = p->ncells; i-- > 0;) push_free(fl, reinterpret_cast<Object*>(p->cells + i * cls * kGranule));
  }
  Object* o = fl.head;
  fl.head = next_free(o);
  fl.count--;
  class_allocs_[cls]++;
  return o;
}

Object* Heap::alloc(size_t bytes, Type* type) {
  if (bytes < sizeof(Object)) bytes = sizeof(Object);
  if (!maybe_collect(bytes)) return nullptr;
  Object* o;
  if (bytes <= kMaxSmall) {
    size_t cls = size_class(bytes);
    o = alloc_small(cls);
    if (!o) return nullptr;
    unpoison(o, cls * kGranule);
    std::memset(static_cast<void*>(o), 0, cls * kGranule);
    o->gc = uint32_t(cls) << 8;
    allocated_since_gc_ += cls * kGranule;
  } else {
    auto* l = static_cast<Large*>(std::malloc(offsetof(Large, payload) + bytes));
    if (!l) return nullptr;
    std::memset(l->payload, 0, bytes);
    l->next = large_;
    l->bytes = bytes;
    large_ = l;
    large_bytes_ += bytes;
    o = reinterpret_cast<Object*>(l->payload);
    o->gc = kLargeBit;
    allocated_since_gc_ += bytes;
  }
  o->type = type;
  stats.allocated_objects++;
  return o;
}

void* Heap::external_alloc(size_t bytes) {
  if (!maybe_collect(bytes)) return nullptr;
#ifdef TAIPAN_ASAN
  void* p = std::malloc(kExtPrefix + bytes);
  if (!p) return nullptr;
  p = external_init(p, bytes);
#else
  void* p = std::malloc(bytes ? bytes : 1);
  if (!p) return nullptr;
#endif
  external_bytes_ += bytes;
  allocated_since_gc_ += bytes;
  return p;
}

void* Heap::external_realloc(void* p, size_t old_bytes, size_t new_bytes) {
  if (new_bytes > old_bytes && !maybe_collect(new_bytes - old_bytes)) return nullptr;
#ifdef TAIPAN_ASAN
  void* base = p ? external_check(p, old_bytes, "realloc") : nullptr;
  if (!p && old_bytes) external_mismatch("realloc", 0, old_bytes);
  void* q = std::realloc(base, kExtPrefix + new_bytes);
  if (!q) {
    if (base) poison(base, kExtPrefix);
    return nullptr;
  }
  q = external_init(q, new_bytes);
#else
  void* q = std::realloc(p, new_bytes ? new_bytes : 1);
  if (!q) return nullptr;
#endif
  external_bytes_ += new_bytes;
  external_bytes_ -= old_bytes;
  if (new_bytes > old_bytes) allocated_since_gc_ += new_bytes - old_bytes;
  return q;
}

void Heap::external_free(void* p, size_t bytes) {
  if (!p) return;
#ifdef TAIPAN_ASAN
  p = external_check(p, bytes, "free");
#endif
  std::free(p);
  external_bytes_ -= bytes;
}

bool Heap::has_room(size_t bytes) {
  // Temporaries of the computation come on top of the result: allow half of what is left.
  size_t used = heap_bytes();
  if (used >= process_limit_ || bytes > (process_limit_ - used) / 2) return false;
  if (!cap) return true;
  if (bytes > cap) return false;
  if (heap_bytes() + bytes <= cap) return true;
  collect();
  return heap_bytes() + bytes <= cap;
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  auto t0 = std::chrono::steady_clock::now();
  Marker& m = marker_;
  m.stack.clear();
  vm_.visit_roots(m);
  while (!m.stack.empty()) {
    Object* o = m.stack.back();
    m.stack.pop_back();
    if (!o->type) {  // a live object points at a freed cell: a missing root freed it earlier
      std::fprintf(stderr, "taipan: GC: reached a freed object at %p\n", static_cast<void*>(o));
      std::abort();
    }
    m.mark_obj(o->type);
    if (o->type->trace) o->type->trace(o, m);
  }
  if (m.stack.capacity() > kMarkStackKeep) {
    std::vector<Object*>().swap(m.stack);
    m.stack.reserve(kMarkStackInitial);
  }
  sweep();
  auto ns = uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count());
  stats.collections++;
  stats.total_pause_ns += ns;
  if (ns > stats.max_pause_ns) stats.max_pause_ns = ns;
  allocated_since_gc_ = 0;
  size_t live = live_bytes_ + external_bytes_;
  // The next collection comes after allocating half of what survived (at least
  // kMinCollectBytes): peak memory stays near 1.5x the live data. Reference counting frees
  // garbage at once, so this headroom is what separates our peak from CPython's; with 8-byte
  // cells, leaf objects kept off the mark stack and free lists threaded through the free
  // cells, 1.5x live stays below CPython's peak on bench/ (wordcount: 0.95x; it was 1.48x
  // with 0.75x live headroom, 16-byte cells, vector free lists and a 4 MiB floor).
  threshold_ = std::max(kMinCollectBytes, live / 2);
  collecting_ = false;
}

void Heap::sweep() {
  for (auto& fl : free_) fl = FreeList();
  live_bytes_ = 0;
  // Under gc_stress, dead cells are poisoned and stamped with the collection that freed
  // them (in `flags`, 0 = never stamped), and stay out of the free lists for kQuarantine
  // collections.
  uint32_t epoch = uint32_t(stats.collections) + 1;
  if (epoch == 0) epoch = 1;
  // A page left without live cells goes back to malloc unless its class will need its cells
  // before the next collection (judged by what the class allocated since the last one), so
  // pages of a class the program no longer uses do not pile up. Under gc_stress pages are
  // kept (their freed cells are quarantined).
  std::vector<Page*> empty;
  size_t kept = 0;
  for (Page* p : pages_) {
    size_t cell = p->cls * kGranule;
    auto& fl = free_[p->cls];
    FreeList before = fl;
    size_t live_before = live_bytes_;
    for (size_t i = p->ncells; i-- > 0;) {
      auto* o = reinterpret_cast<Object*>(p->cells + i * cell);
      if (o->type) {
        if (o->gc & kMark) {
          o->gc &= ~kMark;
          live_bytes_ += cell;
          continue;
        }
        if (o->type->finalize) o->type->finalize(vm_, o);
        o->type = nullptr;
        stats.freed_objects++;
        if (gc_stress) {
          std::memset(reinterpret_cast<char*>(o) + kBody, 0xdb, cell - kBody);
          poison(reinterpret_cast<char*>(o) + kBody, cell - kBody);
          o->gc = kQuarantined;
          o->flags = epoch;
          continue;
        }
      } else if (gc_stress && (o->gc & kQuarantined) && epoch - o->flags < kQuarantine) {
        continue;
      }
      push_free(fl, o);
    }
    if (live_bytes_ == live_before && !gc_stress) {
      fl = before;  // the page's cells were pushed in front: drop them
      empty.push_back(p);
    } else {
      pages_[kept++] = p;
    }
  }
  pages_.resize(kept);
  for (Page* p : empty) {
    auto& fl = free_[p->cls];
    if (fl.count < class_allocs_[p->cls]) {
      size_t cell = p->cls * kGranule;
      for (size_t i = p->ncells; i-- > 0;) push_free(fl, reinterpret_cast<Object*>(p->cells + i * cell));
      pages_.push_back(p);
      continue;
    }
    unpoison(p->cells, kPageSize);
    std::free(p->cells);
    delete p;
    small_bytes_ -= kPageSize;
  }
  for (size_t& n : class_allocs_) n = 0;
  Large** link = &large_;
  while (Large* l = *link) {
    auto* o = reinterpret_cast<Object*>(l->payload);
    if (o->gc & kMark) {
      o->gc &= ~kMark;
      live_bytes_ += l->bytes;
      link = &l->next;
      continue;
    }
    if (o->type->finalize) o->type->finalize(vm_, o);
    if (gc_stress) std::memset(l->payload, 0xdb, l->bytes);
    *link = l->next;
    large_bytes_ -= l->bytes;
    stats.freed_objects++;
    std::free(l);
  }
}

}  // namespace taipan::runtime
