// The native tier: IR -> x86-64 machine code with asmjit's x86::Assembler. The only file
// that includes asmjit.
//
// Generated function: uint64_t fn(VM* vm, Frame* frame, uint32_t entry) (System V ABI).
// Fixed registers while it runs:
//   rbx = vm, r12 = frame, r13 = &frame->localsplus[0] (slot i at [r13 + 8*i]),
//   r14 = the small-int tag (Value::kTagInt), r15 = the null Value's bits.
// rax, rcx, rdx, rsi, rdi, r8-r11 and xmm0-xmm2 are scratch inside one IR instruction;
// nothing lives in registers between instructions (see jit/ir.h), except the 0/1 result
// of a compare fused with the following Branch, which is in al.
// Entry dispatch compares `entry` with each entry block's offset; an unknown offset
// returns null at once and the interpreter goes on. Exits write frame->ip and frame->sp
// and return null; exceptions return null with frame->lasti already set.
// Code memory is dual-mapped (writable and executable views are separate: W^X).
#include "native-tier/x64_backend.h"

#include <unistd.h>

#include <asmjit/x86.h>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <map>

#include "interp/opcodes.h"
#include "jit/helpers.h"
#include "runtime/objects.h"

namespace taipan::native {

using namespace asmjit;
using jit::Instr;
using jit::IrFunc;
using jit::IrOp;
using runtime::Value;

namespace {

class CaptureErrors : public ErrorHandler {
 public:
  Error first = kErrorOk;
  std::string message;
  void handleError(Error err, const char* msg, BaseEmitter*) override {
    if (first == kErrorOk) {
      first = err;
      message = msg ? msg : "asmjit error";
    }
  }
};

constexpr int32_t kOffIp = int32_t(offsetof(interp::Frame, ip));
constexpr int32_t kOffSp = int32_t(offsetof(interp::Frame, sp));
constexpr int32_t kOffLasti = int32_t(offsetof(interp::Frame, lasti));
constexpr int32_t kOffSlots = int32_t(offsetof(interp::Frame, localsplus));
// VM, Frame and Interp fields the inline call sequence reads and writes.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int32_t kVmInterp = int32_t(offsetof(runtime::VM, interp));
constexpr int32_t kVmDepth = int32_t(offsetof(runtime::VM, depth));
constexpr int32_t kVmRecursionLimit = int32_t(offsetof(runtime::VM, recursion_limit));
constexpr int32_t kVmCountdown = int32_t(offsetof(runtime::VM, safepoint_countdown));
constexpr int32_t kVmSuspendWanted = int32_t(offsetof(runtime::VM, suspend_wanted));
#pragma GCC diagnostic pop


inline x86::Mem slot(int32_t s) { return x86::qword_ptr(x86::r13, s * 8); }

class Gen {
 public:
  Gen(x86::Assembler& a, const IrFunc& f, interp::JitCode* jc) : a_(a), f_(f), jc_(jc) {}

