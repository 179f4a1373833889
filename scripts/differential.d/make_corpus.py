#!/usr/bin/env python3
"""Writes the conformance corpus: Tests/GatehouseMappingTests/Corpus/<group>/<NNN-name>.json.

    python3 scripts/differential.d/make_corpus.py      # (re)write the case files
    scripts/corpus-record                               # then record .out/.err from the oracle

The cases live here as data; the committed corpus is the plain files this writes. A case file is
the oracle's case format plus "description" (one line), "source": "oracle", and, only where
recorded AWS behaviour differs from the oracle (see /work/shared/spec/README.md), "aws": the
output AWS gives. Case files whose content is unchanged are not rewritten; case files that are no
longer generated are removed together with their recorded .out/.err.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from javaorder import reorder  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "Tests", "GatehouseMappingTests", "Corpus")

# ---------------------------------------------------------------------------------------------
# Shared inputs

PET_BODY = json.dumps({"id": 7, "name": "Rex", "type": "dog", "price": 249.99, "tags": ["good", "loud"],
                       "owner": {"name": "Ana", "email": "ana@example.com", "phone": None},
                       "vaccinated": True, "age": 3})
STORE = {"store": {"book": [
    {"category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95},
    {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99},
    {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99},
    {"category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99}],
    "bicycle": {"color": "red", "price": 19.95}}, "expensive": 10}
STORE_BODY = json.dumps(STORE)
ITEMS_BODY = json.dumps({"items": [{"id": 1, "name": "apple", "qty": 3}, {"id": 2, "name": "pear", "qty": 0},
                                   {"id": 3, "name": "fig", "qty": 12}], "count": 3, "next": None})
CONTEXT = {"requestId": "c0ffee-1234", "accountId": "123456789012", "apiId": "abc123", "stage": "test",
           "httpMethod": "POST", "resourcePath": "/pets/{id}", "resourceId": "r1s2t3",
           "requestTime": "25/Nov/2026:04:55:00 +0000", "requestTimeEpoch": 1795582500000,
           "identity": {"sourceIp": "203.0.113.9", "userAgent": "curl/8.5.0", "caller": None, "user": None,
                        "cognitoIdentityId": None, "accountId": None},
           "authorizer": {"principalId": "user|a1", "claims": {"sub": "0a1b2c3d-sub", "email": "ana@example.com",
                                                                "cognito:username": "ana"}, "scope": "read write"}}
PARAMS = {"path": {"id": "7"}, "querystring": {"limit": "10", "q": "red shoes"},
          "header": {"Content-Type": "application/json", "Accept": "*/*", "X-Trace": "t-1"}}
STAGE = {"env": "dev", "table": "Pets", "url": "https://backend.example.com"}

EMPTY_PARAMS = {"path": {}, "querystring": {}, "header": {}}

# ---------------------------------------------------------------------------------------------

groups = {}
current = None


def group(name):
    global current
    current = name
    groups.setdefault(name, [])


def C(name, template, description, body="", params=None, context=None, stage=None, aws=None, aws_source=None,
      gatehouse=None, difference=None):
    """One case in the current group. `aws` (with `aws_source`, where the AWS fact is recorded) is
    AWS's output where it differs from the oracle's; `gatehouse` and `difference` pin Gatehouse's
    own output for a construct listed in docs/differences.md."""
    # The oracle holds params, context and stage variables in Java HashMaps: write their keys in
    # that iteration order so that an engine keeping file order sees the same order.
    params = params if params is not None else EMPTY_PARAMS
    case = {"description": description, "template": template, "body": body,
            "params": {k: reorder(params.get(k, {})) for k in ("path", "querystring", "header")},
            "context": reorder(context if context is not None else {}),
            "stageVariables": reorder(stage if stage is not None else {})}
    if aws is not None and aws_source is None:
        case["aws"] = aws
    case["source"] = "oracle"
    if aws_source is not None:
        case["aws"] = aws
        case["awsSource"] = aws_source
    if gatehouse is not None:
        case["gatehouse"] = gatehouse
        case["difference"] = difference
    groups[current].append((name, case))


# =============================================================================================
group("references")
C("plain-defined", '#set($a = "x")$a', "a defined reference prints its value")
C("braced-defined", '#set($a = "x")${a}y', "formal reference ${a} next to text")
C("quiet-defined", '#set($a = "x")$!a', "quiet reference of a defined value")
C("quiet-braced-defined", '#set($a = "x")$!{a}y', "quiet formal reference next to text")
C("undefined-plain", '[$a]', "an undefined reference prints as empty text (AWS null handling)")
C("undefined-braced", '[${a}]', "an undefined formal reference prints as empty text")
C("undefined-quiet", '[$!a]', "an undefined quiet reference prints as empty text")
C("undefined-quiet-braced", '[$!{a}]', "an undefined quiet formal reference prints as empty text")
C("null-from-json", '[$input.path(\'$.owner.phone\')]', "a JSON null from $input.path prints as empty text", body=PET_BODY)
C("null-set-ignored", '#set($a = 1)#set($a = $nothing)[$a]', "setting a variable to null keeps the old value (Velocity 1.7)")
C("property-chain", '#set($m = {"a": {"b": {"c": "deep"}}})$m.a.b.c', "a property chain through nested maps")
C("property-chain-missing", '#set($m = {"a": {}})[$m.a.b.c]', "a property chain through a missing key prints empty")
C("method-chain", '#set($s = "  Hello ")$s.trim().toLowerCase().length()', "method calls chained")
C("method-on-undefined", '[$nothing.length()]', "a method call on an undefined reference prints empty")
C("property-getter", '#set($s = "abc")$s.empty $s.class.simpleName', "properties resolve to isX()/getX() getters")
C("index-list", '#set($l = ["a", "b", "c"])$l[0]$l[2]', "list index with [i]")
C("index-negative", '#set($l = ["a", "b", "c"])$l[-1]', "negative list index counts from the end")
C("index-variable", '#set($l = ["a", "b", "c"])#set($i = 1)$l[$i]', "list index given by a variable")
C("index-map-key", '#set($m = {"k": "v", "x y": 2})$m["k"] $m["x y"]', "map lookup with [\"key\"]")
C("index-map-single-quoted", "#set($m = {'k': 'v'})$m['k']", "map lookup with a single-quoted key")
C("index-chained", '#set($m = {"l": [{"n": 1}, {"n": 2}]})$m.l[1].n $m["l"][0]["n"]', "index then property, chained")
C("index-out-of-range-list", '#set($l = [1])$l.get(0)', "get(0) on a one-element list")
C("literal-dollar-alone", 'cost: $ 5', "a lone $ is text")
C("literal-dollar-amount", 'price $1.50 and $2', "$ before a digit is text ($1.50)")
C("literal-email", 'write to ana@example.com', "@ in text is plain text")
C("literal-dollar-in-word", 'a$b.c', "a$b.c: $b is an (undefined) reference, .c goes with it")
C("literal-dollar-defined-in-word", '#set($b = {"c": "Z"})a$b.c', "a$b.c with $b defined: property lookup")
C("literal-hash-alone", 'item # 5 and #5 and #!', "# not followed by a directive name is text")
C("literal-hash-at-end", 'ends with #', "a # at the very end of the template is a lexical error")
C("literal-hash-unknown-directive", '#notadirective and #foo(1)', "an unknown #name is printed as text")
C("literal-double-dollar", '$$ and $$a', "$$ is text; $$a is $ then $a")
C("literal-dollar-bang", '$! and $!!', "$! without a name")
C("literal-dollar-brace-open", '${ and $} and ${}', "${ not completing a reference is text")
C("reference-then-dot-text", '#set($a = "x")$a. and $a.!', "a dot after a reference that is not a property is text")
C("reference-then-paren", '#set($a = "x")$a(1)', "a parenthesis after a plain reference is text")
C("reference-name-chars", '#set($a_b-c = 1)#set($a = "A")$a_b-c $a-b', "names may contain _ and -")
C("reference-digit-start", '$1abc $_x', "a reference cannot start with a digit")
C("formal-adjacent", '#set($n = "file")${n}name.txt $n.txt', "formal notation separates the name from text")
C("property-on-string-missing", '#set($s = "abc")[$s.nope]', "an unknown property of a string prints empty")
C("method-wrong-args", '#set($s = "abc")[$s.substring("1")]', "a method with arguments of the wrong type prints empty")
C("number-reference", '#set($n = 42)$n $n.toString() $n.class.name', "a number reference prints and has Java methods")
C("boolean-reference", '#set($b = true)$b $b.toString()', "a boolean reference")
C("map-print-order", '#set($m = {"z": 1, "a": 2, "m": 3})$m', "maps print in insertion order")
C("quiet-method-null", '#set($m = {})[$!m.get("x")]', "a quiet reference to a method returning null")

group("escapes")
C("escaped-defined", '#set($x = "v")\\$x', "\\$x with $x defined prints $x")
C("escaped-undefined", '\\$x', "\\$x with $x undefined keeps the backslash")
C("double-backslash-defined", '#set($x = "v")\\\\$x', "\\\\$x with $x defined: one backslash then the value")
C("double-backslash-undefined", '\\\\$x', "\\\\$x with $x undefined prints as written")
C("triple-backslash-defined", '#set($x = "v")\\\\\\$x', "\\\\\\$x with $x defined: backslash then literal $x")
C("escaped-braced-defined", '#set($x = "v")\\${x}', "\\${x} with $x defined")
C("escaped-quiet-defined", '#set($x = "v")\\$!x', "\\$!x with $x defined")
C("escaped-directive-if", '\\#if(true)x\\#end', "\\#if and \\#end print as text")
C("escaped-directive-set", '\\#set($a = 1)$a', "\\#set is text; the reference after it is evaluated")
C("double-backslash-directive", '\\\\#if(true)yes#end', "\\\\#if: one backslash, then the directive runs")
C("escaped-directive-alone", 'a \\#end b', "a lone escaped #end is text")
C("escaped-hash-not-directive", '\\#foo x', "backslash before # that is not a directive")
C("escaped-hash-at-end", 'x \\#', "a backslash then # at the very end is a lexical error")
C("backslash-in-text", 'C:\\temp\\new', "backslashes in plain text are kept")
C("backslash-end-of-template", 'end\\', "a trailing backslash is kept")
C("escaped-in-json", '#set($v = "q"){"k": "\\$v", "j": "$v"}', "escaped references inside JSON text")
C("escaped-method-call", '#set($s = "abc")\\$s.length()', "an escaped reference with a method call")
C("escaped-undefined-method", '\\$s.length()', "an escaped undefined reference with a method call")
C("escaped-bang-undefined", '\\$!x', "\\$!x with $x undefined")
C("escaped-dollar-digit", '\\$1.50', "a backslash before $ that starts no reference")
C("escaped-comment", '\\## not a comment', "\\## keeps the backslash; ## still starts a comment")

group("comments")
C("line-comment", 'a## gone\nb', "## removes the rest of the line, including the newline")
C("line-comment-after-text", 'a ## gone\nb', "the space before ## is kept")
C("line-comment-own-line", 'a\n## gone\nb', "a comment on its own line disappears with its newline")
C("line-comment-indented", 'a\n   ## gone\nb', "an indented comment line keeps its indentation")
C("line-comment-end-of-template", 'a## gone', "a comment at the end of the template")
C("block-comment", 'a#* gone *#b', "#* *# removes its content")
C("block-comment-multiline", 'a\n#*\n gone\n gone too\n*#\nb', "a multi-line block comment on its own lines")
C("block-comment-with-directives", 'a#* #if(true) $x #end *#b', "directives inside a block comment are ignored")
C("block-comment-nested-hash", 'a#* ## inner *#b', "## inside a block comment")
C("comment-after-directive", '#set($a = 1)## note\n$a', "a comment right after #set")
C("comment-in-if", '#if(true)## why\nyes#end', "a comment after #if(...)")
C("comment-in-json", '{\n  "a": 1, ## first\n  "b": 2\n}', "comments inside a JSON template")
C("doc-comment", 'a#** doc *#b', "#** *# is a block comment too")
C("comment-hash-star-unclosed", 'a#* never closed', "an unterminated block comment")

group("unparsed")
C("basic", '#[[ $a #if(true) ]]#', "#[[ ]]# prints its content as is")
C("with-defined", '#set($a = 1)#[[$a]]# $a', "references inside are not evaluated")
C("multiline", '#[[\nline $x\n#end\n]]#', "multi-line unparsed content")
C("inside-if", '#if(true)#[[#set($x = 1)]]##end', "an unparsed block inside #if")
C("inside-false-if", '#if(false)#[[shown?]]##end|', "an unparsed block in a false branch is not printed")
C("hash-and-brackets", '#[[ [[ ]] # ## ]]#', "brackets and hashes inside")
C("json-template", '#[[{"path": "$.a", "v": "${x}"}]]#', "a JSON document with $ signs kept literally")
C("unclosed", '#[[ open', "an unterminated unparsed block")

# =============================================================================================
group("set")
C("plain-string", '#set($a = "x")$a', "set a string")
C("plain-number", '#set($a = 10)$a', "set an integer")
C("plain-decimal", '#set($a = 2.50)$a', "set a decimal: prints as a Double")
C("plain-boolean", '#set($a = false)$a', "set a boolean")
C("plain-list", '#set($a = [1, "b", 3])$a', "set a list literal")
C("plain-map", '#set($a = {"k": "v", "n": 1})$a', "set a map literal")
C("plain-range", '#set($a = [1..4])$a', "set a range")
C("from-reference", '#set($a = "x")#set($b = $a)$b', "set from another reference")
C("from-method", '#set($a = "abc".length())|$a', "a method call on a string literal is a lexical error")
C("from-method-ref", '#set($s = "abc")#set($a = $s.length())$a', "set from a method call")
C("single-quoted-no-interpolation", "#set($n = 1)#set($a = 'n=$n')$a", "single quotes do not interpolate")
C("double-quoted-interpolation", '#set($n = 1)#set($a = "n=$n ${n}x")$a', "double quotes interpolate")
C("interpolation-undefined", '#set($a = "v=$nope")$a', "interpolating an undefined reference keeps its text")
C("interpolation-quiet-undefined", '#set($a = "v=$!nope|")$a', "interpolating an undefined quiet reference")
C("interpolation-directive", '#set($a = "#if(true)yes#end")$a', "directives inside a double-quoted string are evaluated")
C("interpolation-method", '#set($s = "abc")#set($a = "len=$s.length()")$a', "a method call inside a string")
C("concat-plus", '#set($a = "a" + "b" + 1)$a', "+ concatenates strings")
C("map-key", '#set($m = {})#set($m.k = "v")$m', "set a map key with .k")
C("map-bracket", '#set($m = {})#set($m["k"] = "v")$m', "set a map key with [\"k\"]")
C("map-bracket-variable", '#set($m = {})#set($k = "dyn")#set($m[$k] = 1)$m', "set a map key named by a variable")
C("list-bracket", '#set($l = [1, 2, 3])#set($l[1] = "b")$l', "set a list element with [i]")
C("nested-target", '#set($m = {"a": {"b": {}}})#set($m.a.b.c = 1)$m', "set through a nested path")
C("nested-target-missing", '#set($m = {})#set($m.a.b = 1)$m', "set through a missing intermediate: nothing happens")
C("null-rhs-keeps", '#set($a = "old")#set($a = $nope)$a', "a null right-hand side leaves the variable unchanged")
C("null-rhs-json", '#set($a = "old")#set($a = $input.path(\'$.owner.phone\'))[$a]', "a JSON null right-hand side", body=PET_BODY)
C("null-rhs-map-key", '#set($m = {"k": 1})#set($m.k = $nope)$m', "a null into a map key: the map is called with put(k, null)")
C("null-rhs-undefined-target", '#set($a = $nope)[$a]', "a null into an undefined variable")
C("arithmetic-rhs", '#set($a = 2 * 3 + 4)$a', "arithmetic on the right")
C("self-increment", '#set($i = 1)#set($i = $i + 1)#set($i = $i + 1)$i', "increment a counter")
C("spaces-inside", '#set(  $a   =   "x"  )$a', "spaces inside #set( )")
C("braced-directive", '#{set}($a = "x")$a', "#{set} form")
C("set-target-braced", '#set(${a} = "x")$a', "formal reference as the target")
C("unknown-target-property", '#set($s = "abc")#set($s.foo = 1)$s', "set a property on a string: ignored")
C("set-in-loop", '#set($sum = 0)#foreach($i in [1..4])#set($sum = $sum + $i)#end$sum', "accumulate in a loop")
C("set-list-from-json", '#set($tags = $input.path(\'$.tags\'))$tags.size() $tags[0]', "set a list from $input.path", body=PET_BODY)
C("set-string-escapes", '#set($a = "tab\\tnl\\n")$a', "backslash sequences in string literals are not escapes")
C("set-doubled-quotes", '#set($a = "say ""hi""")#set($b = \'it\'\'s\')$a $b', "doubled quotes inside string literals")
C("set-json-string", '#set($j = \'{"a": [1, 2]}\')$j', "a JSON document in a single-quoted string")

