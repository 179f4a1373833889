"""Random mapping-template cases for scripts/differential.

generate_case(rng, index) returns one case in the oracle's format: a random template built from a
grammar of VTL constructs over a random JSON body, with random parameters, context and stage
variables. Templates are mostly valid; about one in twenty is deliberately broken.

What the generator avoids, because the oracle's answer would not be a fact about Velocity:
- printing Java arrays (String.split's result prints as [Ljava.lang.String;@hash): split results
  are only sized, indexed or iterated;
- identity-dependent methods (hashCode of non-strings, getClass on arrays, toString of arrays);
- macro names shared between cases (the oracle's batch keeps macros across renders: every macro
  name carries the case number).
"""
import json
import random
import re

from javaorder import reorder

WORDS = ["a", "b", "id", "name", "type", "items", "tags", "owner", "price", "qty", "x", "y", "n",
         "list", "meta", "deep", "val", "k", "on", "s"]
STRINGS = ["", "a", "abc", "Hello, World", "  pad  ", "x y z", "a,b,,c", "it's", "say \"hi\"",
           "é😀ü", "Straße", "a/b\\c", "1.50", "42", "-7", "true", "null", "a.b.c", "A1b22c",
           "line\nbreak", "tab\tx", "<tag>&amp;", "100%", "a+b=c&d", "東京"]
REGEXES = ["[0-9]+", "\\d", "[a-c]", "\\s+", ",", "\\.", "(\\w)(\\d)", "^a", "b$", "x|y", ".", "[^a-z]"]


def jstr_single(s):
    """A Velocity single-quoted string literal (no interpolation; ' doubled)."""
    return "'" + s.replace("'", "''") + "'"


def jstr_double(s):
    """A Velocity double-quoted literal for text without $ or # (\" doubled)."""
    return '"' + s.replace('"', '""') + '"'


class Body:
    """A random JSON document and the paths that exist in it."""

    def __init__(self, rng):
        self.rng = rng
        self.paths = []   # (jsonpath, value)
        kind = rng.random()
        if kind < 0.04:
            self.text, self.doc = "", {}
        elif kind < 0.07:
            self.text, self.doc = rng.choice(["a=b", "a=b&c=d", "hello world", "42", '"str"', "true", "[1, 2, 3]"]), None
        elif kind < 0.09:
            self.text, self.doc = rng.choice(["{a", "[1, 2", '{"a": }', '{"k": "v",}', "{'a': 'b'}", '{"a": 1} tail']), None
        else:
            self.doc = self.value(0, "object")
            self.text = json.dumps(self.doc, ensure_ascii=rng.random() < 0.3,
                                   indent=rng.choice([None, None, 2]),
                                   separators=rng.choice([(",", ":"), (", ", ": ")]))
            if rng.random() < 0.15:  # number spellings json.dumps would not write
                self.text = self.text.replace("1.5", "1.50").replace("1000.0", "1e3")
        self.collect(self.doc, "$")

    def value(self, depth, want=None):
        rng = self.rng
        r = rng.random()
        if want == "object" or (want is None and depth < 3 and r < 0.25):
            return {k: self.value(depth + 1) for k in rng.sample(WORDS, rng.randint(0 if depth else 2, 5))}
        if want == "array" or (want is None and depth < 3 and r < 0.45):
            if rng.random() < 0.5:
                return [self.value(depth + 1, "object") for _ in range(rng.randint(0, 4))]
            return [self.value(depth + 1) for _ in range(rng.randint(0, 4))]
        return rng.choice([0, 1, 2, 3, 7, -1, 42, 2147483648, 1.5, 0.1, 2.0, 1000.0, 1e-7, 12.99,
                           True, False, None, "a", "Rex", "dog", "", "é😀", "a/b", "it's", "q\"t",
                           "line\nx", "1.50", "x y", "<b>", "100"])

    def collect(self, node, path):
        self.paths.append((path, node))
        if isinstance(node, dict):
            for k, v in node.items():
                self.collect(v, path + "." + k)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                self.collect(v, "%s[%d]" % (path, i))

    def random_path(self):
        rng = self.rng
        if not self.paths or rng.random() < 0.08:
            return rng.choice(["$.missing", "$.a.b.c", "$[0]", "$.items[9]", "$..nothing", "$"])
        path, node = rng.choice(self.paths)
        r = rng.random()
        if isinstance(node, list) and r < 0.5:
            ops = ["[*]", "[0]", "[1]", "[-1]", "[0:2]", "[1:]", "[:1]", "[-2:]", "[0,1]", ".length()"]
            keys = sorted({k for e in node if isinstance(e, dict) for k in e})
            if keys:
                k = rng.choice(keys)
                ops += ["[*].%s" % k, "[?(@.%s)]" % k, "[?(@.%s > 1)].%s" % (k, k),
                        "[?(@.%s == 'a')]" % k, "[?(@.%s && @.%s != 0)]" % (k, k),
                        "[?(@.%s =~ /.*e.*/)]" % k, "[?(@.%s < 2 || @.%s == 'dog')]" % (k, k)]
            return path + rng.choice(ops)
        if isinstance(node, dict) and r < 0.4:
            return path + rng.choice([".*", "..%s" % rng.choice(WORDS), "['%s']" % rng.choice(WORDS), ".nope"])
        if r < 0.55 and path != "$":
            return "$.." + path.rsplit(".", 1)[-1].split("[")[0] if "." in path else path
        if r < 0.65 and "." in path:
            head, last = path.rsplit(".", 1)
            if "[" not in last:
                return "%s['%s']" % (head, last)
        return path


