// IR passes: what is known about each frame slot flows forward through the instructions,
// and lets guards that are already proven disappear, int and float arithmetic on constants
// fold, and a compare feeding a conditional branch fuse with it.
//
// Knowledge per slot: bound (holds a value), a small int, a float, a bool, or a constant.
// Because every backward jump target is an entry (the interpreter may enter there knowing
// nothing), all edges into a non-entry block come from earlier instructions: one forward
// pass in bytecode order sees every predecessor of a block before the block itself.
#include <cmath>

#include "jit/ir.h"

namespace taipan::jit {

using runtime::Value;

namespace {

enum Known : uint8_t { kBound = 1, kInt = 2, kFloat = 4, kBool = 8, kConst = 16 };

struct SlotState {
  uint8_t bits = 0;
  uint64_t value = 0;  // the constant's bits when kConst
  int32_t alias = -1;  // a local this stack slot was copied from (while that local is unchanged)
};

struct State {
  bool reachable = false;
  std::vector<SlotState> slots;
};

void meet(State& into, const State& from) {
  if (!from.reachable) return;
  if (!into.reachable) {
    into = from;
    return;
  }
  for (size_t i = 0; i < into.slots.size(); i++) {
    SlotState& a = into.slots[i];
    const SlotState& b = from.slots[i];
    a.bits &= b.bits;
    if ((a.bits & kConst) && a.value != b.value) a.bits &= uint8_t(~kConst);
    if (a.alias != b.alias) a.alias = -1;
  }
}

SlotState known_const(uint64_t bits) {
  Value v = Value::from_bits(bits);
  SlotState s;
  s.value = bits;
  if (v.is_null()) return s;  // PUSH_NULL: nothing to know
  s.bits = kBound | kConst;
  if (v.is_small()) s.bits |= kInt;
  else if (v.is_double()) s.bits |= kFloat;
  else if (v.is_bool()) s.bits |= kBool;
  return s;
}

// Folds int/float arithmetic on two constants into a Const, when the result is exact
// (int results must stay small, as the guarded instruction would require).
bool fold(Instr& in, const SlotState& a, const SlotState& b) {
  if (!(a.bits & kConst) || !(b.bits & kConst)) return false;
  Value x = Value::from_bits(a.value), y = Value::from_bits(b.value);
  Value r;
  switch (in.op) {
    case IrOp::IntAdd: case IrOp::IntSub: case IrOp::IntMul: {
      if (!x.is_small() || !y.is_small()) return false;
      int64_t p = x.as_small(), q = y.as_small(), res;
      bool ovf = in.op == IrOp::IntAdd ? __builtin_add_overflow(p, q, &res)
                 : in.op == IrOp::IntSub ? __builtin_sub_overflow(p, q, &res)
                                         : __builtin_mul_overflow(p, q, &res);
      if (ovf || !Value::fits_small(res)) return false;
      r = Value::small(res);
      break;
    }
    case IrOp::FloatAdd: case IrOp::FloatSub: case IrOp::FloatMul: {
      if (!x.is_double() || !y.is_double()) return false;
      double p = x.as_double(), q = y.as_double();
      r = Value::from_double(in.op == IrOp::FloatAdd ? p + q : in.op == IrOp::FloatSub ? p - q : p * q);
      break;
    }
    default:
      return false;
  }
  in.op = IrOp::Const;
  in.imm = r.bits();
  in.a = in.b = -1;
  return true;
}

}  // namespace

void optimize(IrFunc& f) {
  size_t nslots = f.nlocalsplus + (f.code ? f.code->stacksize : 0) + 1;
  std::vector<State> at_block(f.blocks.size());
  State cur;
  cur.slots.resize(nslots);
  for (auto& b : at_block) b.slots.resize(nslots);
  uint32_t nparams = 0;
  if (f.code) {
    const Code* c = f.code;
    nparams = c->argcount + c->kwonlyargcount + ((c->flags & runtime::kCoVarargs) ? 1 : 0) +
              ((c->flags & runtime::kCoVarkeywords) ? 1 : 0);
  }
  auto edge = [&](int32_t block) {
    if (block >= 0 && size_t(block) < at_block.size()) meet(at_block[size_t(block)], cur);
  };
  auto reset_stack = [&]() {
    for (size_t i = f.nlocalsplus; i < nslots; i++) cur.slots[i] = SlotState{};
  };
  bool first_entry = true;
  for (Instr& in : f.instrs) {
    if (in.op == IrOp::Label) {
      const Block& b = f.blocks[size_t(in.a)];
      if (b.entry) {
        // The interpreter may enter here: nothing is known, except that parameters are
        // bound at the start of the function body.
        cur.reachable = true;
        for (auto& s : cur.slots) s = SlotState{};
        if (first_entry)
          for (uint32_t i = 0; i < nparams && i < nslots; i++) cur.slots[i].bits = kBound;
        first_entry = false;
      } else {
        State fallthrough = cur;
        cur = at_block[size_t(in.a)];
        if (fallthrough.reachable) meet(cur, fallthrough);
        if (!cur.reachable) {  // only reached from code the IR leaves to the interpreter
          cur.reachable = true;
          for (auto& s : cur.slots) s = SlotState{};
        }
      }
      continue;
    }
    if (!cur.reachable) continue;
    auto S = [&](int32_t slot) -> SlotState& { return cur.slots[size_t(slot)]; };
    switch (in.op) {
      case IrOp::Label: case IrOp::LoopHeader:
        break;
      case IrOp::Move: {
        SlotState v = S(in.a);
        v.alias = uint32_t(in.a) < f.nlocalsplus ? in.a : v.alias;
        if (uint32_t(in.dst) < f.nlocalsplus) {  // a local changes: copies of it are no longer copies
          for (auto& st : cur.slots)
            if (st.alias == in.dst) st.alias = -1;
          v.alias = -1;
        }
        S(in.dst) = v;
        break;
      }
      case IrOp::Const:
        S(in.dst) = known_const(in.imm);
        break;
      case IrOp::Swap: std::swap(S(in.a), S(in.b)); break;
      case IrOp::CheckBound:
        if (S(in.a).bits & kBound) in.dead = true;
        S(in.a).bits |= kBound;
        break;
      case IrOp::GuardInt: case IrOp::GuardFloat: {
        uint8_t k = in.op == IrOp::GuardInt ? kInt : kFloat;
        if (S(in.a).bits & k) in.dead = true;
        S(in.a).bits |= k | kBound;
        if (S(in.a).alias >= 0) S(S(in.a).alias).bits |= k | kBound;  // what holds for a copy holds for the local
        break;
      }
      case IrOp::IntAdd: case IrOp::IntSub: case IrOp::IntMul:
      case IrOp::FloatAdd: case IrOp::FloatSub: case IrOp::FloatMul: case IrOp::FloatDiv: {
        bool is_int = in.op == IrOp::IntAdd || in.op == IrOp::IntSub || in.op == IrOp::IntMul;
        if (fold(in, S(in.a), S(in.b))) {
          S(in.dst) = known_const(in.imm);
          break;
        }
        S(in.dst) = SlotState{uint8_t(kBound | (is_int ? kInt : kFloat)), 0};
        break;
      }
      case IrOp::IntCmp: case IrOp::FloatCmp: case IrOp::Is:
        S(in.dst) = SlotState{uint8_t(kBound | kBool), 0};
        break;
      case IrOp::AttrLoad: case IrOp::AttrStore: case IrOp::GlobalLoad: case IrOp::MethodLoad:
      case IrOp::ListGet: case IrOp::ListSet:
        // a cache hit writes known stack slots, a miss calls a helper: forget the stack
        reset_stack();
        break;
      case IrOp::RangeNext: case IrOp::ListNext:
        reset_stack();
        edge(in.dst);
        break;
      case IrOp::Unpack:
        reset_stack();
        break;
      case IrOp::Branch: case IrOp::BranchNone:
        edge(in.b);
        break;
      case IrOp::Helper: case IrOp::CallPy: case IrOp::FloatPow:
        reset_stack();
        break;
      case IrOp::HelperBranch:
        reset_stack();
        edge(in.dst);
        break;
      case IrOp::Jump:
        edge(in.b);
        cur.reachable = false;
        break;
      case IrOp::Return: case IrOp::Exit:
        cur.reachable = false;
        break;
    }
  }
  // Fusion: a compare whose result only feeds the next (popping) Branch.
  for (size_t i = 0; i < f.instrs.size(); i++) {
    Instr& in = f.instrs[i];
    if (in.dead || (in.op != IrOp::IntCmp && in.op != IrOp::FloatCmp && in.op != IrOp::Is)) continue;
    size_t j = i + 1;
    while (j < f.instrs.size() && f.instrs[j].dead) j++;
    if (j < f.instrs.size() && f.instrs[j].op == IrOp::Branch && f.instrs[j].a == in.dst && f.instrs[j].key2 == 0)
      in.fuse = true;
  }
}

}  // namespace taipan::jit