# =============================================================================================
group("if")
for nm, setup, ref in [("null", "", "$nope"), ("empty-string", '#set($v = "")', "$v"), ("empty-list", '#set($v = [])', "$v"),
                       ("zero", '#set($v = 0)', "$v"), ("false", '#set($v = false)', "$v"), ("string-false", '#set($v = "false")', "$v"),
                       ("empty-map", '#set($v = {})', "$v"), ("true", '#set($v = true)', "$v"), ("string", '#set($v = "x")', "$v")]:
    C("truthy-" + nm, setup + "#if(" + ref + ")T#{else}F#end", "truthiness of a reference: " + nm.replace("-", " "))
C("truthy-literal-string", '#if("x")T#{else}F#end', "a string literal as the whole condition")
C("truthy-literal-number", '#if(1)T#{else}F#end', "a number literal as the whole condition")
C("truthy-json-null", "#if($input.path('$.owner.phone'))T#{else}F#end", "a JSON null is false", body=PET_BODY)
C("truthy-json-false", "#if($input.path('$.b'))T#{else}F#end", "JSON false is false", body='{"b": false}')
C("truthy-json-zero", "#if($input.path('$.n'))T#{else}F#end", "JSON 0 is true", body='{"n": 0}')
C("truthy-json-missing", "#if($input.path('$.missing'))T#{else}F#end", "a missing path is false", body=PET_BODY)
C("not-null", '#if(!$nope)T#{else}F#end', "!null is true")
C("not-word", '#if(not $nope)T#{else}F#end', "not null is true")
C("else", '#if(false)a#{else}b#end', "the else branch")
C("elseif-chain", '#set($n = 3)#if($n == 1)one#elseif($n == 2)two#elseif($n == 3)three#{else}many#end', "an elseif chain picks the first true branch")
C("elseif-first-wins", '#if(true)a#elseif(true)b#end', "the first true branch wins")
C("elseif-none", '#if(false)a#elseif(false)b#end|', "no branch true, no else")
C("eq-int-double", '#if(1 == 1.0)T#{else}F#end', "== between Integer and Double")
C("eq-int-long", '#set($l = 2147483648)#set($i = 2147483647)#if($l == $i + 1)T#{else}F#end', "== between Long and Integer arithmetic")
C("eq-int-string", '#if(1 == "1")T#{else}F#end', "== between Integer and String compares their text")
C("eq-string-int", '#set($s = "5")#if($s == 5)T#{else}F#end', "== between String and Integer")
C("eq-double-string", '#if(1.0 == "1")T#{else}F#end', "== between Double and String: 1.0 vs 1")
C("eq-bool-string", '#set($b = true)#if($b == "true")T#{else}F#end', "== between Boolean and String")
C("eq-strings", '#if("abc" == "abc")T#{else}F#end', "== between equal strings")
C("eq-case", '#if("abc" == "ABC")T#{else}F#end', "== is case-sensitive")
C("eq-lists", '#if([1, 2] == [1, 2])T#{else}F#end', "== between equal lists")
C("eq-maps", '#if({"a": 1} == {"a": 1})T#{else}F#end', "== between equal maps")
C("eq-null-null", '#if($nope == $nada)T#{else}F#end', "two nulls are equal")
C("eq-null-empty", '#if($nope == "")T#{else}F#end', "null == \"\": false in Velocity, true on AWS", aws="T")
C("ne-null-empty", '#if($nope != "")T#{else}F#end', "null != \"\": true in Velocity, false on AWS", aws="F")
C("eq-json-null-empty", "#if($input.path('$.owner.phone') == \"\")T#{else}F#end", "a JSON null == \"\" (AWS: true)", body=PET_BODY, aws="T")
C("eq-missing-empty", "#if($input.path('$.missing') == '')T#{else}F#end", "a missing path == '' (AWS: true)", body=PET_BODY, aws="T")
C("eq-json-number", "#if($input.path('$.age') == 3)T#{else}F#end", "a JSON number compared with an integer", body=PET_BODY)
C("eq-json-decimal", "#if($input.path('$.price') == 249.99)T#{else}F#end", "a JSON decimal compared with a decimal", body=PET_BODY)
C("eq-json-string", "#if($input.path('$.type') == 'dog')T#{else}F#end", "a JSON string compared with a string", body=PET_BODY)
C("eq-decimal-precision", '#if(0.1 + 0.2 == 0.3)T#{else}F#end', "doubles compare exactly")
C("lt-gt", '#if(1 < 2 && 3 > 2)T#{else}F#end', "< and >")
C("le-ge", '#if(2 <= 2 && 2 >= 3)T#{else}F#end', "<= and >=")
C("word-operators", '#if(1 eq 1 && 2 ne 3 && 1 lt 2 && 2 gt 1 && 1 le 1 && 1 ge 1)T#{else}F#end', "eq ne lt gt le ge")
C("and-or-words", '#if(true and false)A#end#if(true or false)O#end', "and / or words")
C("or-symbol", '#if($nope || "x" == "x")T#{else}F#end', "|| with a null left side")
C("and-short-circuit", '#if(false && $nope.foo())T#{else}F#end', "&& with false on the left")
C("precedence", '#if(true || false && false)T#{else}F#end', "&& binds tighter than ||")
C("parenthesised", '#if((true || false) && false)T#{else}F#end', "parentheses override precedence")
C("lt-string-string", '#if("a" < "b")T#{else}F#end', "< between strings is false (not numbers)")
C("lt-number-null", '#if(1 > $nope)T#{else}F#end', "> with a null side is false")
C("compare-long-double", '#set($b = 2147483648)#if($b > 1.5)T#{else}F#end', "> between Long and Double")
C("compare-json-size", "#if($input.path('$.items').size() > 2)big#{else}small#end", "size() of a JSON array in a condition", body=ITEMS_BODY)
C("spaces-in-condition", '#set($x = 1)#if ( $x == 1 )T#end', "spaces between #if and (")
C("nested", '#if(true)a#if(false)b#{else}c#end d#end', "nested #if")
C("set-inside-if", '#if(true)#set($y = 1)#end$y', "a variable set inside #if is visible after it")

