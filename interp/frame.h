// Frames and the VM stack.
//
// Python frames live in one contiguous region of Values (the VM stack), each laid out as a
// Frame header followed by its localsplus slots (locals, cells, free variables) and then
// its value stack (code->stacksize slots). A Python-to-Python call pushes a frame here and
// continues in the same interpreter loop: no C recursion.
//
// Generator frames live in their generator object's own buffer (same layout) and are linked
// into the frame chain while they run.
//
// GC invariant: the collector scans every slot of every frame in the chain, the whole value
// stack up to stacksize, not just up to the live stack pointer. Slots are zeroed when the
// frame is pushed (0 bits is the double 0.0, which owns nothing), so a stale slot always
// holds a valid value. This lets the interpreter keep the stack pointer in a register and
// call anything that allocates without first saving it.
#pragma once
#include <memory>

#include "runtime/objects.h"

namespace taipan::interp {

using runtime::Code;
using runtime::Dict;
using runtime::Function;
using runtime::Object;
using runtime::Value;
using runtime::VM;

enum FrameFlags : uint32_t {
  kFrameEntry = 1,      // the interpreter loop returns to its C++ caller when this frame ends
  kFrameGenerator = 2,  // frame storage belongs to a generator object
  kFrameYielded = 4,    // set when the frame suspended at a yield (vs returned)
};

struct Frame {
  Code* code;
  Function* func;        // null for module code run directly
  Dict* globals;
  Dict* builtins;
  Value locals;          // mapping for LOAD_NAME/STORE_NAME (module and class bodies), or null
  Frame* prev;
  uint16_t* ip;          // next instruction when not running
  Value* sp;             // stack pointer when not running
  Object* gen;           // owning generator, or null
  uint32_t flags;
  int32_t lasti;         // offset of the instruction being executed (for tracebacks)
  Value kwnames;         // pending KW_NAMES tuple for the next CALL, or null
  Value localsplus[];    // code->nlocalsplus slots, then code->stacksize slots

