// The backtracking matcher of the _sre module: runs the code of re/_compiler.py against a
// subject of 1-byte or 4-byte characters with CPython 3.11's semantics (which group
// captures survive backtracking, zero-width repeat guards, possessive and atomic groups,
// the search prefilters), and the validator of compiled code. See runtime/sre.h for the
// code format and the state.
//
// Matcher<Ch>::match is one loop over an explicit stack of Frames: trying a sub-pattern
// pushes a Frame recording where the parent resumes (a Resume code) and restarts the loop
// at the sub-pattern; when it finishes (ret = 1 or 0) the Frame is popped and a switch on
// its Resume code jumps back into the parent opcode's handler. Capture marks saved for
// backtracking go on State::saved. Locals that must survive a sub-match live in the Frame,
// so the handlers keep no C++ locals across CALL (they are declared at the top, and
// re-read from the Frame after it).
#include <cstring>

#include "modules/sre.h"
#include "runtime/str.h"

namespace taipan::runtime::sre {

// ---------- character predicates ----------

namespace {

inline bool ascii_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
inline bool ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
inline bool ascii_alnum(uint32_t ch) {
  return ascii_digit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}
inline bool ascii_word(uint32_t ch) { return ch < 128 && (ascii_alnum(ch) || ch == '_'); }
inline bool linebreak(uint32_t ch) { return ch == '\n'; }
// The LOCALE category: Taipan runs in a UTF-8 (or C) locale, where the C library's
// classification of single bytes is ASCII's.
inline bool locale_word(uint32_t ch) { return ch < 256 && (ascii_alnum(ch) || ch == '_'); }
inline uint32_t lower_locale(uint32_t ch) { return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
inline uint32_t upper_locale(uint32_t ch) { return ch < 128 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

inline bool uni_digit(uint32_t ch) { return unicode_flags(ch) & kUDecimal; }
inline bool uni_space(uint32_t ch) { return unicode_isspace(ch); }
inline bool uni_linebreak(uint32_t ch) {
  return (ch >= 0x0A && ch <= 0x0D) || (ch >= 0x1C && ch <= 0x1E) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}
inline bool uni_word(uint32_t ch) {
  if (ch < 128) return ascii_word(ch);
  return (unicode_flags(ch) & (kUAlpha | kUDecimal | kUDigit | kUNumeric)) != 0;
}

bool in_category(Code category, uint32_t ch) {
  switch (category) {
    case CAT_DIGIT: return ascii_digit(ch);
    case CAT_NOT_DIGIT: return !ascii_digit(ch);
    case CAT_SPACE: return ascii_space(ch);
    case CAT_NOT_SPACE: return !ascii_space(ch);
    case CAT_WORD: return ascii_word(ch);
    case CAT_NOT_WORD: return !ascii_word(ch);
    case CAT_LINEBREAK: return linebreak(ch);
    case CAT_NOT_LINEBREAK: return !linebreak(ch);
    case CAT_LOC_WORD: return locale_word(ch);
    case CAT_LOC_NOT_WORD: return !locale_word(ch);
    case CAT_UNI_DIGIT: return uni_digit(ch);
    case CAT_UNI_NOT_DIGIT: return !uni_digit(ch);
    case CAT_UNI_SPACE: return uni_space(ch);
    case CAT_UNI_NOT_SPACE: return !uni_space(ch);
    case CAT_UNI_WORD: return uni_word(ch);
    case CAT_UNI_NOT_WORD: return !uni_word(ch);
    case CAT_UNI_LINEBREAK: return uni_linebreak(ch);
    case CAT_UNI_NOT_LINEBREAK: return !uni_linebreak(ch);
  }
  return false;
}

inline bool loc_ignore_eq(Code pattern, uint32_t ch) {
  return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

// Whether ch is in the set that starts at `set` (a list of set items ending with FAILURE).
bool in_charset(const Code* set, uint32_t ch) {
  bool ok = true;
  for (;;) {
    switch (*set++) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch == set[0]) return ok;
        set++;
        break;
      case OP_CATEGORY:
        if (in_category(set[0], ch)) return ok;
        set++;
        break;
      case OP_CHARSET:  // a 256-bit bitmap
        if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return ok;
        set += 8;
        break;
      case OP_RANGE:
        if (set[0] <= ch && ch <= set[1]) return ok;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {  // ch is already lower-cased
        if (set[0] <= ch && ch <= set[1]) return ok;
        uint32_t up = upper_unicode(ch);
        if (set[0] <= up && up <= set[1]) return ok;
        set += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        // <count> then 256 block numbers (bytes, in the words' memory order), then
        // `count` 256-bit blocks; characters past U+FFFF are in no block.
        Code nblocks = *set++;
        int block = ch < 0x10000 ? reinterpret_cast<const uint8_t*>(set)[ch >> 8] : -1;
        set += 64;
        if (block >= 0 && (set[(uint32_t(block) * 256 + (ch & 255)) >> 5] & (1u << (ch & 31)))) return ok;
        set += nblocks * 8;
        break;
      }
      default:
        return false;
    }
  }
}

bool in_charset_loc_ignore(const Code* set, uint32_t ch) {
  uint32_t lo = lower_locale(ch);
  if (in_charset(set, lo)) return true;
  uint32_t up = upper_locale(ch);
  return up != lo && in_charset(set, up);
}

// Where a parent frame resumes when its child returns.
enum Resume : uint8_t {
  kResumeNone, kResumeMaxUntil1, kResumeMaxUntil2, kResumeMaxUntil3, kResumeMinUntil1,
  kResumeMinUntil2, kResumeMinUntil3, kResumeRepeat, kResumeRepeatOne1, kResumeRepeatOne2,
  kResumeMinRepeatOne, kResumeBranch, kResumeAssert, kResumeAssertNot, kResumePossRepeat1,
  kResumePossRepeat2, kResumeAtomicGroup,
};

template <typename Ch>
class Matcher {
 public:
  explicit Matcher(State& st) : st_(st), s_(static_cast<const Ch*>(st.data)) {}
  int64_t match(const Code* pattern, bool toplevel);
  int64_t search(const Code* pattern);

 private:
  bool at(int64_t ptr, Code kind) const;
  int64_t count(const Code* item, int64_t maxcount);
  bool push_frame(uint8_t jump, bool toplevel);
  bool push_marks(int lastmark);
  void pop_marks(int lastmark, bool keep);
  void drop_marks(int lastmark);
  bool push_saved(int64_t v);
  int64_t pop_saved();
  void reset_captures() { st_.lastmark = st_.lastindex = -1; }
  bool room_for(size_t bytes) const;

  State& st_;
  const Ch* s_;
  uint32_t steps_ = 0;
  int nesting_ = 0;  // match() re-entered through count()
};

template <typename Ch>
bool Matcher<Ch>::room_for(size_t bytes) const {
  return st_.vm == nullptr || st_.vm->heap.has_room(bytes);
}

template <typename Ch>
bool Matcher<Ch>::push_frame(uint8_t jump, bool toplevel) {
  auto& fr = st_.frames;
  if (fr.size() == fr.capacity() && !room_for(fr.capacity() * 2 * sizeof(Frame) + 1024)) return false;
  Frame f{};
  f.jump = jump;
  f.toplevel = toplevel;
  f.rep = -1;
  fr.push_back(f);
  return true;
}

template <typename Ch>
bool Matcher<Ch>::push_marks(int lastmark) {
  if (lastmark < 0) return true;
  auto& sv = st_.saved;
  size_t n = size_t(lastmark) + 1;
  if (sv.size() + n > sv.capacity() && !room_for((sv.capacity() * 2 + n) * sizeof(int64_t))) return false;
  sv.insert(sv.end(), st_.marks.begin(), st_.marks.begin() + n);
  return true;
}

template <typename Ch>
void Matcher<Ch>::pop_marks(int lastmark, bool keep) {
  if (lastmark < 0) return;
  auto& sv = st_.saved;
  size_t n = size_t(lastmark) + 1;
  std::memcpy(st_.marks.data(), sv.data() + sv.size() - n, n * sizeof(int64_t));
  if (!keep) sv.resize(sv.size() - n);
}

template <typename Ch>
void Matcher<Ch>::drop_marks(int lastmark) {
  if (lastmark >= 0) st_.saved.resize(st_.saved.size() - (size_t(lastmark) + 1));
}

template <typename Ch>
bool Matcher<Ch>::push_saved(int64_t v) {
  auto& sv = st_.saved;
  if (sv.size() == sv.capacity() && !room_for((sv.capacity() * 2 + 1) * sizeof(int64_t))) return false;
  sv.push_back(v);
  return true;
}

template <typename Ch>
int64_t Matcher<Ch>::pop_saved() {
  int64_t v = st_.saved.back();
  st_.saved.pop_back();
  return v;
}

template <typename Ch>
bool Matcher<Ch>::at(int64_t ptr, Code kind) const {
  const Ch* s = s_;
  const int64_t end = st_.end;
  bool before, here;
  switch (kind) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr == 0;
    case AT_BEGINNING_LINE:
      return ptr == 0 || linebreak(s[ptr - 1]);
    case AT_END:
      return (end - ptr == 1 && linebreak(s[ptr])) || ptr == end;
    case AT_END_LINE:
      return ptr == end || linebreak(s[ptr]);
    case AT_END_STRING:
      return ptr == end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && ascii_word(s[ptr - 1]);
      here = ptr < end && ascii_word(s[ptr]);
      return kind == AT_BOUNDARY ? before != here : before == here;
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && locale_word(s[ptr - 1]);
      here = ptr < end && locale_word(s[ptr]);
      return kind == AT_LOC_BOUNDARY ? before != here : before == here;
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
      if (end == 0) return false;
      before = ptr > 0 && uni_word(s[ptr - 1]);
      here = ptr < end && uni_word(s[ptr]);
      return kind == AT_UNI_BOUNDARY ? before != here : before == here;
  }
  return false;
}

// How many times (up to maxcount) the one-character item matches from st_.ptr.
template <typename Ch>
int64_t Matcher<Ch>::count(const Code* item, int64_t maxcount) {
  const Ch* s = s_;
  const int64_t start = st_.ptr;
  int64_t ptr = start, end = st_.end;
  if (maxcount < end - ptr && maxcount != int64_t(kMaxRepeat)) end = ptr + maxcount;
  const Code chr = item[1];
  switch (item[0]) {
    case OP_IN:
      while (ptr < end && in_charset(item + 2, s[ptr])) ptr++;
      break;
    case OP_ANY:
      while (ptr < end && !linebreak(s[ptr])) ptr++;
      break;
    case OP_ANY_ALL:
      ptr = end;
      break;
    case OP_LITERAL:
      if (sizeof(Ch) == 1 && chr > 255) break;  // cannot occur in a byte subject
      while (ptr < end && s[ptr] == chr) ptr++;
      break;
    case OP_LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) == chr) ptr++;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) == chr) ptr++;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (ptr < end && loc_ignore_eq(chr, s[ptr])) ptr++;
      break;
    case OP_NOT_LITERAL:
      if (sizeof(Ch) == 1 && chr > 255) {
        ptr = end;
        break;
      }
      while (ptr < end && s[ptr] != chr) ptr++;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lower_ascii(s[ptr]) != chr) ptr++;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lower_unicode(s[ptr]) != chr) ptr++;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !loc_ignore_eq(chr, s[ptr])) ptr++;
      break;
    case OP_IN_IGNORE:
      while (ptr < end && in_charset(item + 2, lower_ascii(s[ptr]))) ptr++;
      break;
    case OP_IN_UNI_IGNORE:
      while (ptr < end && in_charset(item + 2, lower_unicode(s[ptr]))) ptr++;
      break;
    case OP_IN_LOC_IGNORE:
      while (ptr < end && in_charset_loc_ignore(item + 2, s[ptr])) ptr++;
      break;
    default: {
      // Any other one-character item: run it as a sub-match per character.
      if (nesting_ > 100) return kErrIllegal;
      nesting_++;
      while (st_.ptr < end) {
        int64_t r = match(item, false);
        if (r < 0) {
          nesting_--;
          return r;
        }
        if (!r) break;
      }
      nesting_--;
      return st_.ptr - start;
    }
  }
  return ptr - start;
}

