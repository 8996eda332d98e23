# Word frequency and text statistics with dicts (deterministic ordering)
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), "words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print("distinct", len(freq))
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print(list(first_seen.items())[:8])
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted((v, k) for k, v in bigrams.items() if v > 2))
capitalized = [w.strip(",") for w in text.split() if w[0].isupper()]
print(capitalized)
print(" ".join(w.capitalize() for w in words[:6]))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels", vowels, "ratio", round(vowels / len(text), 4))