# =============================================================================================
group("foreach")
C("list", '#foreach($i in [1, 2, 3])$i,#end', "iterate a list literal")
C("range", '#foreach($i in [1..4])$i#end', "an ascending range")
C("range-descending", '#foreach($i in [3..0])$i#end', "a descending range")
C("range-negative", '#foreach($i in [-2..1])$i,#end', "a range through zero")
C("range-single", '#foreach($i in [5..5])$i#end', "a one-element range")
C("range-variables", '#set($a = 2)#set($b = 5)#foreach($i in [$a..$b])$i#end', "a range with variable bounds")
C("range-variable-strings", '#set($a = "1")#set($b = "3")#foreach($i in [$a..$b])$i#end', "a range with string-valued bounds")
C("map-values", '#foreach($v in {"a": 1, "b": 2})$v;#end', "iterating a map yields its values")
C("map-keyset", '#set($m = {"a": 1, "b": 2})#foreach($k in $m.keySet())$k=$m.get($k);#end', "iterate a map's keys")
C("map-entryset", '#set($m = {"a": 1, "b": 2})#foreach($e in $m.entrySet())$e.key:$e.value;#end', "iterate a map's entries")
C("nested", '#foreach($i in [1..2])#foreach($j in ["a", "b"])$i$j #end#end', "nested loops")
C("nested-parent", '#foreach($i in [1..2])#foreach($j in [1..2])$foreach.parent.count/$foreach.count #end#end', "$foreach.parent in a nested loop")
C("foreach-count", '#foreach($i in ["a", "b", "c"])$foreach.count#end', "$foreach.count starts at 1")
C("foreach-index", '#foreach($i in ["a", "b", "c"])$foreach.index#end', "$foreach.index starts at 0")
C("foreach-hasnext", '#foreach($i in ["a", "b", "c"])$i#if($foreach.hasNext),#end#end', "comma-separated with $foreach.hasNext")
C("foreach-first-last", '#foreach($i in ["a", "b", "c"])$foreach.first/$foreach.last #end', "$foreach.first and $foreach.last")
C("velocity-count", '#foreach($i in ["a", "b", "c"])$velocityCount#end', "$velocityCount starts at 1")
C("velocity-count-after", '#foreach($i in [1])#end[$velocityCount]', "$velocityCount outside the loop")
C("foreach-outside", '#foreach($i in [1])#end[$foreach.count]', "$foreach outside the loop")
C("break", '#foreach($i in [1..5])#if($i == 3)#break#end$i#end', "#break leaves the loop")
C("break-nested", '#foreach($i in [1..2])#foreach($j in [1..3])#if($j == 2)#break#end$i$j #end#end', "#break leaves only the inner loop")
C("over-null", '#foreach($i in $nope)x#end|', "iterating null does nothing")
C("over-string", '#foreach($c in "abc")[$c]#end|', "iterating a string does nothing")
C("over-number", '#set($n = 3)#foreach($c in $n)[$c]#end|', "iterating a number does nothing")
C("over-empty", '#foreach($i in [])x#end|', "iterating an empty list")
C("loop-var-restored", '#set($i = "keep")#foreach($i in [1..3])#end$i', "the loop variable is restored after the loop")
C("loop-var-undefined-after", '#foreach($i in [1..3])#end[$i]', "the loop variable is gone after the loop")
C("set-in-body-persists", '#foreach($i in [1..3])#set($last = $i)#end$last', "variables set in the body stay set")
C("max-iterations", '#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n', "#foreach stops after 1,000 iterations")
C("max-iterations-output", '#foreach($i in [1..1005])#if($i > 995)$i,#end#end', "the last iterations before the 1,000 stop")
C("json-array", "#foreach($item in $input.path('$.items'))$item.name=$item.qty;#end", "iterate a JSON array from $input.path", body=ITEMS_BODY)
C("json-array-hasnext", "[#foreach($item in $input.path('$.items'))\"$item.name\"#if($foreach.hasNext),#end#end]", "build a JSON array", body=ITEMS_BODY)
C("json-object", "#foreach($v in $input.path('$.owner'))[$v]#end", "iterating a JSON object yields its values", body=PET_BODY)
C("json-object-keys", "#foreach($k in $input.path('$.owner').keySet())$k #end", "iterate a JSON object's keys", body=PET_BODY)
C("json-missing", "#foreach($x in $input.path('$.nothing'))x#end|", "iterate a missing path", body=PET_BODY)
C("modify-list-inside", '#set($l = [1, 2])#foreach($i in $l)#if($i == 1)#set($ok = $l.add(3))#end$i#end', "adding to the list inside the loop")
C("spaces", '#foreach( $i in [1..2] )$i#end', "spaces inside #foreach( )")
C("braced", '#{foreach}($i in [1..2])$i#{end}', "#{foreach} and #{end}")
C("range-expression-bounds", '#set($n = 3)#foreach($i in [1..$n])$i#end', "a range ending at a variable")
C("list-of-maps", '#foreach($p in [{"n": "a"}, {"n": "b"}])$p.n#end', "a list of map literals")

# =============================================================================================
group("macro")
C("simple", '#macro(hello $n)Hello, $n!#end#hello("Ana")', "a macro with one argument")
C("no-args", '#macro(stars)***#end#stars()#stars()', "a macro without arguments")
C("two-args-spaces", '#macro(pair $a $b)$a/$b#end#pair(1 2)', "arguments separated by spaces")
C("two-args-commas", '#macro(pair $a $b)$a/$b#end#pair(1, 2)', "arguments separated by commas")
C("missing-arg", '#macro(pair $a $b)[$a|$b]#end#pair("x")', "a missing argument")
C("extra-arg", '#macro(one $a)[$a]#end#one("x" "y")', "an extra argument")
C("list-arg", '#macro(show $l)$l.size()#end#show([1, 2, 3])', "a list argument")
C("map-arg", '#macro(show $m)$m.k#end#show({"k": "v"})', "a map argument")
C("undefined-arg", '#macro(show $a)[$a]#end#show($nope)', "an undefined argument")
C("pass-by-name", '#macro(twice $x)$x $x#end#set($c = 0)#twice("#set($c = $c + 1)$c")', "arguments are re-evaluated each use (pass by name)")
C("set-arg-local", '#macro(change $a)#set($a = "changed")#end#set($v = "orig")#change($v)$v', "setting an argument inside a macro")
C("global-set", '#macro(setit)#set($g = "set")#end#setit()$g', "a variable set inside a macro is visible outside")
C("recursion", '#macro(countdown $n)#if($n > 0)$n #set($m = $n - 1)#countdown($m)#end#end#countdown(4)', "a recursive macro")
C("recursion-by-name", '#macro(fact $n)#if($n <= 1)1#{else}#set($m = $n - 1)$n*#fact($m)#end#end#fact(4)', "recursion with a shared variable: pass-by-name surprise")
C("dash-in-body", '#macro(dash $a $b)$a-$b#end#dash(1 2)', "$a-$b in a body: $a- is a reference named a-")
C("macro-uses-input", "#macro(field $p)$input.json($p)#end{\"n\": #field('$.name')}", "a macro calling $input.json", body=PET_BODY)
C("macro-defined-later", '#later()|#macro(later)L#end#later()', "calling a macro before its definition")
C("undefined-macro", '#nosuchmacro("x")|', "an undefined macro call is text")
C("redefine", '#macro(dup)first#end#macro(dup)second#end#dup()', "the first definition of a macro wins")
C("body-macro", '#macro(wrap)<$bodyContent>#end#@wrap()inner#end', "a block macro call with #@")
C("whitespace-in-body", '#macro(line $x)\n  [$x]\n#end\n#line(1)\n#line(2)\n', "a multi-line macro body")
C("define-basic", '#define($greeting)Hello $who#end#set($who = "A")$greeting #set($who = "B")$greeting', "#define renders at use time")
C("define-multiline", '#define($block)\nline1\nline2\n#end[$block]', "a multi-line #define")
C("define-method", '#define($d)D#end[$d.length()]', "a #define block has no string methods")
C("define-in-string", '#define($d)X#end#set($s = "<$d>")$s', "a #define block inside a string")
C("evaluate-literal", '#evaluate("#set($q = 5)q=$q") $q', "#evaluate of a string literal")
C("evaluate-built", '#set($name = "who")#set($who = "W")#set($t = "$" + $name)#evaluate($t)', "#evaluate of a built reference")
C("evaluate-input", "#set($t = '$input.json(''$.name'')')#evaluate($t)", "#evaluate calling $input.json", body=PET_BODY)
C("evaluate-directive", '#evaluate("#foreach($i in [1..3])$i#end")', "#evaluate of a loop")
C("evaluate-null", '#evaluate($nope)|', "#evaluate of null")
C("evaluate-parse-error", '#evaluate("#if(")|', "#evaluate of a broken template")
C("stop", 'a#stop b', "#stop ends rendering")
C("stop-in-if", '#if(true)a#stop#end b', "#stop inside #if")
C("stop-in-false-if", '#if(false)#stop#end b', "#stop in a false branch does nothing")
C("stop-in-loop", '#foreach($i in [1..5])$i#if($i == 2)#stop#end#end after', "#stop inside a loop")
C("stop-braced", 'a#{stop}b', "#{stop}")
C("macro-inside-evaluate", "#evaluate('#macro(inner)E#end#inner()')", "a macro defined inside #evaluate")

# =============================================================================================
group("literals")
C("integer", '#set($a = 42)$a', "an integer literal")
C("negative", '#set($a = -42)$a', "a negative integer literal")
C("int-max", '#set($a = 2147483647)$a', "Integer.MAX_VALUE")
C("int-overflow-add", '#set($a = 2147483647)#set($b = $a + 1)$b', "int overflow on + widens to Long")
C("int-overflow-mul", '#set($a = 65536 * 65536)$a', "int overflow on * widens to Long")
C("int-underflow-sub", '#set($a = -2147483648 - 1)$a', "int underflow on - widens to Long")
C("long-literal", '#set($a = 9223372036854775807)$a', "a Long literal")
C("long-overflow", '#set($a = 9223372036854775807)#set($b = $a + 1)$b', "Long overflow widens to BigInteger")
C("big-literal", '#set($a = 123456789012345678901234567890)$a', "a literal too big for a Long")
C("big-times", '#set($a = 123456789012345678901234567890 * 2)$a', "BigInteger arithmetic")
C("division-integer", '#set($a = 7 / 2)$a', "integer division truncates")
C("division-negative", '#set($a = -7 / 2)$a', "integer division truncates toward zero")
C("division-decimal", '#set($a = 7.0 / 2)$a', "decimal division")
C("division-exact", '#set($a = 6 / 3)$a', "exact integer division")
C("division-mixed", '#set($a = 1 / 4.0)$a', "integer divided by decimal")
C("division-by-zero", '#set($a = 1 / 0)[$a]', "integer division by zero gives null")
C("division-decimal-by-zero", '#set($a = 1.0 / 0)[$a]', "decimal division by zero gives null")
C("modulo", '#set($a = 7 % 3)$a', "modulo")
C("modulo-negative", '#set($a = -7 % 3)$a', "modulo of a negative number")
C("modulo-by-zero", '#set($a = 7 % 0)[$a]', "modulo by zero")
C("modulo-decimal", '#set($a = 7.5 % 2)$a', "modulo of a decimal")
C("double-print-simple", '#set($a = 1.5)#set($b = 2.0)$a|$b', "decimals print like Double.toString")
C("double-print-trailing-zeros", '#set($a = 1.50)#set($b = 100.000)$a|$b', "trailing zeros are dropped")
C("double-print-sum", '#set($a = 0.1 + 0.2)$a', "0.1 + 0.2")
C("double-print-large", '#set($a = 10000000.0)#set($b = 9999999.0)#set($c = 12345678.9)$a|$b|$c', "Double.toString switches to E notation at 10^7")
C("double-print-small", '#set($a = 0.001)#set($b = 0.0001)$a|$b', "Double.toString switches to E notation below 10^-3")
C("double-times", '#set($a = 100000000.0 * 100)$a', "a large product")
C("double-third", '#set($a = 1.0 / 3)$a', "one third")
C("double-integer-mix", '#set($a = 2 * 1.5)$a', "integer times decimal")
C("negative-zero", '#set($a = -0.0)#set($b = 0 * -1.0)$a|$b', "negative zero")
C("unary-minus-ref", '#set($x = 5)#set($a = -$x)[$a]', "unary minus before a reference is a parse error")
C("subtract-ref", '#set($x = 5)#set($a = 0 - $x)$a', "0 - x")
C("string-plus-number", '#set($a = "a" + 1)$a', "string + number concatenates")
C("number-plus-string", '#set($a = 1 + "a")$a', "number + string concatenates")
C("number-plus-string-number", '#set($a = 1 + "2")$a', "number + numeric string concatenates")
C("string-plus-undefined", '#set($a = "s" + $nope)$a', "string + undefined keeps the reference text")
C("number-plus-undefined", '#set($a = 1 + $nope)[$a]', "number + undefined gives null")
C("precedence", '#set($a = 2 + 3 * 4 - 6 / 2)$a', "* and / bind tighter than + and -")
C("parentheses", '#set($a = (2 + 3) * 4)$a', "parentheses")
C("json-number-arith", "#set($a = $input.path('$.age') + 1)$a", "arithmetic on a JSON number", body=PET_BODY)
C("json-decimal-arith", "#set($a = $input.path('$.price') * 2)$a", "arithmetic on a JSON decimal", body=PET_BODY)
C("string-literal-in-text", '"quoted" text', "quotes in text are plain text")
C("boolean-literals", '#set($t = true)#set($f = false)$t $f', "boolean literals")
C("list-literal-print", '#set($l = [1, "two", 3.0, true, [4], {"k": "v"}])$l', "a mixed list prints Java-style")
C("map-literal-nested", '#set($m = {"n": {"l": [1, {"x": [2]}]}, "s": "q"})$m', "a nested map prints Java-style")
C("map-literal-null-value", '#set($m = {"k": $nope})$m', "a map literal with a null value")
C("range-literal-print", '#set($r = [3..1])$r', "a range prints as a list")
C("boolean-compareto-string", "#set($t = true)$t.compareTo('x')", "Boolean.compareTo with a String throws ClassCastException")

