// Bytecode verification at load time: every path through a code object must keep the value
// stack between 0 and co_stacksize, give each instruction the inputs it reads, and reach
// each instruction (and each exception handler) with one consistent depth. Together with
// the operand range checks in marshal.cpp this is what lets the interpreter run without
// per-instruction bounds checks: a corrupt .pyc is refused instead of crashing the VM.
#include <vector>

#include "interp/marshal.h"
#include "interp/opcodes.h"

namespace taipan::interp {

using namespace runtime;

namespace {

// Values an instruction reads from the stack (minimum depth before it runs).
int inputs(uint8_t op, uint32_t arg) {
  switch (op) {
    case POP_TOP: case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
    case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case PUSH_EXC_INFO: case GET_AITER:
    case GET_ANEXT: case BEFORE_ASYNC_WITH: case BEFORE_WITH: case GET_ITER: case GET_YIELD_FROM_ITER:
    case PRINT_EXPR: case LIST_TO_TUPLE: case RETURN_VALUE: case IMPORT_STAR: case YIELD_VALUE:
    case ASYNC_GEN_WRAP: case POP_EXCEPT: case STORE_NAME: case UNPACK_SEQUENCE: case FOR_ITER:
    case UNPACK_EX: case DELETE_ATTR: case STORE_GLOBAL: case LOAD_ATTR: case IMPORT_FROM:
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: case POP_JUMP_FORWARD_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE: case POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_NONE:
    case POP_JUMP_BACKWARD_IF_NOT_NONE: case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_BACKWARD_IF_TRUE: case STORE_FAST: case GET_AWAITABLE: case STORE_DEREF: case LOAD_METHOD:
      return 1;
    case BINARY_SUBSCR: case MATCH_KEYS: case CHECK_EXC_MATCH: case CHECK_EG_MATCH: case END_ASYNC_FOR:
    case DELETE_SUBSCR: case PREP_RERAISE_STAR: case STORE_ATTR: case COMPARE_OP: case IMPORT_NAME:
    case IS_OP: case CONTAINS_OP: case BINARY_OP: case SEND:
      return 2;
    case STORE_SUBSCR: case MATCH_CLASS: return 3;
    case WITH_EXCEPT_START: return 4;
    case SWAP: case COPY: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
    case RAISE_VARARGS: case BUILD_SLICE:
      return int(arg);
    case BUILD_MAP: return int(2 * arg);
    case RERAISE: case LIST_APPEND: case SET_ADD: case BUILD_CONST_KEY_MAP: case LIST_EXTEND:
    case SET_UPDATE: case DICT_UPDATE:
      return int(arg) + 1;
    case MAP_ADD: return int(arg) + 2;
    case DICT_MERGE: return int(arg) + 3;  // the error message reads the function below
    case MAKE_FUNCTION: return 1 + __builtin_popcount(arg & 0x0f);
    case CALL_FUNCTION_EX: return 3 + int(arg & 1);
    case FORMAT_VALUE: return (arg & 4) ? 2 : 1;
    case PRECALL: return int(arg) + 2;
    case CALL: return 2;  // PRECALL already accounted for the arguments
    default: return 0;
  }
}

// Net stack effect; `jump` selects the branch-taken effect.
}  // namespace

int stack_effect(uint8_t op, uint32_t arg, bool jump) {
  switch (op) {
    case POP_TOP: case BINARY_SUBSCR: case PRINT_EXPR: case RETURN_VALUE: case IMPORT_STAR:
    case PREP_RERAISE_STAR: case POP_EXCEPT: case STORE_NAME: case DELETE_ATTR: case STORE_GLOBAL:
    case COMPARE_OP: case IMPORT_NAME: case IS_OP: case CONTAINS_OP: case RERAISE: case BINARY_OP:
    case STORE_FAST: case STORE_DEREF: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_MERGE: case DICT_UPDATE: case CALL: case POP_JUMP_FORWARD_IF_FALSE:
    case POP_JUMP_FORWARD_IF_TRUE: case POP_JUMP_FORWARD_IF_NOT_NONE: case POP_JUMP_FORWARD_IF_NONE:
    case POP_JUMP_BACKWARD_IF_NOT_NONE: case POP_JUMP_BACKWARD_IF_NONE: case POP_JUMP_BACKWARD_IF_FALSE:
    case POP_JUMP_BACKWARD_IF_TRUE:
      return -1;
    case PUSH_NULL: case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
    case PUSH_EXC_INFO: case WITH_EXCEPT_START: case GET_ANEXT: case BEFORE_ASYNC_WITH: case BEFORE_WITH:
    case LOAD_BUILD_CLASS: case LOAD_ASSERTION_ERROR: case LOAD_CONST: case LOAD_NAME: case IMPORT_FROM:
    case COPY: case LOAD_FAST: case LOAD_CLOSURE: case LOAD_DEREF: case LOAD_CLASSDEREF: case LOAD_METHOD:
    case RETURN_GENERATOR:  // resumption pushes the sent value
      return 1;
    case END_ASYNC_FOR: case DELETE_SUBSCR: case STORE_ATTR: case MAP_ADD: case MATCH_CLASS: return -2;
    case STORE_SUBSCR: return -3;
    case UNPACK_SEQUENCE: return int(arg) - 1;
    case UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - int(arg);
    case BUILD_MAP: return 1 - 2 * int(arg);
    case BUILD_CONST_KEY_MAP: return -int(arg);
    case RAISE_VARARGS: return -int(arg);
    case MAKE_FUNCTION: return -__builtin_popcount(arg & 0x0f);
    case BUILD_SLICE: return arg == 3 ? -2 : -1;
    case CALL_FUNCTION_EX: return -2 - int(arg & 1);
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case PRECALL: return -int(arg);
    case LOAD_GLOBAL: return (arg & 1) ? 2 : 1;
    case FOR_ITER: return jump ? -1 : 1;
    case SEND: return jump ? -1 : 0;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    default: return 0;
  }
}

bool ends_flow(uint8_t op) {
  return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE || op == JUMP_FORWARD ||
         op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT;
}

// Returns an empty string when the code is well formed, else the reason.
const char* verify_code(Code* c) {
  uint32_t n = c->ncode;
  std::vector<int32_t> depth(n, -1);
  std::vector<uint32_t> work;
  auto reach = [&](uint32_t at, int32_t d) -> const char* {
    if (at >= n) return "jump out of the code";
    if (d < 0) return "stack underflow";
    if (uint32_t(d) > c->stacksize) return "stack overflow";
    if (depth[at] == -1) {
      depth[at] = d;
      work.push_back(at);
    } else if (depth[at] != d) {
      return "inconsistent stack depth";
    }
    return nullptr;
  };
  if (const char* e = reach(0, 0)) return e;
  // Which instruction starts are real (not CACHE units or EXTENDED_ARG-prefixed args).
  std::vector<bool> start(n, false);
  for (uint32_t i = 0; i < n;) {
    start[i] = true;
    i += 1 + kOpInfo[uint8_t(c->code[i] & 0xff)].cache;
  }
  while (!work.empty()) {
    uint32_t i = work.back();
    work.pop_back();
    if (!start[i]) return "jump into the middle of an instruction";
    int32_t d = depth[i];
    uint32_t at = i;
    uint32_t arg = 0;
    uint8_t op;
    for (;;) {
      op = uint8_t(c->code[at] & 0xff);
      arg = (arg << 8) | (c->code[at] >> 8);
      if (op != EXTENDED_ARG) break;
      at++;
      if (at >= n) return "truncated EXTENDED_ARG";
      if (!start[at]) return "bad EXTENDED_ARG";
    }
    const OpInfo& info = kOpInfo[op];
    uint32_t next = at + 1 + info.cache;
    if (d < inputs(op, arg)) return "stack underflow";
    if ((op == COPY || op == SWAP) && arg == 0) return "bad COPY/SWAP operand";
    // CALL reads the arguments PRECALL accounted for: the two always come as a pair.
    if (op == CALL) {
      uint32_t p = at - 1 - kOpInfo[PRECALL].cache;
      if (at < 1u + kOpInfo[PRECALL].cache || uint8_t(c->code[p] & 0xff) != PRECALL) return "CALL without a matching PRECALL";
      uint32_t parg = c->code[p] >> 8;
      for (uint32_t k = p, shift = 8; k >= 1 && uint8_t(c->code[k - 1] & 0xff) == EXTENDED_ARG; k--, shift += 8)
        parg |= uint32_t(c->code[k - 1] >> 8) << shift;
      if (parg != arg) return "CALL without a matching PRECALL";
    }
    // exception handlers covering this instruction
    for (uint32_t k = 0; k < c->nexc; k++) {
      const ExcEntry& e = c->exc_entries[k];
      if (at >= e.start && at < e.end)
        if (const char* err = reach(e.target, int32_t(e.depth) + (e.lasti ? 1 : 0) + 1)) return err;
    }
    if (info.flags & kJumpFwd)
      if (const char* err = reach(next + arg, d + stack_effect(op, arg, true))) return err;
    if (info.flags & kJumpBack)
      if (const char* err = reach(next - arg, d + stack_effect(op, arg, true))) return err;
    if (!ends_flow(op))
      if (const char* err = reach(next, d + stack_effect(op, arg, false))) return err;
  }
  return nullptr;
}

}  // namespace taipan::interp