template <typename Ch>
int64_t Matcher<Ch>::match(const Code* pattern, bool toplevel) {
  State& st = st_;
  const Ch* const s = s_;
  const int64_t end = st.end;
  std::vector<Frame>& frames = st.frames;
  const size_t floor = frames.size();
  int64_t ptr = 0, ret = 0, p = 0, e = 0;
  int32_t r = -1;
  Repeat rp{};
  const Code* target = nullptr;
  uint8_t resume = kResumeNone;
  if (!push_frame(kResumeNone, toplevel)) return kErrMemory;

#define F (frames.back())
#define REP (st.repeats[size_t(F.rep)])
#define FAIL \
  do {       \
    ret = 0; \
    goto leave; \
  } while (0)
#define SUCCEED \
  do {          \
    ret = 1;    \
    goto leave; \
  } while (0)
#define SAVE_LASTMARK()         \
  do {                          \
    F.lastmark = st.lastmark;   \
    F.lastindex = st.lastindex; \
  } while (0)
#define RESTORE_LASTMARK()      \
  do {                          \
    st.lastmark = F.lastmark;   \
    st.lastindex = F.lastindex; \
  } while (0)
#define PUSH_MARKS()                                   \
  do {                                                 \
    if (!push_marks(F.lastmark)) return kErrMemory;    \
  } while (0)
  // Runs the sub-pattern `next` from st.ptr; continues at `label` with ret = 1 or 0.
#define CALL(code, label, next, top)                   \
  target = (next);                                     \
  F.pattern = pattern;                                 \
  F.ptr = ptr;                                         \
  if (!push_frame(code, top)) return kErrMemory;       \
  pattern = target;                                    \
  goto enter;                                          \
  label:                                               \
  pattern = F.pattern;                                 \
  ptr = F.ptr;

enter:
  ptr = st.ptr;
  if (pattern[0] == OP_INFO) {
    // <INFO> <skip> <flags> <min> ...: reject when fewer than min characters are left.
    if (pattern[3] && uint64_t(end - ptr) < pattern[3]) FAIL;
    pattern += pattern[1] + 1;
  }

next:
  if ((++steps_ & 0xfff) == 0 && st.vm && sre_interrupt_pending(*st.vm)) return kErrInterrupted;
  switch (*pattern++) {
    case OP_MARK: {
      int i = int(pattern[0]);
      if (i & 1) st.lastindex = i / 2 + 1;
      if (i > st.lastmark) {
        // Marks between the old highest and i were never set in this attempt.
        for (int j = st.lastmark + 1; j < i; j++) st.marks[size_t(j)] = -1;
        st.lastmark = i;
      }
      st.marks[size_t(i)] = ptr;
      pattern++;
      goto next;
    }

    case OP_LITERAL:
      if (ptr >= end || Code(s[ptr]) != pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_NOT_LITERAL:
      if (ptr >= end || Code(s[ptr]) == pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_SUCCESS:
      if (F.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start))) FAIL;
      st.ptr = ptr;
      SUCCEED;

    case OP_AT:
      if (!at(ptr, pattern[0])) FAIL;
      pattern++;
      goto next;

    case OP_CATEGORY:
      if (ptr >= end || !in_category(pattern[0], s[ptr])) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_ANY:
      if (ptr >= end || linebreak(s[ptr])) FAIL;
      ptr++;
      goto next;

    case OP_ANY_ALL:
      if (ptr >= end) FAIL;
      ptr++;
      goto next;

    case OP_IN:
      if (ptr >= end || !in_charset(pattern + 1, s[ptr])) FAIL;
      pattern += pattern[0];
      ptr++;
      goto next;

    case OP_LITERAL_IGNORE:
      if (ptr >= end || lower_ascii(s[ptr]) != pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_LITERAL_UNI_IGNORE:
      if (ptr >= end || lower_unicode(s[ptr]) != pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_LITERAL_LOC_IGNORE:
      if (ptr >= end || !loc_ignore_eq(pattern[0], s[ptr])) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_NOT_LITERAL_IGNORE:
      if (ptr >= end || lower_ascii(s[ptr]) == pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_NOT_LITERAL_UNI_IGNORE:
      if (ptr >= end || lower_unicode(s[ptr]) == pattern[0]) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_NOT_LITERAL_LOC_IGNORE:
      if (ptr >= end || loc_ignore_eq(pattern[0], s[ptr])) FAIL;
      pattern++;
      ptr++;
      goto next;

    case OP_IN_IGNORE:
      if (ptr >= end || !in_charset(pattern + 1, lower_ascii(s[ptr]))) FAIL;
      pattern += pattern[0];
      ptr++;
      goto next;

    case OP_IN_UNI_IGNORE:
      if (ptr >= end || !in_charset(pattern + 1, lower_unicode(s[ptr]))) FAIL;
      pattern += pattern[0];
      ptr++;
      goto next;

    case OP_IN_LOC_IGNORE:
      if (ptr >= end || !in_charset_loc_ignore(pattern + 1, s[ptr])) FAIL;
      pattern += pattern[0];
      ptr++;
      goto next;

    case OP_JUMP:
    case OP_INFO:
      pattern += pattern[0];
      goto next;

    case OP_BRANCH: {
      // <BRANCH> <skip> alternative <JUMP> ... <0>
      SAVE_LASTMARK();
      if (st.repeat >= 0) PUSH_MARKS();
      for (; pattern[0]; pattern += pattern[0]) {
        // Cheap rejection of alternatives that start with a literal or a set.
        if (pattern[1] == OP_LITERAL && (ptr >= end || Code(s[ptr]) != pattern[2])) continue;
        if (pattern[1] == OP_IN && (ptr >= end || !in_charset(pattern + 3, s[ptr]))) continue;
        st.ptr = ptr;
        CALL(kResumeBranch, resume_branch, pattern + 1, F.toplevel);
        if (ret) {
          if (st.repeat >= 0) drop_marks(F.lastmark);
          SUCCEED;
        }
        if (st.repeat >= 0) pop_marks(F.lastmark, true);
        RESTORE_LASTMARK();
      }
      if (st.repeat >= 0) drop_marks(F.lastmark);
      FAIL;
    }

    case OP_REPEAT_ONE: {
      // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy repeat of a
      // one-character item; backtrack one character at a time.
      if (int64_t(pattern[1]) > end - ptr) FAIL;
      st.ptr = ptr;
      ret = count(pattern + 3, pattern[2]);
      if (ret < 0) return ret;
      F.count = ret;
      ptr += ret;
      if (F.count < int64_t(pattern[1])) FAIL;
      if (pattern[pattern[0]] == OP_SUCCESS && ptr == end && !(F.toplevel && st.must_advance && ptr == st.start)) {
        st.ptr = ptr;  // the tail is empty: done
        SUCCEED;
      }
      SAVE_LASTMARK();
      if (st.repeat >= 0) PUSH_MARKS();
      if (pattern[pattern[0]] == OP_LITERAL) {
        // The tail starts with a literal: only try positions where it occurs.
        F.chr = pattern[pattern[0] + 1];
        for (;;) {
          while (F.count >= int64_t(pattern[1]) && (ptr >= end || Code(s[ptr]) != F.chr)) {
            ptr--;
            F.count--;
          }
          if (F.count < int64_t(pattern[1])) break;
          st.ptr = ptr;
          CALL(kResumeRepeatOne1, resume_repeat_one_1, pattern + pattern[0], F.toplevel);
          if (ret) {
            if (st.repeat >= 0) drop_marks(F.lastmark);
            SUCCEED;
          }
          if (st.repeat >= 0) pop_marks(F.lastmark, true);
          RESTORE_LASTMARK();
          ptr--;
          F.count--;
        }
        if (st.repeat >= 0) drop_marks(F.lastmark);
      } else {
        while (F.count >= int64_t(pattern[1])) {
          st.ptr = ptr;
          CALL(kResumeRepeatOne2, resume_repeat_one_2, pattern + pattern[0], F.toplevel);
          if (ret) {
            if (st.repeat >= 0) drop_marks(F.lastmark);
            SUCCEED;
          }
          if (st.repeat >= 0) pop_marks(F.lastmark, true);
          RESTORE_LASTMARK();
          ptr--;
          F.count--;
        }
        if (st.repeat >= 0) drop_marks(F.lastmark);
      }
      FAIL;
    }

    case OP_MIN_REPEAT_ONE: {
      // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy repeat of a
      // one-character item; extend one character at a time.
      if (int64_t(pattern[1]) > end - ptr) FAIL;
      st.ptr = ptr;
      if (pattern[1] == 0) {
        F.count = 0;
      } else {
        ret = count(pattern + 3, pattern[1]);
        if (ret < 0) return ret;
        if (ret < int64_t(pattern[1])) FAIL;
        F.count = ret;
        ptr += ret;
      }
      if (pattern[pattern[0]] == OP_SUCCESS &&
          !(F.toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start)))) {
        st.ptr = ptr;  // the tail is empty: done
        SUCCEED;
      }
      SAVE_LASTMARK();
      if (st.repeat >= 0) PUSH_MARKS();
      while (pattern[2] == kMaxRepeat || F.count <= int64_t(pattern[2])) {
        st.ptr = ptr;
        CALL(kResumeMinRepeatOne, resume_min_repeat_one, pattern + pattern[0], F.toplevel);
        if (ret) {
          if (st.repeat >= 0) drop_marks(F.lastmark);
          SUCCEED;
        }
        if (st.repeat >= 0) pop_marks(F.lastmark, true);
        RESTORE_LASTMARK();
        st.ptr = ptr;
        ret = count(pattern + 3, 1);
        if (ret < 0) return ret;
        if (ret == 0) break;
        ptr++;
        F.count++;
      }
      if (st.repeat >= 0) drop_marks(F.lastmark);
      FAIL;
    }

    case OP_POSSESSIVE_REPEAT_ONE: {
      // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: take as many as
      // possible and never give any back.
      if (ptr + int64_t(pattern[1]) > end) FAIL;
      st.ptr = ptr;
      ret = count(pattern + 3, pattern[2]);
      if (ret < 0) return ret;
      F.count = ret;
      ptr += ret;
      if (F.count < int64_t(pattern[1])) FAIL;
      pattern += pattern[0];
      if (*pattern == OP_SUCCESS && ptr == end && !(F.toplevel && st.must_advance && ptr == st.start)) {
        st.ptr = ptr;
        SUCCEED;
      }
      goto next;
    }

    case OP_REPEAT: {
      // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail: install a repeat
      // context; the UNTIL at the end of the item does the work.
      rp.count = -1;
      rp.pattern = pattern;
      rp.last_ptr = -1;
      rp.prev = st.repeat;
      if (st.repeats.size() == st.repeats.capacity() &&
          !room_for((st.repeats.capacity() * 2 + 4) * sizeof(Repeat)))
        return kErrMemory;
      st.repeats.push_back(rp);
      F.rep = int32_t(st.repeats.size() - 1);
      st.repeat = F.rep;
      st.ptr = ptr;
      CALL(kResumeRepeat, resume_repeat, pattern + pattern[0], F.toplevel);
      st.repeat = REP.prev;
      if (size_t(F.rep) + 1 == st.repeats.size()) st.repeats.pop_back();
      if (ret) SUCCEED;
      FAIL;
    }

    case OP_MAX_UNTIL: {
      // Greedy: try one more iteration of the item, then the tail.
      F.rep = st.repeat;
      if (F.rep < 0) return kErrState;
      st.ptr = ptr;
      F.count = REP.count + 1;
      if (F.count < int64_t(REP.pattern[1])) {
        // Not enough iterations yet.
        REP.count = F.count;
        CALL(kResumeMaxUntil1, resume_max_until_1, REP.pattern + 3, F.toplevel);
        if (ret) SUCCEED;
        REP.count = F.count - 1;
        st.ptr = ptr;
        FAIL;
      }
      if ((F.count < int64_t(REP.pattern[2]) || REP.pattern[2] == kMaxRepeat) && st.ptr != REP.last_ptr) {
        // Enough iterations, but try another (unless the last one matched empty here).
        REP.count = F.count;
        SAVE_LASTMARK();
        PUSH_MARKS();
        if (!push_saved(REP.last_ptr)) return kErrMemory;
        REP.last_ptr = st.ptr;
        CALL(kResumeMaxUntil2, resume_max_until_2, REP.pattern + 3, F.toplevel);
        REP.last_ptr = pop_saved();
        if (ret) {
          drop_marks(F.lastmark);
          SUCCEED;
        }
        pop_marks(F.lastmark, false);
        RESTORE_LASTMARK();
        REP.count = F.count - 1;
        st.ptr = ptr;
      }
      // No more iterations: the tail must match.
      st.repeat = REP.prev;
      CALL(kResumeMaxUntil3, resume_max_until_3, pattern, F.toplevel);
      st.repeat = F.rep;
      if (ret) SUCCEED;
      st.ptr = ptr;
      FAIL;
    }

    case OP_MIN_UNTIL: {
      // Lazy: try the tail first, then one more iteration.
      F.rep = st.repeat;
      if (F.rep < 0) return kErrState;
      st.ptr = ptr;
      F.count = REP.count + 1;
      if (F.count < int64_t(REP.pattern[1])) {
        REP.count = F.count;
        CALL(kResumeMinUntil1, resume_min_until_1, REP.pattern + 3, F.toplevel);
        if (ret) SUCCEED;
        REP.count = F.count - 1;
        st.ptr = ptr;
        FAIL;
      }
      st.repeat = REP.prev;
      SAVE_LASTMARK();
      if (st.repeat >= 0) PUSH_MARKS();
      CALL(kResumeMinUntil2, resume_min_until_2, pattern, F.toplevel);
      r = st.repeat;  // the tail's repeat decides whether marks were saved
      st.repeat = F.rep;
      if (ret) {
        if (r >= 0) drop_marks(F.lastmark);
        SUCCEED;
      }
      if (r >= 0) pop_marks(F.lastmark, false);
      RESTORE_LASTMARK();
      st.ptr = ptr;
      if ((F.count >= int64_t(REP.pattern[2]) && REP.pattern[2] != kMaxRepeat) || st.ptr == REP.last_ptr) FAIL;
      REP.count = F.count;
      if (!push_saved(REP.last_ptr)) return kErrMemory;
      REP.last_ptr = st.ptr;
      CALL(kResumeMinUntil3, resume_min_until_3, REP.pattern + 3, F.toplevel);
      REP.last_ptr = pop_saved();
      if (ret) SUCCEED;
      REP.count = F.count - 1;
      st.ptr = ptr;
      FAIL;
    }

    case OP_POSSESSIVE_REPEAT: {
      // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: iterate the item as
      // often as it matches, each iteration atomic, then continue with the tail.
      st.ptr = ptr;
      F.count = 0;
      while (F.count < int64_t(pattern[1])) {
        CALL(kResumePossRepeat1, resume_poss_repeat_1, pattern + 3, false);
        if (!ret) {
          st.ptr = ptr;
          FAIL;
        }
        F.count++;
      }
      ptr = -1;  // so that the first optional iteration is tried
      while ((F.count < int64_t(pattern[2]) || pattern[2] == kMaxRepeat) && st.ptr != ptr) {
        SAVE_LASTMARK();
        PUSH_MARKS();
        ptr = st.ptr;  // an iteration that ends where it started stops the loop
        CALL(kResumePossRepeat2, resume_poss_repeat_2, pattern + 3, false);
        if (ret) {
          drop_marks(F.lastmark);
          F.count++;
        } else {
          pop_marks(F.lastmark, false);
          RESTORE_LASTMARK();
          st.ptr = ptr;
          break;
        }
      }
      pattern += pattern[0] + 1;
      ptr = st.ptr;
      goto next;
    }

    case OP_ATOMIC_GROUP: {
      // <ATOMIC_GROUP> <skip> item <SUCCESS> tail: the item's first match is final.
      st.ptr = ptr;
      CALL(kResumeAtomicGroup, resume_atomic_group, pattern + 1, false);
      if (!ret) {
        st.ptr = ptr;
        FAIL;
      }
      pattern += pattern[0];
      ptr = st.ptr;
      goto next;
    }

    case OP_GROUPREF:
    case OP_GROUPREF_IGNORE:
    case OP_GROUPREF_UNI_IGNORE:
    case OP_GROUPREF_LOC_IGNORE: {
      Code op = pattern[-1];
      int g = int(pattern[0]) * 2;
      if (g >= st.lastmark) FAIL;
      p = st.marks[size_t(g)];
      e = st.marks[size_t(g) + 1];
      if (p < 0 || e < 0 || e < p) FAIL;
      for (; p < e; p++, ptr++) {
        if (ptr >= end) FAIL;
        uint32_t a = s[ptr], b = s[p];
        if (op == OP_GROUPREF_IGNORE) {
          a = lower_ascii(a);
          b = lower_ascii(b);
        } else if (op == OP_GROUPREF_UNI_IGNORE) {
          a = lower_unicode(a);
          b = lower_unicode(b);
        } else if (op == OP_GROUPREF_LOC_IGNORE) {
          a = lower_locale(a);
          b = lower_locale(b);
        }
        if (a != b) FAIL;
      }
      pattern++;
      goto next;
    }

    case OP_GROUPREF_EXISTS: {
      // <GROUPREF_EXISTS> <group> <skip> yes-part [<JUMP> no-part]
      int g = int(pattern[0]) * 2;
      if (g >= st.lastmark) {
        pattern += pattern[1];
        goto next;
      }
      p = st.marks[size_t(g)];
      e = st.marks[size_t(g) + 1];
      if (p < 0 || e < 0 || e < p) {
        pattern += pattern[1];
        goto next;
      }
      pattern += 2;
      goto next;
    }

    case OP_ASSERT: {
      // <ASSERT> <skip> <back> item: lookahead (back 0) or fixed-width lookbehind.
      if (ptr < int64_t(pattern[1])) FAIL;
      st.ptr = ptr - int64_t(pattern[1]);
      CALL(kResumeAssert, resume_assert, pattern + 2, false);
      if (!ret) FAIL;
      pattern += pattern[0];
      goto next;
    }

    case OP_ASSERT_NOT: {
      if (ptr >= int64_t(pattern[1])) {
        st.ptr = ptr - int64_t(pattern[1]);
        SAVE_LASTMARK();
        if (st.repeat >= 0) PUSH_MARKS();
        CALL(kResumeAssertNot, resume_assert_not, pattern + 2, false);
        if (ret) {
          if (st.repeat >= 0) drop_marks(F.lastmark);
          FAIL;
        }
        if (st.repeat >= 0) pop_marks(F.lastmark, false);
        RESTORE_LASTMARK();
      }
      pattern += pattern[0];
      goto next;
    }

    case OP_FAILURE:
      FAIL;

    default:
      return kErrIllegal;
  }

leave:
  resume = F.jump;
  frames.pop_back();
  if (frames.size() == floor) return ret;
  switch (resume) {
    case kResumeMaxUntil1: goto resume_max_until_1;
    case kResumeMaxUntil2: goto resume_max_until_2;
    case kResumeMaxUntil3: goto resume_max_until_3;
    case kResumeMinUntil1: goto resume_min_until_1;
    case kResumeMinUntil2: goto resume_min_until_2;
    case kResumeMinUntil3: goto resume_min_until_3;
    case kResumeRepeat: goto resume_repeat;
    case kResumeRepeatOne1: goto resume_repeat_one_1;
    case kResumeRepeatOne2: goto resume_repeat_one_2;
    case kResumeMinRepeatOne: goto resume_min_repeat_one;
    case kResumeBranch: goto resume_branch;
    case kResumeAssert: goto resume_assert;
    case kResumeAssertNot: goto resume_assert_not;
    case kResumePossRepeat1: goto resume_poss_repeat_1;
    case kResumePossRepeat2: goto resume_poss_repeat_2;
    case kResumeAtomicGroup: goto resume_atomic_group;
    default: break;
  }
  return kErrState;

#undef F
#undef REP
#undef FAIL
#undef SUCCEED
#undef SAVE_LASTMARK
#undef RESTORE_LASTMARK
#undef PUSH_MARKS
#undef CALL
}

template <typename Ch>
int64_t Matcher<Ch>::search(const Code* pattern) {
  State& st = st_;
  const Ch* s = s_;
  int64_t ptr = st.start, end = st.end;
  int64_t status = 0, prefix_len = 0, prefix_skip = 0;
  const Code* prefix = nullptr;
  const Code* charset = nullptr;
  const Code* overlap = nullptr;
  Code flags = 0;

  if (ptr > end) return 0;
  if (pattern[0] == OP_INFO) {
    // <INFO> <skip> <flags> <min> <max> [<prefix info> | <charset>]
    flags = pattern[2];
    if (pattern[3] && end - ptr < int64_t(pattern[3])) return 0;
    if (pattern[3] > 1) {
      // No match can start in the last min-1 characters.
      end -= pattern[3] - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & kInfoPrefix) {
      // <length> <skip> <prefix characters> <overlap table>
      prefix_len = pattern[5];
      prefix_skip = pattern[6];
      prefix = pattern + 7;
      overlap = prefix + prefix_len - 1;
    } else if (flags & kInfoCharset) {
      charset = pattern + 5;
    }
    pattern += 1 + pattern[1];
  }

  if (prefix_len == 1) {
    // The pattern starts with one known character.
    Code c = prefix[0];
    if (sizeof(Ch) == 1 && c > 255) return 0;
    end = st.end;
    st.must_advance = false;
    while (ptr < end) {
      while (Code(s[ptr]) != c) {
        if (++ptr >= end) return 0;
      }
      st.start = ptr;
      st.ptr = ptr + prefix_skip;
      if (flags & kInfoLiteral) return 1;  // the prefix is the whole pattern
      status = match(pattern + 2 * prefix_skip, false);
      if (status != 0) return status;
      ++ptr;
      reset_captures();
    }
    return 0;
  }

  if (prefix_len > 1) {
    // A known prefix: scan with its overlap table (Knuth-Morris-Pratt).
    end = st.end;
    if (prefix_len > end - ptr) return 0;
    if (sizeof(Ch) == 1)
      for (int64_t i = 0; i < prefix_len; i++)
        if (prefix[i] > 255) return 0;
    while (ptr < end) {
      Code c = prefix[0];
      while (Code(s[ptr++]) != c) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      int64_t i = 1;
      st.must_advance = false;
      do {
        if (Code(s[ptr]) == prefix[i]) {
          if (++i != prefix_len) {
            if (++ptr >= end) return 0;
            continue;
          }
          // The whole prefix matched: try the rest of the pattern.
          st.start = ptr - (prefix_len - 1);
          st.ptr = ptr - (prefix_len - prefix_skip - 1);
          if (flags & kInfoLiteral) return 1;
          status = match(pattern + 2 * prefix_skip, false);
          if (status != 0) return status;
          if (++ptr >= end) return 0;
          reset_captures();
        }
        i = overlap[i];
      } while (i != 0);
    }
    return 0;
  }

  if (charset) {
    // The first character comes from a known set.
    end = st.end;
    st.must_advance = false;
    for (;;) {
      while (ptr < end && !in_charset(charset, s[ptr])) ptr++;
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      status = match(pattern, false);
      if (status != 0) break;
      ptr++;
      reset_captures();
    }
    return status;
  }

  // General case: try every position.
  st.start = st.ptr = ptr;
  status = match(pattern, true);
  st.must_advance = false;
  if (status == 0 && pattern[0] == OP_AT && (pattern[1] == AT_BEGINNING || pattern[1] == AT_BEGINNING_STRING)) {
    st.start = st.ptr = end;
    return 0;
  }
  while (status == 0 && ptr < end) {
    ptr++;
    reset_captures();
    st.start = st.ptr = ptr;
    status = match(pattern, false);
  }
  return status;
}

// ---------- validation ----------

// Checks the code in [code, end) as re/_compiler.py would have written it. Returns -1 when
// invalid, 0 when valid, 1 when valid and the last instruction is a JUMP (a branch arm).
class Validator {
 public:
  Validator(uint64_t groups) : groups_(groups) {}
  int block(const Code* code, const Code* end);
  bool charset(const Code* code, const Code* end);

 private:
  uint64_t groups_;
  int depth_ = 0;
};

bool Validator::charset(const Code* code, const Code* end) {
  while (code < end) {
    Code op = *code++;
    switch (op) {
      case OP_NEGATE:
        break;
      case OP_LITERAL:
        if (code >= end) return false;
        code++;
        break;
      case OP_RANGE:
      case OP_RANGE_UNI_IGNORE:
        if (end - code < 2) return false;
        code += 2;
        break;
      case OP_CHARSET:
        if (end - code < 8) return false;
        code += 8;
        break;
      case OP_BIGCHARSET: {
        if (code >= end) return false;
        Code nblocks = *code++;
        if (end - code < 64) return false;
        const auto* index = reinterpret_cast<const uint8_t*>(code);
        for (int i = 0; i < 256; i++)
          if (index[i] >= nblocks) return false;
        code += 64;
        if (uint64_t(end - code) < uint64_t(nblocks) * 8) return false;
        code += nblocks * 8;
        break;
      }
      case OP_CATEGORY:
        if (code >= end || *code > CAT_UNI_NOT_LINEBREAK) return false;
        code++;
        break;
      default:
        return false;
    }
  }
  return true;
}

int Validator::block(const Code* code, const Code* end) {
  if (code > end) return -1;
  if (++depth_ > 2000) return -1;
  struct DepthGuard {
    int& d;
    ~DepthGuard() { d--; }
  } guard{depth_};
  // Reads the next word into `var`, failing at the end of the block.
#define TAKE(var)               \
  do {                          \
    if (code >= end) return -1; \
    var = *code++;              \
  } while (0)
  // Reads a skip and checks that it stays inside the block (adj: words it may overhang).
#define TAKE_SKIP(var, adj)                                    \
  do {                                                         \
    if (code >= end) return -1;                                \
    var = *code;                                               \
    if (int64_t(var) - (adj) > int64_t(end - code)) return -1; \
    code++;                                                    \
  } while (0)
  Code op, arg, skip;
  while (code < end) {
    TAKE(op);
    switch (op) {
      case OP_MARK:
        TAKE(arg);
        if (arg > 2 * groups_ + 1) return -1;
        break;
      case OP_LITERAL:
      case OP_NOT_LITERAL:
      case OP_LITERAL_IGNORE:
      case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE:
      case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE:
      case OP_NOT_LITERAL_LOC_IGNORE:
        TAKE(arg);
        break;
      case OP_SUCCESS:
      case OP_FAILURE:
      case OP_ANY:
      case OP_ANY_ALL:
        break;
      case OP_AT:
        TAKE(arg);
        if (arg > AT_UNI_NON_BOUNDARY) return -1;
        break;
      case OP_IN:
      case OP_IN_IGNORE:
      case OP_IN_UNI_IGNORE:
      case OP_IN_LOC_IGNORE:
        TAKE_SKIP(skip, 0);
        if (skip < 2) return -1;
        // The set ends with FAILURE.
        if (!charset(code, code + skip - 2)) return -1;
        if (code[skip - 2] != OP_FAILURE) return -1;
        code += skip - 1;
        break;
      case OP_INFO: {
        // <INFO> <skip> <flags> <min> <max> [prefix | charset]
        Code flags;
        TAKE_SKIP(skip, 0);
        if (skip < 1) return -1;
        const Code* after = code + skip - 1;
        TAKE(flags);
        TAKE(arg);
        TAKE(arg);
        if (flags & ~(kInfoPrefix | kInfoLiteral | kInfoCharset)) return -1;
        if ((flags & kInfoPrefix) && (flags & kInfoCharset)) return -1;
        if ((flags & kInfoLiteral) && !(flags & kInfoPrefix)) return -1;
        if (flags & kInfoPrefix) {
          Code prefix_len;
          TAKE(prefix_len);
          TAKE(arg);  // prefix_skip
          if (int64_t(prefix_len) > after - code) return -1;
          code += prefix_len;
          if (int64_t(prefix_len) > after - code) return -1;
          for (Code i = 0; i < prefix_len; i++)
            if (code[i] >= prefix_len) return -1;
          code += prefix_len;
        }
        if (flags & kInfoCharset) {
          if (after <= code || !charset(code, after - 1) || after[-1] != OP_FAILURE) return -1;
          code = after;
        } else if (code != after) {
          return -1;
        }
        break;
      }
      case OP_BRANCH: {
        const Code* target = nullptr;
        for (;;) {
          TAKE_SKIP(skip, 0);
          if (skip == 0) break;
          if (skip < 3) return -1;
          if (block(code, code + skip - 3) < 0) return -1;
          code += skip - 3;
          TAKE(op);
          if (op != OP_JUMP) return -1;
          TAKE_SKIP(skip, 0);
          if (skip < 1) return -1;
          if (!target) target = code + skip - 1;
          else if (code + skip - 1 != target) return -1;
        }
        if (code != target) return -1;
        break;
      }
      case OP_REPEAT_ONE:
      case OP_MIN_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE: {
        Code lo, hi;
        TAKE_SKIP(skip, 0);
        TAKE(lo);
        TAKE(hi);
        if (lo > hi || skip < 4) return -1;
        if (block(code, code + skip - 4) < 0) return -1;
        code += skip - 4;
        TAKE(op);
        if (op != OP_SUCCESS) return -1;
        break;
      }
      case OP_REPEAT:
      case OP_POSSESSIVE_REPEAT: {
        Code first = op, lo, hi;
        TAKE_SKIP(skip, 0);
        TAKE(lo);
        TAKE(hi);
        if (lo > hi || skip < 3) return -1;
        if (block(code, code + skip - 3) < 0) return -1;
        code += skip - 3;
        TAKE(op);
        if (first == OP_POSSESSIVE_REPEAT) {
          if (op != OP_SUCCESS) return -1;
        } else if (op != OP_MAX_UNTIL && op != OP_MIN_UNTIL) {
          return -1;
        }
        break;
      }
      case OP_ATOMIC_GROUP:
        TAKE_SKIP(skip, 0);
        if (skip < 2) return -1;
        if (block(code, code + skip - 2) < 0) return -1;
        code += skip - 2;
        TAKE(op);
        if (op != OP_SUCCESS) return -1;
        break;
      case OP_GROUPREF:
      case OP_GROUPREF_IGNORE:
      case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE:
        TAKE(arg);
        if (arg >= groups_) return -1;
        break;
      case OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]; the skip counts from
        // the group operand. The yes part ending in a JUMP means there is a no part.
        TAKE(arg);
        if (arg >= groups_) return -1;
        TAKE_SKIP(skip, 1);
        code--;
        if (skip < 2) return -1;
        int rc = block(code + 1, code + skip - 1);
        if (rc == 1) {
          code += skip - 2;
          TAKE_SKIP(skip, 0);
          if (skip < 1) return -1;
          rc = block(code, code + skip - 1);
        }
        if (rc) return -1;
        code += skip - 1;
        break;
      }
      case OP_ASSERT:
      case OP_ASSERT_NOT:
        TAKE_SKIP(skip, 0);
        TAKE(arg);  // lookbehind width
        code--;
        if (skip < 3) return -1;
        if (block(code + 1, code + skip - 2) < 0) return -1;
        code += skip - 2;
        TAKE(op);
        if (op != OP_SUCCESS) return -1;
        break;
      case OP_JUMP:
        if (code + 1 != end) return -1;
        return 1;
      default:
        return -1;
    }
  }