# =============================================================================================
group("strings")
S = '#set($s = "Hello, World")'
C("length", S + '$s.length()', "length()")
C("substring-one", S + '$s.substring(7)', "substring(begin)")
C("substring-two", S + '$s.substring(0, 5)', "substring(begin, end)")
C("substring-empty", S + '[$s.substring(3, 3)]', "an empty substring")
C("substring-out-of-range", S + '$s.substring(20)', "substring past the end throws")
C("substring-reversed", S + '$s.substring(5, 2)', "substring with end < begin throws")
C("indexof", S + '$s.indexOf("o") $s.indexOf("o", 5) $s.indexOf("z")', "indexOf")
C("lastindexof", S + '$s.lastIndexOf("o") $s.lastIndexOf("l", 5)', "lastIndexOf")
C("replace", S + '$s.replace("l", "L")', "replace replaces every literal occurrence")
C("replace-regex-chars", '#set($s = "a.b.c")$s.replace(".", "-")', "replace treats its argument literally")
C("replaceall-regex", '#set($s = "a1b22c333")$s.replaceAll("[0-9]+", "#")', "replaceAll with a regex")
C("replaceall-group", '#set($s = "2026-11-25")$s.replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1")', "replaceAll with group references")
C("replaceall-dot", '#set($s = "a.b")$s.replaceAll(".", "x")', "replaceAll with . matches everything")
C("replaceall-escaped-dot", '#set($s = "a.b")$s.replaceAll("\\.", "x")', "replaceAll with \\. (no escape processing in literals)")
C("replaceall-quote", '#set($s = "it\'s")$s.replaceAll("\'", "\\\\\'")', "replaceAll adding backslashes")
C("replacefirst", '#set($s = "a1b2")$s.replaceFirst("\\d", "#")', "replaceFirst")
C("matches", '#set($s = "abc123")$s.matches("[a-z]+\\d+") $s.matches("abc")', "matches() must match the whole string")
C("split-size", '#set($s = "a,b,,c,,")$s.split(",").size()', "split drops trailing empty strings")
C("split-limit", '#set($s = "a,b,,c,,")$s.split(",", -1).size()', "split with a negative limit keeps them")
C("split-index", '#set($s = "a,b,c")$s.split(",")[1]', "index into split's result")
C("split-foreach", '#set($s = "x y  z")#foreach($p in $s.split(" "))[$p]#end', "iterate split's result")
C("split-dot", '#set($s = "a.b.c")$s.split(".").size() $s.split("\\.").size()', "split on . is a regex")
C("split-pipe", '#set($s = "a|b")#foreach($p in $s.split("\\|"))[$p]#end', "split on an escaped pipe")
C("trim", '#set($s = "  padded \t ")[$s.trim()]', "trim")
C("case", S + '$s.toUpperCase() $s.toLowerCase()', "toUpperCase and toLowerCase")
C("case-special", '#set($s = "straße")$s.toUpperCase() $s.toUpperCase().length()', "ß upper-cases to SS")
C("contains", S + '$s.contains("World") $s.contains("world")', "contains")
C("starts-ends", S + '$s.startsWith("Hell") $s.endsWith("!") $s.startsWith("World", 7)', "startsWith and endsWith")
C("equals", S + '$s.equals("Hello, World") $s.equals("hello, world") $s.equalsIgnoreCase("hello, world")', "equals and equalsIgnoreCase")
C("charat", S + '$s.charAt(4)', "charAt")
C("charat-out-of-range", S + '$s.charAt(40)', "charAt out of range throws")
C("isempty", '#set($e = "")#set($s = "x")$e.isEmpty() $s.isEmpty()', "isEmpty")
C("concat", S + '$s.concat("!")', "concat")
C("compare", '#set($s = "b")$s.compareTo("a") $s.compareTo("b") $s.compareTo("c")', "compareTo")
C("utf16-emoji-length", '#set($s = "a😀b")$s.length()', "an emoji counts as two UTF-16 units")
C("utf16-emoji-substring", '#set($s = "a😀b")$s.substring(1, 3)', "a substring covering a whole emoji")
C("utf16-emoji-indexof", '#set($s = "a😀b")$s.indexOf("b")', "indexOf after an emoji")
C("utf16-half-surrogate", '#set($s = "a😀b")[$s.charAt(1)][$s.substring(0, 2)]', "half an emoji: a lone surrogate is written as ? in UTF-8 output")
C("utf16-accents", '#set($s = "héllo wörld")$s.length() $s.toUpperCase() $s.indexOf("w")', "accented letters are one unit each")
C("utf16-combining", '#set($s = "e\u0301")$s.length()', "a combining accent is its own unit")
C("format", '#set($s = "")$s.format("%s=%05d", "n", 42)', "String.format through an instance")
C("valueof", '#set($s = "")$s.valueOf(12) $s.valueOf(true)', "String.valueOf through an instance")
C("chain", '#set($s = " Mixed Case ")$s.trim().toLowerCase().replace(" ", "_")', "chained string methods")
C("length-in-arith", '#set($s = "abc")#set($n = $s.length() * 2)$n', "length() in arithmetic")
C("method-on-json-string", "$input.path('$.name').toUpperCase() $input.path('$.name').length()", "methods on a JSON string", body=PET_BODY)
C("replace-on-json", "$input.json('$.owner').replace('\"', \"'\")", "replace on $input.json's result", body=PET_BODY)
C("tostring-number", '#set($n = 5)#set($s = $n.toString())$s.length()', "toString on a number")
C("interpolated-methods", '#set($s = "ab")#set($t = "[$s.toUpperCase()|$s.length()]")$t', "methods inside a double-quoted string")
C("compareto-wrong-class", "#set($s = 'abc')$s.compareTo(1)", "String.compareTo with an Integer throws ClassCastException (the Comparable bridge casts)")

# =============================================================================================
group("collections")
L = '#set($l = ["a", "b", "c"])'
M = '#set($m = {"a": 1, "b": "two", "c": [3]})'
C("list-size", L + '$l.size()', "size of a list")
C("list-get", L + '$l.get(1)', "get(i)")
C("list-get-out-of-range", L + '$l.get(5)', "get past the end throws")
C("list-index-out-of-range", L + '$l[5]', "[i] past the end throws")
C("list-isempty", L + '#set($e = [])$l.isEmpty() $e.isEmpty()', "isEmpty")
C("list-contains", L + '$l.contains("b") $l.contains("z")', "contains")
C("list-contains-number", '#set($l = [1, 2])$l.contains(1) $l.contains("1")', "contains compares by type")
C("list-add", L + '$l.add("d") $l', "add returns true and appends")
C("list-add-silent", L + '#set($ignore = $l.add("d"))$l', "add through #set to hide the result")
C("list-add-index", L + '$l.add(0, "z")|$l', "add(index, value) returns nothing")
C("list-remove-index", L + '$l.remove(0) $l', "remove(index) returns the element")
C("list-remove-value", L + '$l.remove("b") $l', "remove(value)")
C("list-indexof", L + '$l.indexOf("c") $l.indexOf("q")', "indexOf")
C("list-set", L + '$l.set(1, "B") $l', "set(i, v) returns the old value")
C("list-sublist", '#set($l = [1..6])$l.subList(1, 3)', "subList")
C("list-tostring-nested", '#set($l = [[1, 2], {"k": [3]}, "s", 1.5, $nope])$l', "a nested list prints Java-style")
C("list-addall", L + '#set($ok = $l.addAll(["x", "y"]))$l', "addAll")
C("list-join-loop", L + '#foreach($x in $l)$x#if($foreach.hasNext)|#end#end', "join a list by hand")
C("map-size", M + '$m.size()', "size of a map")
C("map-get", M + '$m.get("b") $m.b $m["b"]', "three ways to read a key")
C("map-get-missing", M + '[$m.get("z")] [$m.z]', "a missing key")
C("map-put", M + '$m.put("d", 4)|$m', "put returns the previous value (null here)")
C("map-put-replace", M + '$m.put("a", 9)|$m', "put over a key returns the old value")
C("map-isempty", M + '#set($e = {})$m.isEmpty() $e.isEmpty()', "isEmpty")
C("map-containskey", M + '$m.containsKey("a") $m.containsKey("z")', "containsKey")
C("map-containsvalue", M + '$m.containsValue(1) $m.containsValue("two")', "containsValue")
C("map-keyset", M + '$m.keySet()', "keySet prints Java-style")
C("map-values", M + '$m.values()', "values prints Java-style")
C("map-entryset", M + '$m.entrySet()', "entrySet prints Java-style")
C("map-remove", M + '$m.remove("a") $m', "remove returns the removed value")
C("map-tostring-nested", '#set($m = {"o": {"l": [1, {"x": "y"}]}, "e": {}, "el": []})$m', "a nested map prints Java-style")
C("map-key-with-dot", '#set($m = {"a.b": 1})$m["a.b"] [$m.a.b]', "a key containing a dot")
C("json-object-methods", "#set($o = $input.path('$.owner'))$o.size() $o.keySet() $o.containsKey('email') $o.get('name')", "map methods on a JSON object", body=PET_BODY)
C("json-array-methods", "#set($t = $input.path('$.tags'))$t.size() $t.get(0) $t.contains('loud') $t.isEmpty()", "list methods on a JSON array", body=PET_BODY)
C("json-array-add", "#set($t = $input.path('$.tags'))#set($ok = $t.add('new'))$t", "adding to a JSON array prints JSON-style", body=PET_BODY)
C("json-mutation-persists", "#set($ok = $input.path('$.tags').add('x'))$input.json('$.tags')", "a change to $input.path's result is seen by later $input calls", body=PET_BODY, gatehouse='["good","loud"]', difference="docs/differences.md: mutating a value read with $input.path does not change the body later reads see")
C("json-object-put", "#set($o = $input.path('$.owner'))#set($ok = $o.put('vip', true))$o", "put into a JSON object", body=PET_BODY)
C("json-array-in-object-print", "$input.path('$')", "an object containing arrays and objects", body=ITEMS_BODY)
C("list-of-json", "#set($l = [$input.path('$.owner'), $input.path('$.tags')])$l", "a list holding JSON values", body=PET_BODY)
C("map-entry-props", M + '#foreach($e in $m.entrySet())$e.getKey()->$e.getValue() #end', "entry getKey/getValue")

# =============================================================================================
group("whitespace")
W = []
def WS(name, template, description, **kw):
    C(name, template, description, **kw)
