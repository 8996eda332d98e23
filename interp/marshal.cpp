// marshal reader for CPython 3.11's format (marshal version 4).
#include "interp/marshal.h"

#include <cstring>

#include "interp/opcodes.h"
#include "runtime/numfmt.h"

namespace taipan::interp {

using namespace runtime;

namespace {

enum : uint8_t {
  TYPE_NULL = '0', TYPE_NONE = 'N', TYPE_FALSE = 'F', TYPE_TRUE = 'T', TYPE_STOPITER = 'S',
  TYPE_ELLIPSIS = '.', TYPE_INT = 'i', TYPE_INT64 = 'I', TYPE_FLOAT = 'f', TYPE_BINARY_FLOAT = 'g',
  TYPE_COMPLEX = 'x', TYPE_BINARY_COMPLEX = 'y', TYPE_LONG = 'l', TYPE_STRING = 's',
  TYPE_INTERNED = 't', TYPE_REF = 'r', TYPE_TUPLE = '(', TYPE_LIST = '[', TYPE_DICT = '{',
  TYPE_CODE = 'c', TYPE_UNICODE = 'u', TYPE_UNKNOWN = '?', TYPE_SET = '<', TYPE_FROZENSET = '>',
  TYPE_ASCII = 'a', TYPE_ASCII_INTERNED = 'A', TYPE_SMALL_TUPLE = ')', TYPE_SHORT_ASCII = 'z',
  TYPE_SHORT_ASCII_INTERNED = 'Z', FLAG_REF = 0x80,
};

constexpr int kMaxDepth = 2000;

// UTF-8 as CPython's marshal writes it (surrogates allowed: it encodes with surrogatepass).
bool valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    uint8_t c = uint8_t(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!len || i + len > n) return false;
    for (size_t k = 1; k < len; k++)
      if ((uint8_t(s[i + k]) & 0xC0) != 0x80) return false;
    if (len == 2 && c < 0xC2) return false;
    if (len == 4 && c > 0xF4) return false;
    i += len;
  }
  return true;
}

struct Reader {
  VM& vm;
  const uint8_t* p;
  const uint8_t* end;
  RootVec refs;
  int depth = 0;
  Reader(VM& v, std::string_view d)
      : vm(v), p(reinterpret_cast<const uint8_t*>(d.data())), end(p + d.size()), refs(v) {}

  Value fail(const char* msg) {
    if (vm.exc.is_null()) raise(vm, vm.ValueError, "bad marshal data (%s)", msg);
    return Value::null();
  }
  bool need(size_t n) { return size_t(end - p) >= n; }
  bool byte(uint8_t& out) {
    if (!need(1)) return false;
    out = *p++;
    return true;
  }
  bool i32(int32_t& out) {
    if (!need(4)) return false;
    uint32_t v = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    p += 4;
    out = int32_t(v);
    return true;
  }
  bool bytes(size_t n, std::string_view& out) {
    if (!need(n)) return false;
    out = std::string_view(reinterpret_cast<const char*>(p), n);
    p += n;
    return true;
  }

  Value read();
  Value read_object(uint8_t code, bool flag);
  Value read_code(int32_t ref_index);
};

Value Reader::read() {
  if (++depth > kMaxDepth) {
    depth--;
    return fail("recursion limit exceeded");
  }
  uint8_t c;
  if (!byte(c)) {
    depth--;
    if (vm.exc.is_null()) raise(vm, vm.EOFError, "marshal data too short");
    return Value::null();
  }
  Value v = read_object(c & 0x7f, c & FLAG_REF);
  depth--;
  return v;
}