  Value* stack_base() { return localsplus + code->nlocalsplus; }
  static size_t size_in_values(Code* c) { return sizeof(Frame) / sizeof(Value) + c->nlocalsplus + c->stacksize; }
};
static_assert(sizeof(Frame) % sizeof(Value) == 0);

// Compiled code as the interpreter sees it (jit/ fills these in; Code::jit points at one).
// fn(vm, frame, entry) runs `frame` from bytecode offset `entry`, which must be the start of
// the function body (after RESUME) or a loop header; at any other offset it returns at once.
// The interpreter saves ip/sp/lasti into the frame before the call. The result is either a
// Value to return from the frame, or null: with an exception pending (frame->lasti names the
// raising instruction) the interpreter unwinds; without one it resumes at frame->ip with
// frame->sp (a deoptimization or an instruction compiled code leaves to the interpreter).
using JitFn = uint64_t (*)(VM* vm, Frame* frame, uint32_t entry);
struct JitCode {
  JitFn fn = nullptr;          // null: not compiled (refused, or given up after deopts)
  uint64_t deopts = 0;         // guard failures (compiled code counts them)
  uint64_t deopt_budget = ~uint64_t(0);  // at this many the JIT is asked to recompile
};

struct Bundle;  // interp/bundle.h

struct Interp {
  Value* stack = nullptr;   // the VM stack region
  Value* limit = nullptr;   // end of the region
  Value* top = nullptr;     // first free slot
  Frame* current = nullptr; // innermost running frame
  size_t calls = 0;         // --stats
  size_t backedges = 0;
  // Tier-up: set by the JIT when it is on. The interpreter calls jit_compile when a code
  // object's call count reaches jit_call_threshold (at RESUME) or its back-edge count
  // reaches jit_loop_threshold (at a backward jump), and when compiled code has used up its
  // deopt budget; it returns the code's JitCode (possibly with fn null), never null.
  JitCode* (*jit_compile)(VM& vm, Code* code) = nullptr;
  uint32_t jit_call_threshold = 0;
  uint32_t jit_loop_threshold = 0;
  void* jit_state = nullptr;  // owned by the JIT
  // Compiled code calls Python functions on the C stack; below this address it returns to
  // the interpreter at the call instead, which pushes the callee's frame without C
  // recursion, so deep recursion is limited by sys.getrecursionlimit(), not the C stack.
  uintptr_t jit_call_floor = 0;
  std::shared_ptr<Bundle> bundle;  // the app bundle being run, if any (interp/bundle.h)
  // Cooperative running (run_suspendable): active run() activations; the count at which
  // the program may pause (0: it may not); the innermost frame of a paused program.
  uint32_t runs = 0;
  uint32_t suspend_runs = 0;
  Frame* suspended = nullptr;
  uint64_t pauses = 0;       // --stats
  // Set by a host running a program cooperatively: the outermost run_code (the main
  // module's) is then suspendable, and exec_module_code leaves a paused module in place.
  bool cooperative = false;
};

inline Interp& interp_of(VM& vm) { return *static_cast<Interp*>(vm.interp); }

// Sets up the interpreter state on a VM (stack region, hooks, root visitor).
void install(VM& vm, size_t stack_values = size_t(4) << 20);
void uninstall(VM& vm);
// Runs a module's code object with the given globals; returns the result or null.
Value run_module_code(VM& vm, Code* code, Dict* globals);
// Cooperative running: runs module code like run_module_code, but the program may pause
// (VM::suspend_wanted: a host request, the end of a time slice, time.sleep) at a safe point
// or after a native call, when only this outermost activation is on the C stack. Then it
// returns null with no exception and `suspended` set; the frames stay on the VM stack (and
// other Python code may run meanwhile), and resume_suspended() continues the program.
Value run_suspendable(VM& vm, Code* code, Dict* globals, bool& suspended);
Value resume_suspended(VM& vm, bool& suspended);
inline bool paused(VM& vm) { return interp_of(vm).suspended != nullptr; }
// Runs a code object with the given globals and locals mapping (exec/eval).
Value run_code(VM& vm, Code* code, Dict* globals, Value locals);
// Line number for an instruction offset (code units), -1 if none.
int code_line(Code* code, int32_t offset);
// Prints an exception with its traceback and chain to stderr, CPython's format.
void print_exception(VM& vm, Value exc);
// Line `line` of `file` as it is (without its newline), from the running bundle or the file
// on disk; empty when there is none (interp/traceback.cpp).
std::string source_line(VM& vm, const std::string& file, int64_t line);
// Frame scanning for the GC.
void trace_frame(Frame* f, runtime::Marker& m);

// Calls a Python function object (the VM's call_hook): binds the arguments, then runs
// the body, entering its compiled code directly when it has some.
Value call_function(VM& vm, Value function, Value* args, size_t nargs, runtime::Tuple* kwnames);
// The same for a call made by compiled code (which may still pause the program afterwards).
Value call_function_from_compiled(VM& vm, Value function, Value* args, size_t nargs, runtime::Tuple* kwnames);
// Finishes a call whose frame `f` (pushed with kFrameEntry, the innermost frame) was entered in
// compiled code that returned null: unwinds the pending exception, or resumes the interpreter
// at f->ip after a deoptimization. Returns the frame's result, or null with an exception.
Value finish_compiled_entry(VM& vm, Frame* f);

// Instruction semantics shared by the interpreter's handlers and the JIT's helpers.
Value load_name_error(VM& vm, runtime::Str* name);                      // raises NameError
Value load_name(VM& vm, Frame* frame, runtime::Str* name);              // LOAD_NAME
runtime::Status store_name(VM& vm, Frame* frame, runtime::Str* name, Value v);  // STORE_NAME
Value load_deref(VM& vm, Frame* frame, uint32_t slot);                  // LOAD_DEREF
// Unpacks an iterable into argcnt (+ a list + argcntafter) values ending below sp, first
// item at sp[-1] (UNPACK_SEQUENCE with argcntafter == -1, UNPACK_EX otherwise).
runtime::Status unpack_iterable(VM& vm, Value seq, int argcnt, int argcntafter, Value* sp);
// The match statement (interp/match.cpp): MATCH_MAPPING / MATCH_SEQUENCE tests, and
// MATCH_KEYS / MATCH_CLASS results (a tuple, None for no match, null on error).
bool match_is_mapping(VM& vm, Value subject);
bool match_is_sequence(VM& vm, Value subject);
Value match_keys(VM& vm, Value subject, Value keys);
Value match_class(VM& vm, Value subject, Value cls, uint32_t nargs, Value kwnames);

}  // namespace taipan::interp
