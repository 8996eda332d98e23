// str methods: searching, splitting, stripping, replacing, case mapping, predicates,
// padding, translation. Each works on UTF-8 bytes directly where it can (byte search is
// exact on UTF-8 because a valid needle only matches at code point boundaries) and has an
// ASCII fast path; non-ASCII case mapping decodes to code points.
#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/str.h"

namespace taipan::runtime {

namespace {

using Span = std::pair<size_t, size_t>;  // byte range [first, second)

inline size_t seq_len(uint8_t lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

Str* self_str(VM& vm, Value self, const char* name) {
  Str* s = str_unwrap(self);
  if (!s) raise(vm, vm.TypeError, "descriptor '%s' requires a 'str' object but received a '%s'", name, type_name(vm, self));
  return s;
}
#define SELF(name)                  \
  Str* s = self_str(vm, self, name); \
  if (!s) return Value::null();

// A Py_ssize_t argument: __index__, OverflowError when it does not fit.
Status ssize_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  return int_to_i64(vm, i, out);
}

// start/end arguments of find & co: None or __index__, clamped.
Status slice_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_null() || v.is_none()) return Status::Ok;
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "slice indices must be integers or None or have an __index__ method");
    return Status::Error;
  }
  return index_clamped(vm, v, out);
}

// Parses (start, end) from args[first..] and normalises them like slice indices.
Status range_args(VM& vm, Str* s, Value* args, size_t nargs, size_t first, int64_t& start, int64_t& end) {
  int64_t len = s->length;
  start = 0;
  end = INT64_MAX;
  if (nargs > first && failed(slice_arg(vm, args[first], start))) return Status::Error;
  if (nargs > first + 1 && failed(slice_arg(vm, args[first + 1], end))) return Status::Error;
  if (end > len) end = len;
  else if (end < 0) end = std::max<int64_t>(end + len, 0);
  if (start < 0) start = std::max<int64_t>(start + len, 0);
  return Status::Ok;
}

Str* str_arg(VM& vm, Value v, const char* fmt) {
  Str* r = str_unwrap(v);
  if (!r) raise(vm, vm.TypeError, fmt, type_name(vm, v));
  return r;
}

Value piece(VM& vm, Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == s->nbytes) return Value::ptr(s);
  size_t n = b1 - b0;
  if (n == 0) return Value::ptr(vm.s_empty);
  if (n == 1) return str_ascii_char(vm, uint8_t(s->data[b0]));
  std::string_view v(s->data + b0, n);
  size_t len = s->ascii ? n : utf8_length(v);
  Str* r = str_new_raw(vm, n, len, len == n);
  if (!r) return Value::null();
  std::memcpy(r->data, s->data + b0, n);
  str_seal(r);
  return Value::ptr(r);
}

Value spans_to_list(VM& vm, Str* s, const std::vector<Span>& spans, bool reverse = false) {
  Root rs(vm, Value::ptr(s));
  List* l = new_list(vm, spans.size());
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l)), tmp(vm);
  size_t n = spans.size();
  for (size_t k = 0; k < n; k++) {
    const Span& sp = spans[reverse ? n - 1 - k : k];
    tmp = piece(vm, s, sp.first, sp.second);
    if (tmp.value.is_null()) return Value::null();
    if (failed(list_append(vm, l, tmp.value))) return Value::null();
  }
  return rl.value;
}

// Decodes a str into code points.
std::vector<uint32_t> code_points(Str* s) {
  std::vector<uint32_t> cps;
  cps.reserve(s->length);
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e) cps.push_back(utf8_decode(p));
  return cps;
}

inline bool ascii_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }

// ---------- searching ----------

// Byte offset of the first/last occurrence of needle within byte range [b0, b1), or npos.
size_t find_bytes(std::string_view hay, std::string_view needle, size_t b0, size_t b1, bool last) {
  if (b1 < b0 || b1 - b0 < needle.size()) return std::string_view::npos;
  std::string_view window = hay.substr(b0, b1 - b0);
  size_t r = last ? window.rfind(needle) : window.find(needle);
  return r == std::string_view::npos ? r : r + b0;
}

// find/rfind/index/rindex core: code point index or -1; -2 on error.
int64_t find_impl(VM& vm, Str* s, Value* args, size_t nargs, bool last) {
  Str* sub = str_arg(vm, args[0], "must be str, not %s");
  if (!sub) return -2;
  int64_t start, end;
  if (failed(range_args(vm, s, args, nargs, 1, start, end))) return -2;
  if (end - start < int64_t(sub->length)) return -1;
  size_t b0 = utf8_offset(s, start), b1 = utf8_offset(s, end);
  size_t r = find_bytes(s->view(), sub->view(), b0, b1, last);
  if (r == std::string_view::npos) return -1;
  return str_cp_index(s, r);
}

