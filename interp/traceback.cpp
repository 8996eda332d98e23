// Printing exceptions the way CPython 3.11 does: the chain (cause/context) first, then
// "Traceback (most recent call last):", one "File ..., line N, in name" entry per frame with
// the source line when the file is readable, and finally "Type: message".
#include <string>
#include <vector>

#include "interp/frame.h"
#include "interp/import.h"

namespace taipan::interp {

using namespace runtime;

static std::string source_line(const std::string& file, int line) {
  if (line <= 0) return "";
  std::string data;
  if (!read_file(file, data)) return "";
  int cur = 1;
  size_t start = 0;
  for (size_t i = 0; i <= data.size(); i++) {
    if (i == data.size() || data[i] == '\n') {
      if (cur == line) {
        std::string l = data.substr(start, i - start);
        size_t a = l.find_first_not_of(" \t\f\r");
        size_t b = l.find_last_not_of(" \t\f\r\n");
        if (a == std::string::npos) return "";
        return l.substr(a, b - a + 1);
      }
      cur++;
      start = i + 1;
    }
  }
  return "";
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

static void print_one(VM& vm, Value exc, std::vector<Value>& seen) {
  for (Value s : seen)
    if (s == exc) return;
  seen.push_back(exc);
  if (is_exception(vm, exc)) {
    Exception* e = exc.as<Exception>();
    if (!e->cause.is_none() && !e->cause.is_null()) {
      print_one(vm, e->cause, seen);
      write_stderr(vm, "\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e->context.is_none() && !e->context.is_null() && !e->suppress_context) {
      print_one(vm, e->context, seen);
      write_stderr(vm, "\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    Value tb = e->traceback;
    if (is_layout(tb, Layout::Traceback)) {
      std::string out = "Traceback (most recent call last):\n";
      for (; is_layout(tb, Layout::Traceback); tb = tb.as<Traceback>()->next) {
        Traceback* t = tb.as<Traceback>();
        std::string file(t->code->filename->view());
        out += "  File \"" + file + "\", line " + std::to_string(t->lineno) + ", in " +
               std::string(t->code->name->view()) + "\n";
        std::string src = source_line(file, t->lineno);
        if (!src.empty()) out += "    " + src + "\n";
      }
      write_stderr(vm, out);
    }
  }
  write_stderr(vm, exception_line(vm, exc) + "\n");
}

void print_exception(VM& vm, Value exc) {
  Root re(vm, exc);
  std::vector<Value> seen;
  print_one(vm, exc, seen);
}

}  // namespace taipan::interp
