// The _sre module: the C half of CPython 3.11's `re` package. re/_compiler.py turns a
// pattern into a list of code words and calls _sre.compile(); the Pattern it gets back
// matches with the engine of runtime/sre_match.cpp. Provided: compile, getcodesize,
// ascii_iscased, unicode_iscased, ascii_tolower, unicode_tolower, MAGIC, CODESIZE,
// MAXREPEAT, MAXGROUPS, copyright; the types re.Pattern, re.Match and _sre.SRE_Scanner.
//
// Objects (all with the Opaque layout, told apart by their trace functions):
//   PatternObj: the compiled code inline after the header; `pattern` (str, bytes or None),
//     `groupindex` (the dict re passed, or null when empty) and `indexgroup` (a tuple or
//     null). Pattern.groupindex reads as a mappingproxy of that dict, or a new empty dict,
//     as CPython's. The Match/Scanner/Decoded types are kept on the pattern so that its
//     methods allocate without looking them up. The pattern also caches the code points of
//     the last non-ASCII str it ran on (cache_key -> cache_decoded), so that a loop of
//     pattern.match(s, pos) calls over one string decodes it once.
//   Decoded: the code points of a non-ASCII str (uint32 each), the matcher's 4-byte
//     subject. ASCII strs and bytes are matched in place (1 byte per character);
//     bytearrays are copied first (Taipan cannot lock their buffer during a match).
//   MatchObj: the subject, the pattern, pos/endpos/lastindex and 2 marks per group
//     (-1 = the group did not match); `regs` is built on first use.
//   ScannerObj: the subject, its characters (`keep`), the next start (-1 = exhausted)
//     and must_advance, carried from one search to the next.
// The three public types also sit in the _sre module's dict (CPython keeps them in the
// module state only); re reaches them through type(), as it does in CPython.
//
// Pattern.sub with a template containing backslashes asks re._subx (pure Python) for a
// literal or a callable, and Match.expand calls re._expand, as CPython 3.11 does.
#include <cstring>
#include <string>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/nativetype.h"
#include "modules/sre.h"
#include "runtime/str.h"

