// Printing exceptions the way CPython 3.11 does: the chain (cause/context) first, then
// "Traceback (most recent call last):", one "File ..., line N, in name" entry per frame with
// the source line when the file is readable, and finally "Type: message". Exception groups
// print as CPython's tree of their members (see PrintContext).
#include <string>
#include <vector>

#include "interp/bundle.h"
#include "interp/frame.h"
#include "interp/import.h"
#include "runtime/exception_group.h"
#include "runtime/linetable.h"

namespace taipan::interp {

using namespace runtime;

// Line `line` of `file` as it is in the file (without its newline), or empty. A module of
// the running bundle has its source there, if anywhere (never in a file of the same name).
std::string source_line(VM& vm, const std::string& file, int64_t line) {
  if (line <= 0) return "";
  std::string data;
  Bundle* b = bundle_of(vm);
  if (b && b->by_filename.count(file)) {
    const std::string_view* src = b->source_of(file);
    if (!src) return "";
    data.assign(*src);
  } else if (!read_file(file, data)) {
    return "";
  }
  int64_t cur = 1;
  size_t start = 0;
  for (size_t i = 0; i <= data.size(); i++) {
    if (i == data.size() || data[i] == '\n') {
      if (cur == line) return data.substr(start, i - start);
      cur++;
      start = i + 1;
    }
  }
  return "";
}

static size_t leading_space(const std::string& l) {
  size_t a = l.find_first_not_of(" \t\f\r");
  return a == std::string::npos ? l.size() : a;
}

static std::string strip(const std::string& l) {
  size_t a = leading_space(l);
  if (a == l.size()) return "";
  size_t b = l.find_last_not_of(" \t\f\r\n");
  return l.substr(a, b - a + 1);
}

// Characters (code points) in the first `bytes` bytes of a UTF-8 line.
static int64_t char_offset(const std::string& l, int64_t bytes) {
  int64_t n = 0;
  for (int64_t i = 0; i < bytes && i < int64_t(l.size()); i++)
    if ((uint8_t(l[size_t(i)]) & 0xC0) != 0x80) n++;
  return n;
}

// The source line of a traceback entry, then CPython's caret line under the instruction's
// columns when they do not span the whole line. (CPython also marks the operator of a
// binary operation and the brackets of a subscript with `~`/`^` anchors, which needs a
// parser; Taipan marks the whole expression with `^`.)
static std::string source_with_carets(VM& vm, const std::string& file, Code* code, int32_t lasti, int64_t lineno) {
  std::string raw = source_line(vm, file, lineno);
  std::string stripped = strip(raw);
  if (stripped.empty()) return "";
  std::string out = "    " + stripped + "\n";
  Position pos = code_position(code, lasti);
  if (pos.line != lineno || pos.end_line < 0 || pos.col < 0 || pos.end_col < 0) return out;
  int64_t indent = char_offset(raw, int64_t(leading_space(raw)));
  int64_t start = char_offset(raw, pos.col);
  int64_t end = pos.end_line != pos.line ? indent + char_offset(stripped, int64_t(stripped.size()))
                                          : char_offset(raw, pos.end_col);
  int64_t width = char_offset(stripped, int64_t(stripped.size()));
  if (start < indent || end <= start || end - start >= width) return out;
  out += "    " + std::string(size_t(start - indent), ' ') + std::string(size_t(end - start), '^') + "\n";
  return out;
}

static std::string exception_line(VM& vm, Value exc) {
  Type* t = type_of(vm, exc);
  std::string name;
  Value mod = dict_get_str(t->dict, vm.s_module);
  if (is_str(mod) && as_str(mod)->view() != "builtins" && as_str(mod)->view() != "__main__") {
    name = std::string(as_str(mod)->view()) + ".";
  }
  name += t->qualname->view();
  Value s = str(vm, exc);
  if (s.is_null()) {
    clear_exc(vm);
    return name + ": <exception str() failed>";
  }
  std::string msg(as_str(s)->view());
  std::string out = msg.empty() ? name : name + ": " + msg;
  // __notes__
  Value notes = getattr_opt(vm, exc, vm.s_notes);
  if (is_list(notes)) {
    List* l = notes.as<List>();
    for (uint32_t i = 0; i < l->size; i++) {
      Value n = str(vm, l->items[i]);
      if (n.is_null()) { clear_exc(vm); continue; }
      out += "\n";
      out += as_str(n)->view();
    }
  }
  clear_exc(vm);
  return out;
}

// Exception groups print as a tree (CPython's exception_print_context): inside a group every
// line carries a margin of two spaces per level plus "| " ("+ " on the header line of the
// outermost group), each member under a "+---------------- i ----------------" rule, at most
// kMaxGroupWidth members per group and kMaxGroupDepth levels.
struct PrintContext {
  static constexpr uint32_t kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;
  std::vector<Value> seen;  // reachable from the printed exception, so rooted through it
  int depth = 0;
  bool need_close = false;
  std::string out;