WS("set-own-line", 'a\n#set($x = 1)\nb', "a #set line disappears, newline included")
WS("set-indented", 'a\n    #set($x = 1)\nb', "an indented #set keeps its indentation, loses its newline")
WS("set-tab-indented", 'a\n\t#set($x = 1)\nb', "a tab-indented #set")
WS("set-trailing-spaces", 'a\n#set($x = 1)   \nb', "spaces after #set before the newline")
WS("set-trailing-text", 'a\n#set($x = 1) tail\nb', "text after #set on the same line")
WS("set-twice-one-line", 'a\n#set($x = 1)#set($y = 2)\nb', "two #sets on one line")
WS("set-consecutive-lines", 'a\n#set($x = 1)\n#set($y = 2)\n#set($z = 3)\nb$x$y$z', "consecutive #set lines")
WS("set-after-text-space", 'value: #set($x = 1)$x', "a space before #set after text")
WS("set-after-reference-space", '#set($a = "A")$a #set($b = "B")$b', "a space before #set after a reference")
WS("set-after-directive-space", '#set($a = 1)  #set($b = 2)|', "spaces between two #sets")
WS("set-after-reference-tab", '#set($a = "A")$a\t#set($b = "B")$b', "a tab before #set after a reference")
WS("set-blank-lines-after", '#set($x = 1)\n\n\nb', "blank lines after #set")
WS("set-first-line", '#set($x = 1)\n{"x": $x}', "#set on the first line")
WS("set-last-line-no-newline", 'a\n#set($x = 1)', "#set on the last line")
WS("set-in-json", '{\n  #set($v = "x")\n  "k": "$v"\n}', "#set indented inside a JSON document")
WS("if-own-lines", 'a\n#if(true)\nyes\n#end\nb', "#if / #end on their own lines")
WS("if-own-lines-false", 'a\n#if(false)\nyes\n#end\nb', "a false #if on its own lines")
WS("if-else-own-lines", 'a\n#if(false)\nyes\n#else\nno\n#end\nb', "#if / #else / #end on their own lines")
WS("if-elseif-own-lines", 'a\n#if(false)\n1\n#elseif(true)\n2\n#else\n3\n#end\nb', "#elseif on its own line")
WS("if-indented", 'a\n  #if(true)\n    yes\n  #end\nb', "indented #if / #end")
WS("if-indented-else", 'a\n  #if(false)\n    yes\n  #else\n    no\n  #end\nb', "indented #if / #else / #end")
WS("if-inline", 'a #if(true) yes #end b', "#if inline")
WS("if-inline-else", 'a #if(false) yes #else no #end b', "#if / #else inline")
WS("if-inline-braced-else", 'a #if(false)yes#{else}no#end b', "#{else} inline")
WS("if-trailing-spaces", 'a\n#if(true)   \nyes\n#end   \nb', "trailing spaces after #if and #end")
WS("if-trailing-text", 'a\n#if(true) x\nyes\n#end y\nb', "text after #if and #end")
WS("if-empty-body", '#if(true)\n\n#end|', "an #if whose body is one blank line")
WS("if-nested-indented", '{\n  #if(true)\n    #if(true)\n      "a": 1\n    #end\n  #end\n}', "nested indented #if")
WS("if-json-comma", '{\n  "a": 1#if(true),\n  "b": 2#end\n}', "a conditional comma in JSON")
WS("if-braced-own-lines", 'x\n#{if}(true)\ny\n#{end}\nz', "#{if} / #{end} on their own lines")
WS("else-trailing-spaces", '#if(false)\na\n#else   \nb\n#end', "spaces after #else")
WS("end-at-eof", '#if(true)\na\n#end', "#end at the end of the template")
WS("foreach-own-lines", 'a\n#foreach($i in [1..3])\n$i\n#end\nb', "#foreach / #end on their own lines")
WS("foreach-indented", '[\n  #foreach($i in [1..3])\n  $i#if($foreach.hasNext),#end\n  #end\n]', "an indented JSON list built by #foreach")
WS("foreach-body-newline-after", '#foreach($i in [1..3])$i\n#end|', "a newline at the end of the loop body")
WS("foreach-body-newline-before", '#foreach($i in [1..3])\n$i#end|', "a newline at the start of the loop body")
WS("foreach-inline", 'a #foreach($i in [1..2]) $i #end b', "#foreach inline")
WS("foreach-set-lines", '#foreach($i in [1..2])\n  #set($d = $i * 2)\n  $d\n#end', "#set lines inside a loop")
WS("foreach-json-objects", '[\n#foreach($p in [1..2])\n  {\n    "n": $p\n  }#if($foreach.hasNext),#end\n\n#end\n]', "a list of JSON objects")
WS("macro-def-lines", 'a\n#macro(wsm $x)\n[$x]\n#end\n#wsm(1)\nb', "a macro defined and called on their own lines")
WS("macro-call-inline", '#macro(wsi $x)<$x>#end\nA #wsi(1) B\n', "a macro call inside a line")
WS("comment-line-end", 'a ## note\nb', "a comment at a line end")
WS("comment-after-set", '#set($x = 1) ## note\nb$x', "a comment after #set on the same line")
WS("comment-after-end", '#if(true)\na\n#end ## note\nb', "a comment after #end")
WS("block-comment-line", 'a\n#* note *#\nb', "a block comment on its own line keeps the newline")
WS("block-comment-indented", 'a\n  #* note *#  \nb', "an indented block comment line")
WS("crlf-text", 'a\r\nb\r\n', "CRLF in text")
WS("crlf-set", 'a\r\n#set($x = 1)\r\nb', "a #set line ending in CRLF")
WS("crlf-if", 'a\r\n#if(true)\r\nyes\r\n#end\r\nb', "#if / #end lines ending in CRLF")
WS("crlf-foreach", '#foreach($i in [1..2])\r\n$i\r\n#end\r\n', "#foreach lines ending in CRLF")
WS("crlf-comment", 'a\r\n## note\r\nb', "a comment line ending in CRLF")
WS("cr-only", 'a\r#set($x = 1)\rb', "old Mac line endings")
WS("trailing-spaces-text", 'a   \nb\t\n', "trailing spaces in text are kept")
WS("leading-newlines", '\n\n#set($x = 1)\nx', "newlines at the start")
WS("only-directives", '#set($a = 1)\n#set($b = 2)\n', "a template of only #set lines renders nothing")
WS("reference-line", 'a\n$x\nb', "an undefined reference alone on a line leaves an empty line")
WS("quiet-reference-line", 'a\n$!x\nb', "an undefined quiet reference on a line")
WS("directive-then-reference", '#set($x = "v")\n  $x\n', "indentation before a reference")
WS("break-line", '#foreach($i in [1..3])\n#if($i == 2)\n#break\n#end\n$i\n#end', "#break on its own line")
WS("stop-line", 'a\n#stop\nb', "#stop on its own line")
WS("unparsed-lines", 'a\n#[[\nraw\n]]#\nb', "an unparsed block on its own lines")
WS("define-lines", '#define($d)\n  inner\n#end\n[$d]', "#define on its own lines")
WS("evaluate-line", '#evaluate("x")\ny', "#evaluate on its own line")
WS("tabs-and-spaces", '\t#if(true)\t\n\tyes\n\t#end\t\nb', "tabs around directives")
WS("spaces-in-parens", '#if(   true   )a#end#foreach(  $i   in   [1..2]  )$i#end', "spaces inside directive parentheses")
WS("newline-in-parens", '#if(\ntrue\n)a#end', "a newline inside #if( )")
WS("newline-in-set", '#set($m = {\n  "a": 1,\n  "b": 2\n})$m', "a map literal over several lines")
WS("newline-in-args", '#set($s = "abc")$s.substring(\n1\n)', "a newline inside a method call")
WS("aws-template-shape", '#set($inputRoot = $input.path(\'$\'))\n{\n  "name": "$inputRoot.name",\n  #if($inputRoot.tags.size() > 0)\n  "tags": [\n  #foreach($t in $inputRoot.tags)\n    "$t"#if($foreach.hasNext),#end\n\n  #end\n  ]\n  #end\n}\n', "the typical AWS console template layout", body=PET_BODY)
WS("elseif-inline-spaces", '#if(false) a #elseif(true) b #else c #end|', "inline #elseif with spaces")
WS("set-then-if-same-line", '#set($x = 1)#if($x == 1)\nyes\n#end', "#set then #if on the same line")
WS("end-then-text", '#if(true)a#end\nb', "#end then newline then text")
WS("end-end-lines", '#if(true)\n#if(true)\nin\n#end\n#end\nout', "#end lines of nested blocks")
WS("empty-template", '', "an empty template")
WS("only-newline", '\n', "a template that is one newline")
WS("only-spaces", '   ', "a template of spaces")

# =============================================================================================
group("input")
C("body-raw", '$input.body', "$input.body is the raw text", body='{"a": 1,  "b" : [1, 2]}')
C("body-empty", '[$input.body]', "an empty body", body="", aws="[{}]", aws_source="shared/spec/README.md: an empty body reads as {} in templates ($util.urlEncode($input.body) gives %7B%7D)")
C("body-length", '$input.body.length()', "$input.body is a string", body=PET_BODY)
C("json-root", "$input.json('$')", "$input.json('$') re-serialises compactly", body='{ "a" : 1, "b" : [ 1 , 2 ] }')
C("json-root-empty-body", "$input.json('$')", "an empty body reads as {}", body="")
C("path-root-empty-body", "$input.path('$')|$input.path('$').size()", "$input.path('$') of an empty body", body="")
C("json-string", "$input.json('$.name')", "a JSON string value keeps its quotes", body=PET_BODY)
C("json-number", "$input.json('$.age') $input.json('$.price')", "JSON numbers", body=PET_BODY)
C("json-bool", "$input.json('$.vaccinated')", "a JSON boolean", body=PET_BODY)
C("json-null", "$input.json('$.owner.phone')", "a JSON null prints null", body=PET_BODY)
C("json-missing", "$input.json('$.missing')", "a missing path prints null", body=PET_BODY)
C("json-object", "$input.json('$.owner')", "an object as JSON", body=PET_BODY)
C("json-array", "$input.json('$.tags')", "an array as JSON", body=PET_BODY)
C("path-string", "$input.path('$.name')", "$input.path of a string prints it bare", body=PET_BODY)
C("path-number", "$input.path('$.age') $input.path('$.price')", "$input.path of numbers", body=PET_BODY)
C("path-object", "$input.path('$.owner')", "an object prints Java-style", body=PET_BODY)
C("path-array", "$input.path('$.tags')", "an array prints JSON-style", body=PET_BODY)
C("path-object-with-array", "$input.path('$')", "an object holding arrays: Java-style outside, JSON inside", body=PET_BODY)
C("path-array-of-objects", "$input.path('$.items')", "an array of objects prints JSON-style", body=ITEMS_BODY)
C("path-missing", "[$input.path('$.missing')]", "a missing path prints empty", body=PET_BODY)
C("path-property", "$input.path('$.owner').email $input.path('$').owner.name", "properties of $input.path results", body=PET_BODY)
C("path-size", "$input.path('$').size() $input.path('$.tags').size()", "size() of the root and of an array", body=PET_BODY)
C("path-root-array-size", "$input.path('$').size()", "size() of a root array", body='[1, 2, 3, 4]')
C("foreach-items", "#foreach($it in $input.path('$.items'))\n$it.id:$it.name\n#end", "foreach over $input.path('$.items')", body=ITEMS_BODY)
C("foreach-items-json", "#foreach($it in $input.path('$.items'))$input.json(\"$.items[$foreach.index].name\")#end", "$input.json built from the loop index", body=ITEMS_BODY)
C("numbers-decimal", "$input.json('$.a') $input.path('$.a')", "1.50 prints as 1.5", body='{"a": 1.50}')
C("numbers-exponent", "$input.json('$.a') $input.path('$.a')", "1e5 prints as 100000.0", body='{"a": 1e5}')
C("numbers-small-exponent", "$input.json('$.a') $input.path('$.a')", "1E-7 prints as 1.0E-7", body='{"a": 1E-7}')
C("numbers-big-integer", "$input.json('$.a') $input.path('$.a')", "an integer beyond Long", body='{"a": 123456789012345678901234}')
C("numbers-long", "$input.json('$.a') $input.path('$.a')", "an integer beyond Integer", body='{"a": 12345678901234}')
C("numbers-negative-zero", "$input.json('$.a') $input.json('$.b')", "-0 and -0.0", body='{"a": -0, "b": -0.0}')
C("numbers-decimal-one", "$input.json('$.a')", "1.0 stays 1.0", body='{"a": 1.0}')
C("non-json-body", "$input.body|$input.json('$')|$input.path('$')", "a=b parses as the string a=b", body="a=b")
C("non-json-body-path", "$input.json('$.a')|$input.path('$.a')|", "a property of a non-JSON body", body="a=b&c=d")
C("text-body", "$input.json('$')", "plain text body", body="hello world")
C("broken-body-json", "$input.json('$')", "a broken body {a fails", body="{a")
C("broken-body-path", "$input.path('$.a')", "a broken body {a fails in $input.path too", body="{a")
C("broken-body-raw", "$input.body", "a broken body is fine when only $input.body is used", body="{a")
C("broken-array", "$input.json('$')", "an unterminated array", body="[1, 2")
C("trailing-garbage", "$input.json('$')", "text after a complete JSON value is ignored", body='{"a": 1} trailing')
C("permissive-quotes", "$input.json('$')", "single quotes and unquoted strings are accepted", body="{'a': 'b', c: d}")
C("trailing-comma", "$input.json('$')", "a trailing comma is accepted", body='{"k": "v",}')
C("duplicate-keys", "$input.json('$')", "the last duplicate key wins", body='{"a": 1, "a": 2}')
C("root-array", "$input.json('$')|$input.path('$')", "a root array", body='[1, "two", {"t": 3}]')
C("root-string", "$input.json('$')|$input.path('$')", "a root string", body='"str"')
C("root-number", "$input.json('$')|$input.path('$')", "a root number", body='42')
C("root-true", "$input.json('$')|$input.path('$')", "a root boolean", body='true')
C("unicode-escapes", "$input.json('$.u')|$input.path('$.u')", "unicode escapes decode; json re-escapes / and quotes", body='{"u": "h\\u00e9 \\ud83d\\ude00 \\"q\\" \\n / \\\\"}')
C("unicode-raw", "$input.json('$')|$input.path('$.u')", "raw unicode passes through", body='{"u": "é😀<>&\'"}')
C("unicode-control", "$input.json('$.u')", "control characters are escaped on output", body='{"u": "a\\tb\\u0001c"}')
C("nested-arrays", "$input.json('$.a')|$input.path('$.a')|$input.path('$.a[1]')", "nested arrays", body='{"a": [[1, 2], [3, [4, 5]]]}')
C("nested-array-in-object-in-array", "$input.path('$.a[0]')", "an object (from an array) holding an array", body='{"a": [{"l": [1, {"m": 2}], "o": {"p": 1}}]}')
C("empty-containers", "$input.json('$.a')$input.json('$.o')|$input.path('$.a')$input.path('$.o')", "an empty array and object", body='{"a": [], "o": {}}')
C("params-all", "$input.params()", "all parameters print Java-style", params=PARAMS)
C("params-path", "$input.params('id')", "a path parameter", params=PARAMS)
C("params-query", "$input.params('limit') $input.params('q')", "query string parameters", params=PARAMS)
C("params-header", "$input.params('X-Trace')", "a header", params=PARAMS)
C("params-missing", "[$input.params('nope')]", "a missing parameter is empty", params=PARAMS)
C("params-lookup-order", "$input.params('id')", "path wins over query string and header", params={"path": {"id": "p"}, "querystring": {"id": "q"}, "header": {"id": "h"}})
C("params-lookup-order-query", "$input.params('id')", "query string wins over header", params={"path": {}, "querystring": {"id": "q"}, "header": {"id": "h"}})
C("params-maps", "$input.params().path $input.params().querystring.limit $input.params().header.get('Accept')", "the per-location maps", params=PARAMS)
C("params-foreach", "#foreach($k in $input.params().querystring.keySet())$k=$util.urlEncode($input.params().querystring.get($k))#if($foreach.hasNext)&#end#end", "rebuild a query string", params=PARAMS)
C("params-empty", "$input.params()", "no parameters", params=EMPTY_PARAMS)
C("path-mutation-visible", "#set($o = $input.path('$.owner'))#set($ok = $o.put('x', 1))$input.json('$.owner')", "changes to a $input.path object show in $input.json", body=PET_BODY, gatehouse='{"name":"Ana","email":"ana@example.com","phone":null}', difference="docs/differences.md: mutating a value read with $input.path does not change the body later reads see")