namespace taipan::runtime {

namespace {

using sre::Code;

struct Decoded : Object {
  int64_t length;
  uint32_t cps[1];
};

struct PatternObj : Object {
  Value pattern;       // str, bytes(-like) or None
  Value groupindex;    // dict (or dict subclass instance), null when there are no named groups
  Value indexgroup;    // tuple, or null
  Type* match_type;
  Type* scanner_type;
  Type* decoded_type;
  Value cache_key;     // the last non-ASCII Str matched, or null
  Value cache_decoded; // its Decoded
  int64_t groups;      // capturing groups
  int32_t flags;
  int32_t isbytes;     // 1 bytes, 0 str, -1 None
  uint32_t codesize;
  Code code[1];
};

struct MatchObj : Object {
  Value string, pattern, regs;
  int64_t pos, endpos, lastindex;
  int64_t groups;      // capturing groups + 1
  int64_t marks[2];    // 2 * groups
};

struct ScannerObj : Object {
  Value pattern, string, keep;
  int64_t start;       // next search position, -1 when exhausted
  int64_t pos, endpos;
  bool must_advance, executing;
};

void trace_decoded(Object*, Marker&) {}
void trace_pattern(Object* o, Marker& m) {
  auto* p = static_cast<PatternObj*>(o);
  m.mark(p->pattern);
  m.mark(p->groupindex);
  m.mark(p->indexgroup);
  m.mark_obj(p->match_type);
  m.mark_obj(p->scanner_type);
  m.mark_obj(p->decoded_type);
  m.mark(p->cache_key);
  m.mark(p->cache_decoded);
}
void trace_match(Object* o, Marker& m) {
  auto* x = static_cast<MatchObj*>(o);
  m.mark(x->string);
  m.mark(x->pattern);
  m.mark(x->regs);
}
void trace_scanner(Object* o, Marker& m) {
  auto* s = static_cast<ScannerObj*>(o);
  m.mark(s->pattern);
  m.mark(s->string);
  m.mark(s->keep);
}

bool has_trace(Value v, TraceFn fn) { return v.is_ptr() && v.as_ptr()->type->trace == fn; }

PatternObj* pattern_of(VM& vm, Value self, const char* method) {
  if (has_trace(self, trace_pattern)) return self.as<PatternObj>();
  raise(vm, vm.TypeError, "descriptor '%s' for 're.Pattern' objects doesn't apply to a '%s' object", method,
        type_name(vm, self));
  return nullptr;
}
MatchObj* match_of(VM& vm, Value self, const char* method) {
  if (has_trace(self, trace_match)) return self.as<MatchObj>();
  raise(vm, vm.TypeError, "descriptor '%s' for 're.Match' objects doesn't apply to a '%s' object", method,
        type_name(vm, self));
  return nullptr;
}

// ---------- subjects ----------

// The characters a match runs on. `keep` is the object that holds them (a Str, a Bytes or
// a Decoded): the caller roots it for as long as `data` is used.
struct Subject {
  Value keep;
  const void* data = nullptr;
  int charsize = 1;
  int64_t length = 0;
  bool isbytes = false;
};

// The characters of a Str, Bytes or Decoded held in `keep`.
void subject_from_keep(Value keep, Subject& out) {
  out.keep = keep;
  if (has_trace(keep, trace_decoded)) {
    out.data = keep.as<Decoded>()->cps;
    out.length = keep.as<Decoded>()->length;
    out.charsize = 4;
    out.isbytes = false;
  } else if (is_str(keep)) {
    out.data = as_str(keep)->data;
    out.length = as_str(keep)->length;
    out.charsize = 1;
    out.isbytes = false;
  } else {
    out.data = keep.as<Bytes>()->data;
    out.length = keep.as<Bytes>()->size;
    out.charsize = 1;
    out.isbytes = true;
  }
}

Value decode_str(VM& vm, Type* decoded_type, Str* s) {
  Root rs(vm, Value::ptr(s));
  size_t bytes = sizeof(Decoded) + sizeof(uint32_t) * size_t(s->length);
  auto* d = static_cast<Decoded*>(vm.heap.alloc(bytes, decoded_type));
  if (!d) return raise_no_memory(vm);
  d->length = s->length;
  const char* p = s->data;
  for (int64_t i = 0; i < d->length; i++) d->cps[i] = utf8_decode(p);
  return Value::ptr(d);
}

// CPython's getstring(): str, bytes or bytearray (or subclasses); pat (may be null)
// supplies the decode cache.
Status get_subject(VM& vm, PatternObj* pat, Type* decoded_type, Value string, Subject& out) {
  if (Str* s = str_unwrap(string)) {
    if (s->ascii) {
      subject_from_keep(Value::ptr(s), out);
      return Status::Ok;
    }
    if (pat && pat->cache_key == Value::ptr(s)) {
      subject_from_keep(pat->cache_decoded, out);
      return Status::Ok;
    }
    Root rp(vm, pat ? Value::ptr(pat) : Value::null());
    Value d = decode_str(vm, decoded_type, s);
    if (d.is_null()) return Status::Error;
    if (pat) {
      pat->cache_key = Value::ptr(s);
      pat->cache_decoded = d;
    }
    subject_from_keep(d, out);
    return Status::Ok;
  }
  std::string_view view;
  if (bytes_view(string, view)) {
    if (bytes_is_bytearray(string)) {
      Value copy = new_bytes(vm, view);
      if (copy.is_null()) return Status::Error;
      subject_from_keep(copy, out);
    } else {
      Value b = string;
      if (is_layout(b, Layout::Instance)) b = b.as<Instance>()->base_value;
      subject_from_keep(b, out);
    }
    return Status::Ok;
  }
  raise(vm, vm.TypeError, "expected string or bytes-like object, got '%s'", type_name(vm, string));
  return Status::Error;
}

// CPython's state_init(): the subject, its type against the pattern's, the window.
Status init_state(VM& vm, PatternObj* pat, Value string, int64_t start, int64_t end, sre::State& st, Subject& subj) {
  if (failed(get_subject(vm, pat, pat->decoded_type, string, subj))) return Status::Error;
  if (subj.isbytes && pat->isbytes == 0) {
    raise(vm, vm.TypeError, "cannot use a string pattern on a bytes-like object");
    return Status::Error;
  }
  if (!subj.isbytes && pat->isbytes > 0) {
    raise(vm, vm.TypeError, "cannot use a bytes pattern on a string-like object");
    return Status::Error;
  }
  if (start < 0) start = 0;
  else if (start > subj.length) start = subj.length;
  if (end < 0) end = 0;
  else if (end > subj.length) end = subj.length;
  st.vm = &vm;
  st.data = subj.data;
  st.charsize = subj.charsize;
  st.length = subj.length;
  st.marks.assign(size_t(pat->groups) * 2 + 2, -1);
  st.lastmark = st.lastindex = -1;
  st.repeat = -1;
  st.repeats.clear();
  st.match_all = st.must_advance = false;
  st.start = st.ptr = start;
  st.end = end;
  st.pos = start;
  st.endpos = end;
  return Status::Ok;
}

// subject[i:j] as CPython's getslice(): a str for str subjects, bytes for bytes-like ones.
Value slice_of(VM& vm, Value string, const Subject& subj, int64_t i, int64_t j) {
  if (subj.isbytes) {
    if (i == 0 && j == subj.length && is_exact(string, vm.bytes_type)) return string;
    if (j < i) j = i;
    return new_bytes(vm, std::string_view(static_cast<const char*>(subj.data) + i, size_t(j - i)));
  }
  Str* s = str_unwrap(string);
  if (i == 0 && j == int64_t(s->length) && is_exact(string, vm.str_type)) return string;
  if (j <= i) return Value::ptr(vm.s_empty);
  return str_substr(vm, s, i, j);
}

// Group `index` (1-based) of the last match held in the state; with `empty` an unmatched
// group reads as an empty string instead of None.
Value state_group(VM& vm, sre::State& st, Value string, const Subject& subj, int64_t index, bool empty) {
  size_t k = size_t(index - 1) * 2;
  if (int64_t(k) >= st.lastmark || st.marks[k] < 0 || st.marks[k + 1] < 0) {
    if (!empty) return Value::none();
    return slice_of(vm, string, subj, 0, 0);
  }
  int64_t i = st.marks[k], j = st.marks[k + 1];
  if (i > j)
    return raise(vm, vm.SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
  return slice_of(vm, string, subj, i, j);
}

Value engine_error(VM& vm, int64_t status) {
  if (status == sre::kErrMemory) return raise_no_memory(vm);
  if (status == sre::kErrInterrupted && !vm.exc.is_null()) return Value::null();
  return raise(vm, vm.RuntimeError, "internal error in regular expression engine");
}

// A Match for the state's last successful match (status 1), None (0), or an error.
Value new_match(VM& vm, PatternObj* pat, sre::State& st, Value string, int64_t status) {
  if (status == 0) return Value::none();
  if (status < 0) return engine_error(vm, status);
  Root rp(vm, Value::ptr(pat)), rs(vm, string);
  int64_t ngroups = pat->groups + 1;
  size_t bytes = sizeof(MatchObj) + sizeof(int64_t) * size_t(2 * ngroups - 2);
  auto* m = static_cast<MatchObj*>(vm.heap.alloc(bytes, pat->match_type));
  if (!m) return raise_no_memory(vm);
  m->string = string;
  m->pattern = Value::ptr(pat);
  m->regs = Value::null();
  m->groups = ngroups;
  int64_t* mk = m->marks;
  mk[0] = st.start;
  mk[1] = st.ptr;
  for (int64_t i = 0, j = 0; i < pat->groups; i++, j += 2) {
    if (j + 1 <= st.lastmark && st.marks[size_t(j)] >= 0 && st.marks[size_t(j) + 1] >= 0) {
      mk[j + 2] = st.marks[size_t(j)];
      mk[j + 3] = st.marks[size_t(j) + 1];
      if (mk[j + 2] > mk[j + 3])
        return raise(vm, vm.SystemError,
                     "The span of capturing group is wrong, please report a bug for the re module.");
    } else {
      mk[j + 2] = mk[j + 3] = -1;
    }
  }
  m->pos = st.pos;
  m->endpos = st.endpos;
  m->lastindex = st.lastindex;
  return Value::ptr(m);
}

// ---------- argument helpers ----------

Status ssize_or_default(VM& vm, Value v, int64_t dflt, int64_t& out) {
  if (v.is_null()) {
    out = dflt;
    return Status::Ok;
  }
  if (failed(ssize_arg(vm, v, out))) {
    if (exc_matches(vm, vm.OverflowError)) {
      clear_exc(vm);
      raise(vm, vm.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return Status::Error;
  }
  return Status::Ok;
}

// (string, pos=0, endpos=sys.maxsize)
Status string_pos_endpos(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, Value& string, int64_t& pos,
                         int64_t& endpos) {
  static const char* const names[] = {"string", "pos", "endpos"};
  Value a[3];
  if (failed(clinic_args(vm, fname, args, nargs, kw, names, 3, 1, a))) return Status::Error;
  string = a[0];
  if (failed(ssize_or_default(vm, a[1], 0, pos))) return Status::Error;
  return ssize_or_default(vm, a[2], INT64_MAX, endpos);
}

Value module_attr(VM& vm, const char* module, const char* name) {
  Value m = dict_get_cstr(vm, vm.modules, module);
  if (m.is_null()) {
    Value imp = dict_get_cstr(vm, vm.builtins->dict, "__import__");
    if (imp.is_null()) return raise(vm, vm.ImportError, "__import__ not found");
    Value nm = Value::ptr(vm.intern(module));
    m = call(vm, imp, &nm, 1);
    if (m.is_null()) return m;
  }
  Root rm(vm, m);
  return getattr(vm, m, vm.intern(name));
}

// ---------- Pattern ----------

Value run_match(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw, const char* fname, int mode) {
  PatternObj* pat = pattern_of(vm, self, fname);
  if (!pat) return Value::null();
  Root rself(vm, self);
  Value string;
  int64_t pos, endpos;
  if (failed(string_pos_endpos(vm, fname, args, nargs, kw, string, pos, endpos))) return Value::null();
  Root rstr(vm, string);
  sre::State st;
  Subject subj;
  if (failed(init_state(vm, pat, string, pos, endpos, st, subj))) return Value::null();
  Root rkeep(vm, subj.keep);
  int64_t status;
  if (mode == 2) {
    status = sre::sre_search(st, pat->code);
  } else {
    st.match_all = mode == 1;
    status = sre::sre_match(st, pat->code);
  }
  if (!vm.exc.is_null()) return Value::null();
  return new_match(vm, pat, st, string, status);
}

Value p_match(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return run_match(vm, self, args, nargs, kw, "match", 0);
}
Value p_fullmatch(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return run_match(vm, self, args, nargs, kw, "fullmatch", 1);
}
Value p_search(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return run_match(vm, self, args, nargs, kw, "search", 2);
}

Value p_findall(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  PatternObj* pat = pattern_of(vm, self, "findall");
  if (!pat) return Value::null();
  Root rself(vm, self);
  Value string;
  int64_t pos, endpos;
  if (failed(string_pos_endpos(vm, "findall", args, nargs, kw, string, pos, endpos))) return Value::null();
  Root rstr(vm, string);
  sre::State st;
  Subject subj;
  if (failed(init_state(vm, pat, string, pos, endpos, st, subj))) return Value::null();
  Root rkeep(vm, subj.keep);
  List* list = new_list(vm);
  if (!list) return Value::null();
  Root rlist(vm, Value::ptr(list));
  while (st.start <= st.end) {
    st.reset();
    st.ptr = st.start;
    int64_t status = sre::sre_search(st, pat->code);
    if (!vm.exc.is_null()) return Value::null();
    if (status <= 0) {
      if (status == 0) break;
      return engine_error(vm, status);
    }
    Value item;
    if (pat->groups == 0) {
      item = slice_of(vm, string, subj, st.start, st.ptr);
    } else if (pat->groups == 1) {
      item = state_group(vm, st, string, subj, 1, true);
    } else {
      Tuple* t = new_tuple(vm, size_t(pat->groups));
      if (!t) return Value::null();
      Root rt(vm, Value::ptr(t));
      for (int64_t i = 0; i < pat->groups; i++) {
        Value g = state_group(vm, st, string, subj, i + 1, true);
        if (g.is_null()) return g;
        t->items[i] = g;
      }
      item = Value::ptr(t);
    }
    if (item.is_null()) return item;
    if (failed(list_append(vm, list, item))) return Value::null();
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  }
  return Value::ptr(list);
}

Value new_scanner(VM& vm, PatternObj* pat, Value string, int64_t pos, int64_t endpos) {
  Root rp(vm, Value::ptr(pat)), rs(vm, string);
  sre::State st;
  Subject subj;
  if (failed(init_state(vm, pat, string, pos, endpos, st, subj))) return Value::null();
  Root rkeep(vm, subj.keep);
  auto* sc = static_cast<ScannerObj*>(vm.heap.alloc(sizeof(ScannerObj), pat->scanner_type));
  if (!sc) return raise_no_memory(vm);
  sc->pattern = Value::ptr(pat);
  sc->string = string;
  sc->keep = subj.keep;
  sc->start = st.start;
  sc->pos = st.pos;
  sc->endpos = st.endpos;
  sc->must_advance = false;
  sc->executing = false;
  return Value::ptr(sc);
}

Value p_scanner(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  PatternObj* pat = pattern_of(vm, self, "scanner");
  if (!pat) return Value::null();
  Root rself(vm, self);
  Value string;
  int64_t pos, endpos;
  if (failed(string_pos_endpos(vm, "scanner", args, nargs, kw, string, pos, endpos))) return Value::null();
  return new_scanner(vm, pat, string, pos, endpos);
}

// finditer: iter(scanner.search, None), a callable_iterator as in CPython.
Value p_finditer(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  PatternObj* pat = pattern_of(vm, self, "finditer");
  if (!pat) return Value::null();
  Root rself(vm, self);
  Value string;
  int64_t pos, endpos;
  if (failed(string_pos_endpos(vm, "finditer", args, nargs, kw, string, pos, endpos))) return Value::null();
  Value sc = new_scanner(vm, pat, string, pos, endpos);
  if (sc.is_null()) return sc;
  Root rsc(vm, sc);
  Value search = getattr(vm, sc, vm.intern("search"));
  if (search.is_null()) return search;
  Root rsearch(vm, search);
  Value iter = dict_get_cstr(vm, vm.builtins->dict, "iter");
  if (iter.is_null()) return raise(vm, vm.RuntimeError, "builtins.iter is missing");
  return call2(vm, iter, search, Value::none());
}

Value p_split(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  PatternObj* pat = pattern_of(vm, self, "split");
  if (!pat) return Value::null();
  Root rself(vm, self);
  static const char* const names[] = {"string", "maxsplit"};
  Value a[2];
  if (failed(clinic_args(vm, "split", args, nargs, kw, names, 2, 1, a))) return Value::null();
  int64_t maxsplit;
  if (failed(ssize_or_default(vm, a[1], 0, maxsplit))) return Value::null();
  Value string = a[0];
  Root rstr(vm, string);
  sre::State st;
  Subject subj;
  if (failed(init_state(vm, pat, string, 0, INT64_MAX, st, subj))) return Value::null();
  Root rkeep(vm, subj.keep);
  List* list = new_list(vm);
  if (!list) return Value::null();
  Root rlist(vm, Value::ptr(list));
  int64_t n = 0, last = st.start;
  while (!maxsplit || n < maxsplit) {
    st.reset();
    st.ptr = st.start;
    int64_t status = sre::sre_search(st, pat->code);
    if (!vm.exc.is_null()) return Value::null();
    if (status <= 0) {
      if (status == 0) break;
      return engine_error(vm, status);
    }
    Value item = slice_of(vm, string, subj, last, st.start);
    if (item.is_null() || failed(list_append(vm, list, item))) return Value::null();
    for (int64_t i = 0; i < pat->groups; i++) {
      item = state_group(vm, st, string, subj, i + 1, false);
      if (item.is_null() || failed(list_append(vm, list, item))) return Value::null();
    }
    n++;
    st.must_advance = st.ptr == st.start;
    last = st.start = st.ptr;
  }
  Value item = slice_of(vm, string, subj, last, st.endpos);
  if (item.is_null() || failed(list_append(vm, list, item))) return Value::null();
  return Value::ptr(list);
}

// Whether a replacement template is literal (has no backslash); -1 when it is not a string.
int template_is_literal(VM& vm, Value repl) {
  if (Str* s = str_unwrap(repl)) return std::memchr(s->data, '\\', s->nbytes) == nullptr;
  std::string_view view;
  if (bytes_view(repl, view)) return std::memchr(view.data(), '\\', view.size()) == nullptr;
  return -1;
}

Value sub_impl(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw, const char* fname, bool subn) {
  PatternObj* pat = pattern_of(vm, self, fname);
  if (!pat) return Value::null();
  Root rself(vm, self);
  static const char* const names[] = {"repl", "string", "count"};
  Value a[3];
  if (failed(clinic_args(vm, fname, args, nargs, kw, names, 3, 2, a))) return Value::null();
  int64_t count;
  if (failed(ssize_or_default(vm, a[2], 0, count))) return Value::null();
  Value repl = a[0], string = a[1];
  Root rrepl(vm, repl), rstr(vm, string);

  // The filter: the literal replacement, or a callable taking the match.
  Value filter;
  bool callable_filter;
  if (is_callable(vm, repl).is_true()) {
    filter = repl;
    callable_filter = true;
  } else if (template_is_literal(vm, repl) == 1) {
    filter = repl;
    callable_filter = false;
  } else {
    Value subx = module_attr(vm, "re", "_subx");
    if (subx.is_null()) return subx;
    Root rs(vm, subx);
    filter = call2(vm, subx, self, repl);
    if (filter.is_null()) return filter;
    callable_filter = is_callable(vm, filter).is_true();
  }
  Root rfilter(vm, filter);

  sre::State st;
  Subject subj;
  if (failed(init_state(vm, pat, string, 0, INT64_MAX, st, subj))) return Value::null();
  Root rkeep(vm, subj.keep);
  List* list = new_list(vm);
  if (!list) return Value::null();
  Root rlist(vm, Value::ptr(list));
  int64_t n = 0, i = 0;
  while (!count || n < count) {
    st.reset();
    st.ptr = st.start;
    int64_t status = sre::sre_search(st, pat->code);
    if (!vm.exc.is_null()) return Value::null();
    if (status <= 0) {
      if (status == 0) break;
      return engine_error(vm, status);
    }
    int64_t b = st.start, e = st.ptr;
    if (i < b) {
      Value seg = slice_of(vm, string, subj, i, b);
      if (seg.is_null() || failed(list_append(vm, list, seg))) return Value::null();
    }
    Value item = filter;
    if (callable_filter) {
      Value m = new_match(vm, pat, st, string, 1);
      if (m.is_null()) return m;
      Root rm(vm, m);
      item = call1(vm, filter, m);
      if (item.is_null()) return item;
    }
    if (!item.is_none() && failed(list_append(vm, list, item))) return Value::null();
    i = e;
    n++;
    st.must_advance = st.ptr == st.start;
    st.start = st.ptr;
  }
  if (i < st.endpos) {
    Value seg = slice_of(vm, string, subj, i, st.endpos);
    if (seg.is_null() || failed(list_append(vm, list, seg))) return Value::null();
  }
  Value joined;
  if (subj.isbytes) {
    Value empty = new_bytes(vm, std::string_view());
    if (empty.is_null()) return empty;
    if (list->size == 0) {
      joined = empty;
    } else {
      Root re(vm, empty);
      Value lv = Value::ptr(list);
      joined = call_method(vm, empty, vm.intern("join"), &lv, 1);
    }
  } else {
    joined = list->size == 0 ? Value::ptr(vm.s_empty) : str_join(vm, vm.s_empty, Value::ptr(list));
  }
  if (joined.is_null() || !subn) return joined;
  Root rj(vm, joined);
  Value nv = new_int(vm, n);
  if (nv.is_null()) return nv;
  Value items[2] = {joined, nv};
  return new_tuple_from(vm, items, 2);
}

Value p_sub(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return sub_impl(vm, self, args, nargs, kw, "sub", false);
}
Value p_subn(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  return sub_impl(vm, self, args, nargs, kw, "subn", true);
}

Value p_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!pattern_of(vm, self, "__copy__")) return Value::null();
  return self;
}
Value p_deepcopy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!pattern_of(vm, self, "__deepcopy__")) return Value::null();
  return self;
}

Value truncated_repr(VM& vm, Value v, int64_t maxlen) {
  Value r = repr(vm, v);
  if (r.is_null() || as_str(r)->length <= uint64_t(maxlen)) return r;
  return str_substr(vm, as_str(r), 0, maxlen);
}

Value p_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "__repr__");
  if (!pat) return Value::null();
  static const struct {
    const char* name;
    int value;
  } flag_names[] = {
      {"re.IGNORECASE", sre::kFlagIgnoreCase}, {"re.LOCALE", sre::kFlagLocale}, {"re.MULTILINE", sre::kFlagMultiline},
      {"re.DOTALL", sre::kFlagDotAll},         {"re.UNICODE", sre::kFlagUnicode}, {"re.VERBOSE", sre::kFlagVerbose},
      {"re.DEBUG", sre::kFlagDebug},           {"re.ASCII", sre::kFlagAscii},
  };
  int flags = pat->flags;
  // re.UNICODE is the default of str patterns: not shown alone.
  if (pat->isbytes == 0 && (flags & (sre::kFlagLocale | sre::kFlagUnicode | sre::kFlagAscii)) == sre::kFlagUnicode)
    flags &= ~sre::kFlagUnicode;
  std::string names;
  for (const auto& f : flag_names) {
    if (flags & f.value) {
      if (!names.empty()) names += "|";
      names += f.name;
      flags &= ~f.value;
    }
  }
  if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%x", unsigned(flags));
    if (!names.empty()) names += "|";
    names += buf;
  }
  Value r = truncated_repr(vm, pat->pattern, 200);
  if (r.is_null()) return r;
  std::string out = "re.compile(";
  out += as_str(r)->view();
  if (!names.empty()) out += ", " + names;
  out += ")";
  return new_str(vm, out);
}

