// The read-only methods shared by bytes and bytearray: searching, splitting, joining,
// stripping, replacing, ASCII case mapping and predicates, padding, translation. A method
// returns the type of its receiver (bytes or bytearray; subclasses give the base type).
// Arguments are parsed before the receiver's data is viewed, because parsing may run
// Python code (__index__) that resizes a bytearray.
#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "runtime/str.h"

namespace taipan::runtime {

namespace {

using Span = std::pair<size_t, size_t>;

struct Self {
  std::string_view data;
  bool bytearray;
};

bool get_self(VM& vm, Value self, Self& s, const char* name) {
  if (!bytes_view(self, s.data)) {
    raise(vm, vm.TypeError, "descriptor '%s' requires a bytes-like object but received a '%s'", name, type_name(vm, self));
    return false;
  }
  s.bytearray = bytes_is_bytearray(self);
  return true;
}
#define SELF(name) \
  Self s;          \
  if (!get_self(vm, self, s, name)) return Value::null();
#define REFRESH() bytes_view(self, s.data)

inline bool ascii_space(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool ascii_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_alpha(uint8_t c) { return ascii_lower(c) || ascii_upper(c); }
inline bool ascii_digit(uint8_t c) { return c >= '0' && c <= '9'; }

// A bytes-like argument, copied (it may be a bytearray that changes later).
bool buffer_arg(VM& vm, Value v, std::string& out) {
  std::string_view bv;
  if (!bytes_view(v, bv)) {
    raise(vm, vm.TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    return false;
  }
  out.assign(bv);
  return true;
}

Status ssize_arg(VM& vm, Value v, int64_t& out) {
  if (v.is_small()) {
    out = v.as_small();
    return Status::Ok;
  }
  Value i = index_value(vm, v);
  if (i.is_null()) return Status::Error;
  return int_to_i64(vm, i, out);
}

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

// start/end (args[first], args[first+1]) normalised against `len`, computed after parsing.
Status range_args(VM& vm, Value* args, size_t nargs, size_t first, int64_t& start, int64_t& end) {
  start = 0;
  end = INT64_MAX;
  if (nargs > first && failed(slice_arg(vm, args[first], start))) return Status::Error;
  if (nargs > first + 1 && failed(slice_arg(vm, args[first + 1], end))) return Status::Error;
  return Status::Ok;
}
void clamp_range(int64_t len, int64_t& start, int64_t& end) {
  if (end > len) end = len;
  else if (end < 0) end = std::max<int64_t>(end + len, 0);
  if (start < 0) start = std::max<int64_t>(start + len, 0);
}

// The "sub" of find & co: bytes-like or an int in range(256).
bool sub_arg(VM& vm, Value v, std::string& out) {
  std::string_view bv;
  if (bytes_view(v, bv)) {
    out.assign(bv);
    return true;
  }
  if (!is_int(vm, v) && type_lookup(type_of(vm, v), vm.s_index).is_null()) {
    raise(vm, vm.TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(vm, v));
    return false;
  }
  Value iv = index_value(vm, v);
  if (iv.is_null()) return false;
  int64_t b;
  if (failed(int_to_i64(vm, iv, b)) || b < 0 || b > 255) {
    clear_exc(vm);
    raise(vm, vm.ValueError, "byte must be in range(0, 256)");
    return false;
  }
  out.assign(1, char(b));
  return true;
}

Value make(VM& vm, const Self& s, std::string_view data) { return bytes_make(vm, s.bytearray, data); }

Value spans_to_list(VM& vm, const Self& s, const std::vector<Span>& spans, bool reverse = false) {
  std::string copy(s.data);  // creating items may collect; a bytearray's buffer is stable, but be safe
  List* l = new_list(vm, spans.size());
  if (!l) return raise_no_memory(vm);
  Root rl(vm, Value::ptr(l)), tmp(vm);
  size_t n = spans.size();
  for (size_t k = 0; k < n; k++) {
    const Span& sp = spans[reverse ? n - 1 - k : k];
    tmp = make(vm, s, std::string_view(copy).substr(sp.first, sp.second - sp.first));
    if (tmp.value.is_null()) return Value::null();
    if (failed(list_append(vm, l, tmp.value))) return Value::null();
  }
  return rl.value;
}

// ---------- searching ----------

// -1 not found, -2 error
int64_t find_impl(VM& vm, Value self, Value* args, size_t nargs, bool last) {
  std::string sub;
  if (!sub_arg(vm, args[0], sub)) return -2;
  int64_t start, end;
  if (failed(range_args(vm, args, nargs, 1, start, end))) return -2;
  std::string_view data;
  bytes_view(self, data);
  clamp_range(int64_t(data.size()), start, end);
  if (end - start < int64_t(sub.size())) return -1;
  std::string_view window = data.substr(size_t(start), size_t(end - start));
  size_t r = last ? window.rfind(sub) : window.find(sub);
  return r == std::string_view::npos ? -1 : int64_t(r) + start;
}

Value m_find(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(vm, self, args, nargs, false);
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_rfind(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(vm, self, args, nargs, true);
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_index(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(vm, self, args, nargs, false);
  if (r == -1) return raise(vm, vm.ValueError, "subsection not found");
  return r == -2 ? Value::null() : Value::small(r);
}
Value m_rindex(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(vm, self, args, nargs, true);
  if (r == -1) return raise(vm, vm.ValueError, "subsection not found");
  return r == -2 ? Value::null() : Value::small(r);
}

Value m_count(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("count");
  std::string sub;
  if (!sub_arg(vm, args[0], sub)) return Value::null();
  int64_t start, end;
  if (failed(range_args(vm, args, nargs, 1, start, end))) return Value::null();
  REFRESH();
  clamp_range(int64_t(s.data.size()), start, end);
  if (end < start) return Value::small(0);
  if (sub.empty()) return Value::small(end - start + 1);
  std::string_view hay = s.data.substr(0, size_t(end));
  int64_t n = 0;
  for (size_t pos = size_t(start); (pos = hay.find(sub, pos)) != std::string_view::npos; pos += sub.size()) n++;
  return Value::small(n);
}

Value starts_ends(VM& vm, Value self, Value* args, size_t nargs, bool ends) {
  const char* name = ends ? "endswith" : "startswith";
  SELF(name);
  std::vector<std::string> subs;
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++) {
      subs.emplace_back();
      if (!buffer_arg(vm, t->items[i], subs.back())) return Value::null();
    }
  } else {
    std::string_view bv;
    if (!bytes_view(args[0], bv))
      return raise(vm, vm.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(vm, args[0]));
    subs.emplace_back(bv);
  }
  int64_t start, end;
  if (failed(range_args(vm, args, nargs, 1, start, end))) return Value::null();
  REFRESH();
  int64_t len = int64_t(s.data.size());
  clamp_range(len, start, end);
  for (const std::string& sub : subs) {
    if (start > len || end - start < int64_t(sub.size())) continue;
    size_t at = ends ? size_t(end) - sub.size() : size_t(start);
    if (s.data.compare(at, sub.size(), sub) == 0) return Value::true_();
  }
  return Value::false_();
}
Value m_startswith(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return starts_ends(vm, self, args, nargs, false); }
Value m_endswith(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return starts_ends(vm, self, args, nargs, true); }

// ---------- splitting and joining ----------

Status split_args(VM& vm, const char* name, Value* args, size_t nargs, Tuple* kwnames, bool& has_sep, std::string& sep,
                  int64_t& maxsplit) {
  static const char* const names[] = {"sep", "maxsplit"};
  Value out[2];
  if (failed(clinic_args(vm, name, args, nargs, kwnames, names, 2, 0, out))) return Status::Error;
  has_sep = !out[0].is_null() && !out[0].is_none();
  if (has_sep) {
    if (!buffer_arg(vm, out[0], sep)) return Status::Error;
    if (sep.empty()) {
      raise(vm, vm.ValueError, "empty separator");
      return Status::Error;
    }
  }
  maxsplit = -1;
  if (!out[1].is_null() && failed(ssize_arg(vm, out[1], maxsplit))) return Status::Error;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  return Status::Ok;
}

void ws_spans(std::string_view d, int64_t maxsplit, bool reverse, std::vector<Span>& out) {
  size_t n = d.size();
  auto sp = [&](size_t i) { return ascii_space(uint8_t(d[i])); };
  if (!reverse) {
    size_t i = 0;
    while (true) {
      while (i < n && sp(i)) i++;
      if (i >= n) return;
      if (maxsplit-- == 0) {
        out.push_back({i, n});
        return;
      }
      size_t j = i;
      while (j < n && !sp(j)) j++;
      out.push_back({i, j});
      i = j;
    }
  }
  size_t i = n;
  while (true) {
    while (i > 0 && sp(i - 1)) i--;
    if (i == 0) return;
    if (maxsplit-- == 0) {
      out.push_back({0, i});
      return;
    }
    size_t j = i;
    while (j > 0 && !sp(j - 1)) j--;
    out.push_back({j, i});
    i = j;
  }
}

void sep_spans(std::string_view hay, std::string_view sep, int64_t maxsplit, bool reverse, std::vector<Span>& out) {
  if (!reverse) {
    size_t i = 0, pos;
    while (maxsplit-- > 0 && (pos = hay.find(sep, i)) != std::string_view::npos) {
      out.push_back({i, pos});
      i = pos + sep.size();
    }
    out.push_back({i, hay.size()});
    return;
  }
  size_t end = hay.size();
  while (maxsplit-- > 0 && end >= sep.size()) {
    size_t pos = hay.substr(0, end).rfind(sep);
    if (pos == std::string_view::npos) break;
    out.push_back({pos + sep.size(), end});
    end = pos;
  }
  out.push_back({0, end});
}

Value split_impl(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames, bool reverse) {
  const char* name = reverse ? "rsplit" : "split";
  SELF(name);
  bool has_sep;
  std::string sep;
  int64_t maxsplit;
  if (failed(split_args(vm, name, args, nargs, kwnames, has_sep, sep, maxsplit))) return Value::null();
  REFRESH();
  std::vector<Span> spans;
  if (has_sep) sep_spans(s.data, sep, maxsplit, reverse, spans);
  else ws_spans(s.data, maxsplit, reverse, spans);
  return spans_to_list(vm, s, spans, reverse);
}
Value m_split(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) { return split_impl(vm, self, args, nargs, kw, false); }
Value m_rsplit(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) { return split_impl(vm, self, args, nargs, kw, true); }

Value m_splitlines(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("splitlines");
  static const char* const names[] = {"keepends"};
  Value out[1];
  if (failed(clinic_args(vm, "splitlines", args, nargs, kwnames, names, 1, 0, out))) return Value::null();
  int64_t keep = 0;
  if (!out[0].is_null() && failed(ssize_arg(vm, out[0], keep))) return Value::null();
  REFRESH();
  std::vector<Span> spans;
  size_t n = s.data.size(), i = 0, line = 0;
  while (i < n) {
    char c = s.data[i];
    size_t brk = c == '\n' ? 1 : c == '\r' ? ((i + 1 < n && s.data[i + 1] == '\n') ? 2 : 1) : 0;
    if (brk) {
      spans.push_back({line, keep ? i + brk : i});
      i += brk;
      line = i;
    } else {
      i++;
    }
  }
  if (line < n) spans.push_back({line, n});
  return spans_to_list(vm, s, spans);
}

Value partition_impl(VM& vm, Value self, Value* args, bool last) {
  SELF(last ? "rpartition" : "partition");
  std::string sep;
  if (!buffer_arg(vm, args[0], sep)) return Value::null();
  if (sep.empty()) return raise(vm, vm.ValueError, "empty separator");
  std::string data(s.data);
  size_t pos = last ? data.rfind(sep) : data.find(sep);
  Tuple* t = new_tuple(vm, 3);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  std::string_view d(data);
  std::string_view parts[3];
  if (pos == std::string::npos) {
    parts[last ? 2 : 0] = d;
  } else {
    parts[0] = d.substr(0, pos);
    parts[1] = sep;
    parts[2] = d.substr(pos + sep.size());
  }
  for (int i = 0; i < 3; i++) {
    Value v = make(vm, s, parts[i]);
    if (v.is_null()) return v;
    t->items[i] = v;
  }
  return rt.value;
}
Value m_partition(VM& vm, Value self, Value* args, size_t, Tuple*) { return partition_impl(vm, self, args, false); }
Value m_rpartition(VM& vm, Value self, Value* args, size_t, Tuple*) { return partition_impl(vm, self, args, true); }

Value m_join(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("join");
  Value seq = args[0];
  if (!is_list(seq) && !is_tuple(seq)) {
    seq = sequence_fast(vm, args[0], "can only join an iterable");
    if (seq.is_null()) return seq;
  }
  Root rseq(vm, seq);
  std::string sep(s.data);
  std::string out;
  size_t n = is_tuple(seq) ? seq.as<Tuple>()->size : seq.as<List>()->size;
  for (size_t i = 0; i < n; i++) {
    Value item = is_tuple(seq) ? seq.as<Tuple>()->items[i] : seq.as<List>()->items[i];
    std::string_view bv;
    if (!bytes_view(item, bv))
      return raise(vm, vm.TypeError, "sequence item %zu: expected a bytes-like object, %s found", i, type_name(vm, item));
    if (i) out += sep;
    out += bv;
  }
  return make(vm, s, out);
}

// ---------- stripping, replacing ----------

Value strip_impl(VM& vm, Value self, Value* args, size_t nargs, int side, const char* name) {
  SELF(name);
  bool set[256] = {};
  bool custom = nargs > 0 && !args[0].is_none();
  if (custom) {
    std::string chars;
    if (!buffer_arg(vm, args[0], chars)) return Value::null();
    for (char c : chars) set[uint8_t(c)] = true;
  } else {
    for (int c = 0; c < 256; c++) set[c] = ascii_space(uint8_t(c));
  }
  REFRESH();
  size_t b0 = 0, b1 = s.data.size();
  if (side & 1)
    while (b0 < b1 && set[uint8_t(s.data[b0])]) b0++;
  if (side & 2)
    while (b1 > b0 && set[uint8_t(s.data[b1 - 1])]) b1--;
  if (!s.bytearray && b0 == 0 && b1 == s.data.size() && is_exact(self, vm.bytes_type)) return self;
  return make(vm, s, s.data.substr(b0, b1 - b0));
}
Value m_strip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, 3, "strip"); }
Value m_lstrip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, 1, "lstrip"); }
Value m_rstrip(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return strip_impl(vm, self, args, nargs, 2, "rstrip"); }