Value Reader::read_object(uint8_t code, bool flag) {
  auto add_ref = [&](Value v) {
    if (flag && !v.is_null()) refs.v.push_back(v);
    return v;
  };
  auto reserve = [&]() -> int32_t {
    if (!flag) return -1;
    refs.v.push_back(Value::none());
    return int32_t(refs.v.size() - 1);
  };
  switch (code) {
    case TYPE_NULL: return Value::null();  // only valid inside dicts/code; callers check
    case TYPE_NONE: return Value::none();
    case TYPE_FALSE: return Value::false_();
    case TYPE_TRUE: return Value::true_();
    case TYPE_STOPITER: return add_ref(Value::ptr(vm.StopIteration));
    case TYPE_ELLIPSIS: return add_ref(vm.ellipsis);
    case TYPE_INT: {
      int32_t i;
      if (!i32(i)) return fail("truncated int");
      return add_ref(Value::small(i));
    }
    case TYPE_INT64: {
      int32_t lo, hi;
      if (!i32(lo) || !i32(hi)) return fail("truncated int64");
      return add_ref(new_int(vm, int64_t(uint64_t(uint32_t(lo)) | uint64_t(uint32_t(hi)) << 32)));
    }
    case TYPE_LONG: {
      int32_t n;
      if (!i32(n)) return fail("truncated long");
      bool neg = n < 0;
      int64_t nd = neg ? -int64_t(n) : n;
      if (nd > (1 << 24) || !need(size_t(nd) * 2)) return fail("bad long size");
      // 15-bit digits, little-endian.
      BigInt r;
      for (int64_t i = nd - 1; i >= 0; i--) {
        uint16_t d = uint16_t(p[i * 2] | p[i * 2 + 1] << 8);
        if (d >= 0x8000) return fail("bad long digit");
        r = BigInt::add(BigInt::lshift(r, 15), BigInt::from_i64(d));
      }
      p += nd * 2;
      if (neg) r = BigInt::negate(r);
      return add_ref(new_int(vm, r));
    }
    case TYPE_BINARY_FLOAT: {
      std::string_view b;
      if (!bytes(8, b)) return fail("truncated float");
      double d;
      std::memcpy(&d, b.data(), 8);
      return add_ref(Value::from_double(d));
    }
    case TYPE_FLOAT: {
      uint8_t n;
      std::string_view b;
      if (!byte(n) || !bytes(n, b)) return fail("truncated float");
      double d;
      if (!parse_float(b, d)) return fail("bad float");
      return add_ref(Value::from_double(d));
    }
    case TYPE_BINARY_COMPLEX: {
      std::string_view b;
      if (!bytes(16, b)) return fail("truncated complex");
      double re, im;
      std::memcpy(&re, b.data(), 8);
      std::memcpy(&im, b.data() + 8, 8);
      return add_ref(new_complex(vm, re, im));
    }
    case TYPE_COMPLEX: {
      double parts[2];
      for (double& part : parts) {
        uint8_t n;
        std::string_view b;
        if (!byte(n) || !bytes(n, b)) return fail("truncated complex");
        if (!parse_float(b, part)) return fail("bad complex");
      }
      return add_ref(new_complex(vm, parts[0], parts[1]));
    }
    case TYPE_STRING: {
      int32_t n;
      std::string_view b;
      if (!i32(n) || n < 0 || !bytes(size_t(n), b)) return fail("truncated bytes");
      return add_ref(new_bytes(vm, b));
    }
    case TYPE_UNICODE:
    case TYPE_INTERNED:
    case TYPE_ASCII:
    case TYPE_ASCII_INTERNED: {
      int32_t n;
      std::string_view b;
      if (!i32(n) || n < 0 || !bytes(size_t(n), b)) return fail("truncated string");
      if (!valid_utf8(b)) return fail("invalid UTF-8 in a string");
      Value s;
      if (code == TYPE_INTERNED || code == TYPE_ASCII_INTERNED) {
        Str* is = vm.intern(b);
        s = is ? Value::ptr(is) : Value::null();
      } else {
        s = new_str(vm, b);
      }
      if (s.is_null()) return s;
      return add_ref(s);
    }
    case TYPE_SHORT_ASCII:
    case TYPE_SHORT_ASCII_INTERNED: {
      uint8_t n;
      std::string_view b;
      if (!byte(n) || !bytes(n, b)) return fail("truncated string");
      if (!valid_utf8(b)) return fail("invalid UTF-8 in a string");
      Value s;
      if (code == TYPE_SHORT_ASCII_INTERNED) {
        Str* is = vm.intern(b);
        s = is ? Value::ptr(is) : Value::null();
      } else {
        s = new_str(vm, b);
      }
      if (s.is_null()) return s;
      return add_ref(s);
    }
    case TYPE_SMALL_TUPLE:
    case TYPE_TUPLE: {
      int32_t n;
      if (code == TYPE_SMALL_TUPLE) {
        uint8_t b;
        if (!byte(b)) return fail("truncated tuple");
        n = b;
      } else if (!i32(n) || n < 0 || !need(size_t(n))) {
        return fail("bad tuple size");
      }
      int32_t idx = reserve();
      Tuple* t = new_tuple(vm, size_t(n));
      if (!t) return raise_no_memory(vm);
      Root rt(vm, Value::ptr(t));
      for (int32_t i = 0; i < n; i++) {
        Value item = read();
        if (item.is_null()) return fail("NULL in tuple");
        t->items[i] = item;
      }
      if (idx >= 0) refs.v[idx] = Value::ptr(t);
      return Value::ptr(t);
    }
    case TYPE_LIST: {
      int32_t n;
      if (!i32(n) || n < 0 || !need(size_t(n))) return fail("bad list size");
      List* l = new_list(vm, size_t(n));
      if (!l) return raise_no_memory(vm);
      Root rl(vm, Value::ptr(l));
      add_ref(Value::ptr(l));
      for (int32_t i = 0; i < n; i++) {
        Value item = read();
        if (item.is_null()) return fail("NULL in list");
        if (failed(list_append(vm, l, item))) return Value::null();
      }
      return Value::ptr(l);
    }
    case TYPE_DICT: {
      Dict* d = new_dict(vm);
      if (!d) return raise_no_memory(vm);
      Root rd(vm, Value::ptr(d));
      add_ref(Value::ptr(d));
      for (;;) {
        Value k = read();
        if (k.is_null()) {
          if (!vm.exc.is_null()) return Value::null();
          break;
        }
        Root rk(vm, k);
        Value v = read();
        if (v.is_null()) return fail("NULL in dict");
        if (failed(dict_set(vm, d, k, v))) return Value::null();
      }
      return Value::ptr(d);
    }
    case TYPE_SET:
    case TYPE_FROZENSET: {
      int32_t n;
      if (!i32(n) || n < 0 || !need(size_t(n))) return fail("bad set size");
      int32_t idx = reserve();
      Set* s = new_set(vm, code == TYPE_FROZENSET);
      if (!s) return raise_no_memory(vm);
      Root rs(vm, Value::ptr(s));
      for (int32_t i = 0; i < n; i++) {
        Value item = read();
        if (item.is_null()) return fail("NULL in set");
        if (failed(set_add(vm, s, item))) return Value::null();
      }
      if (idx >= 0) refs.v[idx] = Value::ptr(s);
      return Value::ptr(s);
    }
    case TYPE_REF: {
      int32_t n;
      if (!i32(n)) return fail("truncated ref");
      if (n < 0 || size_t(n) >= refs.v.size()) return fail("invalid reference");
      return refs.v[size_t(n)];
    }
    case TYPE_CODE:
      return read_code(reserve());
    default:
      return fail("unknown type code");
  }
}