class Gen:
    def __init__(self, rng, index):
        self.rng = rng
        self.index = index
        self.body = Body(rng)
        self.vars = {}          # name -> kind: str num list map bool any
        self.macros = []        # (name, arity)
        self.loop_depth = 0
        self.depth = 0
        self.counter = 0
        self.prev_ref = False
        self.broken = False

    # ---- names -------------------------------------------------------------------------------
    def new_var(self):
        self.counter += 1
        return self.rng.choice(["v", "x", "s", "tmp", "item", "val", "out"]) + str(self.counter)

    def var_of(self, kinds):
        names = [n for n, k in self.vars.items() if k in kinds]
        return self.rng.choice(names) if names else None

    # ---- expressions -------------------------------------------------------------------------
    def literal(self, kind=None):
        rng = self.rng
        kind = kind or rng.choice(["num", "num", "str", "str", "bool", "list", "map", "range", "dbl"])
        if kind == "num":
            return str(rng.choice([0, 1, 2, 3, 5, 7, 10, 42, -3, 100, 2147483647, 65536])), "num"
        if kind == "dbl":
            return rng.choice(["1.5", "0.1", "2.0", "3.14", "1.50", "100.0", "0.001"]), "num"
        if kind == "str":
            s = rng.choice(STRINGS)
            if rng.random() < 0.5:
                return jstr_single(s), "str"
            if rng.random() < 0.2 and self.vars:
                name = rng.choice(list(self.vars))
                return '"<$%s>"' % name if rng.random() < 0.5 else '"${%s}!"' % name, "str"
            return jstr_double(s), "str"
        if kind == "bool":
            return rng.choice(["true", "false"]), "bool"
        if kind == "list":
            items = [self.literal(rng.choice(["num", "str", "bool"]))[0] for _ in range(rng.randint(0, 4))]
            return "[" + ", ".join(items) + "]", "list"
        if kind == "map":
            keys = rng.sample(WORDS, rng.randint(0, 3))
            return "{" + ", ".join('"%s": %s' % (k, self.literal(rng.choice(["num", "str", "bool", "list"]))[0]) for k in keys) + "}", "map"
        if kind == "range":
            a, b = rng.randint(-3, 5), rng.randint(-3, 6)
            return "[%d..%d]" % (a, b), "list"
        raise ValueError(kind)

    def input_expr(self):
        rng = self.rng
        p = jstr_single(self.body.random_path())
        r = rng.random()
        if r < 0.4:
            return "$input.json(%s)" % p, "str"
        if r < 0.85:
            return "$input.path(%s)" % p, "any"
        if r < 0.92:
            return "$input.body", "str"
        return rng.choice(["$input.params('%s')" % rng.choice(["id", "q", "limit", "X-H", "nope"]),
                           "$input.params().querystring", "$input.params().header.get('X-H')",
                           "$input.path('$').size()"]), "any"

    def util_expr(self):
        rng = self.rng
        # Mostly strings: a null argument makes urlEncode/base64Encode throw (a NullPointerException).
        arg = self.literal("str")[0] if rng.random() < 0.6 else self.expr(kinds=("str",), depth=2)[0]
        f = rng.choice(["escapeJavaScript", "escapeJavaScript", "urlEncode", "urlDecode", "base64Encode",
                        "base64Decode", "parseJson"])
        if f == "parseJson":
            if rng.random() < 0.6:
                doc = Body(rng).doc
                if doc is not None:
                    arg = jstr_single(json.dumps(reorder(doc) if rng.random() < 0.5 else doc))
            return "$util.parseJson(%s)" % arg, "any"
        if f == "base64Decode" and rng.random() < 0.9:
            arg = "$util.base64Encode(%s)" % arg
        if f == "urlDecode" and rng.random() < 0.8:
            arg = "$util.urlEncode(%s)" % arg
        return "$util.%s(%s)" % (f, arg), "str"

    def method_call(self, base, kind):
        rng = self.rng
        if kind in ("str", "any") and rng.random() < (0.8 if kind == "str" else 0.3):
            m = rng.choice([
                "length()", "toUpperCase()", "toLowerCase()", "trim()", "isEmpty()",
                "substring(%d)" % rng.randint(0, 4), "substring(0, %d)" % rng.randint(0, 3),
                "indexOf(%s)" % jstr_double(rng.choice(["a", "b", ",", "x", "é"])),
                "lastIndexOf('a')", "contains('a')", "startsWith('a')", "endsWith('c')",
                "replace('a', 'Z')", "replaceAll(%s, '#')" % jstr_double(rng.choice(REGEXES)),
                "replaceFirst(%s, '$0$0')" % jstr_single(rng.choice(REGEXES)),
                "matches(%s)" % jstr_double(rng.choice(REGEXES + [".*", "[a-z]+"])),
                "split(%s).size()" % jstr_double(rng.choice([",", "\\.", " ", "a", "|"])),
                "split(',')[0]", "equals('abc')", "equalsIgnoreCase('ABC')", "charAt(0)",
                "concat('!')", "compareTo('b')", "toString()"])
            kind = "num" if m.startswith(("length", "indexOf", "lastIndexOf", "split(%s).size" % "", "compareTo")) else "str"
            if m.startswith(("isEmpty", "contains", "startsWith", "endsWith", "matches", "equals")):
                kind = "bool"
            return "%s.%s" % (base, m), kind
        if kind in ("list", "any") and rng.random() < 0.7:
            m = rng.choice(["size()", "isEmpty()", "get(0)", "[0]", "[1]", "[-1]", "contains(1)", "contains('a')",
                            "add('z')", "indexOf('a')", "subList(0, 1)", "toString()"])
            if m.startswith("["):
                return base + m, "any"
            return "%s.%s" % (base, m), {"size()": "num", "indexOf('a')": "num", "subList(0, 1)": "list"}.get(m, "any")
        if kind in ("map", "any"):
            k = rng.choice(WORDS)
            m = rng.choice(["size()", "keySet()", "values()", "entrySet()", "get('%s')" % k, "%s" % k,
                            "containsKey('%s')" % k, "isEmpty()", "put('%s', 1)" % k, "remove('%s')" % k, "['%s']" % k])
            if m.startswith("["):
                return base + m, "any"
            return "%s.%s" % (base, m), "any"
        if kind == "num":
            return "%s.%s" % (base, rng.choice(["toString()", "intValue()", "doubleValue()", "compareTo(3)"])), "any"
        return base, kind

    def ref(self):
        """A reference expression: variable, $input, $util, $context, $stageVariables, with methods."""
        rng = self.rng
        r = rng.random()
        if r < 0.35 and self.vars:
            name = rng.choice(list(self.vars))
            base, kind = "$" + name, self.vars[name]
        elif r < 0.6:
            base, kind = self.input_expr()
        elif r < 0.72:
            base, kind = self.util_expr()
        elif r < 0.82:
            base, kind = rng.choice(["$context.requestId", "$context.identity.sourceIp",
                                     "$context.authorizer.claims.sub", "$context.nope",
                                     "$context.identity", "$stageVariables.env",
                                     "$stageVariables.nope", "$stageVariables['env']"]), "any"
        else:
            base, kind = "$" + rng.choice(["undef", "nothing", "u"]), "any"
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            base, kind = self.method_call(base, kind)
        return base, kind

    def expr(self, kinds=None, depth=0):
        rng = self.rng
        r = rng.random()
        if depth < 2 and r < 0.2:
            a, ka = self.expr(depth=depth + 1)
            b, kb = self.expr(depth=depth + 1)
            op = rng.choice(["+", "+", "-", "*", "/", "%"])
            if rng.random() < 0.6:  # mostly numbers, so arithmetic means something
                a, ka = self.num_expr()
                b, kb = self.num_expr()
            k = "str" if "str" in (ka, kb) and op == "+" else "num"
            return "%s %s %s" % (a, op, b) if rng.random() < 0.7 else "(%s %s %s)" % (a, op, b), k
        if r < 0.55:
            if kinds and rng.random() < 0.6:
                return self.literal(rng.choice([k for k in kinds if k in ("num", "str", "bool", "list", "map")] or ["str"]))
            return self.literal()
        return self.ref()

    def num_expr(self):
        rng = self.rng
        v = self.var_of(("num",))
        if v and rng.random() < 0.5:
            return "$" + v, "num"
        if rng.random() < 0.2:
            return "$input.path(%s)" % jstr_single(self.body.random_path()), "any"
        return self.literal(rng.choice(["num", "num", "dbl"]))

    def condition(self, depth=0):
        rng = self.rng
        r = rng.random()
        if depth < 2 and r < 0.2:
            return "%s %s %s" % (self.condition(depth + 1), rng.choice(["&&", "||", "and", "or"]), self.condition(depth + 1))
        if r < 0.3:
            return rng.choice(["!", "not ", ""]) + self.ref()[0]
        if r < 0.35:
            return "(%s)" % self.condition(depth + 1)
        if r < 0.4:
            return rng.choice(["true", "false"])
        a, ka = self.expr(depth=1)
        b, kb = self.expr(kinds=(ka,), depth=1)
        if rng.random() < 0.15:
            b = rng.choice(['""', "''", "$undef", "0", "'null'"])
        op = rng.choice(["==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt", "le", "ge"] + ["=="] * 4)
        return "%s %s %s" % (a, op, b)

    # ---- statements --------------------------------------------------------------------------
    def nl(self):
        return self.rng.choice(["", "", "\n", "\n", "\n", " ", "  \n", "\r\n", "\n\n", "\t\n"])

    def indent(self):
        return self.rng.choice(["", "", "", "  ", "    ", "\t"])

    def text(self):
        rng = self.rng
        if self.prev_ref:  # "[", "{", "(" right after a reference would continue it
            return rng.choice(["}", "]", ",", '"', " ", ";", ")", "é", "x=", "'"])
        return rng.choice(["{", "}", "[", "]", ",", '"k": ', '"', "abc", " ", "text ", "x=", ";", "é", "😀",
                           "$ 5", "$1.50", "a@b.c", "# no", "(", ")", "100%", "\\n", "C:\\dir", "'", "a$ "
                           ]) + rng.choice(["", "", " "])

    def block(self, n=None):
        rng = self.rng
        n = n if n is not None else rng.randint(1, 4)
        return "".join(self.statement() for _ in range(n))

    def statement(self):
        out = self.statement_inner()
        self.prev_ref = out.endswith((")", "]", "}")) or bool(re.search(r"\$!?\{?[A-Za-z][\w.-]*$", out))
        return out

    def statement_inner(self):
        rng = self.rng
        self.depth += 1
        try:
            r = rng.random()
            deep = self.depth > 3
            if r < 0.18:
                out = self.text()
            elif r < 0.40:
                e, _ = self.ref()
                form = rng.random()
                if form < 0.15 and e.startswith("$") and "." not in e and "(" not in e and "[" not in e:
                    e = "${%s}" % e[1:]
                elif form < 0.3:
                    e = "$!" + e[1:]
                out = e + self.nl()
            elif r < 0.58:
                out = self.set_stmt()
            elif r < 0.70 and not deep:
                out = self.if_stmt()
            elif r < 0.79 and not deep:
                out = self.foreach_stmt()
            elif r < 0.83 and not deep:
                out = self.macro_stmt()
            elif r < 0.86:
                out = rng.choice(["## comment" + rng.choice(["\n", "\r\n"]), "#* block\ncomment *#",
                                  "#[[ $raw #if ]]#", "\\$escaped", "\\#if ", "\\\\$x"])
            elif r < 0.88 and self.loop_depth:
                out = "#if(%s)#break#end" % self.condition()
            elif r < 0.90 and not deep:
                out = self.define_stmt()
            elif r < 0.92:
                out = '#evaluate(%s)' % jstr_single(rng.choice(["$input.body.length()", "#set($ev = 1)$ev", "x", "#if(true)y#end"]))
            else:
                out = self.nl() or "\n"
            return self.indent() + out if rng.random() < 0.2 else out
        finally:
            self.depth -= 1

    def set_stmt(self):
        rng = self.rng
        r = rng.random()
        if r < 0.15 and self.var_of(("map", "any")):
            target = "$%s.%s" % (self.var_of(("map", "any")), rng.choice(WORDS))
            e, _ = self.expr()
            return "#set(%s = %s)%s" % (target, e, self.nl())
        if r < 0.22 and self.var_of(("map",)):
            e, _ = self.expr()
            return '#set($%s["%s"] = %s)%s' % (self.var_of(("map",)), rng.choice(WORDS), e, self.nl())
        if r < 0.27:
            return "#set($context.responseOverride.status = %s)%s" % (rng.choice(["400", "201", "$undef"]), self.nl())
        name = self.var_of(("num", "str")) if rng.random() < 0.2 else None
        if name and self.vars[name] == "num":
            # No doubling inside loops: a "num" that is really a string would grow 2^1000-fold.
            e = "$%s + %s" % (name, rng.choice(["1", "2", "0.5"] + ([] if self.loop_depth else ["$%s" % name])))
            kind = "num"
        else:
            name = name or self.new_var()
            e, kind = self.expr()
        self.vars[name] = kind
        spaces = rng.choice(["", "", " "])
        return "#set(%s$%s%s=%s%s)%s" % (spaces, name, rng.choice([" ", ""]), rng.choice([" ", ""]), e, self.nl())

    def if_stmt(self):
        rng = self.rng
        nl = self.nl
        out = "#if(%s)%s%s" % (self.condition(), nl(), self.block())
        for _ in range(rng.choice([0, 0, 1, 2])):
            out += self.indent() + "#elseif(%s)%s%s" % (self.condition(), nl(), self.block())
        if rng.random() < 0.5:
            out += self.indent() + rng.choice(["#else", "#{else}"]) + nl() + self.block()
        return out + self.indent() + rng.choice(["#end", "#end", "#{end}"]) + nl()

    def foreach_stmt(self):
        rng = self.rng
        var = self.new_var()
        r = rng.random()
        if r < 0.3:
            src, kind = self.literal(rng.choice(["list", "range", "map"]))
        elif r < 0.55:
            lists = [p for p, v in self.body.paths if isinstance(v, (list, dict))]
            src, kind = "$input.path(%s)" % jstr_single(rng.choice(lists) if lists else "$.items"), "any"
        elif r < 0.7 and self.var_of(("list", "map", "any")):
            src, kind = "$" + self.var_of(("list", "map", "any")), "any"
        elif r < 0.8:
            kind = "num"
            if rng.random() < 0.3:
                src = "[1..%d]" % rng.choice([3, 10, 1001, 1100])
            else:  # a variable bound: set just before, small (a bound of 2^31 would build a huge list)
                bound = self.new_var()
                pre = "#set($%s = %d)" % (bound, rng.randint(-2, 4))
                src = "[$%s..%d]" % (bound, rng.randint(0, 4)) if rng.random() < 0.8 else "[$undef..2]"
        else:
            src, kind = rng.choice(["'a,b,c'.split(',')", "$undef", '"str"', "$input.path('$').keySet()",
                                    "$util.parseJson('[1, 2, 3]')"]), "any"
            if src.startswith("'a,b"):
                src = "$input.body.split(',')"
        pre = locals().get("pre", "")
        self.vars[var] = "num" if kind == "num" else "any"
        self.loop_depth += 1
        extras = rng.choice(["", "", "$foreach.count", "$foreach.index", "$velocityCount",
                             "#if($foreach.hasNext),#end", "$foreach.first", "$foreach.last"])
        body = self.block(rng.randint(1, 3)) + extras
        self.loop_depth -= 1
        del self.vars[var]
        return pre + "#foreach(%s$%s in %s%s)%s%s%s#end%s" % (rng.choice(["", " "]), var, src, rng.choice(["", " "]),
                                                       self.nl(), body, self.indent(), self.nl())

    def macro_stmt(self):
        rng = self.rng
        if self.macros and rng.random() < 0.4:
            name, arity = rng.choice(self.macros)
            args = [self.macro_arg() for _ in range(arity + rng.choice([0, 0, 0, -1, 1]) if arity else 0)]
            return "#%s(%s)%s" % (name, rng.choice([" ", ", "]).join(a for a in args if a), self.nl())
        name = "m%d_%d" % (self.index, len(self.macros))
        arity = rng.randint(0, 2)
        params = ["$p%d" % i for i in range(arity)]
        saved = dict(self.vars)
        for p in params:
            self.vars[p[1:]] = "any"
        body = self.block(rng.randint(1, 2)) + " ".join(params)
        self.vars = saved
        self.macros.append((name, arity))
        args = [self.macro_arg() for _ in range(arity)]
        return "#macro(%s%s)%s%s#end%s#%s(%s)%s" % (name, "".join(" " + p for p in params), self.nl(), body,
                                                   self.nl(), name, " ".join(args), self.nl())

    def macro_arg(self):
        """Macro arguments are literals or references, not expressions."""
        if self.rng.random() < 0.5:
            return self.literal()[0]
        return self.ref()[0]

    def define_stmt(self):
        name = self.new_var()
        out = "#define($%s)%s#end" % (name, self.block(1))
        self.vars[name] = "any"
        return out + self.nl()

    # ---- whole case --------------------------------------------------------------------------
    def template(self):
        rng = self.rng
        shape = rng.random()
        if shape < 0.25:  # a JSON-shaped template as people write them
            fields = []
            for k in rng.sample(WORDS, rng.randint(1, 4)):
                v, _ = self.ref()
                fields.append('  "%s": %s' % (k, v if rng.random() < 0.5 else '"%s"' % v))
            pre = self.block(rng.randint(0, 2))
            t = pre + "{\n" + ",\n".join(fields) + "\n}" + self.nl()
        else:
            t = self.block(rng.randint(2, 8))
        # #end, #else, #stop, #break followed by a letter would read as another name: #{end}.
        t = re.sub(r"#(end|else|stop|break)(?!if\()(?=[A-Za-z0-9_])", r"#{\1}", t)
        self.broken = rng.random() < 0.05
        if self.broken:
            t = self.break_template(t)
        return t

    def break_template(self, t):
        rng = self.rng
        r = rng.random()
        if r < 0.25 and "#end" in t:
            i = t.rfind("#end")
            return t[:i] + t[i + 4:]
        if r < 0.45:
            return t + rng.choice(["#end", "#else", "#if(", "#set($", "${", "#foreach($x)", "#set($a = \"open"])
        if r < 0.65 and len(t) > 2:
            return t[:rng.randrange(1, len(t))]
        if r < 0.8:
            return "#if(true" + t
        return t.replace(")", "", 1) if ")" in t else t + "#end"