Value m_find(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("find");
  int64_t r = find_impl(vm, s, args, nargs, false);
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_rfind(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("rfind");
  int64_t r = find_impl(vm, s, args, nargs, true);
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("index");
  int64_t r = find_impl(vm, s, args, nargs, false);
  if (r == -1) return raise(vm, vm.ValueError, "substring not found");
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_rindex(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("rindex");
  int64_t r = find_impl(vm, s, args, nargs, true);
  if (r == -1) return raise(vm, vm.ValueError, "substring not found");
  return r == -2 ? Value::null() : Value::small(r);
}

Value m_count(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("count");
  Str* sub = str_arg(vm, args[0], "must be str, not %s");
  if (!sub) return Value::null();
  int64_t start, end;
  if (failed(range_args(vm, s, args, nargs, 1, start, end))) return Value::null();
  if (end < start) return Value::small(0);
  if (sub->length == 0) return Value::small(end - start + 1);
  size_t b0 = utf8_offset(s, start), b1 = utf8_offset(s, end);
  std::string_view hay = s->view().substr(0, b1);
  int64_t n = 0;
  for (size_t pos = b0; (pos = hay.find(sub->view(), pos)) != std::string_view::npos; pos += sub->nbytes) n++;
  return Value::small(n);
}

Value starts_ends(VM& vm, Value self, Value* args, size_t nargs, bool ends) {
  const char* name = ends ? "endswith" : "startswith";
  Str* s = self_str(vm, self, name);
  if (!s) return Value::null();
  int64_t start, end;
  if (failed(range_args(vm, s, args, nargs, 1, start, end))) return Value::null();
  auto test = [&](Str* sub) {
    if (start > int64_t(s->length)) return false;
    if (end - start < int64_t(sub->length)) return false;
    size_t b0 = utf8_offset(s, start), b1 = utf8_offset(s, end);
    if (ends) return std::memcmp(s->data + b1 - sub->nbytes, sub->data, sub->nbytes) == 0;
    return std::memcmp(s->data + b0, sub->data, sub->nbytes) == 0;
  };
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++) {
      Str* sub = str_unwrap(t->items[i]);
      if (!sub)
        return raise(vm, vm.TypeError, "tuple for %s must only contain str, not %s", name, type_name(vm, t->items[i]));
      if (test(sub)) return Value::true_();
    }
    return Value::false_();
  }
  Str* sub = str_unwrap(args[0]);
  if (!sub)
    return raise(vm, vm.TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(vm, args[0]));
  return Value::boolean(test(sub));
}
Value m_startswith(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return starts_ends(vm, self, args, nargs, false); }
Value m_endswith(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return starts_ends(vm, self, args, nargs, true); }

// ---------- splitting ----------

Status split_args(VM& vm, const char* name, Value* args, size_t nargs, Tuple* kwnames, Str*& sep, int64_t& maxsplit) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value out[2];
  if (failed(clinic_args(vm, name, args, nargs, kwnames, names, 2, 0, out))) return Status::Error;
  sep = nullptr;
  maxsplit = -1;
  if (!out[0].is_null() && !out[0].is_none()) {
    sep = str_unwrap(out[0]);
    if (!sep) {
      raise(vm, vm.TypeError, "must be str or None, not %s", type_name(vm, out[0]));
      return Status::Error;
    }
    if (sep->nbytes == 0) {
      raise(vm, vm.ValueError, "empty separator");
      return Status::Error;
    }
  }
  if (!out[1].is_null() && failed(ssize_arg(vm, out[1], maxsplit))) return Status::Error;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return Status::Ok;
}

// Whitespace-delimited spans, from the left or (reverse) from the right.
void ws_spans(Str* s, int64_t maxsplit, bool reverse, std::vector<Span>& out) {
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  size_t n = s->nbytes;
  auto space_at = [&](size_t i, size_t& len) {  // is the code point starting at i a space?
    if (d[i] < 0x80) {
      len = 1;
      return ascii_space(d[i]);
    }
    const char* p = s->data + i;
    uint32_t cp = utf8_decode(p);
    len = size_t(p - (s->data + i));
    return unicode_isspace(cp);
  };
  // the code point ending at byte i (exclusive): start offset
  auto prev_start = [&](size_t i) {
    do i--;
    while (i > 0 && (d[i] & 0xC0) == 0x80);
    return i;
  };
  if (!reverse) {
    size_t i = 0, len;
    while (true) {
      while (i < n && space_at(i, len)) i += len;
      if (i >= n) return;
      if (maxsplit-- == 0) {
        size_t e = n;  // the rest, minus trailing whitespace? no: kept as-is
        out.push_back({i, e});
        // CPython strips only leading whitespace of the remainder
        return;
      }
      size_t j = i;
      while (j < n && !space_at(j, len)) j += len;
      out.push_back({i, j});
      i = j;
    }
  } else {
    size_t i = n, len;
    while (true) {
      while (i > 0) {
        size_t p = prev_start(i);
        if (!space_at(p, len)) break;
        i = p;
      }
      if (i == 0) return;
      if (maxsplit-- == 0) {
        out.push_back({0, i});
        return;
      }
      size_t j = i;
      while (j > 0) {
        size_t p = prev_start(j);
        if (space_at(p, len)) break;
        j = p;
      }
      out.push_back({j, i});
      i = j;
    }
  }
}