Value Reader::read_code(int32_t ref_index) {
  int32_t argcount, posonly, kwonly, stacksize, flags;
  if (!i32(argcount) || !i32(posonly) || !i32(kwonly) || !i32(stacksize) || !i32(flags)) return fail("truncated code");
  if (argcount < 0 || posonly < 0 || kwonly < 0 || stacksize < 0 || stacksize > 100000 || argcount > 100000 ||
      kwonly > 100000 || posonly > argcount)
    return fail("bad code header");
  RootVec parts(vm);
  for (int i = 0; i < 4; i++) {  // code, consts, names, localsplusnames
    Value v = read();
    if (v.is_null()) return fail("NULL in code");
    parts.v.push_back(v);
  }
  Value kinds = read();
  if (kinds.is_null()) return fail("NULL in code");
  parts.v.push_back(kinds);
  for (int i = 0; i < 3; i++) {  // filename, name, qualname
    Value v = read();
    if (v.is_null()) return fail("NULL in code");
    parts.v.push_back(v);
  }
  int32_t firstlineno;
  if (!i32(firstlineno)) return fail("truncated code");
  for (int i = 0; i < 2; i++) {  // linetable, exceptiontable
    Value v = read();
    if (v.is_null()) return fail("NULL in code");
    parts.v.push_back(v);
  }
  auto& pv = parts.v;
  if (!is_layout(pv[0], Layout::Bytes) || !is_tuple(pv[1]) || !is_tuple(pv[2]) || !is_tuple(pv[3]) ||
      !is_layout(pv[4], Layout::Bytes) || !is_str(pv[5]) || !is_str(pv[6]) || !is_str(pv[7]) ||
      !is_layout(pv[8], Layout::Bytes) || !is_layout(pv[9], Layout::Bytes))
    return fail("bad code object field types");
  Tuple* names = pv[2].as<Tuple>();
  Tuple* lpn = pv[3].as<Tuple>();
  Bytes* lpk = pv[4].as<Bytes>();
  if (lpn->size != lpk->size) return fail("localsplus names and kinds differ in length");
  // Names are interned whatever their marshal type, as CPython's code constructor does:
  // attribute and global lookups compare interned names.
  for (uint32_t i = 0; i < names->size; i++) {
    if (!is_str(names->items[i])) return fail("code name is not a str");
    names->items[i] = Value::ptr(vm.intern(as_str(names->items[i])));
  }
  for (uint32_t i = 0; i < lpn->size; i++) {
    if (!is_str(lpn->items[i])) return fail("local name is not a str");
    lpn->items[i] = Value::ptr(vm.intern(as_str(lpn->items[i])));
  }
  if (uint32_t(argcount) + uint32_t(kwonly) + ((flags & kCoVarargs) ? 1 : 0) + ((flags & kCoVarkeywords) ? 1 : 0) > lpn->size)
    return fail("too few local names for the arguments");
  auto* c = static_cast<Code*>(vm.heap.alloc(sizeof(Code), vm.code_type));
  if (!c) return raise_no_memory(vm);
  c->argcount = uint32_t(argcount);
  c->posonlyargcount = uint32_t(posonly);
  c->kwonlyargcount = uint32_t(kwonly);
  c->stacksize = uint32_t(stacksize);
  c->flags = uint32_t(flags);
  c->co_code = pv[0];
  c->consts = pv[1].as<Tuple>();
  c->names = names;
  c->localsplusnames = lpn;
  c->localspluskinds = lpk;
  c->filename = as_str(pv[5]);
  c->name = as_str(pv[6]);
  c->qualname = as_str(pv[7]);
  c->firstlineno = uint32_t(firstlineno);
  c->linetable = pv[8].as<Bytes>();
  c->exceptiontable = pv[9].as<Bytes>();
  c->version_tag = Value::small(311);
  Value cv = Value::ptr(c);
  Root rc(vm, cv);
  if (failed(prepare_code(vm, c))) return Value::null();
  if (ref_index >= 0) refs.v[size_t(ref_index)] = cv;
  return cv;
}

