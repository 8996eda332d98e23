// Unit tests of the app-bundle reader (interp/bundle.cpp, docs/bundles.md) and of
// Engine::run_bundle, which runs a bundle from memory as the browser does.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "interp/bundle.h"
#include "taipan/taipan.h"

using namespace taipan;

namespace {

struct Part {
  std::string name, file, code, source;
  uint32_t flags = 0;
};

void put32(std::string& s, size_t at, uint32_t v) {
  for (int i = 0; i < 4; i++) s[at + i] = char((v >> (8 * i)) & 0xff);
}

// A bundle laid out as tools/pack.py writes one (the code need not be valid marshal data:
// it is only read when a module is imported).
std::string build(const std::vector<Part>& parts, uint32_t main = 0) {
  size_t start = 32 + 40 * parts.size();
  std::string out(start, '\0'), data;
  out.replace(0, 4, "TPB\x01", 4);
  out.replace(4, 4, "\xa7\x0d\x0d\x0a", 4);
  put32(out, 12, uint32_t(parts.size()));
  put32(out, 20, main);
  for (size_t i = 0; i < parts.size(); i++) {
    const Part& p = parts[i];
    const std::string* fields[4] = {&p.name, &p.file, &p.code, &p.source};
    for (int f = 0; f < 4; f++) {
      if (f == 3 && !(p.flags & interp::kBundleEntrySource)) continue;
      put32(out, 32 + 40 * i + 8 * f, uint32_t(start + data.size()));
      put32(out, 32 + 40 * i + 8 * f + 4, uint32_t(fields[f]->size()));
      data += *fields[f];
    }
    put32(out, 32 + 40 * i + 32, p.flags);
  }
  out += data;
  put32(out, 16, uint32_t(out.size()));
  return out;
}

const std::vector<Part> kParts = {
    {"main", "main.py", "c...", "print(1)\n", interp::kBundleEntrySource},
    {"pkg", "pkg/__init__.py", "c...", "", interp::kBundleEntryPackage},
    {"pkg.mod", "pkg/mod.py", "c...", "", 0},
};

std::string parse_error(const std::string& bytes) {
  interp::Bundle b;
  std::string error;
  return interp::parse_bundle(bytes, b, error) ? "" : error;
}

}  // namespace

TEST(Bundle, ParsesAValidBundle) {
  interp::Bundle b;
  std::string error;
  ASSERT_TRUE(interp::parse_bundle(build(kParts), b, error)) << error;
  ASSERT_EQ(b.entries.size(), 3u);
  EXPECT_EQ(b.main, 0u);
  ASSERT_NE(b.find("pkg"), nullptr);
  EXPECT_TRUE(b.find("pkg")->is_package);
  EXPECT_EQ(b.find("pkg.mod")->filename, "pkg/mod.py");
  EXPECT_EQ(b.find("nope"), nullptr);
  ASSERT_NE(b.source_of("main.py"), nullptr);
  EXPECT_EQ(*b.source_of("main.py"), "print(1)\n");
  EXPECT_EQ(b.source_of("pkg/mod.py"), nullptr);
}

TEST(Bundle, RefusesCorruptBundles) {
  std::string good = build(kParts);
  auto with32 = [&](size_t at, uint32_t v) {
    std::string s = good;
    put32(s, at, v);
    return s;
  };
  struct Case {
    std::string bytes, want;
  } cases[] = {
      {"", "bad magic"},
      {"TPB", "bad magic"},
      {good.substr(0, 20), "truncated header"},
      {good.substr(0, good.size() - 1), "truncated bundle"},
      {good + "x", "file has"},
      {"XPB" + good.substr(3), "bad magic"},
      {"TPB\x02" + good.substr(4), "format version 2"},
      {with32(4, 0x0a0d0dcb), "CPython 3.12"},
      {with32(4, 0x0a0d04d2), "magic 1234"},
      {with32(8, 2), "unknown header flags"},
      {with32(12, 0), "no modules"},
      {with32(12, 0x10000000), "overruns"},
      {with32(20, 3), "main entry"},
      {with32(28, 1), "reserved"},
      {with32(32, 0), "lies outside"},                // a name inside the index
      {with32(32 + 40 + 20, 0x7fffffff), "lies outside"},  // a code length past the end
      {with32(32 + 40 + 32, 8), "unknown flags"},
      {with32(32 + 40 + 24, 5), "no source flag"},
      {with32(32 + 40 + 4, 0), "invalid module name"},  // empty name
      {with32(32 + 80 + 20, 0), "has no code"},
  };
  for (const Case& c : cases) {
    std::string error = parse_error(c.bytes);
    EXPECT_NE(error.find(c.want), std::string::npos) << "want '" << c.want << "', got '" << error << "'";
  }
  std::vector<Part> dup = kParts;
  dup[2].name = "pkg";
  EXPECT_NE(parse_error(build(dup)).find("appears twice"), std::string::npos);
  std::vector<Part> bad_name = kParts;
  bad_name[2].name = "pkg..mod";
  EXPECT_NE(parse_error(build(bad_name)).find("invalid module name"), std::string::npos);
  bad_name[2].name = "pkg.\xff";
  EXPECT_NE(parse_error(build(bad_name)).find("invalid module name"), std::string::npos);
  std::vector<Part> bad_source = kParts;
  bad_source[0].source = "\xc0\x80";
  EXPECT_NE(parse_error(build(bad_source)).find("not UTF-8"), std::string::npos);
}

TEST(Bundle, RunsFromMemory) {
  std::string bytes;
  FILE* f = std::fopen(TAIPAN_SOURCE_DIR "/tests/fuzz/corpus/hello.tpb", "rb");
  ASSERT_NE(f, nullptr);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  std::fclose(f);
  ASSERT_TRUE(Engine::is_bundle(bytes));
  std::string out, err;
  Options o;
  o.output = [&](int fd, std::string_view s) { (fd == 2 ? err : out) += s; };
  {
    Engine engine(o);
    EXPECT_EQ(engine.run_bundle(bytes, {"hello.tpb"}, true), 0) << err;
    EXPECT_EQ(out, "hello, world\n");
  }
  out.clear();
  {
    Engine engine(o);
    EXPECT_EQ(engine.run_bundle(bytes.substr(0, 40), {"cut.tpb"}, true), 1);
    EXPECT_EQ(out, "");
    EXPECT_NE(err.find("taipan: cut.tpb: truncated bundle"), std::string::npos) << err;
  }
}
