# Ends with an uncaught IndexError from string indexing.
word = "python"
print(word[0], word[-1], word[5])
letters = []
for i in range(len(word)):
    letters.append(word[i].upper())
print(letters)
try:
    word[6]
except IndexError as e:
    print("caught:", e)
print(word[2:100], word[100:])
last = word[len(word)]
print("not reached", last)