Value m_replace(VM& vm, Value self, Value* args, size_t nargs, Tuple*) {
  SELF("replace");
  std::string old, rep;
  if (!buffer_arg(vm, args[0], old) || !buffer_arg(vm, args[1], rep)) return Value::null();
  int64_t count = -1;
  if (nargs > 2 && failed(ssize_arg(vm, args[2], count))) return Value::null();
  if (count < 0) count = INT64_MAX;
  REFRESH();
  std::string out;
  std::string_view d = s.data;
  if (old.empty()) {  // rep goes before every byte and at the end, `count` times at most
    size_t i = 0;
    for (; i < d.size() && count > 0; i++, count--) {
      out += rep;
      out += d[i];
    }
    if (i < d.size()) out.append(d.substr(i));
    else if (count > 0) out += rep;
    return make(vm, s, out);
  }
  size_t prev = 0, pos;
  int64_t done = 0;
  while (done < count && (pos = d.find(old, prev)) != std::string_view::npos) {
    out.append(d.substr(prev, pos - prev));
    out += rep;
    prev = pos + old.size();
    done++;
  }
  if (done == 0 && !s.bytearray && is_exact(self, vm.bytes_type)) return self;
  out.append(d.substr(prev));
  return make(vm, s, out);
}

Value m_removeprefix(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("removeprefix");
  std::string p;
  if (!buffer_arg(vm, args[0], p)) return Value::null();
  REFRESH();
  if (s.data.substr(0, p.size()) == p) return make(vm, s, s.data.substr(p.size()));
  if (!s.bytearray && is_exact(self, vm.bytes_type)) return self;
  return make(vm, s, s.data);
}