Value p_eq_impl(VM& vm, Value self, Value other, bool eq) {
  PatternObj* a = pattern_of(vm, self, eq ? "__eq__" : "__ne__");
  if (!a) return Value::null();
  if (!has_trace(other, trace_pattern)) return vm.not_implemented;
  if (self == other) return Value::boolean(eq);
  PatternObj* b = other.as<PatternObj>();
  bool same = a->flags == b->flags && a->isbytes == b->isbytes && a->codesize == b->codesize &&
              std::memcmp(a->code, b->code, sizeof(Code) * a->codesize) == 0;
  if (same) {
    int r = ::taipan::runtime::eq(vm, a->pattern, b->pattern);
    if (r < 0) return Value::null();
    same = r == 1;
  }
  return Value::boolean(same == eq);
}
Value p_eq(VM& vm, Value self, Value* args, size_t, Tuple*) { return p_eq_impl(vm, self, args[0], true); }
Value p_ne(VM& vm, Value self, Value* args, size_t, Tuple*) { return p_eq_impl(vm, self, args[0], false); }

Value p_hash(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "__hash__");
  if (!pat) return Value::null();
  int64_t h;
  if (failed(hash(vm, pat->pattern, h))) return Value::null();
  h ^= int64_t(hash_bytes(pat->code, sizeof(Code) * pat->codesize));
  h ^= pat->flags;
  h ^= pat->isbytes;
  h ^= pat->codesize;
  return Value::small(hash_fold(uint64_t(h)));
}

