import json

print(json.dumps({"a": [1, 2.5, None], "b": "\u00e9"}, sort_keys=True), json.loads('[1, {"x": true}]'))
