// The JIT's intermediate representation: target-neutral, built from quickened bytecode.
//
// Format. An IR function is a list of instructions in bytecode order, cut into blocks by
// Label instructions. Operands are frame slots: indexes into Frame::localsplus, where the
// code's locals, cells and free variables come first and the value stack follows
// (stack depth d lives in slot nlocalsplus + d). The stack depth at every instruction is
// static (the loader's verifier proves it), so the IR never needs a stack pointer.
//
// Invariants every tier relies on:
// - Between instructions every Python value is in its frame slot, boxed as a Value. A tier
//   may keep values in registers inside one instruction (or a fused pair, see Fuse below)
//   but writes them back before the next one. That makes every instruction boundary a
//   valid exit: a guard that fails, or an instruction the IR does not handle, resumes the
//   interpreter at a bytecode offset with the frame exactly as the interpreter would have
//   left it (deoptimization needs no reconstruction), and the GC, which scans frame slots,
//   sees every reference before any call that can allocate.
// - A Label at a loop header (a backward jump target) is an entry: the interpreter can
//   enter compiled code there from its own loop (on-stack replacement).
// - A Helper instruction calls a runtime helper (jit/helpers.h) with frame->lasti set to the
//   instruction's bytecode offset; a negative result means a Python exception is pending,
//   and the compiled code returns to the interpreter, which unwinds with its exception table.
//
// To add an IR instruction: add a row to TAIPAN_IR_OPS, make the builder emit it
// (jit/builder.cpp), teach the passes what it does to slot types (jit/passes.cpp), and add
// a case to every tier's code generator (a missing case fails the build: the tiers switch
// over IrOp without a default).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <deque>

#include "interp/frame.h"
#include "jit/helpers.h"

