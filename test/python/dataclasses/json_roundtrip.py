import json
from dataclasses import dataclass, field, asdict
from typing import List, Optional
@dataclass
class Tag:
    name: str
    color: str = "gray"
@dataclass
class Post:
    id: int
    title: str
    tags: List[Tag] = field(default_factory=list)
    draft: bool = False
    author: Optional[str] = None
    @classmethod
    def from_dict(cls, d):
        return cls(d["id"], d["title"], [Tag(**t) for t in d.get("tags", [])], d.get("draft", False), d.get("author"))
p = Post(1, "Hello", [Tag("intro", "blue"), Tag("misc")])
text = json.dumps(asdict(p), sort_keys=True)
print(text)
q = Post.from_dict(json.loads(text))
print(q == p, q)
