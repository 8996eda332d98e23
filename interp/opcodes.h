// Taipan's instruction set: the one table every consumer derives from (dispatch table,
// disassembler, quickening, the JIT's bytecode walker, docs).
//
// Columns: name, opcode number, inline cache units that follow it, flags.
// Base instructions keep CPython 3.11's numbers, so a 3.11 .pyc decodes 1:1 (its code units
// are copied and then quickened in place). Quickened forms use numbers 3.11 leaves free;
// each names its base instruction in TAIPAN_QUICKENED and must keep that instruction's cache
// size, because the code stream layout never changes after loading.
//
// To add an instruction: add a row here, then a TARGET(...) handler in interp/interpreter.cpp
// (the dispatch table is generated from this list, so a missing handler fails the build).
#pragma once
#include <array>
#include <cstdint>

namespace taipan::interp {

enum OpFlags : uint8_t {
  kHasArg = 1,     // uses its oparg
  kJumpFwd = 2,    // oparg is a forward relative jump (in code units, after caches)
  kJumpBack = 4,   // oparg is a backward relative jump
  kQuickened = 8,  // produced by quickening, never found in a .pyc
};

#define TAIPAN_OPCODES(X)                                      \
  X(CACHE, 0, 0, 0)                                            \
  X(POP_TOP, 1, 0, 0)                                          \
  X(PUSH_NULL, 2, 0, 0)                                        \
  X(NOP, 9, 0, 0)                                              \
  X(UNARY_POSITIVE, 10, 0, 0)                                  \
  X(UNARY_NEGATIVE, 11, 0, 0)                                  \
  X(UNARY_NOT, 12, 0, 0)                                       \
  X(UNARY_INVERT, 15, 0, 0)                                    \
  X(BINARY_SUBSCR, 25, 4, 0)                                   \
  X(GET_LEN, 30, 0, 0)                                         \
  X(MATCH_MAPPING, 31, 0, 0)                                   \
  X(MATCH_SEQUENCE, 32, 0, 0)                                  \
  X(MATCH_KEYS, 33, 0, 0)                                      \
  X(PUSH_EXC_INFO, 35, 0, 0)                                   \
  X(CHECK_EXC_MATCH, 36, 0, 0)                                 \
  X(CHECK_EG_MATCH, 37, 0, 0)                                  \
  X(WITH_EXCEPT_START, 49, 0, 0)                               \
  X(GET_AITER, 50, 0, 0)                                       \
  X(GET_ANEXT, 51, 0, 0)                                       \
  X(BEFORE_ASYNC_WITH, 52, 0, 0)                               \
  X(BEFORE_WITH, 53, 0, 0)                                     \
  X(END_ASYNC_FOR, 54, 0, 0)                                   \
  X(STORE_SUBSCR, 60, 1, 0)                                    \
  X(DELETE_SUBSCR, 61, 0, 0)                                   \
  X(GET_ITER, 68, 0, 0)                                        \
  X(GET_YIELD_FROM_ITER, 69, 0, 0)                             \
  X(PRINT_EXPR, 70, 0, 0)                                      \
  X(LOAD_BUILD_CLASS, 71, 0, 0)                                \
  X(LOAD_ASSERTION_ERROR, 74, 0, 0)                            \
  X(RETURN_GENERATOR, 75, 0, 0)                                \
  X(LIST_TO_TUPLE, 82, 0, 0)                                   \
  X(RETURN_VALUE, 83, 0, 0)                                    \
  X(IMPORT_STAR, 84, 0, 0)                                     \
  X(SETUP_ANNOTATIONS, 85, 0, 0)                               \
  X(YIELD_VALUE, 86, 0, 0)                                     \
  X(ASYNC_GEN_WRAP, 87, 0, 0)                                  \
  X(PREP_RERAISE_STAR, 88, 0, 0)                               \
  X(POP_EXCEPT, 89, 0, 0)                                      \
  X(STORE_NAME, 90, 0, kHasArg)                                \
  X(DELETE_NAME, 91, 0, kHasArg)                               \
  X(UNPACK_SEQUENCE, 92, 1, kHasArg)                           \
  X(FOR_ITER, 93, 0, kHasArg | kJumpFwd)                       \
  X(UNPACK_EX, 94, 0, kHasArg)                                 \
  X(STORE_ATTR, 95, 4, kHasArg)                                \
  X(DELETE_ATTR, 96, 0, kHasArg)                               \
  X(STORE_GLOBAL, 97, 0, kHasArg)                              \
  X(DELETE_GLOBAL, 98, 0, kHasArg)                             \
  X(SWAP, 99, 0, kHasArg)                                      \
  X(LOAD_CONST, 100, 0, kHasArg)                               \
  X(LOAD_NAME, 101, 0, kHasArg)                                \
  X(BUILD_TUPLE, 102, 0, kHasArg)                              \
  X(BUILD_LIST, 103, 0, kHasArg)                               \
  X(BUILD_SET, 104, 0, kHasArg)                                \
  X(BUILD_MAP, 105, 0, kHasArg)                                \
  X(LOAD_ATTR, 106, 4, kHasArg)                                \
  X(COMPARE_OP, 107, 2, kHasArg)                               \
  X(IMPORT_NAME, 108, 0, kHasArg)                              \
  X(IMPORT_FROM, 109, 0, kHasArg)                              \
  X(JUMP_FORWARD, 110, 0, kHasArg | kJumpFwd)                  \
  X(JUMP_IF_FALSE_OR_POP, 111, 0, kHasArg | kJumpFwd)          \
  X(JUMP_IF_TRUE_OR_POP, 112, 0, kHasArg | kJumpFwd)           \
  X(POP_JUMP_FORWARD_IF_FALSE, 114, 0, kHasArg | kJumpFwd)     \
  X(POP_JUMP_FORWARD_IF_TRUE, 115, 0, kHasArg | kJumpFwd)      \
  X(LOAD_GLOBAL, 116, 5, kHasArg)                              \
  X(IS_OP, 117, 0, kHasArg)                                    \
  X(CONTAINS_OP, 118, 0, kHasArg)                              \
  X(RERAISE, 119, 0, kHasArg)                                  \
  X(COPY, 120, 0, kHasArg)                                     \
  X(BINARY_OP, 122, 1, kHasArg)                                \
  X(SEND, 123, 0, kHasArg | kJumpFwd)                          \
  X(LOAD_FAST, 124, 0, kHasArg)                                \
  X(STORE_FAST, 125, 0, kHasArg)                               \
  X(DELETE_FAST, 126, 0, kHasArg)                              \
  X(POP_JUMP_FORWARD_IF_NOT_NONE, 128, 0, kHasArg | kJumpFwd)  \
  X(POP_JUMP_FORWARD_IF_NONE, 129, 0, kHasArg | kJumpFwd)      \
  X(RAISE_VARARGS, 130, 0, kHasArg)                            \
  X(GET_AWAITABLE, 131, 0, kHasArg)                            \
  X(MAKE_FUNCTION, 132, 0, kHasArg)                            \
  X(BUILD_SLICE, 133, 0, kHasArg)                              \
  X(JUMP_BACKWARD_NO_INTERRUPT, 134, 0, kHasArg | kJumpBack)   \
  X(MAKE_CELL, 135, 0, kHasArg)                                \
  X(LOAD_CLOSURE, 136, 0, kHasArg)                             \
  X(LOAD_DEREF, 137, 0, kHasArg)                               \
  X(STORE_DEREF, 138, 0, kHasArg)                              \
  X(DELETE_DEREF, 139, 0, kHasArg)                             \
  X(JUMP_BACKWARD, 140, 0, kHasArg | kJumpBack)                \
  X(CALL_FUNCTION_EX, 142, 0, kHasArg)                         \
  X(EXTENDED_ARG, 144, 0, kHasArg)                             \
  X(LIST_APPEND, 145, 0, kHasArg)                              \
  X(SET_ADD, 146, 0, kHasArg)                                  \
  X(MAP_ADD, 147, 0, kHasArg)                                  \
  X(LOAD_CLASSDEREF, 148, 0, kHasArg)                          \
  X(COPY_FREE_VARS, 149, 0, kHasArg)                           \
  X(RESUME, 151, 0, kHasArg)                                   \
  X(MATCH_CLASS, 152, 0, kHasArg)                              \
  X(FORMAT_VALUE, 155, 0, kHasArg)                             \
  X(BUILD_CONST_KEY_MAP, 156, 0, kHasArg)                      \
  X(BUILD_STRING, 157, 0, kHasArg)                             \
  X(LOAD_METHOD, 160, 10, kHasArg)                             \
  X(LIST_EXTEND, 162, 0, kHasArg)                              \
  X(SET_UPDATE, 163, 0, kHasArg)                               \
  X(DICT_MERGE, 164, 0, kHasArg)                               \
  X(DICT_UPDATE, 165, 0, kHasArg)                              \
  X(PRECALL, 166, 1, kHasArg)                                  \
  X(CALL, 171, 4, kHasArg)                                     \
  X(KW_NAMES, 172, 0, kHasArg)                                 \
  X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173, 0, kHasArg | kJumpBack) \
  X(POP_JUMP_BACKWARD_IF_NONE, 174, 0, kHasArg | kJumpBack)    \
  X(POP_JUMP_BACKWARD_IF_FALSE, 175, 0, kHasArg | kJumpBack)   \
  X(POP_JUMP_BACKWARD_IF_TRUE, 176, 0, kHasArg | kJumpBack)    \
  /* quickened forms (Taipan's own) */                         \
  X(LOAD_GLOBAL_CACHED, 200, 5, kHasArg | kQuickened)          \
  X(LOAD_ATTR_SLOT, 201, 4, kHasArg | kQuickened)              \
  X(STORE_ATTR_SLOT, 202, 4, kHasArg | kQuickened)             \
  X(LOAD_METHOD_CACHED, 203, 10, kHasArg | kQuickened)         \
  X(BINARY_OP_ADD_INT, 204, 1, kHasArg | kQuickened)           \
  X(BINARY_OP_SUB_INT, 205, 1, kHasArg | kQuickened)           \
  X(BINARY_OP_ADD_FLOAT, 206, 1, kHasArg | kQuickened)         \
  X(BINARY_OP_SUB_FLOAT, 207, 1, kHasArg | kQuickened)         \
  X(BINARY_OP_MUL_FLOAT, 208, 1, kHasArg | kQuickened)         \
  X(COMPARE_OP_INT, 209, 2, kHasArg | kQuickened)              \
  X(COMPARE_OP_FLOAT, 210, 2, kHasArg | kQuickened)            \
  X(BINARY_SUBSCR_LIST_INT, 211, 4, kQuickened)                \
  X(CALL_PY_EXACT, 212, 4, kHasArg | kQuickened)               \
  X(FOR_ITER_RANGE, 213, 0, kHasArg | kJumpFwd | kQuickened)   \
  X(FOR_ITER_LIST, 214, 0, kHasArg | kJumpFwd | kQuickened)    \
  X(BINARY_OP_MUL_INT, 215, 1, kHasArg | kQuickened)           \
  X(LOAD_ATTR_MODULE, 216, 4, kHasArg | kQuickened)            \
  X(BINARY_OP_DIV_FLOAT, 217, 1, kHasArg | kQuickened)