Value p_pattern(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "pattern");
  return pat ? pat->pattern : Value::null();
}
Value p_flags(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "flags");
  return pat ? new_int(vm, pat->flags) : Value::null();
}
Value p_groups(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "groups");
  return pat ? new_int(vm, pat->groups) : Value::null();
}
Value p_groupindex(VM& vm, Value self, Value*, size_t, Tuple*) {
  PatternObj* pat = pattern_of(vm, self, "groupindex");
  if (!pat) return Value::null();
  if (pat->groupindex.is_null()) {
    Dict* d = new_dict(vm);
    return d ? Value::ptr(d) : Value::null();
  }
  return new_mappingproxy(vm, pat->groupindex);
}

// ---------- Match ----------

// The group number `index` names: an int (or __index__), or a name from groupindex.
Status group_index(VM& vm, MatchObj* m, Value index, int64_t& out) {
  int64_t i = -1;
  if (index.is_null()) {
    out = 0;
    return Status::Ok;
  }
  if (has_index(vm, index)) {
    if (failed(index_clamped(vm, index, i))) return Status::Error;
  } else {
    PatternObj* pat = m->pattern.as<PatternObj>();
    if (!pat->groupindex.is_null()) {
      Dict* gi = dict_unwrap(pat->groupindex);
      Value v = gi ? dict_get(vm, gi, index) : Value::null();
      if (!vm.exc.is_null()) return Status::Error;
      if (!v.is_null() && is_int(vm, v) && failed(int_to_i64(vm, v, i))) return Status::Error;
    }
  }
  if (i < 0 || i >= m->groups) {
    raise(vm, vm.IndexError, "no such group");
    return Status::Error;
  }
  out = i;
  return Status::Ok;
}