void sep_spans(Str* s, Str* sep, int64_t maxsplit, bool reverse, std::vector<Span>& out) {
  std::string_view hay = s->view(), needle = sep->view();
  if (!reverse) {
    size_t i = 0, pos;
    while (maxsplit-- > 0 && (pos = hay.find(needle, i)) != std::string_view::npos) {
      out.push_back({i, pos});
      i = pos + needle.size();
    }
    out.push_back({i, hay.size()});
  } else {
    size_t end = hay.size();
    while (maxsplit-- > 0 && end >= needle.size()) {
      size_t pos = hay.substr(0, end).rfind(needle);
      if (pos == std::string_view::npos) break;
      out.push_back({pos + needle.size(), end});
      end = pos;
    }
    out.push_back({0, end});
  }
}

Value m_split(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("split");
  Str* sep;
  int64_t maxsplit;
  if (failed(split_args(vm, "split", args, nargs, kwnames, sep, maxsplit))) return Value::null();
  return str_split(vm, s, sep, maxsplit);
}

Value m_rsplit(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("rsplit");
  Str* sep;
  int64_t maxsplit;
  if (failed(split_args(vm, "rsplit", args, nargs, kwnames, sep, maxsplit))) return Value::null();
  std::vector<Span> spans;
  if (sep) sep_spans(s, sep, maxsplit, true, spans);
  else ws_spans(s, maxsplit, true, spans);
  return spans_to_list(vm, s, spans, true);
}

Value m_splitlines(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("splitlines");
  static const char* const names[] = {"keepends"};
  Value out[1];
  if (failed(clinic_args(vm, "splitlines", args, nargs, kwnames, names, 1, 0, out))) return Value::null();
  int64_t keep = 0;
  if (!out[0].is_null() && failed(ssize_arg(vm, out[0], keep))) return Value::null();
  std::vector<Span> spans;
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  size_t n = s->nbytes, i = 0, line = 0;
  while (i < n) {
    size_t brk = 0;  // bytes of the line break at i
    uint8_t c = d[i];
    if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e) brk = 1;
    else if (c == '\r') brk = (i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    else if (c == 0xC2 && i + 1 < n && d[i + 1] == 0x85) brk = 2;
    else if (c == 0xE2 && i + 2 < n && d[i + 1] == 0x80 && (d[i + 2] == 0xA8 || d[i + 2] == 0xA9)) brk = 3;
    if (brk) {
      spans.push_back({line, keep ? i + brk : i});
      i += brk;
      line = i;
    } else {
      i += seq_len(c);
    }
  }
  if (line < n) spans.push_back({line, n});
  return spans_to_list(vm, s, spans);
}

Value partition(VM& vm, Value self, Value* args, bool last) {
  Str* s = self_str(vm, self, last ? "rpartition" : "partition");
  if (!s) return Value::null();
  Str* sep = str_arg(vm, args[0], "must be str, not %s");
  if (!sep) return Value::null();
  if (sep->nbytes == 0) return raise(vm, vm.ValueError, "empty separator");
  size_t pos = last ? s->view().rfind(sep->view()) : s->view().find(sep->view());
  Tuple* t = new_tuple(vm, 3);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  if (pos == std::string_view::npos) {
    t->items[0] = t->items[1] = t->items[2] = Value::ptr(vm.s_empty);
    t->items[last ? 2 : 0] = Value::ptr(s);
    return rt.value;
  }
  Value a = piece(vm, s, 0, pos);
  if (a.is_null()) return a;
  t->items[0] = a;
  t->items[1] = Value::ptr(sep);
  Value b = piece(vm, s, pos + sep->nbytes, s->nbytes);
  if (b.is_null()) return b;
  t->items[2] = b;
  return rt.value;
}
Value m_partition(VM& vm, Value self, Value* args, size_t, Tuple*) { return partition(vm, self, args, false); }
Value m_rpartition(VM& vm, Value self, Value* args, size_t, Tuple*) { return partition(vm, self, args, true); }

