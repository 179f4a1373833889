"""Java's java.util.HashMap iteration order, for keys the oracle holds in a HashMap.

The oracle reads case files with json-smart, whose JSONObject is a HashMap: $context,
$stageVariables and $input.params() (copied from it) iterate in HashMap order, and so does
$util.parseJson's result. Writing those objects' keys in that order keeps case files, the oracle
and an engine that keeps file order in agreement.
"""


def string_hash(s):
    """String.hashCode over UTF-16 code units, as a signed 32-bit int."""
    h = 0
    data = s.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] | (data[i + 1] << 8))) & 0xFFFFFFFF
    return h


def hashmap_order(keys):
    """The order a HashMap (default capacity 16, load factor 0.75) iterates keys inserted in order."""
    keys = list(dict.fromkeys(keys))
    capacity = 16
    while len(keys) > capacity * 0.75:
        capacity *= 2
    def bucket(k):
        h = string_hash(k)
        return (h ^ (h >> 16)) & (capacity - 1)
    return [k for _, _, k in sorted((bucket(k), i, k) for i, k in enumerate(keys))]


def reorder(value, deep=True):
    """A dict (and, when deep, the dicts inside it) with keys in HashMap order."""
    if isinstance(value, dict):
        return {k: (reorder(value[k]) if deep else value[k]) for k in hashmap_order(value.keys())}
    if isinstance(value, list) and deep:
        return [reorder(v) for v in value]
    return value


if __name__ == "__main__":
    assert hashmap_order(["zeta", "alpha", "mid", "b", "a"]) == ["zeta", "a", "b", "alpha", "mid"], hashmap_order(["zeta", "alpha", "mid", "b", "a"])
    print("ok")
