# Singly linked list with insert, delete, reverse, iteration
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in items:
            self.append(item)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) or "<empty>"

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.prepend(9)
ll.append(2)
print(ll, len(ll))
print(ll.remove(1), ll)
print(ll.remove(42), ll)
print(ll.remove(9), ll)
ll.reverse()
print("reversed", ll)
print(sum(ll), max(ll), list(ll), 5 in ll)
empty = LinkedList()
print(empty, len(empty), list(empty))
empty.reverse()
for v in list(ll):
    ll.remove(v)
print(ll, len(ll))
big = LinkedList(range(1000))
big.reverse()
print(len(big), list(big)[:5], sum(big))
