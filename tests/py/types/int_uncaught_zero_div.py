# Ends with an uncaught ZeroDivisionError.
def average(values):
    return sum(values) // len(values)

print(average([1, 2, 3, 4]))
print(average([10 ** 20, 3 * 10 ** 20]))
print(average([-5, 2]))
def safe(values):
    try:
        return average(values)
    except ZeroDivisionError as e:
        return "error: " + str(e)

print(safe([]), safe([7]))
print(divmod(sum([3, 4, 5]), 2))
print(average([]))
print("not reached")