// Group i's text, or `dflt` when it did not take part in the match.
Value match_group_text(VM& vm, MatchObj* m, int64_t index, Value dflt) {
  int64_t i = m->marks[2 * index], j = m->marks[2 * index + 1];
  if (i < 0) return dflt;
  Value string = m->string;
  if (Str* s = str_unwrap(string)) {
    int64_t len = s->length;
    if (i > len) i = len;
    if (j > len) j = len;
    if (i == 0 && j == len && is_exact(string, vm.str_type)) return string;
    if (j <= i) return Value::ptr(vm.s_empty);
    return str_substr(vm, s, i, j);
  }
  std::string_view view;
  if (!bytes_view(string, view))
    return raise(vm, vm.TypeError, "expected string or bytes-like object, got '%s'", type_name(vm, string));
  int64_t len = int64_t(view.size());
  if (i > len) i = len;
  if (j > len) j = len;
  if (i == 0 && j == len && is_exact(string, vm.bytes_type)) return string;
  if (j < i) j = i;
  return new_bytes(vm, view.substr(size_t(i), size_t(j - i)));
}

Value match_group_of(VM& vm, MatchObj* m, Value index, Value dflt) {
  int64_t i;
  if (failed(group_index(vm, m, index, i))) return Value::null();
  return match_group_text(vm, m, i, dflt);
}

Value m_group(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "group");
  if (!m) return Value::null();
  if (kw && kw->size) return raise(vm, vm.TypeError, "Match.group() takes no keyword arguments");
  Root rself(vm, self);
  if (nargs == 0) return match_group_text(vm, m, 0, Value::none());
  if (nargs == 1) return match_group_of(vm, m, args[0], Value::none());
  Tuple* t = new_tuple(vm, nargs);
  if (!t) return Value::null();
  Root rt(vm, Value::ptr(t));
  for (size_t k = 0; k < nargs; k++) {
    Value g = match_group_of(vm, m, args[k], Value::none());
    if (g.is_null()) return g;
    t->items[k] = g;
  }
  return Value::ptr(t);
}

Value m_getitem(VM& vm, Value self, Value* args, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "__getitem__");
  if (!m) return Value::null();
  Root rself(vm, self);
  return match_group_of(vm, m, args[0], Value::none());
}

Value m_groups(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "groups");
  if (!m) return Value::null();
  Root rself(vm, self);
  static const char* const names[] = {"default"};
  Value a[1];
  if (failed(clinic_args(vm, "groups", args, nargs, kw, names, 1, 0, a))) return Value::null();
  Value dflt = a[0].is_null() ? Value::none() : a[0];
  Root rd(vm, dflt);
  Tuple* t = new_tuple(vm, size_t(m->groups - 1));
  if (!t) return Value::null();
  Root rt(vm, Value::ptr(t));
  for (int64_t i = 1; i < m->groups; i++) {
    Value g = match_group_text(vm, m, i, dflt);
    if (g.is_null()) return g;
    t->items[i - 1] = g;
  }
  return Value::ptr(t);
}