# =============================================================================================
group("jsonpath")
J = lambda p: "$input.json(\"%s\")" % p
for i, (p, d) in enumerate([
    ("$.store.bicycle.color", "dot notation"),
    ("$['store']['bicycle']", "bracket notation"),
    ("$.store['bicycle'].price", "mixed notation"),
    ("$.store.book[0]", "an array index"),
    ("$.store.book[3].title", "the last index"),
    ("$.store.book[9]", "an index past the end"),
    ("$.store.book[-1]", "a negative index (Jayway 2.0: null)"),
    ("$.store.book[-1:]", "a negative slice start"),
    ("$.store.book[-2:]", "the last two by slice"),
    ("$.store.book[*].author", "wildcard over an array"),
    ("$.store.*", "wildcard over an object"),
    ("$.store.bicycle.*", "wildcard over an object's scalars"),
    ("$..author", "deep scan for a key"),
    ("$..price", "deep scan in document order"),
    ("$.store..price", "deep scan under a node"),
    ("$..book[2]", "deep scan then index"),
    ("$..book[0].title", "deep scan, index, property"),
    ("$.store.book[0:2].title", "a slice"),
    ("$.store.book[:2].title", "a slice from the start"),
    ("$.store.book[2:].title", "a slice to the end"),
    ("$.store.book[1:2]", "a one-element slice"),
    ("$.store.book[2:1]", "an empty slice"),
    ("$.store.book[0:-1].title", "a slice with a negative end (Jayway 2.0)"),
    ("$.store.book[10:]", "a slice past the end"),
    ("$.store.book[0,2].title", "an index union"),
    ("$.store.book[0]['title','author']", "a property union"),
    ("$.store.book[?(@.isbn)].title", "a filter on existence"),
    ("$.store.book[?(@.price < 10)].title", "a filter with <"),
    ("$.store.book[?(@.price >= 12.99)].title", "a filter with >="),
    ("$.store.book[?(@.price == 8.95)].title", "a filter with == on a number"),
    ("$.store.book[?(@.category == 'fiction')].author", "a filter with == on a string"),
    ("$.store.book[?(@.category != 'fiction')].author", "a filter with !="),
    ("$.store.book[?(@.category == 'fiction' && @.price < 10)].title", "a filter with &&"),
    ("$.store.book[?(@.category == 'reference' || @.price > 20)].title", "a filter with ||"),
    ("$.store.book[?(@.author =~ /.*Rees/)].title", "a filter with a regex"),
    ("$.store.book[?(@.author =~ /.*REES/i)].title", "a case-insensitive regex filter"),
    ("$.store.book[?(@.price > $.expensive)].title", "a filter comparing with the root"),
    ("$.store.book[?(@.price > 100)]", "a filter matching nothing"),
    ("$..book[?(@.isbn)].isbn", "deep scan with a filter"),
    ("$..[?(@.price > 19)]", "deep scan filter over every node"),
    ("$.missing", "a missing key"),
    ("$.store.missing.deep", "a missing intermediate"),
    ("$.store.book[0].missing", "a missing key in an array element"),
    ("$.store.book[*].isbn", "a wildcard where only some have the key"),
    ("$.store.book.length()", "a function (unsupported in Jayway 2.0: null)"),
    ("store.bicycle.color", "a path without $"),
    ("$.store.book[ 1 ].title", "spaces inside brackets"),
    ("$", "the root"),
]):
    words = d.lower()
    for sym, word in (("&&", " and "), ("||", " or "), ("!=", " ne "), ("==", " eq "), (">=", " ge "), ("<", " lt "), (">", " gt ")):
        words = words.replace(sym, word)
    C(re.sub(r"\(.*?\)", "", words), J(p) + "\n" + J(p).replace("json", "path"), "$input.json / $input.path: " + d + " (" + p + ")", body=STORE_BODY)
C("single-quoted-doubled", "$input.json('$[''store''][''bicycle''][''color'']')", "quotes doubled inside a single-quoted path", body=STORE_BODY)
C("key-with-space", "$input.json(\"$['a b']\")", "a key with a space", body='{"a b": 1}')
C("key-with-dot", "$input.json(\"$['k.dot']\")", "a key containing a dot", body='{"k.dot": 5, "k": {"dot": 6}}')
C("key-with-space-dot-notation", "$input.json('$.a b')", "a space in dot notation is an error", body='{"a b": 1}')
C("key-with-dash", "$input.json('$.x-y')", "a dash in dot notation", body='{"x-y": 1}')
C("numeric-key", "$input.json('$.1')", "a numeric object key", body='{"1": "one"}')
C("index-on-object", "$input.json('$[0]')", "an index on an object", body='{"a": 1}')
C("property-on-array", "$input.json('$.a.b')", "a property on an array", body='{"a": [{"b": 1}, {"b": 2}]}')
C("wildcard-nested-index", "$input.json('$.arr[*][0]')", "wildcard then index", body='{"arr": [[1, 2], [3, 4]]}')
C("root-array-index", "$input.json('$[1]')|$input.path('$[0].n')", "indexing a root array", body='[{"n": 1}, {"n": 2}]')
C("empty-path", "$input.json('')", "an empty path throws", body=STORE_BODY)
C("dangling-dot", "$input.json('$.')", "a path ending in . throws", body=STORE_BODY)
C("unclosed-bracket", "$input.json('$[')", "an unclosed bracket throws", body=STORE_BODY)
C("step-slice", "$input.json('$.a[::2]')", "a slice with a step is not supported", body='{"a": [1, 2, 3]}')
C("filter-in", "$input.json(\"$.a[?(@.n in [1, 2])]\")", "the in operator is not supported", body='{"a": [{"n": 1}]}')
C("filter-not", "$input.json(\"$.store.book[?(!(@.isbn))].title\")", "a negated filter is not supported", body=STORE_BODY)
C("filter-null-value", "$input.json(\"$.a[?(@.v == null)].k\")", "a filter comparing with null", body='{"a": [{"k": 1, "v": null}, {"k": 2, "v": 0}, {"k": 3}]}')
C("filter-bool", "$input.json(\"$.a[?(@.on == true)].k\")", "a filter comparing with true", body='{"a": [{"k": 1, "on": true}, {"k": 2, "on": false}]}')
C("filter-nested-field", "$input.json(\"$.a[?(@.o.x == 1)].k\")", "a filter on a nested field", body='{"a": [{"k": 1, "o": {"x": 1}}, {"k": 2, "o": {"x": 2}}]}')
C("filter-string-number", "$input.json(\"$.a[?(@.v == '1')].k\")", "a filter comparing a number with a string", body='{"a": [{"k": 1, "v": 1}, {"k": 2, "v": "1"}]}')
C("deep-scan-array-root", "$input.json('$..n')", "deep scan from a root array", body='[{"n": 1}, {"m": {"n": 2}}]')
C("deep-scan-wildcard", "$input.json('$..*')", "deep scan wildcard", body='{"a": {"b": [1, {"c": 2}]}, "d": null}')
C("path-from-variable", "#set($p = '$.store.bicycle.color')$input.json($p)", "a path held in a variable", body=STORE_BODY)
C("path-built-in-string", "#set($k = 'bicycle')$input.json(\"$.store.$k\")", "a path built by interpolation", body=STORE_BODY)
C("path-null-arg", "$input.json($nope)", "a null path", body=STORE_BODY)

# =============================================================================================
group("util")
C("escapejs-quotes", '$util.escapeJavaScript(\'say "hi"\')', "double quotes become \\\"")
C("escapejs-apostrophe", '$util.escapeJavaScript("it\'s")', "an apostrophe becomes \\'")
C("escapejs-slash", '$util.escapeJavaScript("a/b\\\\c")', "/ becomes \\/ and \\ becomes \\\\")
C("escapejs-newline", "$util.escapeJavaScript($input.path('$.t'))", "newline, tab, CR escapes", body='{"t": "l1\\nl2\\tx\\ry"}')
C("escapejs-control", "$util.escapeJavaScript($input.path('$.t'))", "control characters become \\u00XX", body='{"t": "a\\u0001b\\u001fc\\u007f"}')
C("escapejs-unicode", '$util.escapeJavaScript("é ü 東京 😀")', "non-ASCII becomes \\uXXXX")
C("escapejs-html", '$util.escapeJavaScript("<a href=\'x\'>&</a>")', "HTML characters")
C("escapejs-body", "$util.escapeJavaScript($input.body)", "escaping the whole body", body='{"a": "b", "c": [1]}')
C("escapejs-json", "$util.escapeJavaScript($input.json('$'))", "escaping $input.json('$')", body=PET_BODY)
C("escapejs-replace-apostrophe", "$util.escapeJavaScript($input.path('$.s')).replaceAll(\"\\\\'\", \"'\")", "AWS's suggested fix for \\'", body='{"s": "it\'s \\"x\\""}')
C("escapejs-null", "[$util.escapeJavaScript($nope)]", "escaping null")
C("escapejs-empty", "[$util.escapeJavaScript('')]", "escaping the empty string")
C("parsejson-object", "$util.parseJson('{\"a\": [1, {\"b\": 2}], \"c\": \"d\"}')", "parseJson's result prints")
C("parsejson-property", "#set($o = $util.parseJson('{\"a\": [1, {\"b\": 2}], \"c\": \"d\"}'))$o.c $o.a $o.a[1].b $o.a.size()", "property access on parseJson's result")
C("parsejson-array", "#set($a = $util.parseJson('[3, 1, 2]'))$a $a.size() $a[0]", "parseJson of an array")
C("parsejson-scalars", "$util.parseJson('\"s\"') $util.parseJson('12') $util.parseJson('1.50') $util.parseJson('true')", "parseJson of scalars")
C("parsejson-non-json", "$util.parseJson('a=b')", "parseJson of text that is not JSON")
C("parsejson-key-order", "$util.parseJson('{\"zeta\": 1, \"alpha\": 2, \"mid\": 3, \"b\": 4, \"a\": 5}').keySet()", "parseJson's object is a json-smart JSONObject (a HashMap): keys iterate in hash order")
C("parsejson-broken", "$util.parseJson('{a')", "parseJson of broken JSON throws")
C("parsejson-from-body-string", "#set($inner = $util.parseJson($input.path('$.payload')))$inner.user.id", "a JSON document carried in a string field", body='{"payload": "{\\"user\\": {\\"id\\": 42}}"}')
C("parsejson-foreach", "#foreach($x in $util.parseJson('[{\"n\": 1}, {\"n\": 2}]'))$x.n#end", "iterate parseJson's result")
C("parsejson-roundtrip", "#set($o = $util.parseJson($input.json('$.owner')))$o.name", "parseJson of $input.json", body=PET_BODY)
C("parsejson-missing-key", "#set($o = $util.parseJson('{\"a\": 1}'))[$o.b]", "a missing key of parseJson's result")
C("urlencode-basic", '$util.urlEncode("a b&c=d")', "spaces become +, reserved characters %XX")
C("urlencode-plus-slash", '$util.urlEncode("1+1/2?")', "+ and / are encoded")
C("urlencode-unicode", '$util.urlEncode("é 😀")', "UTF-8 percent-encoding")
C("urlencode-unreserved", '$util.urlEncode("AZaz09.-*_~\'()!")', "which characters stay (Java URLEncoder)")
C("urlencode-body", "$util.urlEncode($input.body)", "encoding the body", body='{"a": 1}')
C("urlencode-empty-body", "$util.urlEncode($input.body)|$util.urlEncode($input.json('$'))", "an empty body", body="", aws="%7B%7D|%7B%7D", aws_source="shared/spec/README.md: an empty body reads as {} in templates ($util.urlEncode($input.body) gives %7B%7D)")
C("urldecode-basic", '$util.urlDecode("a+b%20c%2B%C3%A9")', "+ and %20 become spaces, %2B becomes +")
C("urldecode-invalid", '$util.urlDecode("%zz")', "an invalid escape throws")
C("urldecode-roundtrip", '#set($s = "x y/é")$util.urlDecode($util.urlEncode($s))', "decode(encode(s)) == s")
C("urlencode-null", '$util.urlEncode($nope)', "encoding null throws")
C("base64-encode", '$util.base64Encode("héllo")', "UTF-8 base64")
C("base64-encode-empty", '[$util.base64Encode("")]', "base64 of the empty string")
C("base64-encode-padding", '$util.base64Encode("a") $util.base64Encode("ab") $util.base64Encode("abc")', "base64 padding")
C("base64-decode", '$util.base64Decode("aMOpbGxv")', "base64 decode")
C("base64-decode-no-padding", '$util.base64Decode("aGk")', "base64 decode without padding")
C("base64-decode-invalid", '$util.base64Decode("!!")', "invalid base64 throws")
C("base64-roundtrip", "$util.base64Decode($util.base64Encode($input.body))", "decode(encode(body))", body=PET_BODY)
C("parsejson-apostrophe", '$util.parseJson("{\'a\': ""it\'s""}") $util.parseJson(\'["it\'\'s", "a/b"]\')', "json-smart prints an apostrophe unescaped inside parseJson results")