Value m_removesuffix(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("removesuffix");
  std::string p;
  if (!buffer_arg(vm, args[0], p)) return Value::null();
  REFRESH();
  if (!p.empty() && s.data.size() >= p.size() && s.data.substr(s.data.size() - p.size()) == p)
    return make(vm, s, s.data.substr(0, s.data.size() - p.size()));
  if (!s.bytearray && is_exact(self, vm.bytes_type)) return self;
  return make(vm, s, s.data);
}

// ---------- case and predicates (ASCII only, like CPython) ----------

enum class CaseOp { Upper, Lower, Swap, Title, Capitalize };

Value case_impl(VM& vm, Value self, CaseOp op, const char* name) {
  SELF(name);
  std::string out(s.data);
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); i++) {
    auto c = uint8_t(out[i]);
    bool up = ascii_upper(c), lo = ascii_lower(c);
    switch (op) {
      case CaseOp::Upper: if (lo) c -= 32; break;
      case CaseOp::Lower: if (up) c += 32; break;
      case CaseOp::Swap: c = up ? c + 32 : lo ? c - 32 : c; break;
      case CaseOp::Title:
        if (prev_cased ? up : lo) c = up ? c + 32 : c - 32;
        prev_cased = up || lo;
        break;
      case CaseOp::Capitalize:
        if (i == 0 ? lo : up) c = up ? c + 32 : c - 32;
        break;
    }
    out[i] = char(c);
  }
  return make(vm, s, out);
}
Value m_upper(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Upper, "upper"); }
Value m_lower(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Lower, "lower"); }
Value m_swapcase(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Swap, "swapcase"); }
Value m_title(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Title, "title"); }
Value m_capitalize(VM& vm, Value self, Value*, size_t, Tuple*) { return case_impl(vm, self, CaseOp::Capitalize, "capitalize"); }