// ---------- stripping ----------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Value strip_impl(VM& vm, Value self, Value* args, size_t nargs, int side, const char* name) {
  Str* s = self_str(vm, self, name);
  if (!s) return Value::null();
  Str* chars = nullptr;
  if (nargs > 0 && !args[0].is_none()) {
    chars = str_unwrap(args[0]);
    if (!chars) return raise(vm, vm.TypeError, "%s arg must be None or str", name);
  }
  std::vector<uint32_t> set;
  bool ascii_set[128] = {};
  if (chars) {
    const char* p = chars->data;
    const char* e = p + chars->nbytes;
    while (p < e) {
      uint32_t cp = utf8_decode(p);
      if (cp < 128) ascii_set[cp] = true;
      else set.push_back(cp);
    }
  }
  auto strip_cp = [&](uint32_t cp) {
    if (!chars) return unicode_isspace(cp);
    if (cp < 128) return ascii_set[cp];
    return std::find(set.begin(), set.end(), cp) != set.end();
  };
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  size_t b0 = 0, b1 = s->nbytes;
  if (side & kLeft) {
    while (b0 < b1) {
      const char* p = s->data + b0;
      uint32_t cp = utf8_decode(p);
      if (!strip_cp(cp)) break;
      b0 = size_t(p - s->data);
    }
  }
  if (side & kRight) {
    while (b1 > b0) {
      size_t i = b1 - 1;
      while (i > b0 && (d[i] & 0xC0) == 0x80) i--;
      const char* p = s->data + i;
      if (!strip_cp(utf8_decode(p))) break;
      b1 = i;
    }
  }
  return piece(vm, s, b0, b1);
}
Value m_strip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, kBoth, "strip"); }
Value m_lstrip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, kLeft, "lstrip"); }
Value m_rstrip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, kRight, "rstrip"); }

Value m_removeprefix(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("removeprefix");
  Str* p = str_arg(vm, args[0], "removeprefix() argument must be str, not %s");
  if (!p) return Value::null();
  if (s->view().substr(0, p->nbytes) == p->view()) return piece(vm, s, p->nbytes, s->nbytes);
  return Value::ptr(s);
}
Value m_removesuffix(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("removesuffix");
  Str* p = str_arg(vm, args[0], "removesuffix() argument must be str, not %s");
  if (!p) return Value::null();
  if (p->nbytes && p->nbytes <= s->nbytes && std::memcmp(s->data + s->nbytes - p->nbytes, p->data, p->nbytes) == 0)
    return piece(vm, s, 0, s->nbytes - p->nbytes);
  return Value::ptr(s);
}

// ---------- replace ----------

Value m_replace(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("replace");
  Str* old = str_arg(vm, args[0], "replace() argument 1 must be str, not %s");
  if (!old) return Value::null();
  Str* rep = str_arg(vm, args[1], "replace() argument 2 must be str, not %s");
  if (!rep) return Value::null();
  int64_t count = -1;
  if (nargs > 2 && failed(ssize_arg(vm, args[2], count))) return Value::null();
  if (count < 0) count = INT64_MAX;
  std::vector<size_t> hits;  // byte offsets where `old` is replaced (insertion points if empty)
  std::string_view hay = s->view();
  if (old->nbytes == 0) {
    auto d = reinterpret_cast<const uint8_t*>(s->data);
    for (size_t i = 0; int64_t(hits.size()) < count; i += seq_len(d[i])) {
      hits.push_back(i);
      if (i >= s->nbytes) break;
    }
  } else {
    for (size_t pos = 0; int64_t(hits.size()) < count && (pos = hay.find(old->view(), pos)) != std::string_view::npos;
         pos += old->nbytes)
      hits.push_back(pos);
  }
  if (hits.empty()) return Value::ptr(s);
  size_t k = hits.size();
  size_t nbytes = s->nbytes + k * rep->nbytes - k * old->nbytes;
  size_t length = s->length + k * rep->length - k * old->length;
  Str* r = str_new_raw(vm, nbytes, length, s->ascii && rep->ascii);
  if (!r) return Value::null();
  char* out = r->data;
  size_t prev = 0;
  for (size_t h : hits) {
    std::memcpy(out, s->data + prev, h - prev);
    out += h - prev;
    std::memcpy(out, rep->data, rep->nbytes);
    out += rep->nbytes;
    prev = h + old->nbytes;
  }
  std::memcpy(out, s->data + prev, s->nbytes - prev);
  if (!r->ascii && utf8_is_ascii(r->view())) r->ascii = 1, r->flags &= ~kStrHasIndex;
  str_seal(r);
  return Value::ptr(r);
}