enum Opcode : uint8_t {
#define X(name, num, cache, flags) name = num,
  TAIPAN_OPCODES(X)
#undef X
};

// Base instruction of each quickened form (for disassembly and de-quickening).
#define TAIPAN_QUICKENED(X)                       \
  X(LOAD_GLOBAL_CACHED, LOAD_GLOBAL)              \
  X(LOAD_ATTR_SLOT, LOAD_ATTR)                    \
  X(STORE_ATTR_SLOT, STORE_ATTR)                  \
  X(LOAD_METHOD_CACHED, LOAD_METHOD)              \
  X(BINARY_OP_ADD_INT, BINARY_OP)                 \
  X(BINARY_OP_SUB_INT, BINARY_OP)                 \
  X(BINARY_OP_ADD_FLOAT, BINARY_OP)               \
  X(BINARY_OP_SUB_FLOAT, BINARY_OP)               \
  X(BINARY_OP_MUL_FLOAT, BINARY_OP)               \
  X(COMPARE_OP_INT, COMPARE_OP)                   \
  X(COMPARE_OP_FLOAT, COMPARE_OP)                 \
  X(BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR)        \
  X(CALL_PY_EXACT, CALL)                          \
  X(FOR_ITER_RANGE, FOR_ITER)                     \
  X(FOR_ITER_LIST, FOR_ITER)                      \
  X(BINARY_OP_MUL_INT, BINARY_OP)                 \
  X(LOAD_ATTR_MODULE, LOAD_ATTR)                  \
  X(BINARY_OP_DIV_FLOAT, BINARY_OP)

struct OpInfo {
  const char* name;
  uint8_t cache;
  uint8_t flags;
  uint8_t base;  // base opcode (itself for base instructions)
  bool valid;
};

// Indexed by opcode number; entries with valid == false are not instructions.
extern const std::array<OpInfo, 256> kOpInfo;

// Inline cache units per opcode, as a compile-time table (the interpreter skips caches
// with constants).
constexpr std::array<uint8_t, 256> make_cache_table() {
  std::array<uint8_t, 256> t{};
#define X(name, num, cache, flags) t[num] = cache;
  TAIPAN_OPCODES(X)
#undef X
  return t;
}
inline constexpr std::array<uint8_t, 256> kCacheUnits = make_cache_table();

// Stack effect of a base instruction (taking the jump or not), as the verifier uses it, and
// whether control never falls through to the next instruction.
int stack_effect(uint8_t op, uint32_t arg, bool jump);
bool ends_flow(uint8_t op);

}  // namespace taipan::interp
