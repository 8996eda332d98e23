// Builds the IR of a code object from its quickened bytecode (see ir.h for the format).
//
// Two passes over the code: the first follows normal control flow from the start to find
// the reachable instructions, their static stack depths and the jump targets (exception
// handlers are left to the interpreter: compiled code never enters them); the second emits
// IR in bytecode order, a Label before every jump target. Quickened forms and inline caches
// are the type feedback: BINARY_OP_ADD_FLOAT becomes two float guards and a FloatAdd,
// LOAD_ATTR_SLOT a shape-guarded AttrLoad, and so on. Instructions without an IR form
// become Exits: the interpreter runs them and may re-enter compiled code at the next loop
// header.
#include <algorithm>

#include "interp/opcodes.h"
#include "jit/helpers.h"
#include "jit/ir.h"

namespace taipan::jit {

using namespace runtime;
using namespace interp;

namespace {

struct Decoded {
  uint32_t start;  // first code unit (an EXTENDED_ARG prefix included)
  uint32_t at;     // the opcode's own unit (frame->lasti while it runs)
  uint32_t next;   // the following instruction
  uint8_t op;
  uint32_t arg;
};

Decoded decode(const Code* c, uint32_t start) {
  Decoded d{start, start, 0, 0, 0};
  uint32_t arg = 0;
  for (;;) {
    uint8_t op = uint8_t(c->code[d.at] & 0xff);
    arg = (arg << 8) | (c->code[d.at] >> 8);
    if (op != EXTENDED_ARG || d.at + 1 >= c->ncode) {
      d.op = op;
      break;
    }
    d.at++;
  }
  d.arg = arg;
  d.next = d.at + 1 + kOpInfo[d.op].cache;
  return d;
}

uint32_t jump_target(const Decoded& d) {
  uint8_t fl = kOpInfo[d.op].flags;
  if (fl & kJumpFwd) return d.next + d.arg;
  if (fl & kJumpBack) return d.next - d.arg;
  return UINT32_MAX;
}

class Builder {
 public:
  Builder(VM& vm, Code* code, const uint64_t* deopts, IrFunc& f) : vm_(vm), c_(code), deopts_(deopts), f_(f) {}

  bool run() {
    f_.code = c_;
    f_.nlocalsplus = c_->nlocalsplus;
    if (c_->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator | kCoIterableCoroutine)) {
      f_.unsupported = "generator or coroutine";
      return false;
    }
    if (!analyze()) return false;
    emit_all();
    return true;
  }

 private:
  VM& vm_;
  Code* c_;
  const uint64_t* deopts_;
  IrFunc& f_;

  // Whether the guards of the instruction at `off` failed often enough to give them up.
  bool deopted(uint32_t off) const { return deopts_ && deopts_[off] >= kGiveUpGuard; }
  static constexpr uint64_t kGiveUpGuard = 64;
  static constexpr uint32_t kNbPower = 8, kNbInplacePower = 21;  // BINARY_OP opargs of ** and **=
  const InlineCache& cache_of(const Decoded& d) const {
    return c_->icache[c_->code[d.at + 1] | (uint32_t(c_->code[d.at + 2]) << 16)];
  }
  std::vector<int32_t> depth_;     // stack depth before each reachable instruction start, else -1
  std::vector<int32_t> block_of_;  // block id of each label offset, else -1
  std::vector<uint8_t> entry_;     // offsets the interpreter may enter at
  std::vector<uint32_t> loop_;     // at loop headers: 1 + the offset of the last backward jump to it
  uint32_t entry_off_ = 0;