// ---------- case mapping ----------

bool is_final_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  while (j > 0 && (unicode_flags(cps[j - 1]) & kUCaseIgnorable)) j--;
  if (j == 0 || !(unicode_flags(cps[j - 1]) & kUCased)) return false;
  j = i + 1;
  while (j < cps.size() && (unicode_flags(cps[j]) & kUCaseIgnorable)) j++;
  return j == cps.size() || !(unicode_flags(cps[j]) & kUCased);
}

void append_mapped(std::string& out, const std::vector<uint32_t>& cps, size_t i, CaseKind kind) {
  uint32_t c = cps[i];
  if (kind == CaseKind::Lower && c == 0x3A3) {
    utf8_append(out, is_final_sigma(cps, i) ? 0x3C2 : 0x3C3);
    return;
  }
  uint32_t m[3];
  int n = unicode_case_map(c, kind, m);
  for (int k = 0; k < n; k++) utf8_append(out, m[k]);
}

enum class CaseOp { Upper, Lower, Fold, Swap, Title, Capitalize };

Value case_impl(VM& vm, Value self, CaseOp op, const char* name) {
  Str* s = self_str(vm, self, name);
  if (!s) return Value::null();
  if (s->ascii) {
    Str* r = str_new_raw(vm, s->nbytes, s->length, true);
    if (!r) return Value::null();
    const char* in = s->data;  // s stays alive: self is rooted
    char* out = r->data;
    size_t n = s->nbytes;
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
      char c = in[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (op) {
        case CaseOp::Upper: out[i] = lo ? char(c - 32) : c; break;
        case CaseOp::Lower:
        case CaseOp::Fold: out[i] = up ? char(c + 32) : c; break;
        case CaseOp::Swap: out[i] = up ? char(c + 32) : lo ? char(c - 32) : c; break;
        case CaseOp::Title:
          out[i] = prev_cased ? (up ? char(c + 32) : c) : (lo ? char(c - 32) : c);
          prev_cased = up || lo;
          break;
        case CaseOp::Capitalize: out[i] = i == 0 ? (lo ? char(c - 32) : c) : (up ? char(c + 32) : c); break;
      }
    }
    return Value::ptr(r);
  }
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  out.reserve(s->nbytes + 8);
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); i++) {
    uint32_t c = cps[i];
    uint16_t f = unicode_flags(c);
    switch (op) {
      case CaseOp::Upper: append_mapped(out, cps, i, CaseKind::Upper); break;
      case CaseOp::Lower: append_mapped(out, cps, i, CaseKind::Lower); break;
      case CaseOp::Fold: append_mapped(out, cps, i, CaseKind::Fold); break;
      case CaseOp::Swap:
        if (f & kUUpper) append_mapped(out, cps, i, CaseKind::Lower);
        else if (f & kULower) append_mapped(out, cps, i, CaseKind::Upper);
        else utf8_append(out, c);
        break;
      case CaseOp::Title:
        append_mapped(out, cps, i, prev_cased ? CaseKind::Lower : CaseKind::Title);
        prev_cased = f & kUCased;
        break;
      case CaseOp::Capitalize: append_mapped(out, cps, i, i == 0 ? CaseKind::Title : CaseKind::Lower); break;
    }
  }
  return new_str(vm, out);
}
Value m_upper(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Upper, "upper"); }
Value m_lower(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Lower, "lower"); }
Value m_casefold(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Fold, "casefold"); }
Value m_swapcase(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Swap, "swapcase"); }
Value m_title(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Title, "title"); }
Value m_capitalize(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Capitalize, "capitalize"); }

// ---------- predicates ----------

// True when the string is non-empty and every code point has one of `mask`'s flags.
template <uint16_t mask>
Value all_flags(VM& vm, Value self, Value*, size_t, Tuple*) {
  Str* s = self_str(vm, self, "is...");
  if (!s) return Value::null();
  if (s->nbytes == 0) return Value::false_();
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e)
    if (!(unicode_flags(utf8_decode(p)) & mask)) return Value::false_();
  return Value::true_();
}

Value m_isspace(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("isspace");
  if (s->nbytes == 0) return Value::false_();
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e)
    if (!unicode_isspace(utf8_decode(p))) return Value::false_();
  return Value::true_();
}

Value m_isprintable(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("isprintable");
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e)
    if (!(unicode_flags(utf8_decode(p)) & kUPrintable)) return Value::false_();
  return Value::true_();
}

Value m_isascii(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("isascii");
  return Value::boolean(s->ascii);
}

