# Ends with an uncaught KeyError.
inventory = {"apples": 3, "pears": 0, "plums": 12}
for name in ("apples", "pears", "plums"):
    print(name, inventory[name])
print(inventory.get("kiwis", 0))
try:
    inventory["kiwis"]
except KeyError as e:
    print("caught", repr(e))
inventory["kiwis"] = 5
print(sorted(inventory.items()))
print(inventory["grapes"])
print("not reached")
