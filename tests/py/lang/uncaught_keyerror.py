# Uncaught KeyError from a dict lookup: last stderr line "KeyError: 'delta'"
inventory = {"alpha": 3, "beta": 0, "gamma": 7}
orders = ["alpha", "gamma", "beta", "delta", "alpha"]
for name in sorted(inventory):
    print(name, inventory[name])
total = 0
for order in orders:
    print("processing", order)
    count = inventory[order]
    if count == 0:
        print("  out of stock:", order)
        continue
    inventory[order] = count - 1
    total += 1
    print("  remaining", inventory[order])
print("total", total)
for k in inventory:
    print(k)
more = 1
print(more)
print("x")
print("y")
print("z")
