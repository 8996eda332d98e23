// A small game-like simulation embedding Taipan: the C++ host owns the world (entities with
// positions and health) and exposes it to Python as the native module `world`; the script
// behaviours.py decides what each entity does every tick. Build it against an installed
// Taipan (see CMakeLists.txt next to it and docs/embedding.md).
//
//   embed_demo path/to/behaviours.py
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <taipan/taipan.h>

namespace {

struct Entity {
  std::string kind;
  double x, y;
  int64_t hp;
};

class World {
 public:
  int64_t spawn(const std::string& kind, double x, double y) {
    order_.push_back(next_);
    entities_[next_] = Entity{kind, x, y, 100};
    return next_++;
  }
  taipan::Result<Entity*> find(int64_t id) {
    auto it = entities_.find(id);
    if (it == entities_.end()) return taipan::Error{"KeyError", "no entity " + std::to_string(id), ""};
    return &it->second;
  }
  std::vector<int64_t> alive() const {
    std::vector<int64_t> out;
    for (int64_t id : order_)
      if (entities_.at(id).hp > 0) out.push_back(id);
    return out;
  }
  const std::vector<int64_t>& order() const { return order_; }
  const Entity& at(int64_t id) const { return entities_.at(id); }

 private:
  std::map<int64_t, Entity> entities_;
  std::vector<int64_t> order_;
  int64_t next_ = 1;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s behaviours.py\n", argv[0]);
    return 2;
  }
  taipan::Options opts;
  opts.max_heap = size_t(64) << 20;    // a script cannot take more than 64 MiB
  opts.time_budget_ms = 1000;          // nor more than a second per call
  taipan::Engine engine(opts);
  World world;

  // The native module: C++ functions with their arguments converted and checked.
  auto r = engine.define_module("world", {
      {"spawn", [&](std::string kind, double x, double y) { return world.spawn(kind, x, y); }},
      {"position", [&](int64_t id) -> taipan::Result<std::vector<double>> {
         auto e = world.find(id);
         if (!e) return e.error();
         return std::vector<double>{e.value()->x, e.value()->y};
       }},
      {"kind", [&](int64_t id) -> taipan::Result<std::string> {
         auto e = world.find(id);
         if (!e) return e.error();
         return e.value()->kind;
       }},
      {"move", [&](int64_t id, double dx, double dy) -> taipan::Result<bool> {
         auto e = world.find(id);
         if (!e) return e.error();
         Entity* p = e.value();
         p->x = std::min(std::max(p->x + dx, 0.0), 40.0);
         p->y = std::min(std::max(p->y + dy, 0.0), 40.0);
         return true;
       }},
      {"damage", [&](int64_t id, int64_t amount) -> taipan::Result<bool> {
         auto e = world.find(id);
         if (!e) return e.error();
         e.value()->hp = std::max<int64_t>(e.value()->hp - amount, 0);
         return true;
       }},
      {"entities", [&]() { return world.alive(); }},
      {"log", [](std::string line) { std::printf("[script] %s\n", line.c_str()); }},
  });
  if (!r) {
    std::fprintf(stderr, "%s\n", r.error().message.c_str());
    return 1;
  }

  auto script = engine.load(argv[1], "behaviours");
  if (!script) {
    std::fprintf(stderr, "%s", script.error().traceback.c_str());
    return 1;
  }
  auto setup = script->getattr("setup");
  auto tick = script->getattr("tick");
  if (!setup || !tick) {
    std::fprintf(stderr, "behaviours.py needs setup() and tick()\n");
    return 1;
  }
  if (auto s = engine.call(setup.value(), 42); !s) {
    std::fprintf(stderr, "%s", s.error().traceback.c_str());
    return 1;
  }
  int64_t hits = 0;
  for (int t = 0; t < 200; t++) {
    auto h = engine.call(tick.value(), t);
    if (!h) {  // a script error: report it, the host keeps running
      std::fprintf(stderr, "tick %d: %s", t, h.error().traceback.c_str());
      continue;
    }
    hits = h->as<int64_t>().value_or(hits);
    if (t % 50 == 49) std::printf("t=%d alive=%zu hits=%lld\n", t + 1, world.alive().size(), (long long)hits);
  }
  for (int64_t id : world.order()) {
    const Entity& e = world.at(id);
    std::printf("%lld %s %.6f %.6f %lld\n", (long long)id, e.kind.c_str(), e.x, e.y, (long long)e.hp);
  }
  return 0;
}