Value case_predicate(VM& vm, Value self, bool upper) {
  Str* s = self_str(vm, self, upper ? "isupper" : "islower");
  if (!s) return Value::null();
  const char* p = s->data;
  const char* e = p + s->nbytes;
  bool cased = false;
  while (p < e) {
    uint16_t f = unicode_flags(utf8_decode(p));
    if (upper ? (f & (kULower | kUTitle)) : (f & (kUUpper | kUTitle))) return Value::false_();
    if (f & (upper ? kUUpper : kULower)) cased = true;
  }
  return Value::boolean(cased);
}
Value m_isupper(VM& vm, Value self, Value*, size_t, Tuple*) { return case_predicate(vm, self, true); }
Value m_islower(VM& vm, Value self, Value*, size_t, Tuple*) { return case_predicate(vm, self, false); }

Value m_istitle(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("istitle");
  const char* p = s->data;
  const char* e = p + s->nbytes;
  bool cased = false, prev_cased = false;
  while (p < e) {
    uint16_t f = unicode_flags(utf8_decode(p));
    if (f & (kUUpper | kUTitle)) {
      if (prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else if (f & kULower) {
      if (!prev_cased) return Value::false_();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value m_isidentifier(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("isidentifier");
  if (s->nbytes == 0) return Value::false_();
  const char* p = s->data;
  const char* e = p + s->nbytes;
  uint32_t first = utf8_decode(p);
  if (first != '_' && !(unicode_flags(first) & kUXidStart)) return Value::false_();
  while (p < e)
    if (!(unicode_flags(utf8_decode(p)) & kUXidContinue)) return Value::false_();
  return Value::true_();
}

// ---------- padding ----------

Status fill_arg(VM& vm, Value* args, size_t nargs, size_t index, uint32_t& fill) {
  fill = ' ';
  if (nargs <= index) return Status::Ok;
  Str* f = str_unwrap(args[index]);
  if (!f) {
    raise(vm, vm.TypeError, "The fill character must be a unicode character, not %s", type_name(vm, args[index]));
    return Status::Error;
  }
  if (f->length != 1) {
    raise(vm, vm.TypeError, "The fill character must be exactly one character long");
    return Status::Error;
  }
  const char* p = f->data;
  fill = utf8_decode(p);
  return Status::Ok;
}

Value pad(VM& vm, Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return Value::ptr(s);
  left = std::max<int64_t>(left, 0);
  right = std::max<int64_t>(right, 0);
  char fb[4];
  std::string tmp;
  utf8_append(tmp, fill);
  std::memcpy(fb, tmp.data(), tmp.size());
  size_t fl = tmp.size();
  Str* r = str_new_raw(vm, s->nbytes + size_t(left + right) * fl, s->length + size_t(left + right), s->ascii && fill < 128);
  if (!r) return Value::null();
  char* out = r->data;
  for (int64_t i = 0; i < left; i++, out += fl) std::memcpy(out, fb, fl);
  std::memcpy(out, s->data, s->nbytes);
  out += s->nbytes;
  for (int64_t i = 0; i < right; i++, out += fl) std::memcpy(out, fb, fl);
  str_seal(r);
  return Value::ptr(r);
}

enum class Just { Left, Right, Center };
Value justify(VM& vm, Value self, Value* args, size_t nargs, Just how, const char* name) {
  Str* s = self_str(vm, self, name);
  if (!s) return Value::null();
  int64_t width;
  if (failed(ssize_arg(vm, args[0], width))) return Value::null();
  uint32_t fill;
  if (failed(fill_arg(vm, args, nargs, 1, fill))) return Value::null();
  int64_t len = s->length;
  if (width <= len) return Value::ptr(s);
  int64_t marg = width - len;
  switch (how) {
    case Just::Left: return pad(vm, s, 0, marg, fill);
    case Just::Right: return pad(vm, s, marg, 0, fill);
    case Just::Center: {
      int64_t left = marg / 2 + (marg & width & 1);
      return pad(vm, s, left, marg - left, fill);
    }
  }
  return Value::null();
}
Value m_ljust(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, Just::Left, "ljust"); }
Value m_rjust(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, Just::Right, "rjust"); }
Value m_center(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, Just::Center, "center"); }

Value m_zfill(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("zfill");
  int64_t width;
  if (failed(ssize_arg(vm, args[0], width))) return Value::null();
  if (width <= int64_t(s->length)) return Value::ptr(s);
  Value r = pad(vm, s, width - s->length, 0, '0');
  if (r.is_null()) return r;
  Str* rs = as_str(r);
  size_t fill = size_t(width - s->length);
  if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
    rs->data[0] = s->data[0];
    rs->data[fill] = '0';
  }
  return r;
}

Value m_expandtabs(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("expandtabs");
  static const char* const names[] = {"tabsize"};
  Value out[1];
  if (failed(clinic_args(vm, "expandtabs", args, nargs, kwnames, names, 1, 0, out))) return Value::null();
  int64_t tabsize = 8;
  if (!out[0].is_null() && failed(ssize_arg(vm, out[0], tabsize))) return Value::null();
  if (s->view().find('\t') == std::string_view::npos) return Value::ptr(s);
  std::string res;
  int64_t col = 0;
  auto d = reinterpret_cast<const uint8_t*>(s->data);
  for (size_t i = 0; i < s->nbytes;) {
    uint8_t c = d[i];
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        if (res.size() + size_t(incr) > 0xFFFFFF00u) return raise(vm, vm.OverflowError, "new string is too long");
        res.append(size_t(incr), ' ');
        col += incr;
      }
      i++;
      continue;
    }
    size_t n = seq_len(c);
    res.append(s->data + i, n);
    i += n;
    col++;
    if (c == '\n' || c == '\r') col = 0;
  }
  return new_str(vm, res);
}

