// The regular expression engine behind the _sre module (modules/sre.cpp): the code
// format that CPython 3.11's re/_compiler.py emits, the matcher state, and the entry points
// of the backtracking matcher (runtime/sre_match.cpp).
//
// Code format: a pattern is an array of 32-bit words, `<opcode> <operands...>`, numbered as
// in re/_constants.py (MAGIC 20220615). Jumps are relative and forward only; the word after
// an opcode that starts a block holds the block's length ("skip"). The whole program ends
// with SUCCESS. sre_validate() checks the structure once at compile time, so the matcher
// indexes the code without bounds checks.
//
// Positions are character indexes into the subject (0 = its first character, whatever
// `pos` was); the subject is an array of 1-byte (bytes, ASCII str) or 4-byte (other str)
// characters. A capture mark of -1 means "not set".
//
// The matcher never recurses on the C stack for nested pattern constructs: every sub-match
// is a Frame on a heap vector, and the state saved for backtracking (capture marks, the
// zero-width guard of repeats) goes on a second heap vector, in LIFO order with the frames.
#pragma once
#include <cstdint>
#include <vector>

namespace taipan::runtime {
struct VM;
}

namespace taipan::runtime::sre {

using Code = uint32_t;

inline constexpr uint32_t kMagic = 20220615;
inline constexpr Code kMaxRepeat = 0xFFFFFFFFu;
inline constexpr uint64_t kMaxGroups = 0x3FFFFFFFu;

// Opcodes, in re/_constants.py's order (the number is the position).
#define SRE_OPCODES(X)                                                                     \
  X(FAILURE) X(SUCCESS) X(ANY) X(ANY_ALL) X(ASSERT) X(ASSERT_NOT) X(AT) X(BRANCH)            \
  X(CATEGORY) X(CHARSET) X(BIGCHARSET) X(GROUPREF) X(GROUPREF_EXISTS) X(IN) X(INFO) X(JUMP) \
  X(LITERAL) X(MARK) X(MAX_UNTIL) X(MIN_UNTIL) X(NOT_LITERAL) X(NEGATE) X(RANGE) X(REPEAT)  \
  X(REPEAT_ONE) X(SUBPATTERN) X(MIN_REPEAT_ONE) X(ATOMIC_GROUP) X(POSSESSIVE_REPEAT)        \
  X(POSSESSIVE_REPEAT_ONE) X(GROUPREF_IGNORE) X(IN_IGNORE) X(LITERAL_IGNORE)                \
  X(NOT_LITERAL_IGNORE) X(GROUPREF_LOC_IGNORE) X(IN_LOC_IGNORE) X(LITERAL_LOC_IGNORE)       \
  X(NOT_LITERAL_LOC_IGNORE) X(GROUPREF_UNI_IGNORE) X(IN_UNI_IGNORE) X(LITERAL_UNI_IGNORE)   \
  X(NOT_LITERAL_UNI_IGNORE) X(RANGE_UNI_IGNORE)

enum Op : Code {
#define X(name) OP_##name,
  SRE_OPCODES(X)
#undef X
  kNumOps
};
static_assert(OP_RANGE_UNI_IGNORE == 42, "opcode numbers follow re/_constants.py");

// AT codes (the operand of AT).
enum At : Code {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
  AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
  AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
};

// Character categories (the operand of CATEGORY).
enum Category : Code {
  CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD,
  CAT_LINEBREAK, CAT_NOT_LINEBREAK, CAT_LOC_WORD, CAT_LOC_NOT_WORD,
  CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT, CAT_UNI_SPACE, CAT_UNI_NOT_SPACE,
  CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK, CAT_UNI_NOT_LINEBREAK,
};

// INFO block flags.
inline constexpr Code kInfoPrefix = 1, kInfoLiteral = 2, kInfoCharset = 4;

// Pattern flags (re.I, re.L, ...), for Pattern.__repr__.
inline constexpr int kFlagIgnoreCase = 2, kFlagLocale = 4, kFlagMultiline = 8, kFlagDotAll = 16,
                     kFlagUnicode = 32, kFlagVerbose = 64, kFlagDebug = 128, kFlagAscii = 256;

// Matcher results besides 1 (match) and 0 (no match).
inline constexpr int64_t kErrIllegal = -1;      // an opcode where none can be
inline constexpr int64_t kErrState = -2;        // an UNTIL without its REPEAT
inline constexpr int64_t kErrMemory = -9;       // the backtracking stacks could not grow
inline constexpr int64_t kErrInterrupted = -10; // the interrupt hook raised (exception pending)

// The context of a REPEAT ... MAX_UNTIL/MIN_UNTIL loop.
struct Repeat {
  int64_t count;        // iterations done, -1 before the first
  const Code* pattern;  // the REPEAT's operands (skip, min, max)
  int64_t last_ptr;     // where the last iteration started (zero-width guard), -1 none
  int32_t prev;         // enclosing repeat (index into State::repeats), -1 none
};

// One sub-match in progress (the matcher's explicit call stack).
struct Frame {
  const Code* pattern;  // where this frame resumes after its child returns
  int64_t ptr;          // its position at that point
  int64_t count;        // iterations (REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT, the UNTILs)
  int32_t rep;          // the Repeat it works on (REPEAT, MAX_UNTIL, MIN_UNTIL)
  Code chr;             // REPEAT_ONE: the literal the tail starts with
  int lastmark, lastindex;  // captures saved before trying an alternative
  uint8_t jump;         // where the parent resumes when this frame returns
  bool toplevel;        // match_all and must_advance apply to its SUCCESS
};

struct State {
  VM* vm = nullptr;
  const void* data = nullptr;  // the subject's characters
  int charsize = 1;            // 1 (uint8_t) or 4 (uint32_t)
  int64_t length = 0;          // characters in the subject
  int64_t start = 0;           // where the next match or search begins
  int64_t end = 0;             // endpos clamped to the subject: characters at or past it are unseen
  int64_t pos = 0, endpos = 0; // the window as clamped at the start (Match.pos, Match.endpos)
  int64_t ptr = 0;             // current position; after a match, where it ended
  std::vector<int64_t> marks;  // 2 per group
  int lastmark = -1;           // highest mark set
  int lastindex = -1;          // last group closed (Match.lastindex)
  int32_t repeat = -1;         // innermost active Repeat, -1 none
  std::vector<Repeat> repeats; // active repeats, innermost last
  bool match_all = false;      // fullmatch: the match must end at `end`
  bool must_advance = false;   // the match must not be empty at `start` (after an empty match)
  std::vector<Frame> frames;   // the matcher's stacks, kept to be reused by the next search
  std::vector<int64_t> saved;  // saved marks and zero-width guards, LIFO with the frames

  // Forget captures and repeats between two searches.
  void reset() {
    lastmark = lastindex = -1;
    repeat = -1;
    repeats.clear();
  }
};

// Matches at state.ptr (== state.start). Returns 1, 0 or a kErr* code; on a match
// state.ptr is where it ended and the marks describe the groups.
int64_t sre_match(State& state, const Code* code);
// Searches from state.start; on a match state.start is where it begins.
int64_t sre_search(State& state, const Code* code);
// Checks the structure of compiled code; false if the matcher must not run it.
bool sre_validate(const Code* code, size_t n, uint64_t groups);

// Character predicates and case mappings the module functions share with the matcher.
uint32_t lower_ascii(uint32_t ch);
uint32_t lower_unicode(uint32_t ch);
uint32_t upper_unicode(uint32_t ch);

// The interrupt hook: the matcher calls it every few thousand steps; when it returns true
// an exception is pending and the match stops with kErrInterrupted. It is a safe point
// (runtime/safepoint.cpp): signals, interrupts and budgets stop a runaway pattern.
bool sre_interrupt_pending(VM& vm);

}  // namespace taipan::runtime::sre