  bool analyze() {
    uint32_t n = c_->ncode;
    depth_.assign(n, -1);
    block_of_.assign(n, -1);
    entry_.assign(n, 0);
    loop_.assign(n, 0);
    std::vector<uint32_t> work;
    std::vector<uint8_t> target(n, 0);
    auto reach = [&](uint32_t at, int32_t d) {
      if (at >= n || d < 0) return;
      if (depth_[at] == -1) {
        depth_[at] = d;
        work.push_back(at);
      }
    };
    reach(0, 0);
    while (!work.empty()) {
      uint32_t i = work.back();
      work.pop_back();
      Decoded d = decode(c_, i);
      int32_t dep = depth_[i];
      uint8_t base = kOpInfo[d.op].base;
      if (base == RESUME && d.arg == 0) {
        entry_off_ = d.next;
        f_.start_off = d.next;
        target[d.next] = 1;
        entry_[d.next] = 1;
      }
      uint32_t t = jump_target(d);
      if (t != UINT32_MAX) {
        target[t] = 1;
        if (kOpInfo[d.op].flags & kJumpBack) {
          entry_[t] = 1;
          loop_[t] = std::max(loop_[t], d.next);  // the jump (no cache entries) is at d.next - 1
        }
        reach(t, dep + stack_effect(base, d.arg, true));
      }
      if (!ends_flow(base)) reach(d.next, dep + stack_effect(base, d.arg, false));
    }
    int32_t nblocks = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (target[i] && depth_[i] >= 0) {
        block_of_[i] = nblocks++;
        f_.blocks.push_back(Block{i, depth_[i], entry_[i] != 0});
      }
    }
    if (entry_off_ == 0 || block_of_[entry_off_] < 0) {
      f_.unsupported = "no RESUME at the start";
      return false;
    }
    return true;
  }

  int32_t S(int32_t d) const { return f_.stack_slot(d); }
  Instr& add(IrOp op, const Decoded& d, int32_t depth) {
    Instr in;
    in.op = op;
    in.off = d.start;
    in.depth = depth;
    in.lasti = d.at;
    f_.instrs.push_back(in);
    return f_.instrs.back();
  }
  void helper(HelperId h, const Decoded& d, int32_t depth, int32_t sp_depth, uint32_t arg) {
    Instr& in = add(IrOp::Helper, d, depth);
    in.imm = uint64_t(h);
    in.a = sp_depth;
    in.b = int32_t(arg);
  }
  void exit_here(const Decoded& d, int32_t depth) {
    Instr& in = add(IrOp::Exit, d, depth);
    in.a = depth;
    f_.exits++;
  }
  void guards(IrOp g, const Decoded& d, int32_t depth, int32_t x, int32_t y) {
    add(g, d, depth).a = x;
    add(g, d, depth).a = y;
  }
  void binop(IrOp op, const Decoded& d, int32_t dep) {
    Instr& in = add(op, d, dep);
    in.dst = S(dep - 2);
    in.a = S(dep - 2);
    in.b = S(dep - 1);
  }