# =============================================================================================
group("context")
C("request-id", '$context.requestId', "$context.requestId", context=CONTEXT)
C("source-ip", '$context.identity.sourceIp', "$context.identity.sourceIp", context=CONTEXT)
C("claims-sub", '$context.authorizer.claims.sub', "$context.authorizer.claims.sub", context=CONTEXT)
C("claims-bracket", "$context.authorizer.claims['cognito:username']", "a claim with a colon in its name", context=CONTEXT)
C("principal", '$context.authorizer.principalId', "$context.authorizer.principalId", context=CONTEXT)
C("many-fields", '{"stage": "$context.stage", "method": "$context.httpMethod", "path": "$context.resourcePath", "account": "$context.accountId", "api": "$context.apiId"}', "many fields", context=CONTEXT)
C("epoch", '$context.requestTimeEpoch', "a numeric context value", context=CONTEXT)
C("undefined-field", '[$context.nope]', "an undefined context field", context=CONTEXT)
C("undefined-nested", '[$context.nope.deeper.still]', "an undefined nested context field", context=CONTEXT)
C("null-field", '[$context.identity.caller]', "a null context field", context=CONTEXT)
C("if-null-field", '#if($context.identity.user)user#{else}anonymous#end', "a null context field in #if", context=CONTEXT)
C("response-override-status", '#set($context.responseOverride.status = 400)$context.responseOverride.status', "#set($context.responseOverride.status)", context={"requestId": "r", "responseOverride": {"header": {}}})
C("response-override-header", '#set($context.responseOverride.header.X-Reason = "bad")$context.responseOverride.header', "#set a response override header", context={"requestId": "r", "responseOverride": {"header": {}}})
C("response-override-no-map", '#set($context.responseOverride.status = 400)[$context.responseOverride.status]', "#set through a responseOverride the context lacks", context={"requestId": "r"})
C("in-json", '{"requestId": "$context.requestId", "ip": "$context.identity.sourceIp", "ua": "$util.escapeJavaScript($context.identity.userAgent)"}', "context values in a JSON template", context=CONTEXT)
C("stage-variable", '$stageVariables.env', "$stageVariables.env", stage=STAGE)
C("stage-variable-bracket", "$stageVariables['table'] $stageVariables.get('url')", "stage variables by key", stage=STAGE)
C("stage-variable-missing", '[$stageVariables.nope]', "a missing stage variable", stage=STAGE)
C("stage-variable-none", '[$stageVariables.env]', "no stage variables at all", stage={})
C("stage-variable-if", '#if($stageVariables.env == "prod")live#{else}test#end', "branch on a stage variable", stage=STAGE)
C("stage-variable-in-url", '$stageVariables.url/pets/$input.params(\'id\')', "a stage variable building a URL", stage=STAGE, params=PARAMS)
C("stage-variable-set", '#set($t = $stageVariables.table)$t.toLowerCase()', "methods on a stage variable", stage=STAGE)

# =============================================================================================
group("realistic")
C("passthrough", r'''##  See http://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
##  This template will pass through all parameters including path, querystring, header, stage variables, and context through to the integration endpoint via the body/payload
#set($allParams = $input.params())
{
"body-json" : $input.json('$'),
"params" : {
#foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
"$type" : {
    #foreach($paramName in $params.keySet())
    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
        #if($foreach.hasNext),#end
    #end
}
    #if($foreach.hasNext),#end
#end
},
"stage-variables" : {
#foreach($key in $stageVariables.keySet())
"$key" : "$util.escapeJavaScript($stageVariables.get($key))"
    #if($foreach.hasNext),#end
#end
},
"context" : {
    "account-id" : "$context.identity.accountId",
    "api-id" : "$context.apiId",
    "api-key" : "$context.identity.apiKey",
    "authorizer-principal-id" : "$context.authorizer.principalId",
    "caller" : "$context.identity.caller",
    "cognito-authentication-provider" : "$context.identity.cognitoAuthenticationProvider",
    "cognito-authentication-type" : "$context.identity.cognitoAuthenticationType",
    "cognito-identity-id" : "$context.identity.cognitoIdentityId",
    "cognito-identity-pool-id" : "$context.identity.cognitoIdentityPoolId",
    "http-method" : "$context.httpMethod",
    "stage" : "$context.stage",
    "source-ip" : "$context.identity.sourceIp",
    "user" : "$context.identity.user",
    "user-agent" : "$context.identity.userAgent",
    "user-arn" : "$context.identity.userArn",
    "request-id" : "$context.requestId",
    "resource-id" : "$context.resourceId",
    "resource-path" : "$context.resourcePath"
    }
}
''', "the method request passthrough template from the API Gateway console", body=PET_BODY, params=PARAMS, context=CONTEXT, stage=STAGE)
C("passthrough-empty", r'''#set($allParams = $input.params())
{
"body-json" : $input.json('$'),
"params" : {
#foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
"$type" : {
    #foreach($paramName in $params.keySet())
    "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
        #if($foreach.hasNext),#end
    #end
}
    #if($foreach.hasNext),#end
#end
}
}
''', "the passthrough template with no body and no parameters")
C("dynamodb-putitem", r'''{
    "TableName": "$stageVariables.table",
    "Item": {
        "id": {"S": "$context.requestId"},
        "name": {"S": "$input.path('$.name')"},
        "type": {"S": "$input.path('$.type')"},
        "price": {"N": "$input.path('$.price')"},
        "tags": {"SS": $input.json('$.tags')}
    }
}''', "DynamoDB PutItem request", body=PET_BODY, context=CONTEXT, stage=STAGE)
C("dynamodb-query", r'''{
    "TableName": "Orders",
    "KeyConditionExpression": "customerId = :v1",
    "ExpressionAttributeValues": {
        ":v1": {"S": "$input.params('id')"}
    }#if($input.params('limit') != ""),
    "Limit": $input.params('limit')#end
}''', "DynamoDB Query with an optional limit", params=PARAMS)
C("dynamodb-response", r'''#set($inputRoot = $input.path('$'))
{
    "pets": [
        #foreach($elem in $inputRoot.Items) {
            "id": "$elem.id.S",
            "name": "$elem.name.S",
            "price": $elem.price.N
        }#if($foreach.hasNext),#end
	#end
    ]
}''', "DynamoDB Scan response mapped to a list", body=json.dumps({"Count": 2, "Items": [
    {"id": {"S": "1"}, "name": {"S": "Rex"}, "price": {"N": "249.99"}},
    {"id": {"S": "2"}, "name": {"S": "Tom"}, "price": {"N": "124.5"}}], "ScannedCount": 2}))
C("sqs-sendmessage", r'''Action=SendMessage&MessageBody=$util.urlEncode($input.body)&MessageAttribute.1.Name=requestId&MessageAttribute.1.Value.StringValue=$context.requestId&MessageAttribute.1.Value.DataType=String''', "SQS SendMessage form body", body=PET_BODY, context=CONTEXT)
C("sqs-sendmessage-json", r'''Action=SendMessage&MessageBody=$util.urlEncode($input.json('$'))''', "SQS SendMessage with re-serialised JSON", body='{ "order": 12, "note": "a&b c" }')
C("form-to-json", r'''{
#foreach($token in $input.path('$').split('&'))
    #set($kv = $token.split('='))
    #set($key = $util.urlDecode($kv[0]))
    #if($kv.size() > 1)#set($val = $util.urlDecode($kv[1]))#else#set($val = "")#end
    "$key": "$util.escapeJavaScript($val)"#if($foreach.hasNext),#end
#end
}''', "an x-www-form-urlencoded body turned into JSON", body="name=Rex+the+dog&type=dog&note=50%25+off&empty=")
C("error-mapping", r'''#set($inputRoot = $input.path('$'))
{
  "message" : "$util.escapeJavaScript($inputRoot.errorMessage)",
  "type" : "$inputRoot.errorType",
  "requestId" : "$context.requestId"
}''', "a Lambda error mapped to a client error", body='{"errorMessage": "Malformed input: \\"name\\" is required", "errorType": "BadRequest", "stackTrace": []}', context=CONTEXT)
C("error-mapping-override", r'''#set($inputRoot = $input.path('$'))
#if($inputRoot.toString().contains("error"))
#set($context.responseOverride.status = 400)
#end
{"ok": false, "status": "$context.responseOverride.status"}''', "overriding the status in a response template", body='{"error": "nope"}', context={"requestId": "r", "responseOverride": {"header": {}}})
C("lambda-custom-event", r'''{
  "method": "$context.httpMethod",
  "body" : $input.json('$'),
  "headers": {
    #foreach($param in $input.params().header.keySet())
    "$param": "$util.escapeJavaScript($input.params().header.get($param))"#if($foreach.hasNext),#end

    #end
  },
  "queryParams": {
    #foreach($param in $input.params().querystring.keySet())
    "$param": "$util.escapeJavaScript($input.params().querystring.get($param))"#if($foreach.hasNext),#end

    #end
  },
  "pathParams": {
    #foreach($param in $input.params().path.keySet())
    "$param": "$util.escapeJavaScript($input.params().path.get($param))"#if($foreach.hasNext),#end

    #end
  }
}''', "a Lambda custom-integration event", body=PET_BODY, params=PARAMS, context=CONTEXT)
C("photos-transform", r'''#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "title": "$elem.title",
      "url": "https://example.com/$elem.id"
    }#if($foreach.hasNext),#end

#end
  ]
}''', "the AWS docs photo album example", body=json.dumps({"photos": {"page": 1, "pages": "1234", "perpage": 100, "total": "123398", "photo": [
    {"id": "12345678901", "owner": "23456789@A12", "title": "Example", "ispublic": True},
    {"id": "23456789012", "owner": "34567890@B23", "title": "Example 2", "ispublic": True}]}}))