// ---------- translate / maketrans ----------

Value m_translate(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("translate");
  Value table = args[0];
  std::string out;
  out.reserve(s->nbytes);
  // Cache of ASCII lookups: 0 = unknown, 1 = keep, 2 = delete, 3 = replaced by ascii_repl.
  uint8_t state[128] = {};
  std::string ascii_repl[128];
  const char* p = s->data;
  const char* e = p + s->nbytes;
  while (p < e) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (cp < 128 && state[cp]) {
      if (state[cp] == 1) out += char(cp);
      else if (state[cp] == 3) out += ascii_repl[cp];
      continue;
    }
    size_t start_off = size_t(start - s->data), next_off = size_t(p - s->data);
    Value r = getitem(vm, table, Value::small(cp));
    p = s->data + next_off;  // s never moves; recompute for clarity after the call
    e = s->data + s->nbytes;
    std::string repl;
    uint8_t st;
    if (r.is_null()) {
      if (!exc_matches(vm, vm.LookupError)) return Value::null();
      clear_exc(vm);
      repl.assign(s->data + start_off, next_off - start_off);
      st = 1;
    } else if (r.is_none()) {
      st = 2;
    } else if (Str* rs = str_unwrap(r)) {
      repl.assign(rs->data, rs->nbytes);
      st = 3;
    } else if (is_int(vm, r)) {
      int64_t v;
      if (failed(int_to_i64(vm, r, v)) || v < 0 || v > 0x10FFFF) {
        clear_exc(vm);
        return raise(vm, vm.ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(repl, uint32_t(v));
      st = 3;
    } else {
      return raise(vm, vm.TypeError, "character mapping must return integer, None or str");
    }
    out += repl;
    if (cp < 128) {
      state[cp] = st;
      if (st == 3) ascii_repl[cp] = std::move(repl);
    }
  }
  return new_str(vm, out);
}

Value m_maketrans(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  Dict* d = new_dict(vm);
  if (!d) return raise_no_memory(vm);
  Root rd(vm, Value::ptr(d)), rk(vm), rv(vm);
  if (nargs == 1) {
    if (!is_dict(args[0])) return raise(vm, vm.TypeError, "if you give only one argument to maketrans it must be a dict");
    uint32_t pos = 0;
    Value k, v;
    Dict* src = args[0].as<Dict>();
    while (dict_next(src, pos, k, v)) {
      rv = v;
      if (Str* ks = str_unwrap(k)) {
        if (ks->length != 1) return raise(vm, vm.ValueError, "string keys in translate table must be of length 1");
        const char* p = ks->data;
        rk = Value::small(utf8_decode(p));
      } else if (is_int(vm, k)) {
        rk = k;
      } else {
        return raise(vm, vm.TypeError, "keys in translate table must be strings or integers");
      }
      if (failed(dict_set(vm, d, rk.value, rv.value))) return Value::null();
    }
    return rd.value;
  }
  // CPython's argument clinic converts y and z before the body checks x.
  Str* y = str_arg(vm, args[1], "maketrans() argument 2 must be str, not %s");
  if (!y) return Value::null();
  Str* z = nullptr;
  if (nargs > 2 && !(z = str_arg(vm, args[2], "maketrans() argument 3 must be str, not %s"))) return Value::null();
  Str* x = str_unwrap(args[0]);
  if (!x) return raise(vm, vm.TypeError, "first maketrans argument must be a string if there is a second argument");
  if (x->length != y->length) return raise(vm, vm.ValueError, "the first two maketrans arguments must have equal length");
  const char* px = x->data;
  const char* py = y->data;
  for (uint32_t i = 0; i < x->length; i++) {
    uint32_t a = utf8_decode(px), b = utf8_decode(py);
    if (failed(dict_set(vm, d, Value::small(a), Value::small(b)))) return Value::null();
  }
  if (z) {
    const char* pz = z->data;
    for (uint32_t i = 0; i < z->length; i++)
      if (failed(dict_set(vm, d, Value::small(utf8_decode(pz)), Value::none()))) return Value::null();
  }
  return rd.value;
}

// ---------- join / encode ----------

Value m_join(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("join");
  return str_join(vm, s, args[0]);
}

Value m_encode(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("encode");
  static const char* const names[] = {"encoding", "errors"};
  Value out[2];
  if (failed(clinic_args(vm, "encode", args, nargs, kwnames, names, 2, 0, out))) return Value::null();
  Str* enc = nullptr;
  Str* err = nullptr;
  if (!out[0].is_null() && !(enc = str_unwrap(out[0])))
    return raise(vm, vm.TypeError, "encode() argument 'encoding' must be str, not %s", type_name(vm, out[0]));
  if (!out[1].is_null() && !(err = str_unwrap(out[1])))
    return raise(vm, vm.TypeError, "encode() argument 'errors' must be str, not %s", type_name(vm, out[1]));
  return str_encode(vm, s, enc, err);
}

}  // namespace