Value m_groupdict(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "groupdict");
  if (!m) return Value::null();
  Root rself(vm, self);
  static const char* const names[] = {"default"};
  Value a[1];
  if (failed(clinic_args(vm, "groupdict", args, nargs, kw, names, 1, 0, a))) return Value::null();
  Value dflt = a[0].is_null() ? Value::none() : a[0];
  Root rd(vm, dflt);
  Dict* result = new_dict(vm);
  if (!result) return Value::null();
  Root rr(vm, Value::ptr(result));
  PatternObj* pat = m->pattern.as<PatternObj>();
  if (pat->groupindex.is_null()) return Value::ptr(result);
  Dict* gi = dict_unwrap(pat->groupindex);
  if (!gi) return Value::ptr(result);
  RootVec keys(vm);
  uint32_t pos = 0;
  Value k, v;
  while (dict_next(gi, pos, k, v)) keys.v.push_back(k);
  for (Value key : keys.v) {
    Value g = match_group_of(vm, m, key, dflt);
    if (g.is_null()) return g;
    if (failed(dict_set(vm, result, key, g))) return Value::null();
  }
  return Value::ptr(result);
}

// start/end/span: (group=0, /)
Status group_arg(VM& vm, MatchObj* m, const char* fname, Value* args, size_t nargs, Tuple* kw, int64_t& index) {
  if (failed(check_positional(vm, fname, nargs, kw, 0, 1))) return Status::Error;
  return group_index(vm, m, nargs ? args[0] : Value::null(), index);
}

Value m_start(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "start");
  int64_t i;
  if (!m || failed(group_arg(vm, m, "start", args, nargs, kw, i))) return Value::null();
  return new_int(vm, m->marks[2 * i]);
}
Value m_end(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "end");
  int64_t i;
  if (!m || failed(group_arg(vm, m, "end", args, nargs, kw, i))) return Value::null();
  return new_int(vm, m->marks[2 * i + 1]);
}
Value pair(VM& vm, int64_t a, int64_t b) {
  Value items[2] = {new_int(vm, a), Value::null()};
  Root r0(vm, items[0]);
  items[1] = new_int(vm, b);
  if (items[0].is_null() || items[1].is_null()) return Value::null();
  return new_tuple_from(vm, items, 2);
}
Value m_span(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "span");
  int64_t i;
  if (!m || failed(group_arg(vm, m, "span", args, nargs, kw, i))) return Value::null();
  return pair(vm, m->marks[2 * i], m->marks[2 * i + 1]);
}

Value m_regs(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "regs");
  if (!m) return Value::null();
  if (!m->regs.is_null()) return m->regs;
  Root rself(vm, self);
  Tuple* t = new_tuple(vm, size_t(m->groups));
  if (!t) return Value::null();
  Root rt(vm, Value::ptr(t));
  for (int64_t i = 0; i < m->groups; i++) {
    Value p = pair(vm, m->marks[2 * i], m->marks[2 * i + 1]);
    if (p.is_null()) return p;
    t->items[i] = p;
  }
  m->regs = Value::ptr(t);
  return m->regs;
}

Value m_expand(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  MatchObj* m = match_of(vm, self, "expand");
  if (!m) return Value::null();
  Root rself(vm, self);
  static const char* const names[] = {"template"};
  Value a[1];
  if (failed(clinic_args(vm, "expand", args, nargs, kw, names, 1, 1, a))) return Value::null();
  Root rt(vm, a[0]);
  Value fn = module_attr(vm, "re", "_expand");
  if (fn.is_null()) return fn;
  Root rf(vm, fn);
  Value call_args[3] = {m->pattern, self, a[0]};
  return call(vm, fn, call_args, 3);
}

Value m_string(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "string");
  return m ? m->string : Value::null();
}
Value m_re(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "re");
  return m ? m->pattern : Value::null();
}
Value m_pos(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "pos");
  return m ? new_int(vm, m->pos) : Value::null();
}
Value m_endpos(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "endpos");
  return m ? new_int(vm, m->endpos) : Value::null();
}
Value m_lastindex(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "lastindex");
  if (!m) return Value::null();
  return m->lastindex >= 0 ? new_int(vm, m->lastindex) : Value::none();
}
Value m_lastgroup(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "lastgroup");
  if (!m) return Value::null();
  PatternObj* pat = m->pattern.as<PatternObj>();
  if (!pat->indexgroup.is_null() && m->lastindex >= 0) {
    Tuple* t = tuple_unwrap(pat->indexgroup);
    if (t && m->lastindex < int64_t(t->size)) return t->items[m->lastindex];
  }
  return Value::none();
}

Value m_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  MatchObj* m = match_of(vm, self, "__repr__");
  if (!m) return Value::null();
  Root rself(vm, self);
  Value g0 = match_group_text(vm, m, 0, Value::none());
  if (g0.is_null()) return g0;
  Value r = truncated_repr(vm, g0, 50);
  if (r.is_null()) return r;
  std::string out = "<";
  out += self.as_ptr()->type->name->view();
  out += " object; span=(" + std::to_string(m->marks[0]) + ", " + std::to_string(m->marks[1]) + "), match=";
  out += as_str(r)->view();
  out += ">";
  return new_str(vm, out);
}

Value m_copy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!match_of(vm, self, "__copy__")) return Value::null();
  return self;
}
Value m_deepcopy(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!match_of(vm, self, "__deepcopy__")) return Value::null();
  return self;
}

// ---------- SRE_Scanner ----------

Value scanner_step(VM& vm, Value self, size_t nargs, Tuple* kw, const char* fname, bool search) {
  if (!has_trace(self, trace_scanner))
    return raise(vm, vm.TypeError, "descriptor '%s' for '_sre.SRE_Scanner' objects doesn't apply to a '%s' object",
                 fname, type_name(vm, self));
  if (nargs || (kw && kw->size)) return raise(vm, vm.TypeError, "%s() takes no arguments", fname);
  Root rself(vm, self);
  auto* sc = self.as<ScannerObj>();
  if (sc->executing) return raise(vm, vm.ValueError, "regular expression scanner already executing");
  if (sc->start < 0) return Value::none();
  PatternObj* pat = sc->pattern.as<PatternObj>();
  Subject subj;
  subject_from_keep(sc->keep, subj);
  sre::State st;
  st.vm = &vm;
  st.data = subj.data;
  st.charsize = subj.charsize;
  st.length = subj.length;
  st.marks.assign(size_t(pat->groups) * 2 + 2, -1);
  st.start = st.ptr = sc->start;
  st.end = sc->endpos;
  st.pos = sc->pos;
  st.endpos = sc->endpos;
  st.must_advance = sc->must_advance;
  sc->executing = true;
  int64_t status = search ? sre::sre_search(st, pat->code) : sre::sre_match(st, pat->code);
  sc->executing = false;
  if (!vm.exc.is_null()) return Value::null();
  Value m = new_match(vm, pat, st, sc->string, status);
  if (m.is_null()) return m;
  if (status == 0) {
    sc->start = -1;
  } else {
    sc->must_advance = st.ptr == st.start;
    sc->start = st.ptr;
  }
  return m;
}