  std::string indent() const { return std::string(size_t(2 * depth), ' '); }
  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (depth) prefix += std::string(1, margin) + " ";
    size_t start = 0;
    while (start < text.size()) {
      size_t nl = text.find('\n', start);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, start, end - start);
      start = end;
    }
  }
  bool was_seen(Value v) const {
    for (Value s : seen)
      if (s == v) return true;
    return false;
  }
};

// The entries of a traceback. A run of entries with the same file, line and function (a
// recursion) shows its first kRecursiveCutoff entries, then "[Previous line repeated N more
// times]", as CPython does.
static std::string traceback_text(VM& vm, Value tb) {
  constexpr int kRecursiveCutoff = 3;
  std::string out;
  Traceback* prev = nullptr;
  int repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > kRecursiveCutoff) {
      int more = repeats - kRecursiveCutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (; is_layout(tb, Layout::Traceback); tb = tb.as<Traceback>()->next) {
    Traceback* t = tb.as<Traceback>();
    bool same = prev && prev->lineno == t->lineno && str_eq(prev->code->filename, t->code->filename) &&
                str_eq(prev->code->name, t->code->name);
    if (!same) {
      flush_repeats();
      repeats = 0;
    }
    prev = t;
    if (++repeats > kRecursiveCutoff) continue;
    std::string file(t->code->filename->view());
    out += "  File \"" + file + "\", line " + std::to_string(t->lineno) + ", in " + std::string(t->code->name->view()) +
           "\n";
    out += source_with_carets(vm, file, t->code, t->lasti, t->lineno);
  }
  flush_repeats();
  return out;
}

// A SyntaxError shows where it is: `  File "name", line N`, the offending line and a caret
// line under offset..end_offset (CPython's print_exception_file_and_line); its last line is
// "SyntaxError: msg" without the location str() adds. Empty when it has no location.
static std::string syntax_error_location(VM& vm, Value exc, std::string& msg_out) {
  Value fn = getattr_opt(vm, exc, vm.intern("filename"));
  Value ln = getattr_opt(vm, exc, vm.intern("lineno"));
  Value msg = getattr_opt(vm, exc, vm.intern("msg"));
  clear_exc(vm);
  if (!is_str(fn) || !ln.is_small()) return "";
  if (is_str(msg)) msg_out = std::string(as_str(msg)->view());
  std::string out = "  File \"" + std::string(as_str(fn)->view()) + "\", line " + std::to_string(ln.as_small()) + "\n";
  Value text = getattr_opt(vm, exc, vm.intern("text"));
  Value off = getattr_opt(vm, exc, vm.intern("offset"));
  Value end_ln = getattr_opt(vm, exc, vm.intern("end_lineno"));
  Value end_off = getattr_opt(vm, exc, vm.intern("end_offset"));
  clear_exc(vm);
  if (!is_str(text)) return out;
  std::string t(as_str(text)->view());
  int64_t offset = off.is_small() ? off.as_small() - 1 : -1;  // 0-based
  int64_t end = end_off.is_small() ? end_off.as_small() - 1 : -1;
  if (end_ln.is_small() && end_ln.as_small() > ln.as_small()) end = int64_t(t.size());
  size_t lead = 0;
  while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\f')) lead++;
  t = t.substr(lead);
  offset -= int64_t(lead);
  end -= int64_t(lead);
  if (!t.empty() && t.back() == '\n') t.pop_back();
  if (offset > int64_t(t.size())) offset = int64_t(t.size());
  if (end > int64_t(t.size())) end = int64_t(t.size());
  // Only the text's line that holds the offset.
  for (size_t nl; (nl = t.find('\n')) != std::string::npos && int64_t(nl) < offset;) {
    t = t.substr(nl + 1);
    offset -= int64_t(nl + 1);
    end -= int64_t(nl + 1);
  }
  out += "    " + t + "\n";
  if (offset < 0 || !off.is_small()) return out;
  if (end <= offset) end = offset + 1;
  out += "    " + std::string(size_t(offset), ' ') + std::string(size_t(end - offset), '^') + "\n";
  return out;
}