#undef TAKE
#undef TAKE_SKIP
  return 0;
}

}  // namespace

// ---------- entry points ----------

uint32_t lower_ascii(uint32_t ch) { return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

uint32_t lower_unicode(uint32_t ch) {
  if (ch < 128) return lower_ascii(ch);
  uint32_t out[3];
  unicode_case_map(ch, CaseKind::Lower, out);
  return out[0];
}

uint32_t upper_unicode(uint32_t ch) {
  if (ch < 128) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
  uint32_t out[3];
  unicode_case_map(ch, CaseKind::Upper, out);
  return out[0];
}

bool sre_interrupt_pending(VM& vm) { return failed(vm_tick(vm)); }

int64_t sre_match(State& st, const Code* code) {
  st.frames.clear();
  st.saved.clear();
  if (st.charsize == 1) return Matcher<uint8_t>(st).match(code, true);
  return Matcher<uint32_t>(st).match(code, true);
}

int64_t sre_search(State& st, const Code* code) {
  st.frames.clear();
  st.saved.clear();
  if (st.charsize == 1) return Matcher<uint8_t>(st).search(code);
  return Matcher<uint32_t>(st).search(code);
}

bool sre_validate(const Code* code, size_t n, uint64_t groups) {
  if (groups > kMaxGroups || n == 0 || code[n - 1] != OP_SUCCESS) return false;
  return Validator(groups).block(code, code + n - 1) == 0;
}

}  // namespace taipan::runtime::sre