Value s_match(VM& vm, Value self, Value*, size_t nargs, Tuple* kw) {
  return scanner_step(vm, self, nargs, kw, "match", false);
}
Value s_search(VM& vm, Value self, Value*, size_t nargs, Tuple* kw) {
  return scanner_step(vm, self, nargs, kw, "search", true);
}
Value s_pattern(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!has_trace(self, trace_scanner)) return raise(vm, vm.TypeError, "expected an SRE_Scanner");
  return self.as<ScannerObj>()->pattern;
}

// ---------- module functions ----------

Type* module_type(VM& vm, Value module, const char* name) {
  if (!is_layout(module, Layout::Module)) return nullptr;
  Value t = dict_get_cstr(vm, module.as<Module>()->dict, name);
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

// The module-dict key of the Decoded type (not a valid identifier, so no Python code
// reads it by accident).
constexpr const char* kDecodedTypeKey = "<decoded>";

Value f_compile(VM& vm, Value self, Value* args, size_t nargs, Tuple* kw) {
  static const char* const names[] = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
  Value a[6];
  if (failed(clinic_args(vm, "compile", args, nargs, kw, names, 6, 6, a))) return Value::null();
  int64_t flags;
  if (failed(index_i64(vm, a[1], flags))) return Value::null();
  if (flags < INT32_MIN || flags > INT32_MAX)
    return raise(vm, vm.OverflowError, "Python int too large to convert to C int");
  List* code = list_unwrap(a[2]);
  if (!code) return raise(vm, vm.TypeError, "compile() argument 'code' must be list, not %s", type_name(vm, a[2]));
  int64_t groups;
  if (failed(ssize_or_default(vm, a[3], 0, groups))) return Value::null();
  if (!dict_unwrap(a[4]))
    return raise(vm, vm.TypeError, "compile() argument 'groupindex' must be dict, not %s", type_name(vm, a[4]));
  Tuple* indexgroup = tuple_unwrap(a[5]);
  if (!indexgroup)
    return raise(vm, vm.TypeError, "compile() argument 'indexgroup' must be tuple, not %s", type_name(vm, a[5]));
  Type* ptype = module_type(vm, self, "Pattern");
  Type* mtype = module_type(vm, self, "Match");
  Type* stype = module_type(vm, self, "SRE_Scanner");
  Type* dtype = module_type(vm, self, kDecodedTypeKey);
  if (!ptype || !mtype || !stype || !dtype) return raise(vm, vm.SystemError, "_sre types are missing");

  int32_t isbytes = -1;
  if (!a[0].is_none()) {
    if (str_unwrap(a[0])) {
      isbytes = 0;
    } else {
      std::string_view view;
      if (!bytes_view(a[0], view))
        return raise(vm, vm.TypeError, "expected string or bytes-like object, got '%s'", type_name(vm, a[0]));
      isbytes = 1;
    }
  }

  size_t n = code->size;
  size_t bytes = sizeof(PatternObj) + sizeof(Code) * (n ? n - 1 : 0);
  auto* pat = static_cast<PatternObj*>(vm.heap.alloc(bytes, ptype));
  if (!pat) return raise_no_memory(vm);
  Root rp(vm, Value::ptr(pat));
  pat->pattern = a[0];
  pat->groupindex = pat->indexgroup = Value::null();
  pat->cache_key = pat->cache_decoded = Value::null();
  pat->match_type = mtype;
  pat->scanner_type = stype;
  pat->decoded_type = dtype;
  pat->codesize = uint32_t(n);
  pat->flags = int32_t(flags);
  pat->isbytes = isbytes;
  pat->groups = groups;
  for (size_t i = 0; i < n && i < code->size; i++) {
    Value item = code->items[i];
    int64_t v;
    if (item.is_small()) {
      v = item.as_small();
    } else {
      // An int or an int subclass (re/_constants.py's opcodes are _NamedIntConstant).
      Value iv = index_value(vm, item);
      if (iv.is_null()) return iv;
      if (iv.is_small()) {
        v = iv.as_small();
      } else if (failed(int_to_i64(vm, iv, v))) {
        clear_exc(vm);
        v = to_bigint(iv).is_neg() ? -1 : int64_t(1) << 40;
      }
    }
    if (v < 0) return raise(vm, vm.OverflowError, "can't convert negative value to unsigned int");
    if (v > int64_t(UINT32_MAX)) return raise(vm, vm.OverflowError, "regular expression code size limit exceeded");
    pat->code[i] = Code(v);
  }
  if (dict_unwrap(a[4])->size > 0) {
    pat->groupindex = a[4];
    if (indexgroup->size > 0) pat->indexgroup = a[5];
  }
  if (groups < 0 || !sre::sre_validate(pat->code, n, uint64_t(groups)))
    return raise(vm, vm.RuntimeError, "invalid SRE code");
  return Value::ptr(pat);
}

Status char_arg(VM& vm, const char* fname, Value* args, size_t nargs, Tuple* kw, uint32_t& out) {
  if (failed(check_positional(vm, fname, nargs, kw, 1, 1))) return Status::Error;
  int64_t v;
  if (is_layout(args[0], Layout::Str) || (!is_int(vm, args[0]) && !has_index(vm, args[0]))) {
    raise(vm, vm.TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, args[0]));
    return Status::Error;
  }
  if (failed(index_i64(vm, args[0], v)) || v < INT32_MIN || v > INT32_MAX) {
    if (!vm.exc.is_null()) clear_exc(vm);
    raise(vm, vm.OverflowError, "Python int too large to convert to C int");
    return Status::Error;
  }
  out = uint32_t(int32_t(v));
  return Status::Ok;
}

