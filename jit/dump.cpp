// The IR's textual form (--jit-dump, golden tests). One instruction per line:
//   @<offset> <op> [dst =] operands [imm] [!fuse]
// Locals print by name, value-stack slots as s<depth>; blocks as B<n>.
#include <cstdio>

#include "jit/helpers.h"
#include "jit/ir.h"
#include "runtime/objects.h"

namespace taipan::jit {

using namespace runtime;

const char* ir_op_name(IrOp op) {
  static const char* const names[] = {
#define X(name) #name,
      TAIPAN_IR_OPS(X)
#undef X
  };
  return names[size_t(op)];
}

namespace {

std::string slot_name(const IrFunc& f, int32_t s) {
  if (s < 0) return "?";
  if (uint32_t(s) >= f.nlocalsplus) return "s" + std::to_string(s - int32_t(f.nlocalsplus));
  if (f.code && f.code->localsplusnames && uint32_t(s) < f.code->localsplusnames->size)
    return std::string(as_str(f.code->localsplusnames->items[s])->view());
  return "l" + std::to_string(s);
}

std::string const_text(uint64_t bits) {
  Value v = Value::from_bits(bits);
  char buf[64];
  if (v.is_null()) return "NULL";
  if (v.is_none()) return "None";
  if (v.is_bool()) return v.is_true() ? "True" : "False";
  if (v.is_small()) return std::to_string(v.as_small());
  if (v.is_double()) {
    std::snprintf(buf, sizeof buf, "%.17g", v.as_double());
    return buf;
  }
  Object* o = v.as_ptr();
  if (o->type && o->type->layout == Layout::Str) return "'" + std::string(static_cast<Str*>(o)->view()) + "'";
  if (o->type && o->type->name) return "<" + std::string(o->type->name->view()) + ">";
  return "<object>";
}

const char* const kCmp[] = {"<", "<=", "==", "!=", ">", ">="};

}  // namespace

std::string dump(const IrFunc& f) {
  std::string out;
  auto S = [&](int32_t s) { return slot_name(f, s); };
  for (const Instr& in : f.instrs) {
    if (in.dead) continue;
    char head[32];
    if (in.op == IrOp::Label) {
      const Block& b = f.blocks[size_t(in.a)];
      std::snprintf(head, sizeof head, "B%d", in.a);
      out += std::string(head) + ": @" + std::to_string(b.off) + " depth " + std::to_string(b.depth) +
             (b.entry ? " entry" : "") + "\n";
      continue;
    }
    std::snprintf(head, sizeof head, "  @%-4u ", in.off);
    std::string line = head;
    line += ir_op_name(in.op);
    line += " ";
    switch (in.op) {
      case IrOp::Label: break;
      case IrOp::Move: line += S(in.dst) + " = " + S(in.a); break;
      case IrOp::Const: line += S(in.dst) + " = " + const_text(in.imm); break;
      case IrOp::Swap: line += S(in.a) + ", " + S(in.b); break;
      case IrOp::CheckBound: case IrOp::GuardInt: case IrOp::GuardFloat: line += S(in.a); break;
      case IrOp::IntAdd: case IrOp::IntSub: case IrOp::IntMul: case IrOp::FloatAdd: case IrOp::FloatSub:
      case IrOp::FloatMul: case IrOp::FloatDiv:
        line += S(in.dst) + " = " + S(in.a) + ", " + S(in.b);
        break;
      case IrOp::IntCmp: case IrOp::FloatCmp:
        line += S(in.dst) + " = " + S(in.a) + " " + kCmp[in.imm % 6] + " " + S(in.b);
        break;
      case IrOp::Is: line += S(in.dst) + " = " + S(in.a) + (in.imm ? " is not " : " is ") + S(in.b); break;
      case IrOp::Branch:
        line += S(in.a) + (in.imm ? " true" : " false") + " -> B" + std::to_string(in.b) + (in.key2 ? " keep" : "");
        break;
      case IrOp::BranchNone: line += S(in.a) + (in.imm ? " is None" : " is not None") + " -> B" + std::to_string(in.b); break;
      case IrOp::Jump: line += "B" + std::to_string(in.b); break;
      case IrOp::LoopHeader: break;
      case IrOp::AttrLoad:
        line += S(in.dst) + " = " + S(in.a) + "." + std::string(f.code->names->items[in.b].as<Str>()->view());
        break;
      case IrOp::AttrStore:
        line += S(in.a) + "." + std::string(f.code->names->items[in.b].as<Str>()->view()) + " = " + S(in.dst);
        break;
      case IrOp::GlobalLoad:
        line += S(in.dst) + " = " + ((in.b & 1) ? "NULL, " : "") + std::string(f.code->names->items[in.b >> 1].as<Str>()->view()) +
                ((in.imm >> 32) ? " (builtins)" : " (globals)");
        break;
      case IrOp::MethodLoad:
        line += S(in.a) + "." + std::string(f.code->names->items[in.b].as<Str>()->view()) + " (method)";
        break;
      case IrOp::ListGet: line += S(in.dst) + " = " + S(in.a) + "[" + S(in.a + 1) + "]"; break;
      case IrOp::ListSet: line += S(in.a) + "[" + S(in.a + 1) + "] = " + S(in.dst); break;
      case IrOp::ListNext: line += S(in.a) + " -> " + S(in.a + 1) + ", exhausted -> B" + std::to_string(in.dst); break;
      case IrOp::Unpack: line += S(in.a) + " into " + std::to_string(in.imm); break;
      case IrOp::RangeNext: line += S(in.a) + " -> " + S(in.a + 1) + ", exhausted -> B" + std::to_string(in.dst); break;
      case IrOp::Helper: case IrOp::HelperBranch:
        line += kHelperNames[in.imm];
        line += " sp=s" + std::to_string(in.a) + " arg=" + std::to_string(in.b);
        if (in.op == IrOp::HelperBranch) line += " ==" + std::to_string(in.key2) + " -> B" + std::to_string(in.dst);
        break;
      case IrOp::FloatPow: line += S(in.dst) + " = " + S(in.a) + " ** " + S(in.b); break;
      case IrOp::CallPy: line += "sp=s" + std::to_string(in.a) + " arg=" + std::to_string(in.b); break;
      case IrOp::Return: line += S(in.a); break;
      case IrOp::Exit: line += "depth " + std::to_string(in.a); break;
    }
    if (in.fuse) line += " !fuse";
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

}  // namespace taipan::jit
