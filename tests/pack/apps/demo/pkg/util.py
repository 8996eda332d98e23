import json
import re


def words(text):
    return re.findall(r"[a-z]+", text.lower())


def summarize(items):
    return json.dumps({"count": len(items), "items": [repr(i) for i in items],
                       "area": round(sum(i.area() for i in items), 3)}, sort_keys=True)


def check(d):
    value = d["x"]
    return value.upper()  # AttributeError: 'NoneType' object has no attribute 'upper'