// Exception table: entries of varints (6 bits per byte, bit 6 = more, bit 7 = entry start).
bool decode_exception_table(Code* c) {
  std::string_view t = c->exceptiontable->view();
  size_t i = 0;
  auto varint = [&](uint32_t& out) {
    if (i >= t.size()) return false;
    uint8_t b = uint8_t(t[i++]);
    uint32_t v = b & 63;
    int guard = 0;
    while (b & 64) {
      if (i >= t.size() || ++guard > 5) return false;
      b = uint8_t(t[i++]);
      v = (v << 6) | (b & 63);
    }
    out = v;
    return true;
  };
  std::vector<ExcEntry> entries;
  while (i < t.size()) {
    uint32_t start, size, target, dl;
    if (!varint(start) || !varint(size) || !varint(target) || !varint(dl)) return false;
    if (start + size > c->ncode || target >= c->ncode) return false;
    entries.push_back(ExcEntry{start, start + size, target, uint16_t(dl >> 1), bool(dl & 1)});
  }
  c->nexc = uint32_t(entries.size());
  if (!entries.empty()) {
    c->exc_entries = static_cast<ExcEntry*>(std::malloc(entries.size() * sizeof(ExcEntry)));
    std::memcpy(c->exc_entries, entries.data(), entries.size() * sizeof(ExcEntry));
  }
  return true;
}

}  // namespace