namespace taipan::jit {

using runtime::Code;
using runtime::Value;

// name, operand use (documentation; the dump prints dst/a/b/imm as present)
#define TAIPAN_IR_OPS(X)                                                                           \
  X(Label)      /* starts block `a` at bytecode offset `off`; imm = 1 when it is an entry      */ \
  X(Move)       /* dst = a                                                                     */ \
  X(Const)      /* dst = the constant Value whose bits are imm                                 */ \
  X(Swap)       /* exchange slots a and b                                                      */ \
  X(CheckBound) /* a must hold a value, else UnboundLocalError (local name index a)            */ \
  X(GuardInt)   /* a holds a small int, else exit to the interpreter at `off`                  */ \
  X(GuardFloat) /* a holds a float, else exit at `off`                                         */ \
  X(IntAdd)     /* dst = a + b on small ints; a result outside the small range exits at `off`  */ \
  X(IntSub)                                                                                        \
  X(IntMul)                                                                                        \
  X(FloatAdd)   /* dst = a + b on floats                                                       */ \
  X(FloatSub)                                                                                      \
  X(FloatMul)                                                                                      \
  X(FloatDiv)   /* dst = a / b; b == 0.0 exits at `off` (the interpreter raises)               */ \
  X(FloatPow)   /* dst = a ** b (BINARY_OP oparg imm): inline libm pow when both are floats, a  */ \
                /* is positive and finite, b finite and the result finite (exactly CPython's   */ \
                /* float_pow there); otherwise the binary_op helper at stack depth key1        */ \
  X(IntCmp)     /* dst = bool(a <cmp imm> b) on small ints (imm: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) */ \
  X(FloatCmp)                                                                                      \
  X(Is)         /* dst = bool((a is b) != imm)                                                 */ \
  X(Branch)     /* if truth(a) == imm goto block b (bools inline, others through a helper);    */ \
                /* key2 = 1 when a stays on the stack at b                                   */ \
  X(BranchNone) /* if (a is None) == imm goto block b                                          */ \
  X(Jump)       /* goto block b                                                                */ \
  X(LoopHeader) /* a back-edge was taken: count it; a safe point raising at offset imm (the jump) */ \
  X(AttrLoad)   /* dst = a.name through the polymorphic cache AttrPic* aux1 (jit/helpers.h);  */ \
                /* a miss calls the load_attr_pic helper, which fills the cache                */ \
  X(AttrStore)  /* a.name = dst through AttrPic* aux1, else the store_attr_pic helper          */ \
  X(GlobalLoad) /* LOAD_GLOBAL through its cache: globals dict aux1 at version key1, builtins   */ \
                /* aux2 at version key2: entry imm of (imm >> 32 ? builtins : globals); else   */ \
                /* the load_global helper (arg b); pushes NULL first when b & 1                 */ \
  X(MethodLoad) /* LOAD_METHOD through the polymorphic cache MethodPic* aux1: push the cached  */ \
                /* method and a; a miss calls the load_method_pic helper                       */ \
  X(ListGet)    /* dst = a[a+1] when a is a list (type aux1) and a+1 a small int in range, else */ \
                /* the binary_subscr helper at stack depth b                                   */ \
  X(ListSet)    /* a[a+1] = dst likewise, else the store_subscr helper                         */ \
  X(ListNext)   /* FOR_ITER on a list iterator (type aux1): next item into slot a + 1, or goto  */ \
                /* block dst when exhausted; other iterators go through the for_iter helper    */ \
  X(Unpack)     /* UNPACK_SEQUENCE of imm items from slot a: a tuple (type aux1) or list (aux2) */ \
                /* of exactly that size is spread inline, else the unpack_sequence helper      */ \
  X(RangeNext)  /* FOR_ITER on a range iterator: next int into slot a + 1, or goto block dst   */ \
                /* when exhausted; other iterators go through the for_iter helper              */ \
  X(CallPy)     /* CALL (b args, stack depth a after them) seen calling a Python function whose */ \
                /* positionals fill its parameters exactly: the frame is pushed inline and the  */ \
                /* callee's compiled code entered directly; anything else goes through the call */ \
                /* helper (aux1 = the function type)                                            */ \
  X(Helper)     /* r = helper[imm](vm, frame, &slot(depth a), b) r < 0: raise */ \
  X(HelperBranch) /* like Helper then goto block `dst` when the result is key2   */ \
  X(Return)     /* return a                                                                    */ \
  X(Exit)       /* resume the interpreter at `off` (stack depth a)                            */

enum class IrOp : uint8_t {
#define X(name) name,
  TAIPAN_IR_OPS(X)
#undef X
};
const char* ir_op_name(IrOp op);

struct Instr {
  IrOp op;
  bool dead = false;        // removed by a pass
  bool fuse = false;        // a compare whose bool result feeds only the next Branch
  uint32_t off = 0;         // bytecode offset (code units) of the instruction it came from
  int32_t depth = 0;        // stack depth before that instruction (what an exit at `off` restores)
  uint32_t lasti = 0;       // frame->lasti while it runs (the opcode's unit, after EXTENDED_ARGs)
  int32_t dst = -1, a = -1, b = -1;
  uint64_t imm = 0;
  uint64_t key1 = 0, key2 = 0;  // guard keys
  uint64_t aux1 = 0, aux2 = 0;  // cached pointers (GlobalLoad, MethodLoad)
};

struct Block {
  uint32_t off;             // bytecode offset of its first instruction
  int32_t depth;            // stack depth on entry
  bool entry;               // the interpreter may enter here (function start, loop headers)
};

struct IrFunc {
  Code* code = nullptr;
  uint32_t nlocalsplus = 0;
  std::vector<Instr> instrs;
  std::vector<Block> blocks;
  std::string unsupported;  // why the whole function was refused, or empty
  uint32_t start_off = UINT32_MAX;  // the function body's entry (after RESUME), if any
  uint64_t* deopt_counts = nullptr;  // per bytecode offset, counted by guard exits (ncode entries)
  // Inline caches the compiled code points into (stable addresses; the JIT keeps them for as
  // long as the code may run).
  std::deque<AttrPic> attr_pics;
  std::deque<MethodPic> method_pics;
  size_t exits = 0;         // instructions left to the interpreter (statistics)

  int32_t stack_slot(int32_t depth) const { return int32_t(nlocalsplus) + depth; }
};

// Builds the IR of a code object from its quickened bytecode and inline caches.
// Returns false (with f.unsupported set) when the code cannot be compiled at all.
// Instructions whose guards failed often in earlier compiled code (deopt_counts, may be
// null) are built in their generic form: recompiling drops the failing speculation.
bool build_ir(runtime::VM& vm, Code* code, const uint64_t* deopt_counts, IrFunc& f);
// Passes: slot-type propagation that removes guards already proven, and constant folding
// of int and float arithmetic; marks compare+branch pairs for fusion.
void optimize(IrFunc& f);
// The textual form used by --jit-dump and the golden tests.
std::string dump(const IrFunc& f);

}  // namespace taipan::jit