template <bool (*pred)(uint8_t)>
Value all_of(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("is...");
  if (s.data.empty()) return Value::false_();
  for (char c : s.data)
    if (!pred(uint8_t(c))) return Value::false_();
  return Value::true_();
}
bool p_alnum(uint8_t c) { return ascii_alpha(c) || ascii_digit(c); }

Value m_isascii(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("isascii");
  for (char c : s.data)
    if (uint8_t(c) >= 0x80) return Value::false_();
  return Value::true_();
}

Value case_pred(VM& vm, Value self, bool upper) {
  SELF(upper ? "isupper" : "islower");
  bool cased = false;
  for (char ch : s.data) {
    auto c = uint8_t(ch);
    if (upper ? ascii_lower(c) : ascii_upper(c)) return Value::false_();
    if (upper ? ascii_upper(c) : ascii_lower(c)) cased = true;
  }
  return Value::boolean(cased);
}
Value m_isupper(VM& vm, Value self, Value*, size_t, Tuple*) { return case_pred(vm, self, true); }
Value m_islower(VM& vm, Value self, Value*, size_t, Tuple*) { return case_pred(vm, self, false); }

Value m_istitle(VM& vm, Value self, Value*, size_t, Tuple*) {
  SELF("istitle");
  bool cased = false, prev = false;
  for (char ch : s.data) {
    auto c = uint8_t(ch);
    if (ascii_upper(c)) {
      if (prev) return Value::false_();
      prev = cased = true;
    } else if (ascii_lower(c)) {
      if (!prev) return Value::false_();
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Value::boolean(cased);
}

// ---------- padding ----------

Status fill_arg(VM& vm, Value* args, size_t nargs, const char* name, char& fill) {
  fill = ' ';
  if (nargs < 2) return Status::Ok;
  std::string_view bv;
  if (!bytes_view(args[1], bv) || bv.size() != 1) {
    raise(vm, vm.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(vm, args[1]));
    return Status::Error;
  }
  fill = bv[0];
  return Status::Ok;
}

Value justify(VM& vm, Value self, Value* args, size_t nargs, int how, const char* name) {
  SELF(name);
  int64_t width;
  if (failed(ssize_arg(vm, args[0], width))) return Value::null();
  char fill;
  if (failed(fill_arg(vm, args, nargs, name, fill))) return Value::null();
  REFRESH();
  int64_t len = int64_t(s.data.size());
  if (width <= len) {
    if (!s.bytearray && is_exact(self, vm.bytes_type)) return self;
    return make(vm, s, s.data);
  }
  int64_t marg = width - len, left;
  if (how == 0) left = 0;
  else if (how == 1) left = marg;
  else left = marg / 2 + (marg & width & 1);
  std::string out(size_t(left), fill);
  out += s.data;
  out.append(size_t(marg - left), fill);
  return make(vm, s, out);
}
Value m_ljust(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, 0, "ljust"); }
Value m_rjust(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, 1, "rjust"); }
Value m_center(VM& vm, Value self, Value* args, size_t nargs, Tuple*) { return justify(vm, self, args, nargs, 2, "center"); }