C("items-to-csv", r'''id,name,qty
#foreach($it in $input.path('$.items'))
$it.id,$it.name,$it.qty
#end''', "JSON items to CSV", body=ITEMS_BODY)
C("filter-and-count", r'''#set($inStock = 0)
#foreach($it in $input.path('$.items'))
#if($it.qty > 0)#set($inStock = $inStock + 1)#end
#end
{"total": $input.path('$.items').size(), "inStock": $inStock, "next": "$input.path('$.next')"}''', "count items in a loop", body=ITEMS_BODY)
C("optional-fields", r'''#set($b = $input.path('$'))
{
  "name": "$b.name"#if($b.owner.phone),
  "phone": "$b.owner.phone"#end#if($b.owner.email),
  "email": "$b.owner.email"#end

}''', "optional fields emitted only when present", body=PET_BODY)
C("default-values", r'''#set($limit = $input.params('limit'))
#if($limit == "")#set($limit = "25")#end
#set($q = $input.params('q'))
{"limit": $limit, "q": "$util.escapeJavaScript($q)", "offset": #if($input.params('offset') != "")$input.params('offset')#{else}0#end}''', "default values for missing parameters", params=PARAMS)
C("xml-to-soap", r'''<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetPet>
      <Id>$input.params('id')</Id>
      <Name>$input.path('$.name')</Name>
#foreach($t in $input.path('$.tags'))
      <Tag>$t</Tag>
#end
    </GetPet>
  </soap:Body>
</soap:Envelope>''', "a SOAP envelope built from JSON", body=PET_BODY, params=PARAMS)
C("kinesis-putrecord", r'''{
    "StreamName": "$stageVariables.env-stream",
    "Data": "$util.base64Encode($input.json('$'))",
    "PartitionKey": "$context.requestId"
}''', "Kinesis PutRecord with base64 data", body='{"event": "click", "at": 1}', context=CONTEXT, stage=STAGE)
C("sns-publish", r'''Action=Publish&TopicArn=$util.urlEncode('arn:aws:sns:us-east-1:123456789012:topic')&Message=$util.urlEncode($input.path('$.message'))&Subject=$util.urlEncode("Order $input.path('$.id')")''', "SNS Publish form body", body='{"id": 42, "message": "Hello & welcome, José!"}')
C("step-functions", r'''#set($data = $util.escapeJavaScript($input.json('$')))
{
    "input": "$data",
    "name": "$context.requestId",
    "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:$stageVariables.env"
}''', "Step Functions StartExecution with escaped input", body='{"order": {"id": "o-1", "note": "it\'s fine"}}', context=CONTEXT, stage=STAGE)
C("s3-list-response", r'''#set($root = $input.path('$'))
{
  "bucket": "$root.Name",
  "keys": [#foreach($o in $root.Contents)"$o.Key"#if($foreach.hasNext), #end#end],
  "total": #set($sum = 0)#foreach($o in $root.Contents)#set($sum = $sum + $o.Size)#end$sum
}''', "sum sizes from an S3 listing", body=json.dumps({"Name": "bucket-1", "Contents": [{"Key": "a.txt", "Size": 10}, {"Key": "b/c.png", "Size": 2048}]}))
C("paginated-links", r'''#set($page = $input.params('page'))
#if(!$page || $page == "")#set($page = "1")#end
#set($next = $page.length())
{"self": "/items?page=$page", "items": $input.json('$.items'), "count": $input.path('$.items').size()}''', "pagination links", body=ITEMS_BODY, params={"path": {}, "querystring": {"page": "3"}, "header": {}})
C("nested-loops-report", r'''#set($orders = $input.path('$.orders'))
#foreach($o in $orders)
Order $o.id:
#foreach($l in $o.lines)
  - $l.sku x$l.qty#if($l.qty > 1) (bulk)#end

#end
#end
Total orders: $orders.size()''', "nested loops producing a text report", body=json.dumps({"orders": [{"id": "A", "lines": [{"sku": "s1", "qty": 1}, {"sku": "s2", "qty": 3}]}, {"id": "B", "lines": []}]}))
C("cognito-claims", r'''{
  "userId": "$context.authorizer.claims.sub",
  "email": "$context.authorizer.claims.email",
  "username": "$context.authorizer.claims['cognito:username']",
  "groups": "$!context.authorizer.claims['cognito:groups']",
  "payload": $input.json('$')
}''', "claims from a Cognito authorizer", body='{"x": 1}', context=CONTEXT)
C("header-override", r'''#set($context.responseOverride.header.Location = "/pets/$input.path('$.id')")
#set($context.responseOverride.status = 201)
{"created": $input.json('$.id')}''', "setting a Location header and 201 status", body=PET_BODY, context={"requestId": "r", "responseOverride": {"header": {}}})

# =============================================================================================
group("errors")
C("unclosed-if", '#if(true)yes', "an #if without #end")
C("unclosed-foreach", '#foreach($i in [1..2])$i', "a #foreach without #end")
C("unclosed-macro", '#macro(unclosedm)x', "a #macro without #end")
C("stray-end", 'text#end', "an #end without a block")
C("stray-else", '#else', "an #else without #if")
C("stray-elseif", 'a#elseif(true)b', "an #elseif without #if")
C("else-after-else", '#if(true)a#{else}b#{else}c#end', "two #else in one #if")
C("bad-set-no-paren", '#set $a = 1', "#set without parentheses is text, not an error")
C("bad-set-no-equals", '#set($a 1)', "#set without =")
C("bad-set-no-target", '#set( = 1)', "#set without a target")
C("bad-set-literal-target", '#set("a" = 1)', "#set with a literal as the target")
C("bad-set-unclosed", '#set($a = 1', "#set without )")
C("unterminated-string", '#set($a = "open)$a', "an unterminated string literal")
C("unterminated-single-string", "#set($a = 'open)$a", "an unterminated single-quoted string")
C("unterminated-method", '$input.json(\'$.a\'', "an unterminated method call", body='{"a": 1}')
C("if-assignment", '#set($x = 1)#if($x = 1)T#end', "= instead of == in #if")
C("if-empty-condition", '#if()T#end', "an empty condition")
C("foreach-no-in", '#foreach($i [1, 2])$i#end', "#foreach without in renders nothing, not an error")
C("foreach-decimal-range", '#foreach($i in [1.5..3])$i#end', "a range with a decimal bound")
C("long-suffix", '#set($a = 1L)$a', "a Java long suffix is not Velocity syntax")
C("method-on-literal", '#if("abc".equals("abc"))T#end', "a method call on a string literal in an expression")
C("bad-map-literal", '#set($m = {"a" 1})', "a map literal without a colon")
C("escaped-quote-in-string", '#set($a = "a\\"b")$a', "a backslash does not escape a quote")
C("substring-out-of-range", '#set($s = "abc")$s.substring(5)', "a method throwing: substring out of range")
C("charat-out-of-range", '#set($s = "abc")$s.charAt(3)', "a method throwing: charAt out of range")
C("list-get-out-of-range", '#set($l = [1])$l.get(3)', "a method throwing: get out of range")
C("list-index-out-of-range", '#set($l = [1])$l[3]', "[i] out of range")
C("urldecode-throws", '$util.urlDecode("100%")', "urlDecode of an incomplete escape")
C("base64-throws", '$util.base64Decode("a")', "base64Decode of one character")
C("parsejson-throws", '$util.parseJson("[1,")', "parseJson of truncated JSON")
C("input-broken-body", "{\"v\": $input.json('$.v')}", "a broken body {a (AWS: 400 Could not process payload)", body="{a")
C("input-null-body", "$input.json('$')", "the body null (the JSON literal) cannot be queried", body="null")
C("jsonpath-invalid", "$input.path('$..')", "an invalid JSONPath", body='{"a": 1}')
C("error-after-output", 'before #set($s = "x")$s.substring(2)', "an error after some output: nothing is returned")
C("evaluate-broken", '#evaluate("#foreach(")', "#evaluate of a broken template")
C("unclosed-formal", '${a', "an unclosed ${")
C("unclosed-paren-directive", '#if(true', "#if without )")
C("define-unclosed", '#define($d)x', "#define without #end")
C("unclosed-list", '#set($l = [1, 2)$l', "an unclosed list literal")
C("break-outside", '#break|', "#break outside a loop ends rendering, not an error")


# Disagreements found by scripts/differential (seeds 7 to 97, 5,000 cases each), reduced.
group("differential")
M2 = '#set($m = {"a": 1, "b": 2})'
C("map-replace", '#set($m = {"a": 1})$m.replace("a", "Z")|$m|$m.replace("b", "Y")|$m', "Map.replace(key, value) replaces an existing key and returns the old value")
C("map-replace-three", '#set($m = {"a": 1})$m.replace("a", "Z", 3)|$m.replace("a", 1, 3)|$m', "Map.replace(key, old, new) replaces only when the old value matches")
C("path-object-replace", "#set($o = $input.path('$.price[0]'))$o.replace('a', 'Z')|$o", "replace on a JSON object read with $input.path is Map.replace", body='{"price": [{"a": 1}]}')
C("keyset-no-list-methods", M2 + '[$m.keySet().get(0)][$m.keySet().subList(0, 1)][$m.keySet().indexOf("a")][$m.keySet().size()][$m.keySet().contains("a")]', "a key set is a Set, not a List: get, subList and indexOf are not methods of it")
C("keyset-index", M2 + '[$m.keySet()[0]][$m.values()[0]][$m.entrySet()[1]]', "[i] on a key set, values or entry set gives null")
C("context-values-index", "[$context.identity.values()[0]]", "[i] on the values of a JSON object gives null", context={"identity": {"sourceIp": "10.0.0.25"}})
C("entryset-get-empty", '#set($m = {})[$m.entrySet().get(0)]', "get on an empty entry set is not a method call, so nothing is thrown")
C("values-sublist-empty", "[$input.path('$').values().subList(0, 1)]", "subList on the values of an empty JSON object is not a method call, so nothing is thrown", body='{}')
C("keyset-add", '#set($m = {"a": 1})$m.keySet().add("z")', "add on a key set throws UnsupportedOperationException")
C("values-add", '#set($m = {"a": 1})$m.values().add("z")', "add on a map's values throws UnsupportedOperationException")
C("entryset-add", '#set($m = {"a": 1})$m.entrySet().add("z")', "add on an entry set throws UnsupportedOperationException")
C("json-values-add", "$input.path('$').values().add('z')", "add on the values of a JSON object throws UnsupportedOperationException", body='{"a": 1}')
C("keyset-class", M2 + '$m.keySet().getClass().getName() $m.values().getClass().getName() $m.entrySet().getClass().getName()', "the view classes of a LinkedHashMap")
C("character-compareto-string", "#set($s = 'abc')#set($c = $s.charAt(0))$c.compareTo('b')", "Character.compareTo with a String throws ClassCastException (the Comparable bridge casts)")
C("define-error-in-condition", '#define($d)$util.urlEncode($nope)#end#if($d)T#end|', "a #define block that throws, used as a condition: Reference evaluation threw an exception")
C("define-error-in-not", "#define($d)$input.path('$..n')[1]#end#if(not $d)T#end|", "a #define block that throws inside #if(not ...)", body='{"deep": {"n": [3, 42]}}')
C("define-error-in-equals", '#define($d)$util.urlEncode($nope)#end#if($d == "x")T#end|', "a #define block that throws, compared with ==: the block's exception")
C("define-error-equals-null", '#define($d)$util.urlEncode($nope)#end#if($d == $nope)T#end|', "a #define block compared with null is still rendered (Velocity takes toString() first)")
C("foreach-map-put", '#set($m = {"a": 1, "c": 2})#foreach($v in $m)#set($m.b = 1)$v #end|', "adding a key to a map inside #foreach over it: ConcurrentModificationException")
C("foreach-keyset-put", '#set($m = {"a": 1, "c": 2})#foreach($k in $m.keySet())#set($m.b = 1)$k #end|', "adding a key to a map inside #foreach over its key set: ConcurrentModificationException")
C("foreach-map-put-last", '#set($m = {"a": 1})#foreach($v in $m)#set($m.b = 1)$v #end|', "adding a key while on a map's last entry ends the loop without an exception")
C("split-empty-regex", '#set($s = "abc")#set($a = $s.split(""))$a.size() $a[0] $a[2]|$s.split("", -1).size()', "split with an empty regex splits between characters")
C("replace-empty-regex", '#set($s = "abc")$s.replaceAll("", "-")|$s.replaceFirst("", "-")|$s.matches("")', "replaceAll, replaceFirst and matches with an empty regex")
# Seeds 11 to 97 (5,000 cases each).
C("regex-empty-match-surrogates", '#set($s = "a\U0001F600b")$s.split("|").size() $s.split("").size() $s.replaceAll("x*", "-").length() $s.replaceFirst("(?=b)", "-") $s.split("(?!a)").size() [$s.split("|")[1]] $s.replaceAll("", "-") $s.split("\U0001F600").size() $s.replaceAll(".", "-")',
  "after an empty match Java resumes one UTF-16 unit later, between the halves of a surrogate pair")
C("macro-break-call-depth", '#macro(m)#break#end#foreach($i in [1..25])#m()$i #end', "each #break out of a macro leaves it on Velocity's call stack: the 21st call exceeds the depth of 20")
C("macro-break-call-depth-room", '#macro(m)#break#end#macro(n)x#end#foreach($i in [1..19])#m()#end#n()#n()', "after 19 #break out of a macro, calls one level deep still work")


def slug(name):
    s = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")
    return s[:48]


def main():
    total = 0
    written = 0
    keep = set()
    for name, cases in groups.items():
        directory = os.path.join(CORPUS, name)
        os.makedirs(directory, exist_ok=True)
        seen = set()
        for i, (short, case) in enumerate(cases, 1):
            s = slug(short)
            if s in seen:
                sys.exit("duplicate case name %s/%s" % (name, s))
            seen.add(s)
            stem = "%03d-%s" % (i, s)
            path = os.path.join(directory, stem + ".json")
            keep.add(path)
            text = json.dumps(case, ensure_ascii=False, indent=2) + "\n"
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                for ext in (".out", ".err"):  # stale until recorded again
                    if os.path.exists(os.path.join(directory, stem + ext)):
                        os.remove(os.path.join(directory, stem + ext))
                written += 1
            total += 1
    removed = 0
    for dirpath, _, files in os.walk(CORPUS):
        for f in files:
            p = os.path.join(dirpath, f)
            if f.endswith(".json") and p not in keep:
                os.remove(p)
                removed += 1
                for ext in (".out", ".err"):
                    q = p[:-5] + ext
                    if os.path.exists(q):
                        os.remove(q)
    counts = ", ".join("%s %d" % (g, len(c)) for g, c in groups.items())
    print("%d cases (%s); %d written, %d removed" % (total, counts, written, removed))


if __name__ == "__main__":
    main()