def params(rng):
    p = {"path": {}, "querystring": {}, "header": {}}
    if rng.random() < 0.7:
        p["path"]["id"] = rng.choice(["7", "abc", "é", ""])
    for k in rng.sample(["q", "limit", "id", "sort", "X-H"], rng.randint(0, 3)):
        p["querystring"][k] = rng.choice(["10", "red shoes", "a&b", "", "1.5"])
    for k in rng.sample(["X-H", "Accept", "Content-Type", "id", "User-Agent"], rng.randint(0, 3)):
        p["header"][k] = rng.choice(["h", "*/*", "application/json", "curl/8", "it's"])
    return {k: reorder(v) for k, v in p.items()}


def generate_case(rng, index):
    g = Gen(rng, index)
    template = g.template()
    context = {"requestId": "req-%d" % index, "identity": {"sourceIp": "10.0.0.%d" % (index % 250)},
               "authorizer": {"claims": {"sub": "sub-%d" % index}}}
    if rng.random() < 0.5:
        context["responseOverride"] = {"header": {}}
    stage = {"env": rng.choice(["dev", "prod"])} if rng.random() < 0.8 else {}
    return {"description": "generated case %d%s" % (index, " (deliberately broken)" if g.broken else ""), "template": template, "body": g.body.text,
            "params": params(rng), "context": reorder(context), "stageVariables": reorder(stage),
            "source": "differential"}
