// `taipan --dis`: a listing in the spirit of CPython's dis module: line, offset (bytes),
// name, argument and a resolved argument where the table says what it indexes.
#include "interp/dis.h"

#include <cstdio>

#include "interp/frame.h"
#include "interp/opcodes.h"

namespace taipan::interp {

using namespace runtime;

static std::string short_repr(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (r.is_null()) {
    clear_exc(vm);
    return "?";
  }
  std::string s(as_str(r)->view());
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

static void dis_one(VM& vm, Code* c, std::string& out, std::vector<Code*>& nested) {
  out += "Disassembly of <code object " + std::string(c->name->view()) + ", file \"" +
         std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">:\n";
  int last_line = -1;
  uint32_t ext = 0;
  for (uint32_t i = 0; i < c->ncode;) {
    uint16_t w = c->code[i];
    uint8_t op = w & 0xff;
    uint32_t arg = ext << 8 | (w >> 8);
    const OpInfo& info = kOpInfo[op];
    int line = code_line(c, int32_t(i));
    char buf[160];
    std::string ls = (line != last_line && line >= 0) ? std::to_string(line) : "";
    if (line >= 0) last_line = line;
    snprintf(buf, sizeof buf, "%6s %6u %-28s", ls.c_str(), i * 2, info.valid ? info.name : "<invalid>");
    out += buf;
    if (info.flags & kHasArg) {
      out += std::to_string(arg);
      std::string extra;
      switch (op) {
        case LOAD_CONST: case KW_NAMES: {
          Value v = c->consts->items[arg];
          if (is_layout(v, Layout::Code)) nested.push_back(v.as<Code>());
          extra = short_repr(vm, v);
          break;
        }
        case LOAD_GLOBAL: extra = std::string(as_str(c->names->items[arg >> 1])->view()) + ((arg & 1) ? " + NULL" : ""); break;
        case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR:
        case STORE_GLOBAL: case DELETE_GLOBAL: case IMPORT_NAME: case IMPORT_FROM: case LOAD_METHOD:
          extra = std::string(as_str(c->names->items[arg])->view());
          break;
        case LOAD_FAST: case STORE_FAST: case DELETE_FAST: case LOAD_CLOSURE: case LOAD_DEREF: case STORE_DEREF:
        case DELETE_DEREF: case MAKE_CELL: case LOAD_CLASSDEREF:
          extra = std::string(as_str(c->localsplusnames->items[arg])->view());
          break;
        case COMPARE_OP: {
          static const char* ops[] = {"<", "<=", "==", "!=", ">", ">="};
          extra = ops[arg % 6];
          break;
        }
        default:
          if (info.flags & kJumpFwd) extra = "to " + std::to_string((i + 1 + info.cache + arg) * 2);
          if (info.flags & kJumpBack) extra = "to " + std::to_string((i + 1 + info.cache - arg) * 2);
          break;
      }
      if (!extra.empty()) out += " (" + extra + ")";
    }
    out += "\n";
    ext = op == EXTENDED_ARG ? arg : 0;
    i += 1 + (info.valid ? info.cache : 0);
  }
  if (c->nexc) {
    out += "ExceptionTable:\n";
    for (uint32_t k = 0; k < c->nexc; k++) {
      const ExcEntry& e = c->exc_entries[k];
      char buf[128];
      snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start * 2, e.end * 2, e.target * 2, e.depth,
               e.lasti ? " lasti" : "");
      out += buf;
    }
  }
}

std::string disassemble(VM& vm, Code* code) {
  Root keep(vm, Value::ptr(code));  // nested code objects are reachable from it
  std::string out;
  std::vector<Code*> work{code};
  for (size_t i = 0; i < work.size(); i++) {
    if (i) out += "\n";
    dis_one(vm, work[i], out, work);
  }
  return out;
}

}  // namespace taipan::interp
