// The heap: a precise, non-moving mark-sweep collector.
//
// Small objects (<= kMaxSmall bytes) live in 64 KiB pages, one size class per page; a free
// cell has type == nullptr. Larger objects are malloc'd individually and kept in a list.
// Marking uses an explicit stack (never C recursion) that the heap keeps across collections;
// sweeping rebuilds the free lists, finalizes dead objects whose type has a finalizer and
// frees pages left empty unless their class will need them before the next collection.
// A collection starts after allocating max(kMinCollectBytes, 1/2 of the live bytes).
//
// Roots are structural and all visited by VM::visit_roots (runtime/vm.cpp):
//   the VM's type and module tables, the intern table, the pending exception, the Root
//   chain (RAII handles in C++ frames), and every hook registered with add_root_visitor
//   (the interpreter registers its frame stack there).
//
// Collection can happen at any allocation. Rule: a raw Object* or Value held in a C++ local
// across a call that may allocate must be rooted (Root / Handle) or live in a frame slot.
// gc_stress collects at every allocation, which the test suite uses to find violations.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace taipan::runtime {

// The trace function of layouts that hold no references (int, str, bytes).
void trace_leaf(Object*, struct Marker&);

struct Marker {
  std::vector<Object*> stack;
  void mark(Value v) {
    if (v.is_ptr()) mark_obj(v.as_ptr());
  }
  void mark_obj(Object* o) {
    if (o && !(o->gc & 1)) {
      o->gc |= 1;
      // An int, str or bytes of a builtin type references only its type, which the VM
      // roots: it needs no mark-stack entry (a list of a million strings pushes nothing).
      Type* t = o->type;
      if (t && t->trace == trace_leaf && !(t->tflags & kTypeHeap)) return;
      stack.push_back(o);
    }
  }
};

struct HeapStats {
  uint64_t collections = 0;
  uint64_t total_pause_ns = 0;
  uint64_t max_pause_ns = 0;
  uint64_t allocated_objects = 0;
  uint64_t freed_objects = 0;
};

class Heap {
 public:
  struct FreeList {
    Object* head = nullptr;
    size_t count = 0;
  };
  static constexpr size_t kPageSize = 64 * 1024;
  static constexpr size_t kMaxSmall = 512;
  static constexpr size_t kGranule = 8;  // small cells are multiples of 8 bytes (the alignment of every layout)
  static constexpr size_t kMinCollectBytes = 2 << 20;  // allocation between collections, at least

  explicit Heap(VM& vm);
  ~Heap();
  Heap(const Heap&) = delete;

  // Returns zeroed memory with header set, or nullptr if the cap is exceeded (caller raises
  // MemoryError). May collect first.
  Object* alloc(size_t bytes, Type* type);
  // Accounting for malloc'd buffers owned by objects.
  void* external_alloc(size_t bytes);  // returns nullptr if over the cap
  void* external_realloc(void* p, size_t old_bytes, size_t new_bytes);
  void external_free(void* p, size_t bytes);

  // Whether `bytes` more memory can be used now: within the cap (collecting first if that
  // makes room) and within what the process can get (physical memory, RLIMIT_AS). For
  // natives that build a result of a size they can bound before the object that holds it
  // exists (big-int shifts, powers, products); false means raise MemoryError.
  bool has_room(size_t bytes);

  void collect();
  size_t live_bytes() const { return live_bytes_; }
  size_t mark_stack_capacity() const { return marker_.stack.capacity(); }
  size_t heap_bytes() const { return small_bytes_ + large_bytes_ + external_bytes_; }

  size_t cap = 0;            // 0 = unlimited
  bool gc_stress = false;
  bool enabled = true;       // gc.disable() turns automatic collection off
  HeapStats stats;

 private:
  struct Page;
  struct Large;
  bool maybe_collect(size_t incoming);
  Object* alloc_small(size_t cls);
  void sweep();

  VM& vm_;
  // The mark stack, kept across collections: a fresh buffer per collection would be
  // returned to the system and page-faulted back in every time.
  Marker marker_;
  size_t process_limit_ = 0;  // bytes the process can hope to get (see has_room)
  std::vector<Page*> pages_;
  // Free cells per class, linked through the cells themselves (see heap.cpp): the lists
  // cost no memory beyond the free cells.
  FreeList free_[kMaxSmall / kGranule + 1];
  size_t class_allocs_[kMaxSmall / kGranule + 1] = {};   // cells allocated per class since the last sweep
  Large* large_ = nullptr;
  size_t small_bytes_ = 0, large_bytes_ = 0, external_bytes_ = 0;
  size_t allocated_since_gc_ = 0;
  size_t threshold_ = kMinCollectBytes;
  size_t live_bytes_ = 0;
  bool collecting_ = false;
};

}  // namespace taipan::runtime
