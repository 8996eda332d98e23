// Runtime helpers that compiled code calls for everything it does not inline.
//
// Calling convention (every tier): int64_t helper(VM* vm, Frame* frame, Value* sp, uint32_t arg)
// where sp points just past the instruction's inputs on the frame's value stack (TOS is
// sp[-1]) and arg is the instruction's oparg (or an IR-specific argument, see each row).
// Outputs are written into the stack slots the interpreter would write. The result is < 0
// when a Python exception is pending (frame->lasti was set by the caller), otherwise 0, or
// for branching helpers 0/1. Helpers call the same runtime functions as the interpreter's
// handlers; none re-implements a Python operation. All are noexcept. `call` may also
// return kExitHere: the C stack is deep, so compiled code returns to the interpreter at the
// call instruction (nothing has been consumed) and the interpreter makes the call.
//
// To add a helper: add a row here and define `h_<name>` in jit/helpers.cpp.
//
// Polymorphic inline caches (AttrPic, MethodPic) belong to compiled code (the JIT owns
// them, one per instruction): compiled code compares an object's type version and shape id
// with each way; on a miss it calls the *_pic helper (arg = the cache's address), which does
// the generic operation and fills a way when the result is cacheable by the interpreter's
// own rules. A way is valid while the type's version is unchanged: cached method objects
// are then still owned by the type's dict, so the caches are not traced.
#pragma once
#include <cstdint>

#include "interp/frame.h"

namespace taipan::jit {

using runtime::Value;
using runtime::VM;
using interp::Frame;

using HelperFn = int64_t (*)(VM* vm, Frame* frame, Value* sp, uint64_t arg) noexcept;
constexpr int64_t kExitHere = 2;

// name: what it does (inputs -> outputs on the stack)
#define TAIPAN_JIT_HELPERS(X)                                                    \
  X(unbound_local)   /* raise UnboundLocalError for local `arg`                   */ \
  X(safepoint)       /* vm_safepoint(): signals, interrupts, budgets; 1: pause      */ \
  X(truthy)          /* 1/0 = truth of sp[-1] (the slot itself; nothing is popped) */ \
  X(binary_op)       /* a b -> a op b (arg = BINARY_OP oparg)                     */ \
  X(compare_op)      /* a b -> a cmp b                                            */ \
  X(contains_op)     /* a b -> (a in b) != arg                                    */ \
  X(unary_negative)                                                               \
  X(unary_positive)                                                               \
  X(unary_invert)                                                                 \
  X(unary_not)                                                                    \
  X(binary_subscr)   /* c k -> c[k]                                               */ \
  X(store_subscr)    /* v c k -> (c[k] = v)                                       */ \
  X(delete_subscr)                                                                \
  X(load_global)     /* -> [NULL] value; arg = oparg, cache read at sp's code     */ \
  X(store_global)                                                                 \
  X(load_name)                                                                    \
  X(store_name)                                                                   \
  X(load_attr)       /* o -> o.name                                               */ \
  X(store_attr)      /* v o -> (o.name = v)                                       */ \
  X(load_method)     /* o -> meth self | NULL bound                               */ \
  X(kw_names)        /* frame->kwnames = consts[arg]                              */ \
  X(call)            /* [NULL|meth] callable args... -> result (arg = nargs)      */ \
  X(call_finish)     /* finish CallPy's entered callee frame (the innermost) -> result at sp[0] */ \
  X(get_iter)                                                                     \
  X(for_iter)        /* it -> it next (1) | exhausted (0, it stays: caller pops)  */ \
  X(build_tuple)                                                                  \
  X(build_list)                                                                   \
  X(list_append)     /* list at sp[-arg-1] .append(TOS)                           */ \
  X(unpack_sequence)                                                              \
  X(load_deref)                                                                   \
  X(store_deref)                                                                  \
  X(get_len)                                                                      \
  X(load_attr_pic)   /* o -> o.name through AttrPic* arg                           */ \
  X(store_attr_pic)  /* v o -> (o.name = v) through AttrPic* arg                   */ \
  X(load_method_pic) /* o -> meth self | NULL bound through MethodPic* arg         */

struct AttrPic {
  static constexpr int kWays = 4;
  uint32_t version[kWays] = {};  // type version; 0 = empty
  uint32_t shape[kWays] = {};    // shape id
  uint32_t index[kWays] = {};    // slot
  uint32_t next = 0;             // way to replace next
  runtime::Str* name = nullptr;  // interned (owned by the code object's names)
};
struct MethodPic {
  static constexpr int kWays = 4;
  uint32_t version[kWays] = {};
  uint32_t shape[kWays] = {};    // shape id for instances, 0 for other layouts
  Value method[kWays];
  uint32_t next = 0;
  runtime::Str* name = nullptr;
};

enum class HelperId : uint8_t {
#define X(name) name,
  TAIPAN_JIT_HELPERS(X)
#undef X
  count_
};

extern const HelperFn kHelpers[];
extern const char* const kHelperNames[];

}  // namespace taipan::jit
