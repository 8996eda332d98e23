class Node:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        n = self.root
        while True:
            if key < n.key:
                if n.left is None:
                    n.left = Node(key); return
                n = n.left
            else:
                if n.right is None:
                    n.right = Node(key); return
                n = n.right
    def inorder(self):
        out, stack, n = [], [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop(); out.append(n.key); n = n.right
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))
t = BST()
seed = 12345
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    t.insert(seed % 1000)
vals = t.inorder()
print(t.size, vals[:10], vals[-5:], t.height(), vals == sorted(vals))