  void run() {
    for (size_t i = 0; i < f_.blocks.size(); i++) labels_.push_back(a_.newLabel());
    epilogue_ = a_.newLabel();
    exc_exit_ = a_.newLabel();
    // prologue
    a_.push(x86::rbx);
    a_.push(x86::r12);
    a_.push(x86::r13);
    a_.push(x86::r14);
    a_.push(x86::r15);
    a_.mov(x86::rbx, x86::rdi);
    a_.mov(x86::r12, x86::rsi);
    a_.lea(x86::r13, x86::ptr(x86::rsi, kOffSlots));
    a_.mov(x86::r14, imm(Value::kTagInt));
    a_.mov(x86::r15, imm(Value::null().bits()));
    Label start = a_.newLabel();
    int start_block = -1;
    for (size_t i = 0; i < f_.blocks.size(); i++) {
      if (!f_.blocks[i].entry) continue;
      a_.cmp(x86::edx, imm(f_.blocks[i].off));
      if (f_.blocks[i].off == f_.start_off) {
        start_block = int(i);
        a_.je(start);
      } else {
        a_.je(labels_[i]);
      }
    }
    a_.mov(x86::rax, x86::r15);  // not an entry: let the interpreter go on
    a_.jmp(epilogue_);
    if (start_block >= 0) {
      // Function entry is a safe point (runtime/safepoint.cpp), as RESUME is in the interpreter.
      a_.bind(start);
      a_.dec(x86::dword_ptr(x86::rbx, kVmCountdown));
      a_.jg(labels_[size_t(start_block)]);
      call_checked(jit::HelperId::safepoint, f_.start_off - 1, f_.stack_slot(0), 0);
      a_.jmp(labels_[size_t(start_block)]);
    }

    for (size_t i = 0; i < f_.instrs.size(); i++) {
      const Instr& in = f_.instrs[i];
      if (in.dead) continue;
      emit(in);
    }

    // out-of-line paths
    for (auto& [key, label] : exits_) {
      a_.bind(label);
      uint32_t off = uint32_t(key >> 33), depth = uint32_t(key >> 1) & 0xffffffffu;
      bool deopt = key & 1;
      if (deopt) {
        a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(&jc_->deopts)));
        a_.inc(x86::qword_ptr(x86::rax));
        if (f_.deopt_counts) {
          a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(&f_.deopt_counts[off])));
          a_.inc(x86::qword_ptr(x86::rax));
        }
      }
      a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(f_.code->code + off)));
      a_.mov(x86::qword_ptr(x86::r12, kOffIp), x86::rax);
      a_.lea(x86::rax, slot(int32_t(f_.nlocalsplus + depth)));
      a_.mov(x86::qword_ptr(x86::r12, kOffSp), x86::rax);
      a_.mov(x86::rax, x86::r15);
      a_.jmp(epilogue_);
    }
    for (auto& s : safepoints_) {
      a_.bind(s.slow);
      call_checked(jit::HelperId::safepoint, s.lasti, s.sp_slot, 0);
      a_.jnz(s.pause);
      a_.jmp(s.done);
    }
    for (auto& u : unbound_) {
      a_.bind(u.label);
      call_helper(jit::HelperId::unbound_local, u.lasti, 0, u.local);
      a_.jmp(exc_exit_);
    }
    a_.bind(exc_exit_);
    a_.mov(x86::rax, x86::r15);
    a_.bind(epilogue_);
    a_.pop(x86::r15);
    a_.pop(x86::r14);
    a_.pop(x86::r13);
    a_.pop(x86::r12);
    a_.pop(x86::rbx);
    a_.ret();
  }

 private:
  struct Unbound {
    Label label;
    uint32_t lasti;
    uint32_t local;
  };
  x86::Assembler& a_;
  const IrFunc& f_;
  interp::JitCode* jc_;
  std::vector<Label> labels_;
  Label epilogue_, exc_exit_;
  std::map<uint64_t, Label> exits_;  // (offset, depth, deopt?) -> stub
  std::vector<Unbound> unbound_;
  struct Safepoint {
    Label slow, done, pause;  // pause: resume the interpreter at the loop header
    uint32_t lasti;
    int32_t sp_slot;
  };
  std::vector<Safepoint> safepoints_;

  Label exit_to(uint32_t off, int32_t depth, bool deopt) {
    uint64_t key = (uint64_t(off) << 33) | (uint64_t(uint32_t(depth)) << 1) | (deopt ? 1 : 0);
    auto it = exits_.find(key);
    if (it != exits_.end()) return it->second;
    Label l = a_.newLabel();
    exits_.emplace(key, l);
    return l;
  }
  Label deopt(const Instr& in) { return exit_to(in.off, in.depth, true); }

  // Calls a helper with frame->lasti = lasti and sp = &slot(stack depth sp_depth) (or an
  // absolute slot when sp_slot >= 0); leaves the result in rax.
  void call_helper(jit::HelperId h, uint64_t lasti, int32_t sp_slot, uint64_t arg) {
    a_.mov(x86::dword_ptr(x86::r12, kOffLasti), imm(uint32_t(lasti)));
    a_.mov(x86::rdi, x86::rbx);
    a_.mov(x86::rsi, x86::r12);
    a_.lea(x86::rdx, slot(sp_slot));
    if (arg >> 32) a_.mov(x86::rcx, imm(arg));
    else a_.mov(x86::ecx, imm(uint32_t(arg)));
    a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(jit::kHelpers[size_t(h)])));
    a_.call(x86::rax);
  }

  // call_helper, then the exception exit when the helper reports a pending exception.
  void call_checked(jit::HelperId h, uint64_t lasti, int32_t sp_slot, uint64_t arg) {
    call_helper(h, lasti, sp_slot, arg);
    a_.test(x86::rax, x86::rax);
    a_.js(exc_exit_);
  }

  // rax = the boxed small int whose value << 16 is in rax (after overflow checks).
  void box_shifted_int() {
    a_.shr(x86::rax, 16);
    a_.or_(x86::rax, x86::r14);
  }
  // Stores xmm0 as a float Value into slot dst (NaNs canonical, as Value::from_double).
  void store_double(int32_t dst) {
    Label ok = a_.newLabel();
    a_.movq(x86::rax, x86::xmm0);
    a_.ucomisd(x86::xmm0, x86::xmm0);
    a_.jnp(ok);
    a_.mov(x86::rax, imm(Value::kCanonicalNaN));
    a_.bind(ok);
    a_.mov(slot(dst), x86::rax);
  }
  // al = 0/1 from the flags of a compare, for condition code `cmp` (0 <, 1 <=, 2 ==, 3 !=,
  // 4 >, 5 >=); signed for ints, ucomisd semantics for floats (NaN: only != is true).
  void set_bool_int(uint64_t cmp) {
    switch (cmp) {
      case 0: a_.setl(x86::al); break;
      case 1: a_.setle(x86::al); break;
      case 2: a_.sete(x86::al); break;
      case 3: a_.setne(x86::al); break;
      case 4: a_.setg(x86::al); break;
      default: a_.setge(x86::al); break;
    }
  }
  void materialize_bool(int32_t dst) {
    a_.movzx(x86::eax, x86::al);
    a_.mov(x86::rcx, imm(Value::false_().bits()));
    a_.or_(x86::rax, x86::rcx);
    a_.mov(slot(dst), x86::rax);
  }
  // Untags the object in slot `s` into rax, or jumps to `fail` if it is not a heap object;
  // rcx = its type.
  void load_object(int32_t s, Label fail) {
    a_.mov(x86::rax, slot(s));
    a_.mov(x86::rcx, x86::rax);
    a_.shr(x86::rcx, 48);
    a_.cmp(x86::ecx, imm(0xFFF9));
    a_.jne(fail);
    a_.shl(x86::rax, 16);
    a_.shr(x86::rax, 16);
    a_.mov(x86::rcx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Object, type))));
  }
  // load_object, then `fail` unless the object's type is exactly `type`.
  void load_exact(int32_t s, uint64_t type, Label fail) {
    load_object(s, fail);
    a_.mov(x86::rdx, imm(type));
    a_.cmp(x86::rcx, x86::rdx);
    a_.jne(fail);
  }
  // CallPy: the interpreter's CALL_PY_EXACT done inline. When the callable is a Python
  // function whose positionals fill its parameters, whose code starts with RESUME and has
  // compiled code, and the VM stack, the recursion limit and the C stack allow it, the
  // callee's frame is pushed here (as push_frame does) and its compiled code called directly;
  // its result is stored and its frame popped. If the callee's code returns null (an
  // exception or a deoptimization), call_finish lets the interpreter finish that frame.
  // Anything else takes the call helper, exactly like a generic CALL.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  void call_py(const Instr& in) {
    using interp::Frame;
    using interp::Interp;
    using runtime::Code;
    using runtime::Function;
    namespace r = x86;
    Label slow = a_.newLabel(), done = a_.newLabel(), finish = a_.newLabel(), meth = a_.newLabel(),
          have = a_.newLabel();
    int32_t base = f_.stack_slot(in.a - in.b - 2);
    uint32_t nargs = uint32_t(in.b);
    a_.mov(r::dword_ptr(r::r12, kOffLasti), imm(uint32_t(in.lasti)));
    a_.cmp(r::qword_ptr(r::r12, int32_t(offsetof(Frame, kwnames))), r::r15);
    a_.jne(slow);
    // rax = the callable, rsi = its first argument, r8d = how many.
    a_.mov(r::rax, slot(base));
    a_.cmp(r::rax, r::r15);
    a_.jne(meth);
    a_.mov(r::rax, slot(base + 1));
    a_.lea(r::rsi, slot(base + 2));
    a_.mov(r::r8d, imm(nargs));
    a_.jmp(have);
    a_.bind(meth);
    a_.lea(r::rsi, slot(base + 1));
    a_.mov(r::r8d, imm(nargs + 1));
    a_.bind(have);
    a_.mov(r::rcx, r::rax);
    a_.shr(r::rcx, 48);
    a_.cmp(r::ecx, imm(0xFFF9));
    a_.jne(slow);
    a_.shl(r::rax, 16);
    a_.shr(r::rax, 16);
    a_.mov(r::rcx, imm(in.aux1));
    a_.cmp(r::qword_ptr(r::rax, int32_t(offsetof(runtime::Object, type))), r::rcx);
    a_.jne(slow);
    // rdx = its code: exactly these positionals, no *args/**kwargs/keyword-only, RESUME first.
    a_.mov(r::rdx, r::qword_ptr(r::rax, int32_t(offsetof(Function, code))));
    a_.cmp(r::dword_ptr(r::rdx, int32_t(offsetof(Code, argcount))), r::r8d);
    a_.jne(slow);
    a_.test(r::dword_ptr(r::rdx, int32_t(offsetof(Code, flags))), imm(runtime::kCoVarargs | runtime::kCoVarkeywords));
    a_.jnz(slow);
    a_.cmp(r::dword_ptr(r::rdx, int32_t(offsetof(Code, kwonlyargcount))), imm(0));
    a_.jne(slow);
    a_.mov(r::rcx, r::qword_ptr(r::rdx, int32_t(offsetof(Code, code))));
    a_.cmp(r::byte_ptr(r::rcx), imm(interp::RESUME));
    a_.jne(slow);
    // r10 = the callee's compiled entry, unless it is missing or out of deopt budget.
    a_.mov(r::r9, r::qword_ptr(r::rdx, int32_t(offsetof(Code, jit))));
    a_.test(r::r9, r::r9);
    a_.jz(slow);
    a_.mov(r::r10, r::qword_ptr(r::r9, int32_t(offsetof(interp::JitCode, fn))));
    a_.test(r::r10, r::r10);
    a_.jz(slow);
    a_.mov(r::rcx, r::qword_ptr(r::r9, int32_t(offsetof(interp::JitCode, deopts))));
    a_.cmp(r::rcx, r::qword_ptr(r::r9, int32_t(offsetof(interp::JitCode, deopt_budget))));
    a_.jae(slow);
    // Room on the C stack, under the recursion limit and on the VM stack (r11 = Interp).
    a_.mov(r::r11, r::qword_ptr(r::rbx, kVmInterp));
    a_.cmp(r::rsp, r::qword_ptr(r::r11, int32_t(offsetof(Interp, jit_call_floor))));
    a_.jb(slow);
    a_.mov(r::ecx, r::dword_ptr(r::rbx, kVmDepth));
    a_.cmp(r::ecx, r::dword_ptr(r::rbx, kVmRecursionLimit));
    a_.jge(slow);
    a_.mov(r::ecx, r::dword_ptr(r::rdx, int32_t(offsetof(Code, nlocalsplus))));
    a_.mov(r::edi, r::dword_ptr(r::rdx, int32_t(offsetof(Code, stacksize))));
    a_.add(r::rcx, r::rdi);
    a_.mov(r::rdi, r::qword_ptr(r::r11, int32_t(offsetof(Interp, top))));  // rdi = the new frame
    a_.lea(r::r9, r::ptr(r::rdi, r::rcx, 3, int32_t(sizeof(Frame))));
    a_.cmp(r::r9, r::qword_ptr(r::r11, int32_t(offsetof(Interp, limit))));
    a_.ja(slow);
    a_.mov(r::qword_ptr(r::r11, int32_t(offsetof(Interp, top))), r::r9);
    // The frame header, as push_frame writes it (entered after RESUME, like call_function).
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, code))), r::rdx);
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, func))), r::rax);
    a_.mov(r::rcx, r::qword_ptr(r::rax, int32_t(offsetof(Function, globals))));
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, globals))), r::rcx);
    a_.mov(r::rcx, r::qword_ptr(r::rax, int32_t(offsetof(Function, builtins))));
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, builtins))), r::rcx);
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, locals))), r::r15);
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, prev))), r::r12);
    a_.mov(r::rcx, r::qword_ptr(r::rdx, int32_t(offsetof(Code, code))));
    a_.add(r::rcx, imm(2));
    a_.mov(r::qword_ptr(r::rdi, kOffIp), r::rcx);
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, gen))), imm(0));
    a_.mov(r::dword_ptr(r::rdi, int32_t(offsetof(Frame, flags))), imm(uint32_t(interp::kFrameEntry)));
    a_.mov(r::dword_ptr(r::rdi, kOffLasti), imm(0));
    a_.mov(r::qword_ptr(r::rdi, int32_t(offsetof(Frame, kwnames))), r::r15);
    a_.mov(r::r9d, r::dword_ptr(r::rdx, int32_t(offsetof(Code, nlocalsplus))));
    a_.lea(r::rcx, r::ptr(r::rdi, r::r9, 3, kOffSlots));
    a_.mov(r::qword_ptr(r::rdi, kOffSp), r::rcx);
    // Slots: the arguments, null locals, zeroed stack (every slot is scanned by the GC).
    Label l1 = a_.newLabel(), l1done = a_.newLabel(), l2 = a_.newLabel(), l2done = a_.newLabel(),
          l3 = a_.newLabel(), l3done = a_.newLabel();
    a_.xor_(r::ecx, r::ecx);
    a_.bind(l1);
    a_.cmp(r::ecx, r::r8d);
    a_.jae(l1done);
    a_.mov(r::r11, r::qword_ptr(r::rsi, r::rcx, 3));
    a_.mov(r::qword_ptr(r::rdi, r::rcx, 3, kOffSlots), r::r11);
    a_.inc(r::ecx);
    a_.jmp(l1);
    a_.bind(l1done);
    a_.bind(l2);
    a_.cmp(r::ecx, r::r9d);
    a_.jae(l2done);
    a_.mov(r::qword_ptr(r::rdi, r::rcx, 3, kOffSlots), r::r15);
    a_.inc(r::ecx);
    a_.jmp(l2);
    a_.bind(l2done);
    a_.add(r::r9d, r::dword_ptr(r::rdx, int32_t(offsetof(Code, stacksize))));
    a_.bind(l3);
    a_.cmp(r::ecx, r::r9d);
    a_.jae(l3done);
    a_.mov(r::qword_ptr(r::rdi, r::rcx, 3, kOffSlots), imm(0));
    a_.inc(r::ecx);
    a_.jmp(l3);
    a_.bind(l3done);
    // Link it as the innermost frame and count the call.
    a_.mov(r::r11, r::qword_ptr(r::rbx, kVmInterp));
    a_.mov(r::qword_ptr(r::r11, int32_t(offsetof(Interp, current))), r::rdi);
    a_.inc(r::dword_ptr(r::rbx, kVmDepth));
    a_.inc(r::qword_ptr(r::r11, int32_t(offsetof(Interp, calls))));
    a_.inc(r::dword_ptr(r::rdx, int32_t(offsetof(Code, calls))));
    a_.mov(r::rsi, r::rdi);
    a_.mov(r::rdi, r::rbx);
    a_.mov(r::edx, imm(1));
    a_.call(r::r10);
    a_.cmp(r::rax, r::r15);
    a_.je(finish);
    // Returned: pop the callee's frame (it is still the innermost one).
    a_.mov(r::r11, r::qword_ptr(r::rbx, kVmInterp));
    a_.mov(r::rcx, r::qword_ptr(r::r11, int32_t(offsetof(Interp, current))));
    a_.mov(r::qword_ptr(r::r11, int32_t(offsetof(Interp, top))), r::rcx);
    a_.mov(r::qword_ptr(r::r11, int32_t(offsetof(Interp, current))), r::r12);
    a_.dec(r::dword_ptr(r::rbx, kVmDepth));
    a_.mov(slot(base), r::rax);
    a_.jmp(done);
    a_.bind(finish);
    call_checked(jit::HelperId::call_finish, in.lasti, base, 0);
    a_.jmp(done);
    a_.bind(slow);
    call_checked(jit::HelperId::call, in.lasti, f_.stack_slot(in.a), nargs);
    a_.cmp(r::rax, imm(jit::kExitHere));
    a_.je(exit_to(in.off, in.depth, false));
    a_.bind(done);
  }
