DEFAULT = "red"
PALETTE = ["red", "green", "blue"]
print("colors loaded", __name__)
