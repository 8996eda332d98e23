from .colors import DEFAULT


class Square:
    def __init__(self, side, color=DEFAULT):
        self.side = side
        self.color = color

    def __repr__(self):
        return f"Square({self.side}, {self.color!r})"


def area(shape):
    return shape.side ** 2