#pragma GCC diagnostic pop

  void emit(const Instr& in) {
    switch (in.op) {
      case IrOp::Label:
        a_.bind(labels_[size_t(in.a)]);
        break;
      case IrOp::Move:
        a_.mov(x86::rax, slot(in.a));
        a_.mov(slot(in.dst), x86::rax);
        break;
      case IrOp::Const:
        a_.mov(x86::rax, imm(in.imm));
        a_.mov(slot(in.dst), x86::rax);
        break;
      case IrOp::Swap:
        a_.mov(x86::rax, slot(in.a));
        a_.mov(x86::rcx, slot(in.b));
        a_.mov(slot(in.a), x86::rcx);
        a_.mov(slot(in.b), x86::rax);
        break;
      case IrOp::CheckBound: {
        Unbound u{a_.newLabel(), in.lasti, uint32_t(in.a)};
        a_.cmp(slot(in.a), x86::r15);
        a_.je(u.label);
        unbound_.push_back(u);
        break;
      }
      case IrOp::GuardInt:
        a_.mov(x86::rax, slot(in.a));
        a_.shr(x86::rax, 48);
        a_.cmp(x86::eax, imm(0xFFFA));
        a_.jne(deopt(in));
        break;
      case IrOp::GuardFloat:
        a_.mov(x86::rax, slot(in.a));
        a_.shr(x86::rax, 48);
        a_.cmp(x86::eax, imm(0xFFF9));
        a_.jae(deopt(in));
        break;
      case IrOp::IntAdd: case IrOp::IntSub: case IrOp::IntMul:
        a_.mov(x86::rax, slot(in.a));
        a_.mov(x86::rcx, slot(in.b));
        a_.shl(x86::rax, 16);
        a_.shl(x86::rcx, 16);
        if (in.op == IrOp::IntAdd) a_.add(x86::rax, x86::rcx);
        else if (in.op == IrOp::IntSub) a_.sub(x86::rax, x86::rcx);
        else {
          a_.sar(x86::rcx, 16);
          a_.imul(x86::rax, x86::rcx);
        }
        a_.jo(deopt(in));
        box_shifted_int();
        a_.mov(slot(in.dst), x86::rax);
        break;
      case IrOp::FloatAdd: case IrOp::FloatSub: case IrOp::FloatMul: case IrOp::FloatDiv:
        a_.movsd(x86::xmm0, slot(in.a));
        if (in.op == IrOp::FloatDiv) {
          Label nonzero = a_.newLabel();
          a_.movsd(x86::xmm1, slot(in.b));
          a_.xorpd(x86::xmm2, x86::xmm2);
          a_.ucomisd(x86::xmm1, x86::xmm2);
          a_.jp(nonzero);
          a_.je(deopt(in));  // division by zero: the interpreter raises
          a_.bind(nonzero);
          a_.divsd(x86::xmm0, x86::xmm1);
        } else if (in.op == IrOp::FloatAdd) {
          a_.addsd(x86::xmm0, slot(in.b));
        } else if (in.op == IrOp::FloatSub) {
          a_.subsd(x86::xmm0, slot(in.b));
        } else {
          a_.mulsd(x86::xmm0, slot(in.b));
        }
        store_double(in.dst);
        break;
      case IrOp::FloatPow: {
        Label slow = a_.newLabel(), done = a_.newLabel();
        for (int32_t s : {in.a, in.b}) {
          a_.mov(x86::rax, slot(s));
          a_.shr(x86::rax, 48);
          a_.cmp(x86::eax, imm(0xFFF9));
          a_.jae(slow);
        }
        // rcx = the bits of +inf shifted left by one: |v| << 1 >= rcx means inf or NaN.
        a_.mov(x86::rcx, imm(uint64_t(0x7FF) << 53));
        a_.mov(x86::rax, slot(in.a));
        a_.test(x86::rax, x86::rax);
        a_.js(slow);  // negative (or -0.0)
        a_.mov(x86::rdx, x86::rax);
        a_.shl(x86::rdx, 1);
        a_.jz(slow);  // +0.0
        a_.cmp(x86::rdx, x86::rcx);
        a_.jae(slow);
        a_.mov(x86::rdx, slot(in.b));
        a_.shl(x86::rdx, 1);
        a_.cmp(x86::rdx, x86::rcx);
        a_.jae(slow);
        a_.movsd(x86::xmm0, slot(in.a));
        a_.movsd(x86::xmm1, slot(in.b));
        a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(static_cast<double (*)(double, double)>(&std::pow))));
        a_.call(x86::rax);
        a_.movq(x86::rax, x86::xmm0);
        a_.shl(x86::rax, 1);
        a_.mov(x86::rcx, imm(uint64_t(0x7FF) << 53));
        a_.cmp(x86::rax, x86::rcx);
        a_.jae(slow);  // overflow: the helper raises OverflowError
        store_double(in.dst);
        a_.jmp(done);
        a_.bind(slow);
        call_checked(jit::HelperId::binary_op, in.lasti, f_.stack_slot(int32_t(in.key1)), uint32_t(in.imm));
        a_.bind(done);
        break;
      }
      case IrOp::IntCmp:
        a_.mov(x86::rax, slot(in.a));
        a_.mov(x86::rcx, slot(in.b));
        a_.shl(x86::rax, 16);
        a_.shl(x86::rcx, 16);
        a_.cmp(x86::rax, x86::rcx);
        set_bool_int(in.imm);
        if (!in.fuse) materialize_bool(in.dst);
        break;
      case IrOp::FloatCmp:
        switch (in.imm) {
          case 0:  // a < b  <=>  b > a
            a_.movsd(x86::xmm0, slot(in.b));
            a_.ucomisd(x86::xmm0, slot(in.a));
            a_.seta(x86::al);
            break;
          case 1:  // a <= b  <=>  b >= a
            a_.movsd(x86::xmm0, slot(in.b));
            a_.ucomisd(x86::xmm0, slot(in.a));
            a_.setae(x86::al);
            break;
          case 4:
            a_.movsd(x86::xmm0, slot(in.a));
            a_.ucomisd(x86::xmm0, slot(in.b));
            a_.seta(x86::al);
            break;
          case 5:
            a_.movsd(x86::xmm0, slot(in.a));
            a_.ucomisd(x86::xmm0, slot(in.b));
            a_.setae(x86::al);
            break;
          case 2:
            a_.movsd(x86::xmm0, slot(in.a));
            a_.ucomisd(x86::xmm0, slot(in.b));
            a_.sete(x86::al);
            a_.setnp(x86::cl);
            a_.and_(x86::al, x86::cl);
            break;
          default:
            a_.movsd(x86::xmm0, slot(in.a));
            a_.ucomisd(x86::xmm0, slot(in.b));
            a_.setne(x86::al);
            a_.setp(x86::cl);
            a_.or_(x86::al, x86::cl);
            break;
        }
        if (!in.fuse) materialize_bool(in.dst);
        break;
      case IrOp::Is:
        a_.mov(x86::rax, slot(in.a));
        a_.cmp(x86::rax, slot(in.b));
        if (in.imm) a_.setne(x86::al);
        else a_.sete(x86::al);
        if (!in.fuse) materialize_bool(in.dst);
        break;
      case IrOp::Branch: {
        Label target = labels_[size_t(in.b)];
        if (fused_) {  // al holds the compare's result
          a_.test(x86::al, x86::al);
          if (in.imm) a_.jnz(target);
          else a_.jz(target);
          break;
        }
        Label next = a_.newLabel();
        Label on_true = in.imm ? target : next, on_false = in.imm ? next : target;
        a_.mov(x86::rax, slot(in.a));
        a_.mov(x86::rcx, imm(Value::true_().bits()));
        a_.cmp(x86::rax, x86::rcx);
        a_.je(on_true);
        a_.mov(x86::rcx, imm(Value::false_().bits()));
        a_.cmp(x86::rax, x86::rcx);
        a_.je(on_false);
        call_checked(jit::HelperId::truthy, in.lasti, in.a + 1, 0);
        a_.jnz(on_true);
        a_.jmp(on_false);
        a_.bind(next);
        break;
      }
      case IrOp::BranchNone:
        a_.mov(x86::rax, slot(in.a));
        a_.mov(x86::rcx, imm(Value::none().bits()));
        a_.cmp(x86::rax, x86::rcx);
        if (in.imm) a_.je(labels_[size_t(in.b)]);
        else a_.jne(labels_[size_t(in.b)]);
        break;
      case IrOp::Jump:
        a_.jmp(labels_[size_t(in.b)]);
        break;
      case IrOp::LoopHeader: {
        // A back-edge: counted, and a safe point (runtime/safepoint.cpp).
        a_.mov(x86::rax, imm(reinterpret_cast<uint64_t>(&f_.code->backedges)));
        a_.inc(x86::dword_ptr(x86::rax));
        Label slow = a_.newLabel(), done = a_.newLabel();
        a_.dec(x86::dword_ptr(x86::rbx, kVmCountdown));
        a_.jle(slow);
        a_.bind(done);
        safepoints_.push_back({slow, done, exit_to(in.off, in.depth, false), uint32_t(in.imm), f_.stack_slot(in.depth)});
        break;
      }
      case IrOp::AttrLoad: case IrOp::AttrStore: {
        Label miss = a_.newLabel(), hit = a_.newLabel(), done = a_.newLabel();
        load_object(in.a, miss);  // rax = object, rcx = its type
        a_.cmp(x86::byte_ptr(x86::rcx, int32_t(offsetof(runtime::Type, layout))), imm(int(runtime::Layout::Instance)));
        a_.jne(miss);
        a_.mov(x86::edx, x86::dword_ptr(x86::rcx, int32_t(offsetof(runtime::Type, version))));
        a_.test(x86::edx, x86::edx);
        a_.jz(miss);  // version 0: never cached (and empty ways hold 0)
        a_.mov(x86::rsi, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Instance, shape))));
        a_.test(x86::rsi, x86::rsi);
        a_.jz(miss);
        a_.mov(x86::esi, x86::dword_ptr(x86::rsi, int32_t(offsetof(runtime::Shape, id))));
        a_.mov(x86::r8, imm(in.aux1));
        for (int w = 0; w < jit::AttrPic::kWays; w++) {
          Label next = a_.newLabel();
          a_.cmp(x86::edx, x86::dword_ptr(x86::r8, int32_t(offsetof(jit::AttrPic, version) + 4 * w)));
          a_.jne(next);
          a_.cmp(x86::esi, x86::dword_ptr(x86::r8, int32_t(offsetof(jit::AttrPic, shape) + 4 * w)));
          a_.jne(next);
          a_.mov(x86::r9d, x86::dword_ptr(x86::r8, int32_t(offsetof(jit::AttrPic, index) + 4 * w)));
          a_.jmp(hit);
          a_.bind(next);
        }
        a_.jmp(miss);
        a_.bind(hit);
        a_.mov(x86::rdx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Instance, slots))));
        if (in.op == IrOp::AttrLoad) {
          a_.mov(x86::rax, x86::qword_ptr(x86::rdx, x86::r9, 3));
          a_.mov(slot(in.dst), x86::rax);
        } else {
          a_.mov(x86::rax, slot(in.dst));
          a_.mov(x86::qword_ptr(x86::rdx, x86::r9, 3), x86::rax);
        }
        a_.jmp(done);
        a_.bind(miss);  // another type or shape: the generic path, which may fill a way
        call_checked(in.op == IrOp::AttrLoad ? jit::HelperId::load_attr_pic : jit::HelperId::store_attr_pic, in.lasti,
                    in.a + 1, in.aux1);
        a_.bind(done);
        break;
      }
      case IrOp::GlobalLoad: {
        Label miss = a_.newLabel(), done = a_.newLabel();
        int32_t out = in.dst + ((in.b & 1) ? 1 : 0);
        a_.mov(x86::rax, x86::qword_ptr(x86::r12, int32_t(offsetof(interp::Frame, globals))));
        a_.mov(x86::rcx, imm(in.aux1 & Value::kPayload));
        a_.cmp(x86::rax, x86::rcx);
        a_.jne(miss);
        a_.mov(x86::rdx, imm(in.key1));
        a_.cmp(x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Dict, version))), x86::rdx);
        a_.jne(miss);
        a_.mov(x86::rax, x86::qword_ptr(x86::r12, int32_t(offsetof(interp::Frame, builtins))));
        a_.mov(x86::rcx, imm(in.aux2));
        a_.cmp(x86::rax, x86::rcx);
        a_.jne(miss);
        a_.mov(x86::rdx, imm(in.key2));
        a_.cmp(x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Dict, version))), x86::rdx);
        a_.jne(miss);
        if (!(in.imm >> 32)) a_.mov(x86::rax, imm(in.aux1 & Value::kPayload));
        a_.mov(x86::rax, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Dict, entries))));
        a_.mov(x86::rax, x86::qword_ptr(x86::rax, int32_t((in.imm & 0xffffffffu) * sizeof(runtime::DictEntry) +
                                                            offsetof(runtime::DictEntry, value))));
        a_.mov(slot(out), x86::rax);
        if (in.b & 1) a_.mov(slot(in.dst), x86::r15);
        a_.jmp(done);
        a_.bind(miss);
        call_checked(jit::HelperId::load_global, in.lasti, in.dst, uint32_t(in.b));
        a_.bind(done);
        break;
      }
      case IrOp::MethodLoad: {
        Label miss = a_.newLabel(), hit = a_.newLabel(), done = a_.newLabel(), shaped = a_.newLabel(),
              ways = a_.newLabel();
        load_object(in.a, miss);  // rax = object, rcx = its type
        a_.mov(x86::edx, x86::dword_ptr(x86::rcx, int32_t(offsetof(runtime::Type, version))));
        a_.test(x86::edx, x86::edx);
        a_.jz(miss);
        a_.xor_(x86::esi, x86::esi);  // shape id 0 for layouts without shapes
        a_.movzx(x86::r9d, x86::byte_ptr(x86::rcx, int32_t(offsetof(runtime::Type, layout))));
        a_.cmp(x86::r9d, imm(int(runtime::Layout::Instance)));
        a_.je(shaped);
        a_.cmp(x86::r9d, imm(int(runtime::Layout::Exception)));
        a_.jne(ways);
        a_.bind(shaped);
        a_.mov(x86::rsi, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Instance, shape))));
        a_.test(x86::rsi, x86::rsi);
        a_.jz(miss);
        a_.mov(x86::esi, x86::dword_ptr(x86::rsi, int32_t(offsetof(runtime::Shape, id))));
        a_.bind(ways);
        a_.mov(x86::r8, imm(in.aux1));
        for (int w = 0; w < jit::MethodPic::kWays; w++) {
          Label next = a_.newLabel();
          a_.cmp(x86::edx, x86::dword_ptr(x86::r8, int32_t(offsetof(jit::MethodPic, version) + 4 * w)));
          a_.jne(next);
          a_.cmp(x86::esi, x86::dword_ptr(x86::r8, int32_t(offsetof(jit::MethodPic, shape) + 4 * w)));
          a_.jne(next);
          a_.mov(x86::r9, x86::qword_ptr(x86::r8, int32_t(offsetof(jit::MethodPic, method) + 8 * w)));
          a_.jmp(hit);
          a_.bind(next);
        }
        a_.jmp(miss);
        a_.bind(hit);
        a_.mov(x86::rax, slot(in.a));
        a_.mov(slot(in.a + 1), x86::rax);
        a_.mov(slot(in.a), x86::r9);
        a_.jmp(done);
        a_.bind(miss);
        call_checked(jit::HelperId::load_method_pic, in.lasti, in.a + 1, in.aux1);
        a_.bind(done);
        break;
      }
      case IrOp::ListGet: case IrOp::ListSet: {
        // List layout: items (Value*), size (uint32).
        Label generic = a_.newLabel(), done = a_.newLabel();
        load_exact(in.a, in.aux1, generic);
        a_.mov(x86::rcx, slot(in.a + 1));
        a_.mov(x86::rdx, x86::rcx);
        a_.shr(x86::rdx, 48);
        a_.cmp(x86::edx, imm(0xFFFA));
        a_.jne(generic);
        a_.shl(x86::rcx, 16);
        a_.sar(x86::rcx, 16);  // the index
        a_.mov(x86::edx, x86::dword_ptr(x86::rax, int32_t(offsetof(runtime::List, size))));
        Label nonneg = a_.newLabel();
        a_.test(x86::rcx, x86::rcx);
        a_.jns(nonneg);
        a_.add(x86::rcx, x86::rdx);
        a_.js(generic);
        a_.bind(nonneg);
        a_.cmp(x86::rcx, x86::rdx);
        a_.jge(generic);
        a_.mov(x86::rax, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::List, items))));
        if (in.op == IrOp::ListGet) {
          a_.mov(x86::rax, x86::qword_ptr(x86::rax, x86::rcx, 3));
          a_.mov(slot(in.dst), x86::rax);
        } else {
          a_.mov(x86::rdx, slot(in.dst));
          a_.mov(x86::qword_ptr(x86::rax, x86::rcx, 3), x86::rdx);
        }
        a_.jmp(done);
        a_.bind(generic);
        call_checked(in.op == IrOp::ListGet ? jit::HelperId::binary_subscr : jit::HelperId::store_subscr, in.lasti,
                    f_.stack_slot(in.b), 0);
        a_.bind(done);
        break;
      }
      case IrOp::ListNext: {
        // Iter layout: seq (the List, null once exhausted), index.
        Label generic = a_.newLabel(), done = a_.newLabel();
        Label exhausted = labels_[size_t(in.dst)];
        load_exact(in.a, in.aux1, generic);
        a_.mov(x86::rcx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, seq))));
        a_.cmp(x86::rcx, x86::r15);
        a_.je(generic);  // exhausted before: the helper knows what to do
        a_.shl(x86::rcx, 16);
        a_.shr(x86::rcx, 16);  // the List
        a_.mov(x86::rdx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, index))));
        a_.mov(x86::esi, x86::dword_ptr(x86::rcx, int32_t(offsetof(runtime::List, size))));
        a_.cmp(x86::rdx, x86::rsi);
        a_.jge(generic);  // the end (or a shrunk list): the helper decides
        a_.mov(x86::rsi, x86::qword_ptr(x86::rcx, int32_t(offsetof(runtime::List, items))));
        a_.mov(x86::rsi, x86::qword_ptr(x86::rsi, x86::rdx, 3));
        a_.mov(slot(in.a + 1), x86::rsi);
        a_.inc(x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, index))));
        a_.jmp(done);
        a_.bind(generic);
        call_checked(jit::HelperId::for_iter, in.lasti, in.a + 1, 0);
        a_.jz(exhausted);
        a_.bind(done);
        break;
      }
      case IrOp::Unpack: {
        // Tuple layout: size (uint32) then the items inline; List: items pointer, size.
        Label generic = a_.newLabel(), done = a_.newLabel(), is_list = a_.newLabel(), spread = a_.newLabel();
        uint32_t n = uint32_t(in.imm);
        load_object(in.a, generic);
        a_.mov(x86::rdx, imm(in.aux1));
        a_.cmp(x86::rcx, x86::rdx);
        a_.jne(is_list);
        a_.cmp(x86::dword_ptr(x86::rax, int32_t(offsetof(runtime::Tuple, size))), imm(n));
        a_.jne(generic);
        a_.lea(x86::rax, x86::ptr(x86::rax, int32_t(offsetof(runtime::Tuple, items))));
        a_.jmp(spread);
        a_.bind(is_list);
        a_.mov(x86::rdx, imm(in.aux2));
        a_.cmp(x86::rcx, x86::rdx);
        a_.jne(generic);
        a_.cmp(x86::dword_ptr(x86::rax, int32_t(offsetof(runtime::List, size))), imm(n));
        a_.jne(generic);
        a_.mov(x86::rax, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::List, items))));
        a_.bind(spread);  // rax = the items; the first item ends on top
        for (uint32_t i = 0; i < n; i++) {
          a_.mov(x86::rcx, x86::qword_ptr(x86::rax, int32_t((n - 1 - i) * 8)));
          a_.mov(slot(in.a + int32_t(i)), x86::rcx);
        }
        a_.jmp(done);
        a_.bind(generic);
        call_checked(jit::HelperId::unpack_sequence, in.lasti, f_.stack_slot(in.b), n);
        a_.bind(done);
        break;
      }
      case IrOp::RangeNext: {
        // Iter layout: index, end, step, a (the start, a small int).
        Label generic = a_.newLabel(), done = a_.newLabel();
        Label exhausted = labels_[size_t(in.dst)];
        load_exact(in.a, in.aux1, generic);
        a_.mov(x86::rcx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, index))));
        a_.cmp(x86::rcx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, end))));
        a_.jge(exhausted);
        a_.mov(x86::rdx, x86::rcx);
        a_.imul(x86::rdx, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, step))));
        a_.jo(generic);
        a_.mov(x86::rsi, x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, a))));
        a_.shl(x86::rsi, 16);
        a_.sar(x86::rsi, 16);
        a_.add(x86::rdx, x86::rsi);
        a_.jo(generic);
        // small int range check: the value must survive a 16-bit shift round trip
        a_.mov(x86::rsi, x86::rdx);
        a_.shl(x86::rsi, 16);
        a_.sar(x86::rsi, 16);
        a_.cmp(x86::rsi, x86::rdx);
        a_.jne(generic);
        a_.inc(x86::qword_ptr(x86::rax, int32_t(offsetof(runtime::Iter, index))));
        a_.shl(x86::rdx, 16);
        a_.shr(x86::rdx, 16);
        a_.or_(x86::rdx, x86::r14);
        a_.mov(slot(in.a + 1), x86::rdx);
        a_.jmp(done);
        a_.bind(generic);
        call_checked(jit::HelperId::for_iter, in.lasti, in.a + 1, 0);
        a_.jz(exhausted);
        a_.bind(done);
        break;
      }
      case IrOp::CallPy:
        call_py(in);
        break;
      case IrOp::Helper:
        call_checked(jit::HelperId(in.imm), in.lasti, f_.stack_slot(in.a), uint32_t(in.b));
        if (jit::HelperId(in.imm) == jit::HelperId::call) {
          a_.cmp(x86::rax, imm(jit::kExitHere));
          a_.je(exit_to(in.off, in.depth, false));
          // The callee (time.sleep) asked the program to pause: the interpreter takes over
          // after the CALL, with its result pushed, and pauses there.
          a_.cmp(x86::byte_ptr(x86::rbx, kVmSuspendWanted), 0);
          a_.jne(exit_to(in.off + 1 + interp::kCacheUnits[interp::CALL], in.a - int32_t(in.b) - 1, false));
        }
        break;
      case IrOp::HelperBranch:
        call_checked(jit::HelperId(in.imm), in.lasti, f_.stack_slot(in.a), uint32_t(in.b));
        a_.cmp(x86::rax, imm(in.key2));
        a_.je(labels_[size_t(in.dst)]);
        break;
      case IrOp::Return:
        a_.mov(x86::rax, slot(in.a));
        a_.jmp(epilogue_);
        break;
      case IrOp::Exit:
        a_.jmp(exit_to(in.off, in.a, false));
        break;
    }
    fused_ = in.fuse;
  }
  bool fused_ = false;
};