  // Emits the IR of one reachable instruction. Returns false when control does not fall
  // through to the next instruction.
  bool emit(const Decoded& d, int32_t dep) {
    uint32_t arg = d.arg;
    auto block = [&](uint32_t off) { return block_of_[off]; };
    uint8_t op = d.op;
    if (deopted(d.start)) op = kOpInfo[op].base;  // drop the speculation
    switch (op) {
      case NOP: case RESUME: case CACHE: case PRECALL: case POP_TOP:
        return true;
      case LOAD_FAST: {
        Instr& cb = add(IrOp::CheckBound, d, dep);
        cb.a = int32_t(arg);
        Instr& mv = add(IrOp::Move, d, dep);
        mv.dst = S(dep);
        mv.a = int32_t(arg);
        return true;
      }
      case LOAD_CLOSURE: {
        Instr& mv = add(IrOp::Move, d, dep);
        mv.dst = S(dep);
        mv.a = int32_t(arg);
        return true;
      }
      case STORE_FAST: {
        Instr& mv = add(IrOp::Move, d, dep);
        mv.dst = int32_t(arg);
        mv.a = S(dep - 1);
        return true;
      }
      case LOAD_CONST: {
        Instr& in = add(IrOp::Const, d, dep);
        in.dst = S(dep);
        in.imm = c_->consts->items[arg].bits();
        return true;
      }
      case PUSH_NULL: {
        Instr& in = add(IrOp::Const, d, dep);
        in.dst = S(dep);
        in.imm = Value::null().bits();
        return true;
      }
      case COPY: {
        Instr& mv = add(IrOp::Move, d, dep);
        mv.dst = S(dep);
        mv.a = S(dep - int32_t(arg));
        return true;
      }
      case SWAP: {
        Instr& in = add(IrOp::Swap, d, dep);
        in.a = S(dep - 1);
        in.b = S(dep - int32_t(arg));
        return true;
      }
      case BINARY_OP_ADD_INT: guards(IrOp::GuardInt, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::IntAdd, d, dep); return true;
      case BINARY_OP_SUB_INT: guards(IrOp::GuardInt, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::IntSub, d, dep); return true;
      case BINARY_OP_MUL_INT: guards(IrOp::GuardInt, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::IntMul, d, dep); return true;
      case BINARY_OP_ADD_FLOAT: guards(IrOp::GuardFloat, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::FloatAdd, d, dep); return true;
      case BINARY_OP_SUB_FLOAT: guards(IrOp::GuardFloat, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::FloatSub, d, dep); return true;
      case BINARY_OP_MUL_FLOAT: guards(IrOp::GuardFloat, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::FloatMul, d, dep); return true;
      case BINARY_OP_DIV_FLOAT: guards(IrOp::GuardFloat, d, dep, S(dep - 2), S(dep - 1)); binop(IrOp::FloatDiv, d, dep); return true;
      case BINARY_OP:
        if (arg == kNbPower || arg == kNbInplacePower) {
          binop(IrOp::FloatPow, d, dep);
          f_.instrs.back().imm = arg;
          f_.instrs.back().key1 = uint64_t(dep);
          return true;
        }
        helper(HelperId::binary_op, d, dep, dep, arg);
        return true;
      case COMPARE_OP_INT: case COMPARE_OP_FLOAT: {
        bool is_int = d.op == COMPARE_OP_INT;
        guards(is_int ? IrOp::GuardInt : IrOp::GuardFloat, d, dep, S(dep - 2), S(dep - 1));
        binop(is_int ? IrOp::IntCmp : IrOp::FloatCmp, d, dep);
        f_.instrs.back().imm = arg;
        return true;
      }
      case COMPARE_OP: helper(HelperId::compare_op, d, dep, dep, arg); return true;
      case IS_OP: binop(IrOp::Is, d, dep); f_.instrs.back().imm = arg; return true;
      case CONTAINS_OP: helper(HelperId::contains_op, d, dep, dep, arg); return true;
      case UNARY_NEGATIVE: helper(HelperId::unary_negative, d, dep, dep, 0); return true;
      case UNARY_POSITIVE: helper(HelperId::unary_positive, d, dep, dep, 0); return true;
      case UNARY_INVERT: helper(HelperId::unary_invert, d, dep, dep, 0); return true;
      case UNARY_NOT: helper(HelperId::unary_not, d, dep, dep, 0); return true;
      case BINARY_SUBSCR: case BINARY_SUBSCR_LIST_INT: case STORE_SUBSCR: {
        // list[int] inline (no feedback needed: the check is as cheap as a guard), anything
        // else through the helper
        bool load = op != STORE_SUBSCR;
        Instr& in = add(load ? IrOp::ListGet : IrOp::ListSet, d, dep);
        in.a = S(dep - 2);                            // the container; the index is above it
        in.dst = load ? S(dep - 2) : S(dep - 3);      // result, or the value to store
        in.b = dep;                                   // helper stack depth
        in.aux1 = uint64_t(uintptr_t(vm_.list_type));
        return true;
      }
      case DELETE_SUBSCR: helper(HelperId::delete_subscr, d, dep, dep, 0); return true;
      case LOAD_GLOBAL_CACHED: {
        const InlineCache& ic = cache_of(d);
        Instr& in = add(IrOp::GlobalLoad, d, dep);
        in.dst = S(dep);
        in.a = dep;
        in.b = int32_t(arg);
        in.key1 = ic.key1;
        in.key2 = ic.key2;
        in.imm = ic.index | (uint64_t(ic.count ? 1 : 0) << 32);
        in.aux1 = ic.value.bits();
        in.aux2 = uint64_t(uintptr_t(vm_.builtins->dict));
        return true;
      }
      case LOAD_GLOBAL: helper(HelperId::load_global, d, dep, dep, arg); return true;
      case STORE_GLOBAL: helper(HelperId::store_global, d, dep, dep, arg); return true;
      case LOAD_NAME: helper(HelperId::load_name, d, dep, dep, arg); return true;
      case STORE_NAME: helper(HelperId::store_name, d, dep, dep, arg); return true;
      case LOAD_ATTR: case LOAD_ATTR_SLOT: case LOAD_ATTR_MODULE: case STORE_ATTR: case STORE_ATTR_SLOT: {
        bool load = op != STORE_ATTR && op != STORE_ATTR_SLOT;
        AttrPic& pic = f_.attr_pics.emplace_back();
        pic.name = c_->names->items[arg].as<Str>();
        if (op == LOAD_ATTR_SLOT || op == STORE_ATTR_SLOT) {  // start from the interpreter's cache
          const InlineCache& ic = cache_of(d);
          pic.version[0] = uint32_t(ic.key1);
          pic.shape[0] = uint32_t(ic.key2);
          pic.index[0] = ic.index;
          pic.next = 1;
        }
        Instr& in = add(load ? IrOp::AttrLoad : IrOp::AttrStore, d, dep);
        in.a = S(dep - 1);
        in.dst = load ? S(dep - 1) : S(dep - 2);
        in.b = int32_t(arg);
        in.aux1 = uint64_t(uintptr_t(&pic));
        return true;
      }
      case LOAD_METHOD: case LOAD_METHOD_CACHED: {
        MethodPic& pic = f_.method_pics.emplace_back();
        pic.name = c_->names->items[arg].as<Str>();
        if (op == LOAD_METHOD_CACHED) {
          const InlineCache& ic = cache_of(d);
          pic.version[0] = uint32_t(ic.key1);
          pic.shape[0] = uint32_t(ic.key2);
          pic.method[0] = ic.value;
          pic.next = 1;
        }
        Instr& in = add(IrOp::MethodLoad, d, dep);
        in.a = S(dep - 1);
        in.b = int32_t(arg);
        in.aux1 = uint64_t(uintptr_t(&pic));
        return true;
      }
      case KW_NAMES: helper(HelperId::kw_names, d, dep, dep, arg); return true;
      // The verifier's depth model pops a call's arguments at PRECALL; they are still on the
      // real stack at CALL.
      case CALL: helper(HelperId::call, d, dep + int32_t(arg), dep + int32_t(arg), arg); return true;
      case CALL_PY_EXACT: {
        Instr& in = add(IrOp::CallPy, d, dep + int32_t(arg));
        in.a = dep + int32_t(arg);
        in.b = int32_t(arg);
        in.aux1 = uint64_t(uintptr_t(vm_.function_type));
        return true;
      }
      case GET_ITER: helper(HelperId::get_iter, d, dep, dep, 0); return true;
      case BUILD_TUPLE: helper(HelperId::build_tuple, d, dep, dep, arg); return true;
      case BUILD_LIST: helper(HelperId::build_list, d, dep, dep, arg); return true;
      case LIST_APPEND: helper(HelperId::list_append, d, dep, dep, arg); return true;
      case UNPACK_SEQUENCE: {
        Instr& in = add(IrOp::Unpack, d, dep);
        in.a = S(dep - 1);
        in.imm = arg;
        in.b = dep;
        in.aux1 = uint64_t(uintptr_t(vm_.tuple_type));
        in.aux2 = uint64_t(uintptr_t(vm_.list_type));
        return true;
      }
      case LOAD_DEREF: helper(HelperId::load_deref, d, dep, dep, arg); return true;
      case STORE_DEREF: helper(HelperId::store_deref, d, dep, dep, arg); return true;
      case GET_LEN: helper(HelperId::get_len, d, dep, dep, 0); return true;
      case FOR_ITER_RANGE: {
        Instr& in = add(IrOp::RangeNext, d, dep);
        in.a = S(dep - 1);
        in.dst = block(jump_target(d));
        in.aux1 = uint64_t(uintptr_t(vm_.range_iter_type));
        return true;
      }
      case FOR_ITER_LIST: {
        Instr& in = add(IrOp::ListNext, d, dep);
        in.a = S(dep - 1);
        in.dst = block(jump_target(d));
        in.aux1 = uint64_t(uintptr_t(vm_.list_iter_type));
        return true;
      }
      case FOR_ITER: {
        Instr& in = add(IrOp::HelperBranch, d, dep);
        in.imm = uint64_t(HelperId::for_iter);
        in.a = dep;
        in.b = 0;
        in.dst = block(jump_target(d));  // exhausted (result 0): the iterator is popped there
        in.key2 = 0;
        return true;
      }
      case RETURN_VALUE:
        add(IrOp::Return, d, dep).a = S(dep - 1);
        return false;
      case POP_JUMP_FORWARD_IF_FALSE: case POP_JUMP_FORWARD_IF_TRUE:
      case POP_JUMP_BACKWARD_IF_FALSE: case POP_JUMP_BACKWARD_IF_TRUE:
      case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: {
        bool want = d.op == POP_JUMP_FORWARD_IF_TRUE || d.op == POP_JUMP_BACKWARD_IF_TRUE || d.op == JUMP_IF_TRUE_OR_POP;
        Instr& in = add(IrOp::Branch, d, dep);
        in.a = S(dep - 1);
        in.imm = want;
        in.b = block(jump_target(d));
        in.key2 = d.op == JUMP_IF_FALSE_OR_POP || d.op == JUMP_IF_TRUE_OR_POP;  // value kept when jumping
        return true;
      }
      case POP_JUMP_FORWARD_IF_NONE: case POP_JUMP_FORWARD_IF_NOT_NONE:
      case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_NOT_NONE: {
        Instr& in = add(IrOp::BranchNone, d, dep);
        in.a = S(dep - 1);
        in.imm = d.op == POP_JUMP_FORWARD_IF_NONE || d.op == POP_JUMP_BACKWARD_IF_NONE;
        in.b = block(jump_target(d));
        return true;
      }
      case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT:
        add(IrOp::Jump, d, dep).b = block(jump_target(d));
        return false;
      default:
        exit_here(d, dep);
        return false;
    }
  }

  void emit_all() {
    uint32_t n = c_->ncode;
    bool live = false;  // does control fall into the current position
    for (uint32_t i = 0; i < n;) {
      Decoded d = decode(c_, i);
      if (depth_[i] >= 0) {
        if (block_of_[i] >= 0) {
          int32_t b = block_of_[i];
          Instr& in = add(IrOp::Label, d, depth_[i]);
          in.a = b;
          in.imm = f_.blocks[b].entry;
          if (loop_[i]) add(IrOp::LoopHeader, d, depth_[i]).imm = loop_[i] - 1;
          live = true;
        }
        if (live) live = emit(d, depth_[i]);
      } else {
        live = false;
      }
      i = d.next;
    }
    // Verified code cannot fall off its end (the last reachable instruction returns, raises
    // or jumps), so nothing follows the last instruction.
  }
};

}  // namespace

bool build_ir(VM& vm, Code* code, const uint64_t* deopt_counts, IrFunc& f) {
  return Builder(vm, code, deopt_counts, f).run();
}

}  // namespace taipan::jit
