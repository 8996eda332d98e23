// A small game-like simulation embedding Taipan: the C++ host owns the world (entities with
// positions and health) and exposes it to Python as the native module `world`, whose
// `Entity` class refers to the host's own Entity objects; the script behaviours.py decides
// what each entity does every tick. Build it against an installed Taipan (see CMakeLists.txt
// next to it and docs/embedding.md).
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
  int64_t id;
  std::string kind;
  double x, y;
  int64_t hp;

  void move(double dx, double dy) {
    x = std::min(std::max(x + dx, 0.0), 40.0);
    y = std::min(std::max(y + dy, 0.0), 40.0);
  }
  void damage(int64_t amount) { hp = std::max<int64_t>(hp - amount, 0); }
};

// The host owns the entities (std::map nodes never move); Python refers to them.
class World {
 public:
  Entity* spawn(const std::string& kind, double x, double y) {
    order_.push_back(next_);
    Entity& e = entities_[next_];
    e = Entity{next_++, kind, x, y, 100};
    return &e;
  }
  std::vector<Entity*> alive() {
    std::vector<Entity*> out;
    for (int64_t id : order_)
      if (entities_.at(id).hp > 0) out.push_back(&entities_.at(id));
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
  opts.allowed_modules = {"math"};     // nor import more than `math` (and `world`, the host's)
  taipan::Engine engine(opts);         // nor reach files, processes or the network (the default)
  World world;

  // world.Entity: Python objects for the host's entities (Python cannot make them).
  auto cls = engine.define_class(taipan::Class<Entity>("world", "Entity")
                                     .readonly("id", &Entity::id)
                                     .readonly("kind", &Entity::kind)
                                     .readonly("x", &Entity::x)
                                     .readonly("y", &Entity::y)
                                     .readonly("hp", &Entity::hp)
                                     .method("move", &Entity::move, {"dx", "dy"})
                                     .method("damage", &Entity::damage, {"amount"}));
  // The module's functions: C++ callables with their arguments converted and checked.
  auto r = cls ? engine.define_module("world", {
      {"spawn", taipan::Function([&](std::string kind, double x, double y) {
         return engine.wrap(world.spawn(kind, x, y));
       }, {"kind", "x", "y"})},
      {"entities", [&]() -> taipan::Result<std::vector<taipan::Arg>> {
         std::vector<taipan::Arg> out;
         for (Entity* e : world.alive()) {
           auto o = engine.wrap(e);
           if (!o) return o.error();
           out.emplace_back(o.value());
         }
         return out;
       }},
      {"log", [](std::string line) { std::printf("[script] %s\n", line.c_str()); }},
  }) : cls;
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