class X64Backend : public jit::Backend {
 public:
  explicit X64Backend(bool perf_map) : runtime_(params()), perf_map_(perf_map) {}
  ~X64Backend() override {
    if (perf_) std::fclose(perf_);
  }
  const char* name() const override { return "x86-64"; }

  interp::JitFn compile(const IrFunc& f, interp::JitCode* jc, size_t& code_bytes, std::string& error) override {
    CodeHolder code;
    CaptureErrors errors;
    code.init(runtime_.environment());
    code.setErrorHandler(&errors);
    x86::Assembler a(&code);
    Gen(a, f, jc).run();
    if (errors.first != kErrorOk) {
      error = "asmjit: " + errors.message;
      return nullptr;
    }
    code_bytes = code.codeSize();
    interp::JitFn fn = nullptr;
    if (runtime_.add(&fn, &code) != kErrorOk) {
      error = "asmjit: cannot map the code";
      return nullptr;
    }
    if (perf_map_) write_perf_map(reinterpret_cast<const void*>(fn), code_bytes, f);
    return fn;
  }

 private:
  static const JitAllocator::CreateParams* params() {
    static JitAllocator::CreateParams p;
    p.options = JitAllocatorOptions::kUseDualMapping;
    return &p;
  }
  void write_perf_map(const void* start, size_t size, const IrFunc& f) {
    if (!perf_) {
      char path[64];
      std::snprintf(path, sizeof path, "/tmp/perf-%d.map", int(getpid()));
      perf_ = std::fopen(path, "w");
      if (!perf_) {
        perf_map_ = false;
        return;
      }
    }
    std::string name(f.code->qualname ? f.code->qualname->view() : std::string_view("?"));
    std::fprintf(perf_, "%llx %zx py::%s\n", (unsigned long long)reinterpret_cast<uintptr_t>(start), size, name.c_str());
    std::fflush(perf_);
  }
  JitRuntime runtime_;
  bool perf_map_;
  std::FILE* perf_ = nullptr;
};

}  // namespace

std::unique_ptr<jit::Backend> make_x64_backend(bool perf_map) { return std::make_unique<X64Backend>(perf_map); }

}  // namespace taipan::native