const char* magic_version(uint16_t magic) {
  if (magic >= 3000 && magic < 3040) return "3.0";
  if (magic >= 3040 && magic < 3160) return "3.1-3.2";
  if (magic >= 3160 && magic < 3230) return "3.3";
  if (magic >= 3230 && magic < 3310) return "3.4";
  if (magic >= 3310 && magic < 3360) return "3.5";
  if (magic >= 3360 && magic < 3390) return "3.6";
  if (magic >= 3390 && magic < 3400) return "3.7";
  if (magic >= 3400 && magic < 3420) return "3.8";
  if (magic >= 3420 && magic < 3430) return "3.9";
  if (magic >= 3430 && magic < 3450) return "3.10";
  if (magic >= 3450 && magic < 3500) return "3.11";
  if (magic >= 3500 && magic < 3550) return "3.12";
  if (magic >= 3550 && magic < 3600) return "3.13";
  if (magic >= 3600 && magic < 3650) return "3.14";
  if (magic >= 3650 && magic < 3700) return "3.15";
  return "";
}

const char* verify_code(Code* c);  // verify.cpp

Status prepare_code(VM& vm, Code* c) {
  std::string_view code = c->co_code.as<Bytes>()->view();
  if (code.size() % 2 != 0 || code.empty()) {
    raise(vm, vm.ValueError, "bad marshal data (code length is not a whole number of instructions)");
    return Status::Error;
  }
  c->ncode = uint32_t(code.size() / 2);
  c->code = static_cast<uint16_t*>(std::malloc(code.size()));
  std::memcpy(c->code, code.data(), code.size());
  uint32_t nlocals = 0, ncells = 0, nfree = 0;
  std::string_view kinds = c->localspluskinds->view();
  for (char k : kinds) {
    uint8_t kk = uint8_t(k);
    if (kk & kLocal) nlocals++;
    if (kk & kCell) ncells++;
    if (kk & kFree) nfree++;
  }
  c->nlocalsplus = uint32_t(kinds.size());
  c->nlocals = nlocals;
  c->ncells = ncells;
  c->nfree = nfree;
  // Validate instructions and assign inline caches.
  uint32_t ncache = 0;
  for (uint32_t i = 0; i < c->ncode;) {
    uint8_t op = uint8_t(c->code[i] & 0xff);
    const OpInfo& info = kOpInfo[op];
    if (!info.valid || (info.flags & kQuickened)) {
      raise(vm, vm.ValueError, "bad marshal data (unknown opcode %d at offset %d)", int(op), int(i * 2));
      return Status::Error;
    }
    if (i + 1 + info.cache > c->ncode) {
      raise(vm, vm.ValueError, "bad marshal data (truncated instruction at offset %d)", int(i * 2));
      return Status::Error;
    }
    // Operand ranges, so that handlers can index without checks.
    uint32_t arg = c->code[i] >> 8;
    for (uint32_t k = i; k >= 1 && uint8_t(c->code[k - 1] & 0xff) == EXTENDED_ARG; k--)
      arg |= uint32_t(c->code[k - 1] >> 8) << (8 * (i - k + 1));
    bool ok = true;
    uint32_t next = i + 1 + info.cache;
    switch (op) {
      case LOAD_CONST: case KW_NAMES: ok = arg < c->consts->size; break;
      case LOAD_FAST: case STORE_FAST: case DELETE_FAST: case LOAD_CLOSURE: case LOAD_DEREF:
      case STORE_DEREF: case DELETE_DEREF: case MAKE_CELL: case LOAD_CLASSDEREF:
        ok = arg < c->nlocalsplus; break;
      case LOAD_GLOBAL: ok = (arg >> 1) < c->names->size; break;
      case STORE_NAME: case DELETE_NAME: case STORE_ATTR: case DELETE_ATTR: case STORE_GLOBAL:
      case DELETE_GLOBAL: case LOAD_NAME: case LOAD_ATTR: case IMPORT_NAME: case IMPORT_FROM:
      case LOAD_METHOD:
        ok = arg < c->names->size; break;
      case COPY_FREE_VARS: ok = arg <= c->nlocalsplus; break;
      case COMPARE_OP: ok = arg < 6; break;
      case BINARY_OP: ok = arg < 26; break;
      default: break;
    }
    if (ok && (info.flags & kJumpFwd)) ok = next + arg < c->ncode;
    if (ok && (info.flags & kJumpBack)) ok = arg <= next;
    if (!ok) {
      raise(vm, vm.ValueError, "bad marshal data (operand out of range at offset %d)", int(i * 2));
      return Status::Error;
    }
    if (info.cache >= 2) {
      // The first cache unit pair holds the index of this instruction's InlineCache.
      c->code[i + 1] = uint16_t(ncache & 0xffff);
      c->code[i + 2] = uint16_t(ncache >> 16);
      ncache++;
    } else if (info.cache == 1) {
      c->code[i + 1] = 0;
    }
    i += 1 + info.cache;
  }
  c->nicache = ncache;
  if (ncache) {
    c->icache = static_cast<InlineCache*>(std::calloc(ncache, sizeof(InlineCache)));
    for (uint32_t i = 0; i < ncache; i++) c->icache[i].value = Value::null();
  }
  if (!decode_exception_table(c)) {
    raise(vm, vm.ValueError, "bad marshal data (corrupt exception table)");
    return Status::Error;
  }
  // Deref instructions must name cell or free variables; KW_NAMES a tuple constant.
  for (uint32_t i = 0; i < c->ncode; i += 1 + kOpInfo[uint8_t(c->code[i] & 0xff)].cache) {
    uint8_t op = uint8_t(c->code[i] & 0xff);
    uint32_t arg = c->code[i] >> 8;
    if (i > 0 && uint8_t(c->code[i - 1] & 0xff) == EXTENDED_ARG) continue;  // checked by range tests
    if ((op == LOAD_DEREF || op == STORE_DEREF || op == DELETE_DEREF || op == LOAD_CLOSURE || op == LOAD_CLASSDEREF) &&
        !(uint8_t(kinds[arg]) & (kCell | kFree))) {
      raise(vm, vm.ValueError, "bad marshal data (cell access to a plain local)");
      return Status::Error;
    }
    if (op == KW_NAMES && !is_tuple(c->consts->items[arg])) {
      raise(vm, vm.ValueError, "bad marshal data (KW_NAMES operand is not a tuple)");
      return Status::Error;
    }
  }
  if (const char* why = verify_code(c)) {
    raise(vm, vm.ValueError, "bad marshal data (%s in %N)", why, c->name);
    return Status::Error;
  }
  return Status::Ok;
}

