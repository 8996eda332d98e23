import dataclasses
import json
import re


@dataclasses.dataclass
class Item:
    name: str
    qty: int


items = [Item(m.group(1), int(m.group(2))) for m in re.finditer(r"(\w+)=(\d+)", "apples=3 pears=10")]
print(json.dumps([dataclasses.asdict(i) for i in items]))