// ---------- exported splitting ----------

Value str_split(VM& vm, Str* s, Str* sep, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::vector<Span> spans;
  if (sep) sep_spans(s, sep, maxsplit, false, spans);
  else ws_spans(s, maxsplit, false, spans);
  return spans_to_list(vm, s, spans);
}

Value str_split_ws(VM& vm, Str* s, int64_t maxsplit) { return str_split(vm, s, nullptr, maxsplit); }

void init_str_methods(VM& vm) {
  static const MethodDef methods[] = {
      {"find", m_find, 1, 3, 0},
      {"rfind", m_rfind, 1, 3, 0},
      {"index", m_index, 1, 3, 0},
      {"rindex", m_rindex, 1, 3, 0},
      {"count", m_count, 1, 3, 0},
      {"startswith", m_startswith, 1, 3, 0},
      {"endswith", m_endswith, 1, 3, 0},
      {"split", m_split, 0, -1, kBuiltinKeywords},
      {"rsplit", m_rsplit, 0, -1, kBuiltinKeywords},
      {"splitlines", m_splitlines, 0, -1, kBuiltinKeywords},
      {"partition", m_partition, 1, 1, 0},
      {"rpartition", m_rpartition, 1, 1, 0},
      {"strip", m_strip, 0, 1, 0},
      {"lstrip", m_lstrip, 0, 1, 0},
      {"rstrip", m_rstrip, 0, 1, 0},
      {"removeprefix", m_removeprefix, 1, 1, 0},
      {"removesuffix", m_removesuffix, 1, 1, 0},
      {"replace", m_replace, 2, 3, 0},
      {"upper", m_upper, 0, 0, 0},
      {"lower", m_lower, 0, 0, 0},
      {"casefold", m_casefold, 0, 0, 0},
      {"swapcase", m_swapcase, 0, 0, 0},
      {"title", m_title, 0, 0, 0},
      {"capitalize", m_capitalize, 0, 0, 0},
      {"isalpha", all_flags<kUAlpha>, 0, 0, 0},
      {"isdecimal", all_flags<kUDecimal>, 0, 0, 0},
      {"isdigit", all_flags<kUDigit>, 0, 0, 0},
      {"isnumeric", all_flags<kUNumeric>, 0, 0, 0},
      {"isalnum", all_flags<kUAlpha | kUDecimal | kUDigit | kUNumeric>, 0, 0, 0},
      {"isspace", m_isspace, 0, 0, 0},
      {"isprintable", m_isprintable, 0, 0, 0},
      {"isascii", m_isascii, 0, 0, 0},
      {"isupper", m_isupper, 0, 0, 0},
      {"islower", m_islower, 0, 0, 0},
      {"istitle", m_istitle, 0, 0, 0},
      {"isidentifier", m_isidentifier, 0, 0, 0},
      {"ljust", m_ljust, 1, 2, 0},
      {"rjust", m_rjust, 1, 2, 0},
      {"center", m_center, 1, 2, 0},
      {"zfill", m_zfill, 1, 1, 0},
      {"expandtabs", m_expandtabs, 0, -1, kBuiltinKeywords},
      {"translate", m_translate, 1, 1, 0},
      {"maketrans", m_maketrans, 1, 3, kBuiltinStatic},
      {"join", m_join, 1, 1, 0},
      {"encode", m_encode, 0, -1, kBuiltinKeywords},
  };
  add_methods(vm, vm.str_type, methods);
}

}  // namespace taipan::runtime