Value unmarshal(VM& vm, std::string_view data) {
  Reader r(vm, data);
  Value v = r.read();
  if (v.is_null() && vm.exc.is_null()) raise(vm, vm.ValueError, "bad marshal data (NULL object)");
  return v;
}

Value load_pyc(VM& vm, std::string_view data, std::string_view path) {
  std::string p(path);
  if (data.size() < 16) return raise(vm, vm.ImportError, "%s: not a valid .pyc file (too short: %zu bytes)", p.c_str(), data.size());
  uint16_t magic = uint16_t(uint8_t(data[0]) | uint8_t(data[1]) << 8);
  if (data[2] != '\r' || data[3] != '\n')
    return raise(vm, vm.ImportError, "%s: not a .pyc file (bad magic number)", p.c_str());
  if (magic != kMagic311) {
    const char* v = magic_version(magic);
    if (*v)
      return raise(vm, vm.ImportError,
                   "%s was compiled by CPython %s (magic %d); Taipan runs bytecode of CPython 3.11 (magic %d)",
                   p.c_str(), v, int(magic), int(kMagic311));
    return raise(vm, vm.ImportError, "%s: unknown .pyc magic number %d; Taipan runs bytecode of CPython 3.11 (magic %d)",
                 p.c_str(), int(magic), int(kMagic311));
  }
  Value code = unmarshal(vm, data.substr(16));
  if (code.is_null()) {
    if (exc_matches(vm, vm.ValueError) || exc_matches(vm, vm.EOFError)) {
      Value msg = str(vm, vm.exc);
      std::string m = msg.is_null() ? "corrupt data" : std::string(as_str(msg)->view());
      clear_exc(vm);
      return raise(vm, vm.ImportError, "%s: corrupt .pyc file: %s", p.c_str(), m.c_str());
    }
    return code;
  }
  if (!is_layout(code, Layout::Code)) return raise(vm, vm.ImportError, "%s: .pyc does not contain a code object", p.c_str());
  return code;
}

const std::array<OpInfo, 256> kOpInfo = [] {
  std::array<OpInfo, 256> t{};
#define X(name, num, cache, flags) t[num] = OpInfo{#name, cache, flags, num, true};
  TAIPAN_OPCODES(X)
#undef X
#define X(q, b) t[q].base = b;
  TAIPAN_QUICKENED(X)
#undef X
  return t;
}();

}  // namespace taipan::interp