Value f_getcodesize(VM& vm, Value, Value*, size_t, Tuple*) { return Value::small(int64_t(sizeof(Code))); }
Value f_ascii_iscased(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  uint32_t ch;
  if (failed(char_arg(vm, "ascii_iscased", args, nargs, kw, ch))) return Value::null();
  return Value::boolean(ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')));
}
Value f_unicode_iscased(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  uint32_t ch;
  if (failed(char_arg(vm, "unicode_iscased", args, nargs, kw, ch))) return Value::null();
  return Value::boolean(ch != sre::lower_unicode(ch) || ch != sre::upper_unicode(ch));
}
Value f_ascii_tolower(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  uint32_t ch;
  if (failed(char_arg(vm, "ascii_tolower", args, nargs, kw, ch))) return Value::null();
  return new_int(vm, int32_t(sre::lower_ascii(ch)));
}
Value f_unicode_tolower(VM& vm, Value, Value* args, size_t nargs, Tuple* kw) {
  uint32_t ch;
  if (failed(char_arg(vm, "unicode_tolower", args, nargs, kw, ch))) return Value::null();
  return new_int(vm, int32_t(sre::lower_unicode(ch)));
}


Value make_sre(VM& vm) {
  Value mv = native_module(vm, "_sre");
  if (mv.is_null() || !dict_get_cstr(vm, mv.as<Module>()->dict, "compile").is_null()) return mv;
  Root rm(vm, mv);
  Module* m = mv.as<Module>();

  static const MethodDef fns[] = {
      {"compile", f_compile, 0, -1, kBuiltinKeywords},
      {"getcodesize", f_getcodesize, 0, 0, 0},
      {"ascii_iscased", f_ascii_iscased, 0, -1, kBuiltinKeywords},
      {"unicode_iscased", f_unicode_iscased, 0, -1, kBuiltinKeywords},
      {"ascii_tolower", f_ascii_tolower, 0, -1, kBuiltinKeywords},
      {"unicode_tolower", f_unicode_tolower, 0, -1, kBuiltinKeywords},
  };
  add_functions(vm, m, fns);
  (void)dict_set_cstr(vm, m->dict, "MAGIC", Value::small(sre::kMagic));
  (void)dict_set_cstr(vm, m->dict, "CODESIZE", Value::small(int64_t(sizeof(Code))));
  (void)dict_set_cstr(vm, m->dict, "MAXREPEAT", Value::small(int64_t(sre::kMaxRepeat)));
  (void)dict_set_cstr(vm, m->dict, "MAXGROUPS", Value::small(int64_t(sre::kMaxGroups)));
  Value cr = new_str(vm, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  if (cr.is_null()) return cr;
  (void)dict_set_cstr(vm, m->dict, "copyright", cr);

  Type* pt = native_type(vm, m, "re", "Pattern", Layout::Opaque, native_no_instances);
  if (!pt) return Value::null();
  pt->trace = trace_pattern;
  pt->tflags &= ~kTypeBaseType;
  static const MethodDef pattern_methods[] = {
      {"match", p_match, 0, -1, kBuiltinKeywords},
      {"fullmatch", p_fullmatch, 0, -1, kBuiltinKeywords},
      {"search", p_search, 0, -1, kBuiltinKeywords},
      {"sub", p_sub, 0, -1, kBuiltinKeywords},
      {"subn", p_subn, 0, -1, kBuiltinKeywords},
      {"findall", p_findall, 0, -1, kBuiltinKeywords},
      {"split", p_split, 0, -1, kBuiltinKeywords},
      {"finditer", p_finditer, 0, -1, kBuiltinKeywords},
      {"scanner", p_scanner, 0, -1, kBuiltinKeywords},
      {"__copy__", p_copy, 0, 0, 0},
      {"__deepcopy__", p_deepcopy, 1, 1, 0},
      {"__repr__", p_repr, 0, 0, 0},
      {"__eq__", p_eq, 1, 1, 0},
      {"__ne__", p_ne, 1, 1, 0},
      {"__hash__", p_hash, 0, 0, 0},
  };
  add_methods(vm, pt, pattern_methods);
  add_readonly_member(vm, pt, "pattern", p_pattern);
  add_readonly_member(vm, pt, "flags", p_flags);
  add_readonly_member(vm, pt, "groups", p_groups);
  add_getter(vm, pt, "groupindex", p_groupindex);
  add_class_getitem(vm, pt);

  Type* mt = native_type(vm, m, "re", "Match", Layout::Opaque, native_no_instances);
  if (!mt) return Value::null();
  mt->trace = trace_match;
  mt->tflags &= ~kTypeBaseType;
  static const MethodDef match_methods[] = {
      {"group", m_group, 0, -1, kBuiltinKeywords},
      {"start", m_start, 0, -1, kBuiltinKeywords},
      {"end", m_end, 0, -1, kBuiltinKeywords},
      {"span", m_span, 0, -1, kBuiltinKeywords},
      {"groups", m_groups, 0, -1, kBuiltinKeywords},
      {"groupdict", m_groupdict, 0, -1, kBuiltinKeywords},
      {"expand", m_expand, 0, -1, kBuiltinKeywords},
      {"__copy__", m_copy, 0, 0, 0},
      {"__deepcopy__", m_deepcopy, 1, 1, 0},
      {"__getitem__", m_getitem, 1, 1, 0},
      {"__repr__", m_repr, 0, 0, 0},
  };
  add_methods(vm, mt, match_methods);
  add_readonly_member(vm, mt, "string", m_string);
  add_readonly_member(vm, mt, "re", m_re);
  add_readonly_member(vm, mt, "pos", m_pos);
  add_readonly_member(vm, mt, "endpos", m_endpos);
  add_getter(vm, mt, "lastindex", m_lastindex);
  add_getter(vm, mt, "lastgroup", m_lastgroup);
  add_getter(vm, mt, "regs", m_regs);
  add_class_getitem(vm, mt);

  Type* st = native_type(vm, m, "_sre", "SRE_Scanner", Layout::Opaque, native_no_instances);
  if (!st) return Value::null();
  st->trace = trace_scanner;
  st->tflags &= ~kTypeBaseType;
  static const MethodDef scanner_methods[] = {
      {"match", s_match, 0, -1, kBuiltinKeywords},
      {"search", s_search, 0, -1, kBuiltinKeywords},
  };
  add_methods(vm, st, scanner_methods);
  add_readonly_member(vm, st, "pattern", s_pattern);

  Type* dt = new_builtin_type(vm, "_sre.decoded", Layout::Opaque, vm.object_type, false);
  if (!dt) return Value::null();
  dt->trace = trace_decoded;
  (void)dict_set_cstr(vm, m->dict, kDecodedTypeKey, Value::ptr(dt));
  return mv;
}

}  // namespace

void init_sre(VM& vm) { register_native_module(vm, "_sre", make_sre); }

}  // namespace taipan::runtime