Value m_zfill(VM& vm, Value self, Value* args, size_t, Tuple*) {
  SELF("zfill");
  int64_t width;
  if (failed(ssize_arg(vm, args[0], width))) return Value::null();
  REFRESH();
  int64_t len = int64_t(s.data.size());
  if (width <= len) return make(vm, s, s.data);
  size_t fill = size_t(width - len);
  std::string out(fill, '0');
  out += s.data;
  if (len && (s.data[0] == '+' || s.data[0] == '-')) {
    out[0] = s.data[0];
    out[fill] = '0';
  }
  return make(vm, s, out);
}

Value m_expandtabs(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("expandtabs");
  static const char* const names[] = {"tabsize"};
  Value out[1];
  if (failed(clinic_args(vm, "expandtabs", args, nargs, kwnames, names, 1, 0, out))) return Value::null();
  int64_t tabsize = 8;
  if (!out[0].is_null() && failed(ssize_arg(vm, out[0], tabsize))) return Value::null();
  REFRESH();
  std::string res;
  int64_t col = 0;
  for (char c : s.data) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        res.append(size_t(incr), ' ');
        col += incr;
      }
    } else {
      res += c;
      col++;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return make(vm, s, res);
}

// ---------- translate / maketrans ----------

Value m_translate(VM& vm, Value self, Value* args, size_t nargs, Tuple* kwnames) {
  SELF("translate");
  static const char* const names[] = {"table", "delete"};
  Value out[2];
  if (failed(clinic_args(vm, "translate", args, nargs, kwnames, names, 2, 1, out, 1))) return Value::null();
  std::string table;
  bool has_table = !out[0].is_none();
  if (has_table) {
    if (!buffer_arg(vm, out[0], table)) return Value::null();
    if (table.size() != 256) return raise(vm, vm.ValueError, "translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (!out[1].is_null()) {
    std::string d;
    if (!buffer_arg(vm, out[1], d)) return Value::null();
    for (char c : d) del[uint8_t(c)] = true;
  }
  REFRESH();
  std::string res;
  res.reserve(s.data.size());
  for (char c : s.data) {
    if (del[uint8_t(c)]) continue;
    res += has_table ? table[uint8_t(c)] : c;
  }
  return make(vm, s, res);
}

Value m_maketrans(VM& vm, Value, Value* args, size_t, Tuple*) {
  std::string from, to;
  if (!buffer_arg(vm, args[0], from) || !buffer_arg(vm, args[1], to)) return Value::null();
  if (from.size() != to.size()) return raise(vm, vm.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); i++) table[uint8_t(from[i])] = to[i];
  return new_bytes(vm, table);
}

}  // namespace