static void print_one(VM& vm, Value exc, PrintContext& ctx) {
  ctx.seen.push_back(exc);
  if (!is_exception(vm, exc)) {
    ctx.emit(exception_line(vm, exc) + "\n");
    return;
  }
  Exception* e = exc.as<Exception>();
  if (!e->cause.is_none() && !e->cause.is_null()) {
    if (!ctx.was_seen(e->cause)) {
      print_one(vm, e->cause, ctx);
      ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n");
    }
  } else if (!e->context.is_none() && !e->context.is_null() && !e->suppress_context) {
    if (!ctx.was_seen(e->context)) {
      print_one(vm, e->context, ctx);
      ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  Tuple* members = exception_group_items(vm, exc);
  if (!members) {
    if (is_layout(e->traceback, Layout::Traceback))
      ctx.emit("Traceback (most recent call last):\n" + traceback_text(vm, e->traceback));
    std::string line = exception_line(vm, exc);
    if (isinstance(vm, exc, vm.SyntaxError)) {
      std::string msg;
      std::string where = syntax_error_location(vm, exc, msg);
      if (!where.empty()) {
        ctx.emit(where);
        // The type's name, then msg instead of str(exc) (which repeats the location).
        size_t colon = line.find(": ");
        std::string name = colon == std::string::npos ? line : line.substr(0, colon);
        size_t nl = line.find('\n');  // __notes__ follow the first line
        line = (msg.empty() ? name : name + ": " + msg) + (nl == std::string::npos ? "" : line.substr(nl));
      }
    }
    ctx.emit(line + "\n");
    return;
  }
  if (ctx.depth > PrintContext::kMaxGroupDepth) {
    ctx.emit("... (max_group_depth is " + std::to_string(PrintContext::kMaxGroupDepth) + ")\n");
    return;
  }
  bool top = ctx.depth == 0;
  if (top) ctx.depth = 1;
  if (is_layout(e->traceback, Layout::Traceback)) {
    ctx.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
    ctx.emit(traceback_text(vm, e->traceback));
  }
  ctx.emit(exception_line(vm, exc) + "\n");
  uint32_t total = members->size;
  uint32_t shown = total <= PrintContext::kMaxGroupWidth ? total : PrintContext::kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (uint32_t i = 0; i < shown; i++) {
    bool last = i == shown - 1;
    if (last) ctx.need_close = true;  // a nested group's last member may close it instead
    bool truncated = i >= PrintContext::kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ctx.depth++;
    if (!truncated) {
      print_one(vm, members->items[i], ctx);
    } else {
      uint32_t more = total - PrintContext::kMaxGroupWidth;
      ctx.emit("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    ctx.depth--;
  }
  if (top) ctx.depth = 0;
}

void print_exception(VM& vm, Value exc) {
  Root re(vm, exc);
  PrintContext ctx;
  print_one(vm, exc, ctx);
  write_stderr(vm, ctx.out);
}

}  // namespace taipan::interp
