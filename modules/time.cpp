// The time module: clocks, sleep, and broken-down time (struct_time, localtime, gmtime,
// mktime, strftime, timezone/altzone/daylight/tzname).
#include <time.h>

#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

#include "runtime/objects.h"

namespace taipan::runtime {

static double now(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
static int64_t now_ns(clockid_t c) {
  struct timespec ts;
  clock_gettime(c, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
static Value t_time(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_REALTIME)); }
static Value t_time_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_REALTIME)); }
static Value t_perf(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_MONOTONIC)); }
static Value t_perf_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_MONOTONIC)); }
static Value t_process(VM& vm, Value, Value*, size_t, Tuple*) { return Value::from_double(now(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_process_ns(VM& vm, Value, Value*, size_t, Tuple*) { return new_int(vm, now_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static Value t_sleep(VM& vm, Value, Value* args, size_t, Tuple*) {
  double s;
  if (failed(to_double(vm, args[0], s))) return Value::null();
  if (s < 0) return raise(vm, vm.ValueError, "sleep length must be non-negative");
  if (failed(vm_sleep(vm, s))) return Value::null();
  return Value::none();
}

// ---------- struct_time, localtime, gmtime, mktime, strftime ----------
// struct_time is a tuple subclass of 11 items (the 9 of the C struct tm, then tm_zone and
// tm_gmtoff); its fields read as attributes and its repr is CPython's.
static const char* const kTmFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",   "tm_sec",
                                        "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

static Type* struct_time_type(VM& vm) {
  Value m = dict_get_cstr(vm, vm.modules, "time");
  Value t = is_layout(m, Layout::Module) ? dict_get_cstr(vm, m.as<Module>()->dict, "struct_time") : Value::null();
  return is_layout(t, Layout::Type) ? t.as<Type>() : nullptr;
}

static Value make_struct_time(VM& vm, const struct tm& tm) {
  Type* st = struct_time_type(vm);
  if (!st) return raise(vm, vm.RuntimeError, "time.struct_time is missing");
  Tuple* t = new_tuple(vm, 11);
  if (!t) return raise_no_memory(vm);
  Root rt(vm, Value::ptr(t));
  int64_t nums[9] = {tm.tm_year + 1900LL, tm.tm_mon + 1LL, tm.tm_mday, tm.tm_hour, tm.tm_min,
                     tm.tm_sec, (tm.tm_wday + 6) % 7, tm.tm_yday + 1LL, tm.tm_isdst};
  for (int i = 0; i < 9; i++) t->items[i] = Value::small(nums[i]);
  Value zone = new_str(vm, tm.tm_zone ? tm.tm_zone : "");
  if (zone.is_null()) return zone;
  t->items[9] = zone;
  t->items[10] = Value::small(tm.tm_gmtoff);
  t->type = st;
  return rt.get();
}

static Status seconds_arg(VM& vm, Value* args, size_t nargs, time_t& out) {
  if (nargs == 0 || args[0].is_none()) {
    out = time(nullptr);
    return Status::Ok;
  }
  double d;
  if (failed(to_double(vm, args[0], d))) return Status::Error;
  if (!(d > -1e18 && d < 1e18)) {
    raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
    return Status::Error;
  }
  out = time_t(std::floor(d));
  return Status::Ok;
}
static Value t_localtime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  time_t t;
  struct tm tm;
  if (failed(seconds_arg(vm, args, nargs, t))) return Value::null();
  if (!localtime_r(&t, &tm)) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm);
}
static Value t_gmtime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  time_t t;
  struct tm tm;
  if (failed(seconds_arg(vm, args, nargs, t))) return Value::null();
  if (!gmtime_r(&t, &tm)) return raise(vm, vm.OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(vm, tm);
}

// A struct_time or a 9-tuple as a struct tm.
static Status tm_arg(VM& vm, const char* fname, Value v, struct tm& tm) {
  if (!is_tuple(v) || v.as<Tuple>()->size < 9) {
    raise(vm, vm.TypeError, "%s(): illegal time tuple argument", fname);
    return Status::Error;
  }
  Tuple* t = v.as<Tuple>();
  int64_t n[9];
  for (int i = 0; i < 9; i++)
    if (failed(int_to_i64(vm, t->items[i], n[i]))) return Status::Error;
  tm = {};
  tm.tm_year = int(n[0] - 1900);
  tm.tm_mon = int(n[1] - 1);
  tm.tm_mday = int(n[2]);
  tm.tm_hour = int(n[3]);
  tm.tm_min = int(n[4]);
  tm.tm_sec = int(n[5]);
  tm.tm_wday = int((n[6] + 1) % 7);
  tm.tm_yday = int(n[7] - 1);
  tm.tm_isdst = int(n[8]);
  return Status::Ok;
}
static Value t_mktime(VM& vm, Value, Value* args, size_t, Tuple*) {
  struct tm tm;
  if (failed(tm_arg(vm, "mktime", args[0], tm))) return Value::null();
  tm.tm_wday = -1;
  time_t r = mktime(&tm);
  if (r == time_t(-1) && tm.tm_wday == -1) return raise(vm, vm.OverflowError, "mktime argument out of range");
  return new_float(double(r));
}
static Value t_strftime(VM& vm, Value, Value* args, size_t nargs, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "strftime() argument 1 must be str, not %s", type_name(vm, args[0]));
  struct tm tm;
  if (nargs > 1) {
    if (failed(tm_arg(vm, "strftime", args[1], tm))) return Value::null();
    if (is_tuple(args[1]) && args[1].as<Tuple>()->size >= 11 && is_str(args[1].as<Tuple>()->items[9])) {
      tm.tm_zone = as_str(args[1].as<Tuple>()->items[9])->data;
      int64_t off = 0;
      if (!failed(int_to_i64(vm, args[1].as<Tuple>()->items[10], off))) tm.tm_gmtoff = long(off);
      clear_exc(vm);
    }
  } else {
    time_t t = time(nullptr);
    localtime_r(&t, &tm);
  }
  std::string fmt(as_str(args[0])->view());
  if (fmt.empty()) return new_str(vm, "");
  std::vector<char> buf(256 + fmt.size() * 8);
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    if (n > 0 || buf.size() > 1 << 20) return new_str(vm, std::string_view(buf.data(), n));
    buf.resize(buf.size() * 4);
  }
}
static Value st_field(VM& vm, Value self, int i) {
  if (!is_tuple(self) || self.as<Tuple>()->size <= uint32_t(i)) return raise(vm, vm.TypeError, "expected a struct_time");
  return self.as<Tuple>()->items[i];
}
#define ST_GETTER(i) \
  static Value st_get_##i(VM& vm, Value self, Value*, size_t, Tuple*) { return st_field(vm, self, i); }
ST_GETTER(0) ST_GETTER(1) ST_GETTER(2) ST_GETTER(3) ST_GETTER(4) ST_GETTER(5) ST_GETTER(6) ST_GETTER(7)
ST_GETTER(8) ST_GETTER(9) ST_GETTER(10)
#undef ST_GETTER
static Value st_repr(VM& vm, Value self, Value*, size_t, Tuple*) {
  if (!is_tuple(self)) return raise(vm, vm.TypeError, "expected a struct_time");
  Root rs(vm, self);
  std::string out = "time.struct_time(";
  for (int i = 0; i < 9 && uint32_t(i) < self.as<Tuple>()->size; i++) {
    Value r = repr(vm, self.as<Tuple>()->items[i]);
    if (r.is_null()) return r;
    out += std::string(i ? ", " : "") + kTmFields[i] + "=" + std::string(as_str(r)->view());
  }
  return new_str(vm, out + ")");
}

// time.get_clock_info(name): an object with implementation, monotonic, adjustable and
// resolution (CPython returns a types.SimpleNamespace; this is a plain `namespace` class).
static Value t_get_clock_info(VM& vm, Value, Value* args, size_t, Tuple*) {
  if (!is_str(args[0])) return raise(vm, vm.TypeError, "get_clock_info() argument 1 must be str, not %s", type_name(vm, args[0]));
  std::string_view n = as_str(args[0])->view();
  const char* impl;
  bool mono = true, adjustable = false;
  double res = 1e-09;
  if (n == "time") impl = "clock_gettime(CLOCK_REALTIME)", mono = false, adjustable = true;
  else if (n == "monotonic" || n == "perf_counter") impl = "clock_gettime(CLOCK_MONOTONIC)";
  else if (n == "process_time") impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
  else if (n == "thread_time") impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
  else return raise(vm, vm.ValueError, "unknown clock");
  Tuple* bases = new_tuple(vm, 1);
  if (!bases) return raise_no_memory(vm);
  bases->items[0] = Value::ptr(vm.object_type);
  Root rb(vm, Value::ptr(bases));
  Dict* ns = new_dict(vm);
  if (!ns) return raise_no_memory(vm);
  Root rns(vm, Value::ptr(ns));
  Value cls = build_class(vm, Value::ptr(vm.type_type), vm.intern("namespace"), bases, ns, Value::null());
  if (cls.is_null()) return cls;
  Root rc(vm, cls);
  Value o = call0(vm, cls);
  if (o.is_null()) return o;
  Root ro(vm, o);
  Value is = new_str(vm, impl);
  if (is.is_null()) return is;
  Root ris(vm, is);
  if (failed(setattr(vm, o, vm.intern("implementation"), is)) ||
      failed(setattr(vm, o, vm.intern("monotonic"), Value::boolean(mono))) ||
      failed(setattr(vm, o, vm.intern("adjustable"), Value::boolean(adjustable))) ||
      failed(setattr(vm, o, vm.intern("resolution"), new_float(res))))
    return Value::null();
  return o;
}

static Value make_time(VM& vm) {
  Value existing = dict_get_cstr(vm, vm.modules, "time");
  if (!existing.is_null()) return existing;
  Value m = new_module(vm, vm.intern("time"));
  if (m.is_null()) return m;
  Root rm(vm, m);
  static const MethodDef fns[] = {
      {"time", t_time, 0, 0, 0},           {"time_ns", t_time_ns, 0, 0, 0},
      {"perf_counter", t_perf, 0, 0, 0},   {"perf_counter_ns", t_perf_ns, 0, 0, 0},
      {"monotonic", t_perf, 0, 0, 0},      {"monotonic_ns", t_perf_ns, 0, 0, 0},
      {"process_time", t_process, 0, 0, 0}, {"process_time_ns", t_process_ns, 0, 0, 0},
      {"sleep", t_sleep, 1, 1, 0},         {"get_clock_info", t_get_clock_info, 1, 1, 0},
  };
  add_functions(vm, m.as<Module>(), fns);
  static const MethodDef tm_fns[] = {
      {"localtime", t_localtime, 0, 1, 0}, {"gmtime", t_gmtime, 0, 1, 0},
      {"mktime", t_mktime, 1, 1, 0},       {"strftime", t_strftime, 1, 2, 0},
  };
  add_functions(vm, m.as<Module>(), tm_fns);
  Type* st = new_builtin_type(vm, "struct_time", Layout::Tuple, vm.tuple_type, false);
  if (!st) return Value::null();
  Root rst(vm, Value::ptr(st));
  (void)dict_set_str(vm, st->dict, vm.s_module, Value::ptr(vm.intern("time")));
  static const MethodDef st_methods[] = {{"__repr__", st_repr, 0, 0, 0}};
  add_methods(vm, st, st_methods);
  NativeFn getters[] = {st_get_0, st_get_1, st_get_2, st_get_3, st_get_4, st_get_5,
                        st_get_6, st_get_7, st_get_8, st_get_9, st_get_10};
  for (int i = 0; i < 11; i++) add_getter(vm, st, kTmFields[i], getters[i]);
  (void)dict_set_cstr(vm, m.as<Module>()->dict, "struct_time", Value::ptr(st));
  {
    tzset();
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "timezone", new_int(vm, int64_t(timezone)));
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "altzone", new_int(vm, int64_t(timezone) - (daylight ? 3600 : 0)));
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "daylight", Value::small(daylight));
    Value names[2] = {new_str(vm, tzname[0]), Value::null()};
    Root r0(vm, names[0]);
    names[1] = new_str(vm, tzname[1]);
    Root r1(vm, names[1]);
    (void)dict_set_cstr(vm, m.as<Module>()->dict, "tzname", new_tuple_from(vm, names, 2));
  }
  (void)dict_set_cstr(vm, vm.modules, "time", m);
  return m;
}

void init_time(VM& vm) { register_native_module(vm, "time", make_time); }

}  // namespace taipan::runtime