void init_bytes_methods(VM& vm) {
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
      {"join", m_join, 1, 1, 0},
      {"strip", m_strip, 0, 1, 0},
      {"lstrip", m_lstrip, 0, 1, 0},
      {"rstrip", m_rstrip, 0, 1, 0},
      {"replace", m_replace, 2, 3, 0},
      {"removeprefix", m_removeprefix, 1, 1, 0},
      {"removesuffix", m_removesuffix, 1, 1, 0},
      {"upper", m_upper, 0, 0, 0},
      {"lower", m_lower, 0, 0, 0},
      {"swapcase", m_swapcase, 0, 0, 0},
      {"title", m_title, 0, 0, 0},
      {"capitalize", m_capitalize, 0, 0, 0},
      {"isdigit", all_of<ascii_digit>, 0, 0, 0},
      {"isalpha", all_of<ascii_alpha>, 0, 0, 0},
      {"isspace", all_of<ascii_space>, 0, 0, 0},
      {"isalnum", all_of<p_alnum>, 0, 0, 0},
      {"isascii", m_isascii, 0, 0, 0},
      {"isupper", m_isupper, 0, 0, 0},
      {"islower", m_islower, 0, 0, 0},
      {"istitle", m_istitle, 0, 0, 0},
      {"ljust", m_ljust, 1, 2, 0},
      {"rjust", m_rjust, 1, 2, 0},
      {"center", m_center, 1, 2, 0},
      {"zfill", m_zfill, 1, 1, 0},
      {"expandtabs", m_expandtabs, 0, -1, kBuiltinKeywords},
      {"translate", m_translate, 1, -1, kBuiltinKeywords},
      {"maketrans", m_maketrans, 2, 2, kBuiltinStatic},
  };
  add_methods(vm, vm.bytes_type, methods);
  add_methods(vm, vm.bytearray_type, methods);
}

}  // namespace taipan::runtime
