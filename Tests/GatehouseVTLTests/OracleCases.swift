// Generated from Apache Velocity 1.7 (the oracle, one engine per case, plain Velocity mode):
// each case is a template and what Velocity printed ("o") or that it failed ("e", its message).
// Groups: t* = lexer/escape probes, expr = expressions and Java methods, ws1/ws2 = whitespace
// tables, corpus_pure = the conformance corpus cases that use no $input/$util/$context.
let oracleCasesJSON = ####"""
[
{
"g": "t1",
"t": "a$#b",
"o": "a$#b"
},
{
"g": "t1",
"t": "$#if(true)x#end",
"o": "x"
},
{
"g": "t1",
"t": "$true",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"$true\" at template[line 1, column 1]"
},
{
"g": "t1",
"t": "cost $",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\" at *unset*[line 1, column 7]"
},
{
"g": "t1",
"t": "a\\$x b",
"o": "a\\$x b"
},
{
"g": "t1",
"t": "#set($x=1)a\\$x b\\\\$x c\\\\\\$x",
"o": "a$x b\\1 c\\$x"
},
{
"g": "t1",
"t": "$a #set($b=1)$b",
"o": "1"
},
{
"g": "t1",
"t": "#set($s = \"a\\\"b\")$s",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"b\" at template[line 1, column 15]"
},
{
"g": "t1",
"t": "#set($s = \"a\"\"b\")$s",
"o": "a\"b"
},
{
"g": "t1",
"t": "#if(true)x#else y#end|",
"o": "x|"
},
{
"g": "t1",
"t": "#set($a = $b -1)",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"-1\" at template[line 1, column 14]"
},
{
"g": "t1",
"t": "#stop",
"o": ""
},
{
"g": "t1",
"t": "a#stop b",
"o": "a"
},
{
"g": "t1",
"t": "#set($x = 3)$x.class",
"o": "class java.lang.Integer"
},
{
"g": "t1",
"t": "#set($m = {})$m.class $m.empty",
"o": "class java.util.LinkedHashMap "
},
{
"g": "t1",
"t": "#set($l = [1])$l.empty $l.size",
"o": "false "
},
{
"g": "t1",
"t": "$a.b((1))",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: \"(\" (40), after : \"\" at *unset*[line 1, column 6]"
},
{
"g": "t1",
"t": "\\#if(true)x#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"#end\" at template[line 1, column 12]"
},
{
"g": "t1",
"t": "\\\\#if(true)x#end",
"o": "\\x"
},
{
"g": "t1",
"t": "#* ## *#ok",
"o": "ok"
},
{
"g": "t1",
"t": "#[[ ## ]]#ok",
"o": " ## ok"
},
{
"g": "t2",
"t": "a $ #set($x=1)b",
"o": "a b"
},
{
"g": "t2",
"t": "a\\\\",
"o": "a\\\\"
},
{
"g": "t2",
"t": "#set(${a} = 1)[$a][${a}]",
"o": "[][]"
},
{
"g": "t2",
"t": "#set($!a = 1)[$a]",
"o": "[]"
},
{
"g": "t2",
"t": "$a.true",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"true\" at template[line 1, column 4]"
},
{
"g": "t2",
"t": "#set($s=\"abc\")$s.charAt(5)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'charAt' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: String index out of range: "
},
{
"g": "t2",
"t": "#set($l=[1,2,3])$l.remove(0) $l",
"o": "1 [2, 3]"
},
{
"g": "t2",
"t": "#set($l=[1,2,3])#set($i=$l.remove(1))$i $l",
"o": "2 [1, 3]"
},
{
"g": "t2",
"t": "#macro(m $a)#set($a = 5)#end#set($b=1)#m($b)[$a][$b]",
"o": "[5][1]"
},
{
"g": "t2",
"t": "#set($s = \"a\" + $nope)$s",
"o": "a$nope"
},
{
"g": "t2",
"t": "#foreach($x in [1,2])#end[$x]",
"o": "[]"
},
{
"g": "t2",
"t": "#set($x = 9)#foreach($x in [1,2])$x#end[$x]",
"o": "12[9]"
},
{
"g": "t5",
"t": "#set($x = \"$.a.b[-2:]\")[$x]",
"o": "[$.a.b[-2:]]"
},
{
"g": "t5",
"t": "[$.a.b]",
"o": "[$.a.b]"
},
{
"g": "t5",
"t": "#set($x = \"$.store\")[$x]",
"o": "[$.store]"
},
{
"g": "t5",
"t": "$.store.book",
"o": "$.store.book"
},
{
"g": "t5",
"t": "x$.y",
"o": "x$.y"
},
{
"g": "t5",
"t": "#set($x = \"a$.b\")[$x]",
"o": "[a$.b]"
},
{
"g": "t6",
"t": "a$.b",
"o": "a$.b"
},
{
"g": "t6",
"t": "a$!.b",
"o": "a.b"
},
{
"g": "t6",
"t": "a$\\!.b",
"o": "a.b"
},
{
"g": "t6",
"t": "a$[b",
"o": "a$[b"
},
{
"g": "t6",
"t": "a$![b",
"o": "a$![b"
},
{
"g": "t6",
"t": "a$\\![b",
"o": "a$\\![b"
},
{
"g": "t6",
"t": "a$$.b",
"o": "a$$.b"
},
{
"g": "t6",
"t": "#set($x = 1)$x$.b",
"o": "1$.b"
},
{
"g": "t6",
"t": "\\$.b",
"o": ".b"
},
{
"g": "t6",
"t": "#set($x = \"$.a[0].b\")$x",
"o": "$.a[0].b"
},
{
"g": "t6",
"t": "$.x.y.z",
"o": "$.x.y.z"
},
{
"g": "t6",
"t": "$..b",
"o": "$..b"
},
{
"g": "t6",
"t": "$.",
"o": "$."
},
{
"g": "t6",
"t": "$.1",
"o": "$.1"
},
{
"g": "expr",
"t": "#set($a = 2147483647)#set($b = $a + 1)$b $b.class.name",
"o": "2147483648 java.lang.Long"
},
{
"g": "expr",
"t": "#set($a = 9223372036854775807)$a.class.name #set($b = $a + 1)$b $b.class.name",
"o": "java.lang.Long9223372036854775808 java.math.BigInteger"
},
{
"g": "expr",
"t": "#set($a = 99999999999999999999)$a $a.class.name #set($b = $a * $a)$b",
"o": "99999999999999999999 java.math.BigInteger9999999999999999999800000000000000000001"
},
{
"g": "expr",
"t": "#set($a = -2147483648)#set($b = $a - 1)$b $b.class",
"o": "-2147483649 class java.lang.Long"
},
{
"g": "expr",
"t": "#set($a = 7 / 2)$a #set($b = 7 % 3)$b #set($c = -7 / 2)$c #set($d = -7 % 3)$d",
"o": "31-3-1"
},
{
"g": "expr",
"t": "#set($a = 7.0 / 2)$a #set($b = 1 / 3.0)$b #set($c = 10 / 4.0)$c",
"o": "3.50.33333333333333332.5"
},
{
"g": "expr",
"t": "#set($a = 1 / 0)[$a] #set($b = 1.0 / 0)[$b] #set($c = 5 % 0)[$c]",
"o": "[] [] []"
},
{
"g": "expr",
"t": "#set($x = 5)#set($x = $x / 0)$x",
"o": "5"
},
{
"g": "expr",
"t": "#set($a = \"5\" + 1)$a #set($b = 1 + \"5\")$b #set($c = 1 + 2 + \"x\")$c #set($d = \"x\" + 1 + 2)$d",
"o": "51153xx12"
},
{
"g": "expr",
"t": "#set($a = [1] + 1)[$a] #set($b = true + 1)[$b]",
"o": "[] []"
},
{
"g": "expr",
"t": "#set($a = 0.1 + 0.2)$a #set($b = 1e10)$b #set($c = 1.5e-7)$c #set($d = 123456789.0)$d #set($e = 0.00012)$e",
"o": "0.300000000000000041.0E101.5E-71.23456789E81.2E-4"
},
{
"g": "expr",
"t": "#set($a = 3 * 1.5)$a #set($b = 2 * 3)$b #set($c = 2147483647 * 2)$c",
"o": "4.564294967294"
},
{
"g": "expr",
"t": "#if(1 == 1.0)eq#end #if(1 < 2)lt#end #if(2 >= 2)ge#end #if(\"a\" == \"a\")s#end #if(\"1\" == 1)x#end",
"o": "eq lt ge s x"
},
{
"g": "expr",
"t": "#if(1 lt 2 and 3 gt 2)ok#end #if(not false)n#end #if(1 eq 1 or false)o#end #if(1 ne 2)ne#end #if(2 le 2 && 3 ge 3)le#end",
"o": "ok n o ne le"
},
{
"g": "expr",
"t": "#if(\"a\" < \"b\")yes#{else}no#end #if($null < 1)yes#{else}no#end",
"o": "no no"
},
{
"g": "expr",
"t": "#set($l = [1, 2])#if($l == [1, 2])same#end #if($l != [1])diff#end",
"o": "same diff"
},
{
"g": "expr",
"t": "#set($m = {\"a\": 1})#if($m == {\"a\": 1})same#end",
"o": "same"
},
{
"g": "expr",
"t": "#if(true == \"true\")tt#end #if(1 == \"1\")one#end #if($nothing == $nothing2)nn#end",
"o": "tt one nn"
},
{
"g": "expr",
"t": "#set($x = !true)$x #set($y = !$undef)$y #set($z = true && false)$z #set($w = $undef || true)$w",
"o": "falsetruefalsetrue"
},
{
"g": "expr",
"t": "#if(\"\")empty-true#end #if(0)zero#end #if([])list#end #if({})map#end #if(1 + 1)math#end",
"o": "    "
},
{
"g": "expr",
"t": "#set($e = \"\")#if($e)empty-var#end #set($z = 0)#if($z)zero-var#end #set($l = [])#if($l)list-var#end #set($f = false)#if($f)f#{else}nf#end",
"o": "empty-varzero-varlist-varnf"
},
{
"g": "expr",
"t": "#set($s = \"hello world\")$s.length() $s.substring(6) $s.substring(0, 5) $s.indexOf(\"o\") $s.lastIndexOf(\"o\") $s.indexOf(\"o\", 5) $s.toUpperCase() $s.replace(\"o\", \"0\")",
"o": "11 world hello 4 7 7 HELLO WORLD hell0 w0rld"
},
{
"g": "expr",
"t": "#set($s = \"a,b,,c,,\")$s.split(\",\").size() #foreach($p in $s.split(\",\"))[$p]#end $s.split(\",\", -1).size() $s.split(\",\", 2)[1]",
"o": "4 [a][b][][c] 6 b,,c,,"
},
{
"g": "expr",
"t": "#set($s = \"  trim me  \")[$s.trim()] $s.contains(\"trim\") $s.startsWith(\"  t\") $s.endsWith(\"  \") $s.isEmpty() $s.length()",
"o": "[trim me] true true true false 11"
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.charAt(1) $s.charAt(1).class.name #if($s.charAt(1) == \"b\")eq#end $s.compareTo(\"abd\") $s.equals(\"abc\") $s.equalsIgnoreCase(\"ABC\") $s.hashCode() $s.concat(\"def\")",
"o": "b java.lang.Character eq -1 true true 96354 abcdef"
},
{
"g": "expr",
"t": "#set($s = \"a1b22c333\")$s.replaceAll(\"[0-9]+\", \"#\") $s.replaceFirst(\"\\d\", \"X\") $s.matches(\"[a-z0-9]+\") $s.matches(\"a\") $s.replaceAll(\"([a-z])(\\d)\", \"$2$1\")",
"o": "a#b#c# aXb22c333 true false 1a2b23c33"
},
{
"g": "expr",
"t": "#set($s = \"x.y.z\")$s.split(\".\").size() $s.split(\"\\.\").size() $s.replaceAll(\".\", \"-\") $s.replace(\".\", \"-\")",
"o": "0 3 ----- x-y-z"
},
{
"g": "expr",
"t": "#set($s = \"héllo😀\")$s.length() $s.substring(5) $s.toUpperCase() $s.indexOf(\"😀\") $s.charAt(1)",
"o": "7 😀 HÉLLO😀 5 é"
},
{
"g": "expr",
"t": "#set($l = [3, 1, 2])$l.size() $l.get(0) $l.contains(1) $l.indexOf(2) $l.isEmpty() $l.add(4) $l $l.remove(0) $l $l.remove(\"x\") $l.set(0, 9) $l",
"o": "3 3 true 2 false true [3, 1, 2, 4] 3 [1, 2, 4] false 1 [9, 2, 4]"
},
{
"g": "expr",
"t": "#set($l = [\"a\", \"b\"])$l.add(1, \"c\") $l $l.addAll([\"d\"]) $l $l.subList(1, 3) $l.clear() $l $l.empty",
"o": " [a, c, b] true [a, c, b, d] [c, b]  [] true"
},
{
"g": "expr",
"t": "#set($m = {\"a\": 1, \"b\": 2})$m.size() $m.get(\"a\") $m.a $m[\"b\"] $m.put(\"c\", 3) $m.put(\"a\", 9) $m $m.remove(\"b\") $m $m.containsKey(\"a\") $m.containsValue(3) $m.keySet() $m.values() $m.entrySet() $m.isEmpty()",
"o": "2 1 1 2  1 {a=9, b=2, c=3} 2 {a=9, c=3} true true [a, c] [9, 3] [a=9, c=3] false"
},
{
"g": "expr",
"t": "#set($m = {})#set($m.x = 1)#set($m[\"y\"] = 2)$m #set($k = \"z\")#set($m[$k] = 3)$m $m.getOrDefault(\"q\", \"dflt\")",
"o": "{x=1, y=2}{x=1, y=2, z=3} dflt"
},
{
"g": "expr",
"t": "#set($l = [1, 2, 3])$l[0] $l[-1] $l[2] #set($l[0] = \"x\")$l",
"o": "1 3 3[x, 2, 3]"
},
{
"g": "expr",
"t": "#set($n = 42)$n.intValue() $n.doubleValue() $n.longValue() $n.toString() $n.compareTo(7) $n.equals(42) $n.hashCode()",
"o": "42 42.0 42 42 1 true 42"
},
{
"g": "expr",
"t": "#set($d = 2.5)$d.intValue() $d.longValue() $d.doubleValue() $d.isNaN() #set($t = true)$t.booleanValue() $t.toString()",
"o": "2 2 2.5 falsetrue true"
},
{
"g": "expr",
"t": "$velocityCount #foreach($i in [1..3])$velocityCount$velocityHasNext $foreach.count $foreach.index $foreach.hasNext $foreach.first $foreach.last|#end",
"o": " 1true 1 0 true true false|2true 2 1 true false false|3false 3 2 false false true|"
},
{
"g": "expr",
"t": "#foreach($i in [1..2])#foreach($j in [1..2])$foreach.parent.count$foreach.count #end#end",
"o": "11 12 21 22 "
},
{
"g": "expr",
"t": "#foreach($i in [1..5])#if($i == 3)#break#end$i#end",
"o": "12"
},
{
"g": "expr",
"t": "#foreach($i in [1..3])#foreach($j in [1..3])#if($j == 2)#break($foreach.parent)#end$i$j #end#end",
"o": "11 "
},
{
"g": "expr",
"t": "#foreach($i in [5..1])$i#end #foreach($i in [-2..2])$i,#end #foreach($i in [0..0])$i#end",
"o": "54321 -2,-1,0,1,2, 0"
},
{
"g": "expr",
"t": "#set($n = 3)#foreach($i in [1..$n])$i#end #set($m = \"3\")#foreach($i in [1..$m])$i#end",
"o": "123"
},
{
"g": "expr",
"t": "#foreach($i in {\"a\": 1, \"b\": 2})$i#end #foreach($i in \"abc\")x#end #foreach($i in $nothing)x#end #foreach($i in 5)x#end",
"o": "12   "
},
{
"g": "expr",
"t": "#foreach($i in [1, $null, 3])[$i]#end",
"o": "[1][][3]"
},
{
"g": "expr",
"t": "#set($list = [1,2,3])#foreach($i in $list)#if($i == 2)$list.add(4)#end$i#end",
"e": "java.util.ConcurrentModificationException"
},
{
"g": "expr",
"t": "#define($blk)Hello $who#end#set($who = \"A\")$blk #set($who = \"B\")$blk",
"o": "Hello AHello B"
},
{
"g": "expr",
"t": "#evaluate(\"#set($q = 5)$q\")-$q",
"o": "5-5"
},
{
"g": "expr",
"t": "#set($code = '#foreach($i in [1..2])$i#end')#evaluate($code)",
"o": "12"
},
{
"g": "expr",
"t": "#evaluate(\"#stop\")after #evaluate(\"x#break\")y",
"o": ""
},
{
"g": "expr",
"t": "#macro(rec $n)$n#if($n > 0)#set($m = $n - 1)#rec($m)#end#end#rec(3)",
"o": "3210"
},
{
"g": "expr",
"t": "#macro(inf)x#inf()#end#inf()",
"e": "org.apache.velocity.exception.MacroOverflowException: Max calling depth of 20 was exceeded in macro 'inf' with Call Stack:inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf->inf"
},
{
"g": "expr",
"t": "#macro(d $x)#set($x = \"changed\")$x#end#set($v = \"orig\")#d($v)$v",
"o": "changedorig"
},
{
"g": "expr",
"t": "#macro(m2 $a)$a $a#end#set($c = 0)#m2(\"$c\")",
"o": "0 0"
},
{
"g": "expr",
"t": "#macro(cnt $l)$l.size()#end#cnt([1,2])#cnt({\"a\":1})",
"o": "21"
},
{
"g": "expr",
"t": "#macro(twice $b)$b$b#end#twice(\"x\")#twice($undefined)#twice(5)",
"o": "xx55"
},
{
"g": "expr",
"t": "#@wrap()inner#end #macro(wrap)<$bodyContent>#end#@wrap()body#end",
"o": "<inner> <body>"
},
{
"g": "expr",
"t": "#include(\"x.vm\")",
"e": "org.apache.velocity.exception.ResourceNotFoundException: Unable to find resource 'x.vm'"
},
{
"g": "expr",
"t": "#parse(\"x.vm\")",
"e": "org.apache.velocity.exception.ResourceNotFoundException: Unable to find resource 'x.vm'"
},
{
"g": "expr",
"t": "#literal()#set($x = 1)$x#end",
"o": "#set($x = 1)$x"
},
{
"g": "expr",
"t": "$s.substring(1)",
"o": ""
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.substring(5)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 5, end 3, length 3"
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.substring(2, 1)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 2, end 1, length 3"
},
{
"g": "expr",
"t": "#set($l = [1])$l.get(3)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'get' in  class java.util.ArrayList threw exception java.lang.IndexOutOfBoundsException: Index 3 out of bounds for length "
},
{
"g": "expr",
"t": "#set($l = [1])$l[3]",
"e": "org.apache.velocity.exception.VelocityException: Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList at template[line 1, column 17]"
},
{
"g": "expr",
"t": "#set($m = {\"a\": 1})$m[-1]",
"o": ""
},
{
"g": "expr",
"t": "#set($s = \"x\")$s[0]",
"o": ""
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.replaceAll(\"(\", \"x\")",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'replaceAll' in  class java.lang.String threw exception java.util.regex.PatternSyntaxException: Unclosed group near index "
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.replaceAll(\"b\", \"$2\")",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'replaceAll' in  class java.lang.String threw exception java.lang.IndexOutOfBoundsException: No group 2 at template[line 1"
},
{
"g": "expr",
"t": "#set($i = \"42\")$i.length() #set($n = 0)$n.parseInt(\"17\") $n.parseInt(\"x1\")",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'parseInt' in  class java.lang.Integer threw exception java.lang.NumberFormatException: For input string: \"x1\" at template"
},
{
"g": "expr",
"t": "#set($s = \"\")$s.format(\"%s-%d-%5.2f|%-4s|%04d\", \"a\", 3, 2.5, \"b\", 42)",
"o": "a-3- 2.50|b   |0042"
},
{
"g": "expr",
"t": "#set($x = \"$undefined\")[$x] #set($y = \"$!undefined\")[$y] #set($z = \"a${undefined}b\")[$z]",
"o": "[] [] [ab]"
},
{
"g": "expr",
"t": "#set($x = \"#if(true)yes#end\")$x #set($y = \"## comment\")[$y] #set($z = \"a ## c\")[$z]",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"[\" at template[line 1, column 56]"
},
{
"g": "expr",
"t": "#set($x = 'single $novar')$x #set($y = \"dq \\\" x\")$y",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"x\" at template[line 1, column 47]"
},
{
"g": "expr",
"t": "#set($x = \"tab\\there\\nnl\")$x #set($u = \"\\u00e9\\u0041\")$u",
"o": "tab\\there\\nnléA"
},
{
"g": "expr",
"t": "#set($a = [1..3])$a #set($b = [1, [2, [3]]])$b #set($c = {\"k\": [1, {\"z\": true}]})$c",
"o": "[1, 2, 3][1, [2, [3]]]{k=[1, {z=true}]}"
},
{
"g": "expr",
"t": "#set($d = {1: \"int\", \"1\": \"str\", true: \"bool\"})$d $d.get(1) $d.get(\"1\")",
"o": "{1=int, 1=str, true=bool} int str"
},
{
"g": "expr",
"t": "#set($x = $y)[$x] #set($x = 1)#set($x = $nope)[$x] #set($x = $nope.foo)[$x]",
"o": "[] [1] [1]"
},
{
"g": "expr",
"t": "$a$b ${a}b $!{a} $!a $a.b.c $a.b() $a[0] $!a.b",
"o": " b      "
},
{
"g": "expr",
"t": "#set($a = \"v\")\\$a \\\\$a \\\\\\$a \\$!a \\${a} $\\!a \\$nope \\\\$nope",
"o": "$a \\v \\$a $!a ${a}  \\$nope \\"
},
{
"g": "expr",
"t": "\\#if \\#set \\#foo \\\\#if(true)x#end \\\\\\#if",
"o": "#if #set \\#foo \\x \\#if"
},
{
"g": "expr",
"t": "#set($a = 1)#if($a)#set($b = 2)#end$b#if(!$c)nc#end",
"o": "2nc"
},
{
"g": "expr",
"t": "$a.b(1, 'two', \"three\", [4], {\"k\": 5}, true, 6.5)",
"o": ""
},
{
"g": "expr",
"t": "#set($m = {\"key\": \"v\"})$m.key.length() $m.missing.length() $m.get(\"key\").toUpperCase()",
"o": "1  V"
},
{
"g": "expr",
"t": "#set($s = \"abc\")$s.nosuchmethod() $s.length(1) $s.substring(\"1\")",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'length' in  class java.lang.String threw exception java.lang.IllegalArgumentException: wrong number of arguments at templ"
},
{
"g": "ws1",
"t": "#set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "#set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "  #set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "  #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "  #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "  #set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "\t#set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "\t#set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "\t#set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "x #set($a = 1)T",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set($a = 1)\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set($a = 1)  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set($a = 1) x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x #set($a = 1)\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set($a = 1) \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set($a = 1)\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #set($a = 1)yT",
"o": "x yT"
},
{
"g": "ws1",
"t": "x#set($a = 1)T",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set($a = 1)\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set($a = 1)  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set($a = 1) x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x#set($a = 1)\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set($a = 1) \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set($a = 1)\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#set($a = 1)yT",
"o": "xyT"
},
{
"g": "ws1",
"t": "$a #set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "$a #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$a #set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)T",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = 1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "#set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "  #set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "\t#set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )T",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set( $a = 1 ) x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set( $a = 1 ) \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #set( $a = 1 )yT",
"o": "x yT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )T",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 ) x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 ) \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#set( $a = 1 )yT",
"o": "xyT"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$a #set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )T",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 ) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 ) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "## c\n  #set( $a = 1 )yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "#{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "  #{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "  #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "  #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "  #{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "  #{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "\t#{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "x #{set}($a=1)T",
"o": "x T"
},
{
"g": "ws1",
"t": "x #{set}($a=1)\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #{set}($a=1)  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #{set}($a=1) x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x #{set}($a=1)\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #{set}($a=1) \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x #{set}($a=1)\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #{set}($a=1)yT",
"o": "x yT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)T",
"o": "xT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#{set}($a=1) x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#{set}($a=1) \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#{set}($a=1)yT",
"o": "xyT"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$a #{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)T",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1) x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1) \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "## c\n  #{set}($a=1)yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(true)T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true) x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(true)\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true) \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(true)yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "  #if(true)T#end",
"o": "  T"
},
{
"g": "ws1",
"t": "  #if(true)\nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "  #if(true)  \nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "  #if(true) x\nT#end",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "  #if(true)\nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "  #if(true) \t \nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "  #if(true)\n\nT#end",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  #if(true)yT#end",
"o": "  yT"
},
{
"g": "ws1",
"t": "\t#if(true)T#end",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#if(true)\nT#end",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#if(true)  \nT#end",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#if(true) x\nT#end",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "\t#if(true)\nT#end",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#if(true) \t \nT#end",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#if(true)\n\nT#end",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t#if(true)yT#end",
"o": "\tyT"
},
{
"g": "ws1",
"t": "x #if(true)T#end",
"o": "x T"
},
{
"g": "ws1",
"t": "x #if(true)\nT#end",
"o": "x T"
},
{
"g": "ws1",
"t": "x #if(true)  \nT#end",
"o": "x T"
},
{
"g": "ws1",
"t": "x #if(true) x\nT#end",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x #if(true)\nT#end",
"o": "x T"
},
{
"g": "ws1",
"t": "x #if(true) \t \nT#end",
"o": "x T"
},
{
"g": "ws1",
"t": "x #if(true)\n\nT#end",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #if(true)yT#end",
"o": "x yT"
},
{
"g": "ws1",
"t": "x#if(true)T#end",
"o": "xT"
},
{
"g": "ws1",
"t": "x#if(true)\nT#end",
"o": "xT"
},
{
"g": "ws1",
"t": "x#if(true)  \nT#end",
"o": "xT"
},
{
"g": "ws1",
"t": "x#if(true) x\nT#end",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x#if(true)\nT#end",
"o": "xT"
},
{
"g": "ws1",
"t": "x#if(true) \t \nT#end",
"o": "xT"
},
{
"g": "ws1",
"t": "x#if(true)\n\nT#end",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#if(true)yT#end",
"o": "xyT"
},
{
"g": "ws1",
"t": "$a #if(true)T#end",
"o": " T"
},
{
"g": "ws1",
"t": "$a #if(true)\nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "$a #if(true)  \nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "$a #if(true) x\nT#end",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "$a #if(true)\nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "$a #if(true) \t \nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "$a #if(true)\n\nT#end",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a #if(true)yT#end",
"o": " yT"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)T#end",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)\nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)  \nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true) x\nT#end",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)\nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true) \t \nT#end",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)\n\nT#end",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #if(true)yT#end",
"o": " yT"
},
{
"g": "ws1",
"t": "## c\n  #if(true)T#end",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #if(true)\nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #if(true)  \nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #if(true) x\nT#end",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "## c\n  #if(true)\nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #if(true) \t \nT#end",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #if(true)\n\nT#end",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  #if(true)yT#end",
"o": "  yT"
},
{
"g": "ws1",
"t": "#if(false)T#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)  \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false) x\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false) \t \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)\n\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)yT#end",
"o": ""
},
{
"g": "ws1",
"t": "  #if(false)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #if(false)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "\t#if(false)T#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false)  \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false) x\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false) \t \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false)\n\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#if(false)yT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "x #if(false)T#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false)  \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false) x\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false) \t \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false)\n\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #if(false)yT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x#if(false)T#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false)  \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false) x\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false) \t \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false)\n\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#if(false)yT#end",
"o": "x"
},
{
"g": "ws1",
"t": "$a #if(false)T#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #if(false)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)T#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #if(false)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  #if(false)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #if(false)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#if(false)#elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)#elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)  #elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)  #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)  #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)  #elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)\t#elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)\t#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)\t#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)\t#elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)x #elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)x #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)x #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)x #elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)x#elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)x#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)x#else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)x#elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)$a #elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)$a #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)$a #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)$a #elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)## c\n  #elseT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #else\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #elseyT#end",
"o": ""
},
{
"g": "ws1",
"t": "#if(true)#endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 14]"
},
{
"g": "ws1",
"t": "#if(true)#end\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#end  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#end x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(true)#end\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#end \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#end\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(true)#endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 15]"
},
{
"g": "ws1",
"t": "#if(true)  #endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 16]"
},
{
"g": "ws1",
"t": "#if(true)  #end\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #end  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #end x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "#if(true)  #end\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #end \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #end\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "#if(true)  #endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 17]"
},
{
"g": "ws1",
"t": "#if(true)\t#endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 21]"
},
{
"g": "ws1",
"t": "#if(true)\t#end\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#end  \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#end x\nT",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "#if(true)\t#end\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#end \t \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#end\n\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "#if(true)\t#endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 22]"
},
{
"g": "ws1",
"t": "#if(true)x #endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 16]"
},
{
"g": "ws1",
"t": "#if(true)x #end\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #end  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #end x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "#if(true)x #end\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #end \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #end\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "#if(true)x #endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 17]"
},
{
"g": "ws1",
"t": "#if(true)x#endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 15]"
},
{
"g": "ws1",
"t": "#if(true)x#end\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#end  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#end x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "#if(true)x#end\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#end \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#end\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "#if(true)x#endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 16]"
},
{
"g": "ws1",
"t": "#if(true)$a #endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 17]"
},
{
"g": "ws1",
"t": "#if(true)$a #end\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #end  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #end x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#if(true)$a #end\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #end \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #end\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#if(true)$a #endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 18]"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 25]"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #end\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 26]"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #endT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 2, column 7]"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #end\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #endyT",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 2, column 8]"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])T#end",
"o": "TT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])\nT#end",
"o": "TT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])  \nT#end",
"o": "TT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2]) x\nT#end",
"o": " x\nT x\nT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])\nT#end",
"o": "TT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2]) \t \nT#end",
"o": "TT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])\n\nT#end",
"o": "\nT\nT"
},
{
"g": "ws1",
"t": "#foreach($i in [1,2])yT#end",
"o": "yTyT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])T#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])\nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])  \nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2]) x\nT#end",
"o": "   x\nT x\nT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])\nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2]) \t \nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])\n\nT#end",
"o": "  \nT\nT"
},
{
"g": "ws1",
"t": "  #foreach($i in [1,2])yT#end",
"o": "  yTyT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])T#end",
"o": "\tTT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])\nT#end",
"o": "\tTT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])  \nT#end",
"o": "\tTT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2]) x\nT#end",
"o": "\t x\nT x\nT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])\nT#end",
"o": "\tTT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2]) \t \nT#end",
"o": "\tTT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])\n\nT#end",
"o": "\t\nT\nT"
},
{
"g": "ws1",
"t": "\t#foreach($i in [1,2])yT#end",
"o": "\tyTyT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])T#end",
"o": "x TT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])\nT#end",
"o": "x TT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])  \nT#end",
"o": "x TT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2]) x\nT#end",
"o": "x  x\nT x\nT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])\nT#end",
"o": "x TT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2]) \t \nT#end",
"o": "x TT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])\n\nT#end",
"o": "x \nT\nT"
},
{
"g": "ws1",
"t": "x #foreach($i in [1,2])yT#end",
"o": "x yTyT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])T#end",
"o": "xTT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])\nT#end",
"o": "xTT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])  \nT#end",
"o": "xTT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2]) x\nT#end",
"o": "x x\nT x\nT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])\nT#end",
"o": "xTT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2]) \t \nT#end",
"o": "xTT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])\n\nT#end",
"o": "x\nT\nT"
},
{
"g": "ws1",
"t": "x#foreach($i in [1,2])yT#end",
"o": "xyTyT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])T#end",
"o": " TT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])\nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])  \nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2]) x\nT#end",
"o": "  x\nT x\nT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])\nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2]) \t \nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])\n\nT#end",
"o": " \nT\nT"
},
{
"g": "ws1",
"t": "$a #foreach($i in [1,2])yT#end",
"o": " yTyT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])T#end",
"o": " TT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])\nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])  \nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2]) x\nT#end",
"o": "  x\nT x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])\nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2]) \t \nT#end",
"o": " TT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])\n\nT#end",
"o": " \nT\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #foreach($i in [1,2])yT#end",
"o": " yTyT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])T#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])\nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])  \nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2]) x\nT#end",
"o": "   x\nT x\nT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])\nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2]) \t \nT#end",
"o": "  TT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])\n\nT#end",
"o": "  \nT\nT"
},
{
"g": "ws1",
"t": "## c\n  #foreach($i in [1,2])yT#end",
"o": "  yTyT"
},
{
"g": "ws1",
"t": "#if(true)#{end}T",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#{end}\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#{end}  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#{end} x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(true)#{end}\nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#{end} \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "#if(true)#{end}\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(true)#{end}yT",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(true)  #{end}T",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #{end}\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #{end}  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #{end} x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "#if(true)  #{end}\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #{end} \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)  #{end}\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "#if(true)  #{end}yT",
"o": "  yT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}T",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}  \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end} x\nT",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end} \t \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}\n\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "#if(true)\t#{end}yT",
"o": "\tyT"
},
{
"g": "ws1",
"t": "#if(true)x #{end}T",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #{end}\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #{end}  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #{end} x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "#if(true)x #{end}\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #{end} \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "#if(true)x #{end}\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "#if(true)x #{end}yT",
"o": "x yT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}T",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#{end} x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#{end} \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "#if(true)x#{end}yT",
"o": "xyT"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}T",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #{end} x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #{end} \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#if(true)$a #{end}yT",
"o": " yT"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}T",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end} x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end} \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#if(true)#set($q=1) #{end}yT",
"o": " yT"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}T",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end} x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end} \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "#if(true)## c\n  #{end}yT",
"o": "  yT"
},
{
"g": "ws1",
"t": "#if(false)#{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)#{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)  #{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)  #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)  #{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)  #{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)\t#{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)x #{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)x #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x #{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)x #{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)x#{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)x#{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)x#{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)x#{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)$a #{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)#set($q=1) #{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}T#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}  \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else} x\nT#end",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}\nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else} \t \nT#end",
"o": "T"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}\n\nT#end",
"o": "\nT"
},
{
"g": "ws1",
"t": "#if(false)## c\n  #{else}yT#end",
"o": "yT"
},
{
"g": "ws1",
"t": "#macro(mm640 $x)T#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm641 $x)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm642 $x)  \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm643 $x) x\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm644 $x)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm645 $x) \t \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm646 $x)\n\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#macro(mm647 $x)yT#end",
"o": ""
},
{
"g": "ws1",
"t": "  #macro(mm648 $x)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm649 $x)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm650 $x)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm651 $x) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm652 $x)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm653 $x) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm654 $x)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #macro(mm655 $x)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "\t#macro(mm656 $x)T#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm657 $x)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm658 $x)  \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm659 $x) x\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm660 $x)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm661 $x) \t \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm662 $x)\n\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#macro(mm663 $x)yT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "x #macro(mm664 $x)T#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm665 $x)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm666 $x)  \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm667 $x) x\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm668 $x)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm669 $x) \t \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm670 $x)\n\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #macro(mm671 $x)yT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x#macro(mm672 $x)T#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm673 $x)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm674 $x)  \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm675 $x) x\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm676 $x)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm677 $x) \t \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm678 $x)\n\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#macro(mm679 $x)yT#end",
"o": "x"
},
{
"g": "ws1",
"t": "$a #macro(mm680 $x)T#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm681 $x)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm682 $x)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm683 $x) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm684 $x)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm685 $x) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm686 $x)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #macro(mm687 $x)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm688 $x)T#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm689 $x)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm690 $x)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm691 $x) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm692 $x)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm693 $x) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm694 $x)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #macro(mm695 $x)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm696 $x)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm697 $x)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm698 $x)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm699 $x) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm700 $x)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm701 $x) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm702 $x)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #macro(mm703 $x)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#stopT",
"o": "#stopT"
},
{
"g": "ws1",
"t": "#stop\nT",
"o": ""
},
{
"g": "ws1",
"t": "#stop  \nT",
"o": ""
},
{
"g": "ws1",
"t": "#stop x\nT",
"o": ""
},
{
"g": "ws1",
"t": "#stop\nT",
"o": ""
},
{
"g": "ws1",
"t": "#stop \t \nT",
"o": ""
},
{
"g": "ws1",
"t": "#stop\n\nT",
"o": ""
},
{
"g": "ws1",
"t": "#stopyT",
"o": "#stopyT"
},
{
"g": "ws1",
"t": "  #stopT",
"o": "  #stopT"
},
{
"g": "ws1",
"t": "  #stop\nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stop  \nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stop x\nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stop\nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stop \t \nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stop\n\nT",
"o": "  "
},
{
"g": "ws1",
"t": "  #stopyT",
"o": "  #stopyT"
},
{
"g": "ws1",
"t": "\t#stopT",
"o": "\t#stopT"
},
{
"g": "ws1",
"t": "\t#stop\nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stop  \nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stop x\nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stop\nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stop \t \nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stop\n\nT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#stopyT",
"o": "\t#stopyT"
},
{
"g": "ws1",
"t": "x #stopT",
"o": "x #stopT"
},
{
"g": "ws1",
"t": "x #stop\nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stop  \nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stop x\nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stop\nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stop \t \nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stop\n\nT",
"o": "x "
},
{
"g": "ws1",
"t": "x #stopyT",
"o": "x #stopyT"
},
{
"g": "ws1",
"t": "x#stopT",
"o": "x#stopT"
},
{
"g": "ws1",
"t": "x#stop\nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stop  \nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stop x\nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stop\nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stop \t \nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stop\n\nT",
"o": "x"
},
{
"g": "ws1",
"t": "x#stopyT",
"o": "x#stopyT"
},
{
"g": "ws1",
"t": "$a #stopT",
"o": " #stopT"
},
{
"g": "ws1",
"t": "$a #stop\nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stop  \nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stop x\nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stop\nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stop \t \nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stop\n\nT",
"o": " "
},
{
"g": "ws1",
"t": "$a #stopyT",
"o": " #stopyT"
},
{
"g": "ws1",
"t": "#set($q=1) #stopT",
"o": " #stopT"
},
{
"g": "ws1",
"t": "#set($q=1) #stop\nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stop  \nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stop x\nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stop\nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stop \t \nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stop\n\nT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #stopyT",
"o": " #stopyT"
},
{
"g": "ws1",
"t": "## c\n  #stopT",
"o": "  #stopT"
},
{
"g": "ws1",
"t": "## c\n  #stop\nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stop  \nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stop x\nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stop\nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stop \t \nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stop\n\nT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #stopyT",
"o": "  #stopyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#breakT#end",
"o": "#breakT#breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break  \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break x\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break \t \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#break\n\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#breakyT#end",
"o": "#breakyT#breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #breakT#end",
"o": "  #breakT  #breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #break\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])  #breakyT#end",
"o": "  #breakyT  #breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#breakT#end",
"o": "\t#breakT\t#breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break  \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break x\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break \t \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#break\n\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])\t#breakyT#end",
"o": "\t#breakyT\t#breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #breakT#end",
"o": "x #breakTx #breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break  \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break x\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break \t \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #break\n\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x #breakyT#end",
"o": "x #breakyTx #breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#breakT#end",
"o": "x#breakTx#breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break  \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break x\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break \t \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#break\n\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])x#breakyT#end",
"o": "x#breakyTx#breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #breakT#end",
"o": " #breakT #breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #break\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])$a #breakyT#end",
"o": " #breakyT #breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #breakT#end",
"o": " #breakT #breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #break\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])#set($q=1) #breakyT#end",
"o": " #breakyT #breakyT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #breakT#end",
"o": "  #breakT  #breakT"
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #break\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "#foreach($z in [1,2])## c\n  #breakyT#end",
"o": "  #breakyT  #breakyT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")T",
"o": "eT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")\nT",
"o": "eT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")  \nT",
"o": "eT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\") x\nT",
"o": "e x\nT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")\nT",
"o": "eT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\") \t \nT",
"o": "eT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")\n\nT",
"o": "e\nT"
},
{
"g": "ws1",
"t": "#evaluate(\"e\")yT",
"o": "eyT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")T",
"o": "  eT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")\nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")  \nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\") x\nT",
"o": "  e x\nT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")\nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\") \t \nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")\n\nT",
"o": "  e\nT"
},
{
"g": "ws1",
"t": "  #evaluate(\"e\")yT",
"o": "  eyT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")T",
"o": "\teT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")\nT",
"o": "\teT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")  \nT",
"o": "\teT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\") x\nT",
"o": "\te x\nT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")\nT",
"o": "\teT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\") \t \nT",
"o": "\teT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")\n\nT",
"o": "\te\nT"
},
{
"g": "ws1",
"t": "\t#evaluate(\"e\")yT",
"o": "\teyT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")T",
"o": "x eT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")\nT",
"o": "x eT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")  \nT",
"o": "x eT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\") x\nT",
"o": "x e x\nT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")\nT",
"o": "x eT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\") \t \nT",
"o": "x eT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")\n\nT",
"o": "x e\nT"
},
{
"g": "ws1",
"t": "x #evaluate(\"e\")yT",
"o": "x eyT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")T",
"o": "xeT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")\nT",
"o": "xeT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")  \nT",
"o": "xeT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\") x\nT",
"o": "xe x\nT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")\nT",
"o": "xeT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\") \t \nT",
"o": "xeT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")\n\nT",
"o": "xe\nT"
},
{
"g": "ws1",
"t": "x#evaluate(\"e\")yT",
"o": "xeyT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")T",
"o": " eT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")\nT",
"o": " eT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")  \nT",
"o": " eT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\") x\nT",
"o": " e x\nT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")\nT",
"o": " eT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\") \t \nT",
"o": " eT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")\n\nT",
"o": " e\nT"
},
{
"g": "ws1",
"t": "$a #evaluate(\"e\")yT",
"o": " eyT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")T",
"o": " eT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")\nT",
"o": " eT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")  \nT",
"o": " eT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\") x\nT",
"o": " e x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")\nT",
"o": " eT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\") \t \nT",
"o": " eT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")\n\nT",
"o": " e\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #evaluate(\"e\")yT",
"o": " eyT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")T",
"o": "  eT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")\nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")  \nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\") x\nT",
"o": "  e x\nT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")\nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\") \t \nT",
"o": "  eT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")\n\nT",
"o": "  e\nT"
},
{
"g": "ws1",
"t": "## c\n  #evaluate(\"e\")yT",
"o": "  eyT"
},
{
"g": "ws1",
"t": "#define($d)T#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d)  \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d) x\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d)\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d) \t \nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d)\n\nT#end",
"o": ""
},
{
"g": "ws1",
"t": "#define($d)yT#end",
"o": ""
},
{
"g": "ws1",
"t": "  #define($d)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "  #define($d)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "\t#define($d)T#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d)  \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d) x\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d)\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d) \t \nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d)\n\nT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "\t#define($d)yT#end",
"o": "\t"
},
{
"g": "ws1",
"t": "x #define($d)T#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d)  \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d) x\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d)\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d) \t \nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d)\n\nT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x #define($d)yT#end",
"o": "x "
},
{
"g": "ws1",
"t": "x#define($d)T#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d)  \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d) x\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d)\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d) \t \nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d)\n\nT#end",
"o": "x"
},
{
"g": "ws1",
"t": "x#define($d)yT#end",
"o": "x"
},
{
"g": "ws1",
"t": "$a #define($d)T#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "$a #define($d)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)T#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)  \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d) x\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d) \t \nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)\n\nT#end",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) #define($d)yT#end",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  #define($d)T#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d)  \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d) x\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d)\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d) \t \nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d)\n\nT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  #define($d)yT#end",
"o": "  "
},
{
"g": "ws1",
"t": "## commentT",
"o": ""
},
{
"g": "ws1",
"t": "## comment\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## comment  \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## comment x\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## comment\nT",
"o": "T"
},
{
"g": "ws1",
"t": "## comment \t \nT",
"o": "T"
},
{
"g": "ws1",
"t": "## comment\n\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "## commentyT",
"o": ""
},
{
"g": "ws1",
"t": "  ## commentT",
"o": "  "
},
{
"g": "ws1",
"t": "  ## comment\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "  ## comment  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "  ## comment x\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "  ## comment\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "  ## comment \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "  ## comment\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  ## commentyT",
"o": "  "
},
{
"g": "ws1",
"t": "\t## commentT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t## comment\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t## comment  \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t## comment x\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t## comment\nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t## comment \t \nT",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t## comment\n\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t## commentyT",
"o": "\t"
},
{
"g": "ws1",
"t": "x ## commentT",
"o": "x "
},
{
"g": "ws1",
"t": "x ## comment\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x ## comment  \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x ## comment x\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x ## comment\nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x ## comment \t \nT",
"o": "x T"
},
{
"g": "ws1",
"t": "x ## comment\n\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x ## commentyT",
"o": "x "
},
{
"g": "ws1",
"t": "x## commentT",
"o": "x"
},
{
"g": "ws1",
"t": "x## comment\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x## comment  \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x## comment x\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x## comment\nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x## comment \t \nT",
"o": "xT"
},
{
"g": "ws1",
"t": "x## comment\n\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x## commentyT",
"o": "x"
},
{
"g": "ws1",
"t": "$a ## commentT",
"o": " "
},
{
"g": "ws1",
"t": "$a ## comment\nT",
"o": " T"
},
{
"g": "ws1",
"t": "$a ## comment  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "$a ## comment x\nT",
"o": " T"
},
{
"g": "ws1",
"t": "$a ## comment\nT",
"o": " T"
},
{
"g": "ws1",
"t": "$a ## comment \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "$a ## comment\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a ## commentyT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) ## commentT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) ## comment\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) ## comment  \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) ## comment x\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) ## comment\nT",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) ## comment \t \nT",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) ## comment\n\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) ## commentyT",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  ## commentT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  ## comment\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  ## comment  \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  ## comment x\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  ## comment\nT",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  ## comment \t \nT",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  ## comment\n\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  ## commentyT",
"o": "  "
},
{
"g": "ws1",
"t": "#* block *#T",
"o": "T"
},
{
"g": "ws1",
"t": "#* block *#\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#* block *#  \nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "#* block *# x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "#* block *#\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "#* block *# \t \nT",
"o": " \t \nT"
},
{
"g": "ws1",
"t": "#* block *#\n\nT",
"o": "\n\nT"
},
{
"g": "ws1",
"t": "#* block *#yT",
"o": "yT"
},
{
"g": "ws1",
"t": "  #* block *#T",
"o": "  T"
},
{
"g": "ws1",
"t": "  #* block *#\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  #* block *#  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "  #* block *# x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "  #* block *#\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  #* block *# \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "  #* block *#\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "  #* block *#yT",
"o": "  yT"
},
{
"g": "ws1",
"t": "\t#* block *#T",
"o": "\tT"
},
{
"g": "ws1",
"t": "\t#* block *#\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t#* block *#  \nT",
"o": "\t  \nT"
},
{
"g": "ws1",
"t": "\t#* block *# x\nT",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "\t#* block *#\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t#* block *# \t \nT",
"o": "\t \t \nT"
},
{
"g": "ws1",
"t": "\t#* block *#\n\nT",
"o": "\t\n\nT"
},
{
"g": "ws1",
"t": "\t#* block *#yT",
"o": "\tyT"
},
{
"g": "ws1",
"t": "x #* block *#T",
"o": "x T"
},
{
"g": "ws1",
"t": "x #* block *#\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #* block *#  \nT",
"o": "x   \nT"
},
{
"g": "ws1",
"t": "x #* block *# x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x #* block *#\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x #* block *# \t \nT",
"o": "x  \t \nT"
},
{
"g": "ws1",
"t": "x #* block *#\n\nT",
"o": "x \n\nT"
},
{
"g": "ws1",
"t": "x #* block *#yT",
"o": "x yT"
},
{
"g": "ws1",
"t": "x#* block *#T",
"o": "xT"
},
{
"g": "ws1",
"t": "x#* block *#\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#* block *#  \nT",
"o": "x  \nT"
},
{
"g": "ws1",
"t": "x#* block *# x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x#* block *#\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x#* block *# \t \nT",
"o": "x \t \nT"
},
{
"g": "ws1",
"t": "x#* block *#\n\nT",
"o": "x\n\nT"
},
{
"g": "ws1",
"t": "x#* block *#yT",
"o": "xyT"
},
{
"g": "ws1",
"t": "$a #* block *#T",
"o": " T"
},
{
"g": "ws1",
"t": "$a #* block *#\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a #* block *#  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "$a #* block *# x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "$a #* block *#\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a #* block *# \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "$a #* block *#\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "$a #* block *#yT",
"o": " yT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#T",
"o": " T"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *# x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *# \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #* block *#yT",
"o": " yT"
},
{
"g": "ws1",
"t": "## c\n  #* block *#T",
"o": "  T"
},
{
"g": "ws1",
"t": "## c\n  #* block *#\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *#  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *# x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *#\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *# \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *#\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "## c\n  #* block *#yT",
"o": "  yT"
},
{
"g": "ws1",
"t": "#[[raw]]#T",
"o": "rawT"
},
{
"g": "ws1",
"t": "#[[raw]]#\nT",
"o": "raw\nT"
},
{
"g": "ws1",
"t": "#[[raw]]#  \nT",
"o": "raw  \nT"
},
{
"g": "ws1",
"t": "#[[raw]]# x\nT",
"o": "raw x\nT"
},
{
"g": "ws1",
"t": "#[[raw]]#\nT",
"o": "raw\nT"
},
{
"g": "ws1",
"t": "#[[raw]]# \t \nT",
"o": "raw \t \nT"
},
{
"g": "ws1",
"t": "#[[raw]]#\n\nT",
"o": "raw\n\nT"
},
{
"g": "ws1",
"t": "#[[raw]]#yT",
"o": "rawyT"
},
{
"g": "ws1",
"t": "  #[[raw]]#T",
"o": "  rawT"
},
{
"g": "ws1",
"t": "  #[[raw]]#\nT",
"o": "  raw\nT"
},
{
"g": "ws1",
"t": "  #[[raw]]#  \nT",
"o": "  raw  \nT"
},
{
"g": "ws1",
"t": "  #[[raw]]# x\nT",
"o": "  raw x\nT"
},
{
"g": "ws1",
"t": "  #[[raw]]#\nT",
"o": "  raw\nT"
},
{
"g": "ws1",
"t": "  #[[raw]]# \t \nT",
"o": "  raw \t \nT"
},
{
"g": "ws1",
"t": "  #[[raw]]#\n\nT",
"o": "  raw\n\nT"
},
{
"g": "ws1",
"t": "  #[[raw]]#yT",
"o": "  rawyT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#T",
"o": "\trawT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#\nT",
"o": "\traw\nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#  \nT",
"o": "\traw  \nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]# x\nT",
"o": "\traw x\nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#\nT",
"o": "\traw\nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]# \t \nT",
"o": "\traw \t \nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#\n\nT",
"o": "\traw\n\nT"
},
{
"g": "ws1",
"t": "\t#[[raw]]#yT",
"o": "\trawyT"
},
{
"g": "ws1",
"t": "x #[[raw]]#T",
"o": "x rawT"
},
{
"g": "ws1",
"t": "x #[[raw]]#\nT",
"o": "x raw\nT"
},
{
"g": "ws1",
"t": "x #[[raw]]#  \nT",
"o": "x raw  \nT"
},
{
"g": "ws1",
"t": "x #[[raw]]# x\nT",
"o": "x raw x\nT"
},
{
"g": "ws1",
"t": "x #[[raw]]#\nT",
"o": "x raw\nT"
},
{
"g": "ws1",
"t": "x #[[raw]]# \t \nT",
"o": "x raw \t \nT"
},
{
"g": "ws1",
"t": "x #[[raw]]#\n\nT",
"o": "x raw\n\nT"
},
{
"g": "ws1",
"t": "x #[[raw]]#yT",
"o": "x rawyT"
},
{
"g": "ws1",
"t": "x#[[raw]]#T",
"o": "xrawT"
},
{
"g": "ws1",
"t": "x#[[raw]]#\nT",
"o": "xraw\nT"
},
{
"g": "ws1",
"t": "x#[[raw]]#  \nT",
"o": "xraw  \nT"
},
{
"g": "ws1",
"t": "x#[[raw]]# x\nT",
"o": "xraw x\nT"
},
{
"g": "ws1",
"t": "x#[[raw]]#\nT",
"o": "xraw\nT"
},
{
"g": "ws1",
"t": "x#[[raw]]# \t \nT",
"o": "xraw \t \nT"
},
{
"g": "ws1",
"t": "x#[[raw]]#\n\nT",
"o": "xraw\n\nT"
},
{
"g": "ws1",
"t": "x#[[raw]]#yT",
"o": "xrawyT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#T",
"o": " rawT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#\nT",
"o": " raw\nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#  \nT",
"o": " raw  \nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]# x\nT",
"o": " raw x\nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#\nT",
"o": " raw\nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]# \t \nT",
"o": " raw \t \nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#\n\nT",
"o": " raw\n\nT"
},
{
"g": "ws1",
"t": "$a #[[raw]]#yT",
"o": " rawyT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#T",
"o": " rawT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#\nT",
"o": " raw\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#  \nT",
"o": " raw  \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]# x\nT",
"o": " raw x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#\nT",
"o": " raw\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]# \t \nT",
"o": " raw \t \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#\n\nT",
"o": " raw\n\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #[[raw]]#yT",
"o": " rawyT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#T",
"o": "  rawT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#\nT",
"o": "  raw\nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#  \nT",
"o": "  raw  \nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]# x\nT",
"o": "  raw x\nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#\nT",
"o": "  raw\nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]# \t \nT",
"o": "  raw \t \nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#\n\nT",
"o": "  raw\n\nT"
},
{
"g": "ws1",
"t": "## c\n  #[[raw]]#yT",
"o": "  rawyT"
},
{
"g": "ws1",
"t": "$aT",
"o": ""
},
{
"g": "ws1",
"t": "$a\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$a  \nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "$a x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "$a\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$a \t \nT",
"o": " \t \nT"
},
{
"g": "ws1",
"t": "$a\n\nT",
"o": "\n\nT"
},
{
"g": "ws1",
"t": "$ayT",
"o": ""
},
{
"g": "ws1",
"t": "  $aT",
"o": "  "
},
{
"g": "ws1",
"t": "  $a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  $a  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "  $a x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "  $a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  $a \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "  $a\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "  $ayT",
"o": "  "
},
{
"g": "ws1",
"t": "\t$aT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t$a\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t$a  \nT",
"o": "\t  \nT"
},
{
"g": "ws1",
"t": "\t$a x\nT",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "\t$a\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t$a \t \nT",
"o": "\t \t \nT"
},
{
"g": "ws1",
"t": "\t$a\n\nT",
"o": "\t\n\nT"
},
{
"g": "ws1",
"t": "\t$ayT",
"o": "\t"
},
{
"g": "ws1",
"t": "x $aT",
"o": "x "
},
{
"g": "ws1",
"t": "x $a\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x $a  \nT",
"o": "x   \nT"
},
{
"g": "ws1",
"t": "x $a x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x $a\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x $a \t \nT",
"o": "x  \t \nT"
},
{
"g": "ws1",
"t": "x $a\n\nT",
"o": "x \n\nT"
},
{
"g": "ws1",
"t": "x $ayT",
"o": "x "
},
{
"g": "ws1",
"t": "x$aT",
"o": "x"
},
{
"g": "ws1",
"t": "x$a\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x$a  \nT",
"o": "x  \nT"
},
{
"g": "ws1",
"t": "x$a x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x$a\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x$a \t \nT",
"o": "x \t \nT"
},
{
"g": "ws1",
"t": "x$a\n\nT",
"o": "x\n\nT"
},
{
"g": "ws1",
"t": "x$ayT",
"o": "x"
},
{
"g": "ws1",
"t": "$a $aT",
"o": " "
},
{
"g": "ws1",
"t": "$a $a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a $a  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "$a $a x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "$a $a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a $a \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "$a $a\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "$a $ayT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) $aT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) $a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $a  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $a x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) $a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $a \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $a\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "#set($q=1) $ayT",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  $aT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  $a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  $a  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "## c\n  $a x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "## c\n  $a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  $a \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "## c\n  $a\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "## c\n  $ayT",
"o": "  "
},
{
"g": "ws1",
"t": "$!aT",
"o": ""
},
{
"g": "ws1",
"t": "$!a\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$!a  \nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "$!a x\nT",
"o": " x\nT"
},
{
"g": "ws1",
"t": "$!a\nT",
"o": "\nT"
},
{
"g": "ws1",
"t": "$!a \t \nT",
"o": " \t \nT"
},
{
"g": "ws1",
"t": "$!a\n\nT",
"o": "\n\nT"
},
{
"g": "ws1",
"t": "$!ayT",
"o": ""
},
{
"g": "ws1",
"t": "  $!aT",
"o": "  "
},
{
"g": "ws1",
"t": "  $!a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  $!a  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "  $!a x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "  $!a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "  $!a \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "  $!a\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "  $!ayT",
"o": "  "
},
{
"g": "ws1",
"t": "\t$!aT",
"o": "\t"
},
{
"g": "ws1",
"t": "\t$!a\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t$!a  \nT",
"o": "\t  \nT"
},
{
"g": "ws1",
"t": "\t$!a x\nT",
"o": "\t x\nT"
},
{
"g": "ws1",
"t": "\t$!a\nT",
"o": "\t\nT"
},
{
"g": "ws1",
"t": "\t$!a \t \nT",
"o": "\t \t \nT"
},
{
"g": "ws1",
"t": "\t$!a\n\nT",
"o": "\t\n\nT"
},
{
"g": "ws1",
"t": "\t$!ayT",
"o": "\t"
},
{
"g": "ws1",
"t": "x $!aT",
"o": "x "
},
{
"g": "ws1",
"t": "x $!a\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x $!a  \nT",
"o": "x   \nT"
},
{
"g": "ws1",
"t": "x $!a x\nT",
"o": "x  x\nT"
},
{
"g": "ws1",
"t": "x $!a\nT",
"o": "x \nT"
},
{
"g": "ws1",
"t": "x $!a \t \nT",
"o": "x  \t \nT"
},
{
"g": "ws1",
"t": "x $!a\n\nT",
"o": "x \n\nT"
},
{
"g": "ws1",
"t": "x $!ayT",
"o": "x "
},
{
"g": "ws1",
"t": "x$!aT",
"o": "x"
},
{
"g": "ws1",
"t": "x$!a\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x$!a  \nT",
"o": "x  \nT"
},
{
"g": "ws1",
"t": "x$!a x\nT",
"o": "x x\nT"
},
{
"g": "ws1",
"t": "x$!a\nT",
"o": "x\nT"
},
{
"g": "ws1",
"t": "x$!a \t \nT",
"o": "x \t \nT"
},
{
"g": "ws1",
"t": "x$!a\n\nT",
"o": "x\n\nT"
},
{
"g": "ws1",
"t": "x$!ayT",
"o": "x"
},
{
"g": "ws1",
"t": "$a $!aT",
"o": " "
},
{
"g": "ws1",
"t": "$a $!a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a $!a  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "$a $!a x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "$a $!a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "$a $!a \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "$a $!a\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "$a $!ayT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) $!aT",
"o": " "
},
{
"g": "ws1",
"t": "#set($q=1) $!a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!a  \nT",
"o": "   \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!a x\nT",
"o": "  x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!a\nT",
"o": " \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!a \t \nT",
"o": "  \t \nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!a\n\nT",
"o": " \n\nT"
},
{
"g": "ws1",
"t": "#set($q=1) $!ayT",
"o": " "
},
{
"g": "ws1",
"t": "## c\n  $!aT",
"o": "  "
},
{
"g": "ws1",
"t": "## c\n  $!a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  $!a  \nT",
"o": "    \nT"
},
{
"g": "ws1",
"t": "## c\n  $!a x\nT",
"o": "   x\nT"
},
{
"g": "ws1",
"t": "## c\n  $!a\nT",
"o": "  \nT"
},
{
"g": "ws1",
"t": "## c\n  $!a \t \nT",
"o": "   \t \nT"
},
{
"g": "ws1",
"t": "## c\n  $!a\n\nT",
"o": "  \n\nT"
},
{
"g": "ws1",
"t": "## c\n  $!ayT",
"o": "  "
},
{
"g": "ws1",
"t": "#set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "#set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "  #set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "\t#set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$aT",
"o": "x "
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a\nT",
"o": "x v\nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a  \nT",
"o": "x v  \nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a x\nT",
"o": "x v x\nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a\nT",
"o": "x v\nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a \t \nT",
"o": "x v \t \nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$a\n\nT",
"o": "x v\n\nT"
},
{
"g": "ws1",
"t": "x #set($a = \"v\")$ayT",
"o": "x "
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$aT",
"o": "x"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a\nT",
"o": "xv\nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a  \nT",
"o": "xv  \nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a x\nT",
"o": "xv x\nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a\nT",
"o": "xv\nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a \t \nT",
"o": "xv \t \nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$a\n\nT",
"o": "xv\n\nT"
},
{
"g": "ws1",
"t": "x#set($a = \"v\")$ayT",
"o": "x"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "$a #set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "#set($q=1) #set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$aT",
"o": ""
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a  \nT",
"o": "v  \nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a x\nT",
"o": "v x\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a\nT",
"o": "v\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a \t \nT",
"o": "v \t \nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$a\n\nT",
"o": "v\n\nT"
},
{
"g": "ws1",
"t": "## c\n  #set($a = \"v\")$ayT",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t## note\n#if($v0)yes#{else}no#end\n",
"o": "\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0 > 1)\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n  ## note\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n\t#end\n\t#elseif($v1 == 1)\n    \"k\": \"$!v2\",\t\n\t#else\n\"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n\t#end\n\"k\": \"$!v1\",\t\n  #set($s1 = $v1)\n\t#if($v1)yes#{else}no#end\n  #elseif($v0 == 1)\n\t#set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n  #if($v1 > 1)\n\ttext $v2 {}\n\t#foreach($v3 in [0..2])\n\"k\": \"$!v3\",\n\t#end\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    ## note\n    #else\n    #* c *# x\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n  #elseif($v1 == 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n\ttext $v3 {}\n    #* c *# x\n    ## note\n    #else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n#if($v2 > 1)\n    text $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\ntext $v3 {}\n\t#set($s3 = $v3)\n#else\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n#set($s3 = $v3)\n#end\n  #else\n\t#if($v2 > 1)\n    ## note\n\t#set($s3 = $v3)\n\ttext $v3 {}\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #* c *# x\n\t#if($v3)yes#{else}no#end\n\t#else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n#if($v2)yes#{else}no#end\n  #end\n    text $v1 {}\n  #else\n    \"k\": \"$!v1\",\n  #end\n",
"o": "  \t\"k\": \"\",\t\n  \t\"k\": \"\",\t\n  \tno  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  ## note\n  #if($v0)yes#{else}no#end\n\t#* c *# x\n",
"o": "    yes\t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #* c *# x\n#if($v0)yes#{else}no#end\n\t#foreach($v1 in [0..2])\n\t#if($v1)yes#{else}no#end\n    text $v1 {}\n    #if($v1 > 1)\n  #set($s2 = $v2)\n    #elseif($v1 == 1)\n  #set($s2 = $v2)\n#set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n    #else\ntext $v2 {}\n    #end\n\t#end\n  #set($s0 = $v0)\n",
"o": "     x\nyes\t\tyes    text 0 {}\n    text  {}\n    \t\tyes    text 1 {}\n        no    \t\tyes    text 2 {}\n        \t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0)yes#{else}no#end\n\t#set($s0 = $v0)\n#* c *# x\n",
"o": "yes x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  \"k\": \"$!v0\",  \n",
"o": "  \"k\": \"0\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n#if($v1 > 1)\n  #set($s2 = $v2)\n#elseif($v1 == 1)\n  #if($v2 > 1)\n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n    text $v3 {}\n\t#if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",\t\n  #else\n\t#if($v3)yes#{else}no#end\n  #end\n#if($v2)yes#{else}no#end\n#else\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\ntext $v3 {}\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n  #else\n#set($s3 = $v3)\n  #end\n  ## note\n#end\n\t\"k\": \"$!v1\",  \n    #elseif($v0 == 1)\n    text $v1 {}\n  #if($v1)yes#{else}no#end\n    #else\n\t#if($v1 > 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n  text $v3 {}\n    #else\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#* c *# x\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#* c *# x\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\ntext $v3 {}\n  #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n  #foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #end\n\t#* c *# x\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n\ttext $v3 {}\n    text $v3 {}\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n\t#else\n\ttext $v2 {}\n    ## note\n\"k\": \"$!v2\",\n\t#end\ntext $v1 {}\n    #end\n    #if($v0 > 1)\n    ## note\n  #foreach($v2 in [0..2])\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #end\n#* c *# x\n  #end\n    #elseif($v0 == 1)\n\t#foreach($v2 in [0..2])\n## note\n\t## note\n\ttext $v2 {}\n    ## note\n\t#end\n  #foreach($v2 in [0..2])\n\ttext $v2 {}\n#if($v2)yes#{else}no#end\n  #end\n    #else\n## note\n    #end\n    #set($s0 = $v0)\n#if($v0 > 1)\n    \"k\": \"$!v1\",\t\n    #if($v1 > 1)\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #end\n    text $v2 {}\n    #elseif($v1 == 1)\n  #if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n  #end\n#set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",\t\n  ## note\n    #end\n    #else\n    #* c *# x\n\t#if($v2 > 1)\n#if($v3)yes#{else}no#end\n\t#* c *# x\n\t#elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#else\n  ## note\n\t#end\n#set($s2 = $v2)\n\t\"k\": \"$!v2\",\t\n    #end\n## note\n  #set($s1 = $v1)\n#elseif($v0 == 1)\n\t#if($v1)yes#{else}no#end\n#else\n#* c *# x\n#end\n",
"o": "    \t\ttext  {}\n    \"k\": \"\",\n\ttext  {}\n             x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #* c *# x\n  #foreach($v1 in [0..2])\n\t#if($v1)yes#{else}no#end\n#set($s1 = $v1)\n    #if($v1)yes#{else}no#end\n  #if($v1 > 1)\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\n## note\n    #end\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\ntext $v3 {}\n  #set($s3 = $v3)\n\t#end\n  #elseif($v1 == 1)\n\t#if($v2 > 1)\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #* c *# x\n\t#else\n    #set($s3 = $v3)\n    text $v3 {}\n    #set($s3 = $v3)\n\t#end\n  #else\n\t#if($v2 > 1)\n\t## note\n\t#elseif($v2 == 1)\n    #* c *# x\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n  #* c *# x\n    #set($s3 = $v3)\n\t#end\n#set($s2 = $v2)\n#set($s2 = $v2)\n\t#if($v2)yes#{else}no#end\n  #end\n  #end\n#foreach($v1 in [0..2])\n    ## note\n#end\n",
"o": "   x\n  \tyes    yes  \t   x\n    \t\tno    \tyes    yes  \t    text  {}\n    \t    \tyes    yes                  \ttext 0 {}\n  \ttext 1 {}\n  \ttext 2 {}\n  \t                "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n\ttext $v1 {}\n\ttext $v1 {}\n  #* c *# x\n    #elseif($v0 == 1)\n\t#set($s1 = $v1)\n    #else\n    #set($s1 = $v1)\n  #if($v1 > 1)\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n    text $v3 {}\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n  #else\n#* c *# x\n\t#set($s3 = $v3)\n  #end\n  #set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n  #elseif($v1 == 1)\n    \"k\": \"$!v2\",  \n  ## note\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n\t#* c *# x\n\ttext $v3 {}\n  #else\n#set($s3 = $v3)\n\ttext $v3 {}\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\ntext $v2 {}\n  #else\n\"k\": \"$!v2\",\n#if($v2)yes#{else}no#end\n  \"k\": \"$!v2\",\n    text $v2 {}\n  #end\n    #end\n    \"k\": \"$!v0\",  \n#if($v0 > 1)\n  #set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#* c *# x\n\t#end\n    #if($v2 > 1)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #* c *# x\n    #end\n#foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#end\n#elseif($v1 == 1)\n    #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n  text $v3 {}\n\t#set($s3 = $v3)\ntext $v3 {}\n  text $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n#else\n    #* c *# x\ntext $v2 {}\n    #if($v2 > 1)\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n    #* c *# x\n#end\n#elseif($v0 == 1)\n## note\n  #if($v1)yes#{else}no#end\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n    text $v3 {}\n    #set($s3 = $v3)\n\t#end\n\t#elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n\t#else\n\t#* c *# x\n\t#end\n\ttext $v1 {}\n#else\n    text $v1 {}\n\t#if($v1 > 1)\n  #if($v2 > 1)\n  ## note\n    text $v3 {}\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n    #if($v2 > 1)\ntext $v3 {}\n    ## note\n  #set($s3 = $v3)\n\ttext $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #* c *# x\n#if($v3)yes#{else}no#end\n    #else\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    text $v3 {}\n  ## note\n## note\n#set($s3 = $v3)\n  #else\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n  text $v2 {}\n\t#elseif($v1 == 1)\n  #set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n#if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  text $v3 {}\n#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n#else\n\t## note\n  ## note\n#set($s3 = $v3)\n#end\n\t#else\n\t#if($v2 > 1)\n\t## note\n\t#elseif($v2 == 1)\n## note\n\t## note\n\t#else\n    ## note\n\ttext $v3 {}\n    #* c *# x\n    #set($s3 = $v3)\n\t#end\ntext $v2 {}\n    ## note\n\t#* c *# x\n\t#end\n  text $v1 {}\n\ttext $v1 {}\n#end\n\t#if($v0 > 1)\n\t\"k\": \"$!v1\",  \n\t#elseif($v0 == 1)\n  #if($v1 > 1)\n  ## note\n  #elseif($v1 == 1)\n\"k\": \"$!v2\",  \n  #if($v2 > 1)\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #else\ntext $v3 {}\n  ## note\n  ## note\n  #if($v3)yes#{else}no#end\n  #end\n  \"k\": \"$!v2\",\n\ttext $v2 {}\n  #else\n\t#set($s2 = $v2)\n  #foreach($v3 in [0..2])\ntext $v3 {}\n## note\n  #end\n  #end\n    #if($v1 > 1)\n    ## note\n    \"k\": \"$!v2\",  \n\t## note\n\t\"k\": \"$!v2\",\n    #elseif($v1 == 1)\n## note\n    #else\n\t#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n\t\"k\": \"$!v2\",\t\n#if($v2 > 1)\ntext $v3 {}\n    #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n#else\n  #set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#end\n  ## note\n    #end\n  #if($v1 > 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n    ## note\n\t#set($s3 = $v3)\n    #end\n    #if($v2 > 1)\n    text $v3 {}\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n\t#* c *# x\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n    #else\n#set($s3 = $v3)\n  ## note\n#set($s3 = $v3)\n    #end\n    #foreach($v3 in [0..2])\n#* c *# x\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #elseif($v1 == 1)\n#if($v2 > 1)\n#set($s3 = $v3)\n\"k\": \"$!v3\",  \n#elseif($v2 == 1)\n    \"k\": \"$!v3\",  \n#else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\ntext $v3 {}\n#end\n  #* c *# x\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n    text $v3 {}\n\t#elseif($v2 == 1)\n    \"k\": \"$!v3\",\t\n\t#else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n  #else\n## note\n  #end\n  #if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n  \"k\": \"$!v2\",\n  #elseif($v1 == 1)\ntext $v2 {}\n\t#* c *# x\n#set($s2 = $v2)\n  #else\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #* c *# x\n\t#elseif($v2 == 1)\n\t## note\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n\t#end\n  #if($v2)yes#{else}no#end\n  text $v2 {}\n    #if($v2 > 1)\n    ## note\n\ttext $v3 {}\n\t#set($s3 = $v3)\ntext $v3 {}\n    #elseif($v2 == 1)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\"k\": \"$!v3\",\n  #set($s3 = $v3)\n    #else\n## note\n    #end\n  #end\n\t#else\n    text $v1 {}\n#if($v1 > 1)\n## note\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\ntext $v3 {}\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\ntext $v3 {}\n#else\n    #set($s3 = $v3)\n#end\n#elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n#else\n    #if($v2)yes#{else}no#end\n\ttext $v2 {}\n#if($v2)yes#{else}no#end\n#end\n\t#end\n",
"o": "            \"k\": \"1\",  \n  no\t\t x\n\t\ttext  {}\n\t    text 0 {}\n  text 1 {}\n  text 2 {}\n        \t  yes\t  yes\t  yes\t\t\"k\": \"\",\t\ntext  {}\n            \t\t  no  text  {}\n          \t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\"k\": \"$!v0\",  \n  #set($s0 = $v0)\n",
"o": "\"k\": \"2\",  \n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n\t## note\n#end\n",
"o": "\t\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    \"k\": \"$!v0\",\n    #if($v0)yes#{else}no#end\n  #set($s0 = $v0)\n",
"o": "    \"k\": \"1\",\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0)yes#{else}no#end\n",
"o": "\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n#set($s1 = $v1)\n#set($s1 = $v1)\n    #foreach($v2 in [0..2])\n\ttext $v2 {}\n  text $v2 {}\n    #end\n  \"k\": \"$!v1\",\t\n    #elseif($v0 == 1)\n    \"k\": \"$!v1\",\t\n    #else\n\t## note\n    #if($v1 > 1)\n    \"k\": \"$!v2\",\n    #set($s2 = $v2)\n  \"k\": \"$!v2\",  \n    #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n  text $v2 {}\n    ## note\n    #else\n  #foreach($v3 in [0..2])\n    text $v3 {}\n#set($s3 = $v3)\n  #end\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n## note\n#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n\ttext $v3 {}\n\t## note\n    #set($s3 = $v3)\n#end\n  #foreach($v3 in [0..2])\n#* c *# x\n\t#* c *# x\n\t#if($v3)yes#{else}no#end\n  ## note\n  #end\n    #end\n    #end\n#set($s0 = $v0)\n    #foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  text $v3 {}\n    #if($v3)yes#{else}no#end\n  #end\n\t#if($v2)yes#{else}no#end\n#if($v2 > 1)\n  #* c *# x\n  \"k\": \"$!v3\",\n#elseif($v2 == 1)\n  #* c *# x\n## note\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n#else\n\t\"k\": \"$!v3\",\n    ## note\n#end\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\ttext $v3 {}\n    \"k\": \"$!v3\",\n  #set($s3 = $v3)\n    #end\n\t#end\n    #end\n",
"o": "    \t          text 0 {}\n      text 1 {}\n      text 2 {}\n  \ttext  {}\n\t   x\n\t x\n\tyes     x\n\t x\n\tyes     x\n\t x\n\tyes                \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes\t\"k\": \"\",\n        \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n    \"k\": \"\",  \n\t    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n  \"k\": \"\",\n    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t    \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes\t\"k\": \"\",\n        \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n    \"k\": \"\",  \n\t    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n  \"k\": \"\",\n    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t    \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes\t\"k\": \"\",\n        \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n    \"k\": \"\",  \n\t    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t  \t\"k\": \"0\",\t\n  text 0 {}\n    yes  \t\"k\": \"1\",\t\n  text 1 {}\n    yes  \t\"k\": \"2\",\t\n  text 2 {}\n    yes  \tyes   x\n  \"k\": \"\",\n    \ttext 0 {}\n    \"k\": \"0\",\n      \ttext 1 {}\n    \"k\": \"1\",\n      \ttext 2 {}\n    \"k\": \"2\",\n      \t    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n  #if($v0 > 1)\n  #set($s1 = $v1)\n  #elseif($v0 == 1)\n  #set($s1 = $v1)\n\t#set($s1 = $v1)\n  #else\n  #if($v1)yes#{else}no#end\n\t#set($s1 = $v1)\n  #foreach($v2 in [0..2])\n    text $v2 {}\n  #set($s2 = $v2)\n    #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\t## note\n## note\n    #set($s3 = $v3)\n    text $v3 {}\n    #end\n  #end\n  #end\n",
"o": "    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  \"k\": \"$!v0\",  \n## note\n  text $v0 {}\n",
"o": "  \"k\": \"2\",  \n  text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  text $v0 {}\n",
"o": "  text 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n  ## note\n## note\n    #if($v1 > 1)\n#* c *# x\n\t## note\n    #elseif($v1 == 1)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    #else\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n\t## note\n    #end\n\t#set($s1 = $v1)\n  #end\n\ttext $v0 {}\n#if($v0 > 1)\n#if($v1 > 1)\n    #if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n\t#set($s2 = $v2)\n#else\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n#if($v2)yes#{else}no#end\n#end\n    #set($s1 = $v1)\n\t#set($s1 = $v1)\n#elseif($v0 == 1)\n    text $v1 {}\n\t#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n  \"k\": \"$!v2\",\t\n#if($v2)yes#{else}no#end\n#set($s2 = $v2)\n    #elseif($v1 == 1)\n#set($s2 = $v2)\n#if($v2 > 1)\n\t## note\n#if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n  ## note\n#set($s3 = $v3)\n\t## note\n  #set($s3 = $v3)\n#else\n#set($s3 = $v3)\ntext $v3 {}\n#end\n#set($s2 = $v2)\n  #if($v2)yes#{else}no#end\n    #else\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n    #else\n\t\"k\": \"$!v3\",  \n    #end\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n  ## note\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n    #* c *# x\n\t#end\n  #set($s2 = $v2)\n    #end\n#else\n#set($s1 = $v1)\n  #* c *# x\n#end\n",
"o": "        \t\t\t\t\t                         x\n\t      \ttext 1 {}\n    text  {}\n\tno        \t\"k\": \"\",  \n    \t     x\n\t    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t## note\n    text $v0 {}\n#* c *# x\n#if($v0 > 1)\n\t#foreach($v2 in [0..2])\n\t## note\n    #set($s2 = $v2)\n\t#end\n#elseif($v0 == 1)\n\t## note\n  text $v1 {}\n#set($s1 = $v1)\n  ## note\n#else\n\t#set($s1 = $v1)\n\ttext $v1 {}\n    #foreach($v2 in [0..2])\n    text $v2 {}\n    #end\n#if($v1)yes#{else}no#end\n#end\n",
"o": "\t    text 2 {}\n x\n\t\t\t\t\t\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #set($s0 = $v0)\n\t## note\n  #if($v0)yes#{else}no#end\n    ## note\n",
"o": "\t  yes    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  \"k\": \"$!v0\",\n    #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\t\n\t#if($v1)yes#{else}no#end\n  #if($v1)yes#{else}no#end\n  #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n  #end\n  #end\n  text $v0 {}\n",
"o": "  \"k\": \"1\",\n    yes      \"k\": \"0\",\t\n\tyes  yes              \"k\": \"1\",\t\n\tyes  yes              \"k\": \"2\",\t\n\tyes  yes            text 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\t\n    #if($v0)yes#{else}no#end\n  #set($s0 = $v0)\n    text $v0 {}\n",
"o": "\t\"k\": \"0\",\t\n    yes    text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n  #if($v1)yes#{else}no#end\n  #end\n    #set($s0 = $v0)\n",
"o": "    yes    yes    yes  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n    text $v1 {}\n    ## note\n#if($v1 > 1)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #end\n#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    text $v2 {}\n\t#set($s2 = $v2)\n#else\n\ttext $v2 {}\n#end\n#foreach($v2 in [0..2])\ntext $v2 {}\n\t#if($v2 > 1)\n    text $v3 {}\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  ## note\n    \"k\": \"$!v3\",  \n\t#end\n#end\n  #elseif($v0 == 1)\n\t#foreach($v2 in [0..2])\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n    text $v3 {}\n\t#else\n\ttext $v3 {}\n\t#if($v3)yes#{else}no#end\n\t#end\n#set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n\t#end\n  #else\n#if($v1 > 1)\n  #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #end\n    #set($s2 = $v2)\n\t#if($v2 > 1)\n  \"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n\t#else\n\ttext $v3 {}\n  text $v3 {}\n#set($s3 = $v3)\n\t#end\n#elseif($v1 == 1)\n  #if($v2 > 1)\n  text $v3 {}\n#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\ntext $v3 {}\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",\n  #end\n  #if($v2 > 1)\ntext $v3 {}\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  ## note\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n  #else\n\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\ttext $v3 {}\n  #end\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",\n\t#elseif($v2 == 1)\n\ttext $v3 {}\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#else\n\t\"k\": \"$!v3\",\n    text $v3 {}\n\t#set($s3 = $v3)\n\t#end\n\"k\": \"$!v2\",\t\n#else\n#foreach($v3 in [0..2])\n  ## note\n#end\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#* c *# x\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n\ttext $v3 {}\n  text $v3 {}\n  #end\n#end\n  ## note\n  #end\n\t#* c *# x\n",
"o": "  \t\t\ttext  {}\n\tno\t                \t\t    text  {}\n\t                \t\t  no  no\t                \t  \t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\t\n#set($s0 = $v0)\n#if($v0)yes#{else}no#end\n    #set($s0 = $v0)\n",
"o": "\t\"k\": \"0\",\t\nyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0)yes#{else}no#end\n#foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n#set($s2 = $v2)\n  #if($v2 > 1)\n  \"k\": \"$!v3\",\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t## note\n  #elseif($v2 == 1)\ntext $v3 {}\n  #else\n    ## note\n## note\n    #set($s3 = $v3)\n  #end\n#set($s2 = $v2)\n#foreach($v3 in [0..2])\n    ## note\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n    #end\n  #set($s1 = $v1)\n#end\n  text $v0 {}\n\t\"k\": \"$!v0\",  \n",
"o": "    yes                              text  {}\n                      \"k\": \"\",\n  \tno\t                                                text  {}\n                      \"k\": \"\",\n  \tno\t                                                text  {}\n                      \"k\": \"\",\n  \tno\t                    text 2 {}\n\t\"k\": \"2\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t## note\n  ## note\n  \"k\": \"$!v0\",  \n",
"o": "\t    \"k\": \"0\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n    #if($v0 > 1)\n  #if($v1 > 1)\n\t#if($v2 > 1)\n  text $v3 {}\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n## note\n\t#else\n\t## note\n\t#if($v3)yes#{else}no#end\n    #* c *# x\n\t#end\n\"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n    #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n#* c *# x\n    #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n    #end\n  #elseif($v1 == 1)\n\ttext $v2 {}\n  #else\n    #* c *# x\n    #set($s2 = $v2)\n\t## note\n#if($v2)yes#{else}no#end\n  #end\n\t#set($s1 = $v1)\n    #if($v1 > 1)\n  #set($s2 = $v2)\n\t\"k\": \"$!v2\",\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\ttext $v3 {}\n    #end\n    #elseif($v1 == 1)\n#if($v2 > 1)\n    text $v3 {}\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n\ttext $v3 {}\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n#else\n  text $v3 {}\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    ## note\n#end\n    #else\n  #set($s2 = $v2)\n    #end\n    #elseif($v0 == 1)\n#if($v1)yes#{else}no#end\n  #if($v1 > 1)\n    #if($v2)yes#{else}no#end\n\t## note\n    #if($v2)yes#{else}no#end\n  #elseif($v1 == 1)\n  #set($s2 = $v2)\n## note\n  #else\n    \"k\": \"$!v2\",\t\n  #end\n## note\n    #else\n#foreach($v2 in [0..2])\n    #set($s2 = $v2)\n#end\n    #end\n\"k\": \"$!v0\",\t\n",
"o": "           x\n    \tno              \"k\": \"2\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    text $v0 {}\n  \"k\": \"$!v0\",  \n#if($v0 > 1)\n#if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n## note\n#else\n  #* c *# x\n    #foreach($v3 in [0..2])\n    ## note\n    #end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  text $v3 {}\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n#end\n#elseif($v0 == 1)\n  text $v1 {}\n#else\n    #if($v1 > 1)\n    #set($s2 = $v2)\n    text $v2 {}\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n    #set($s2 = $v2)\ntext $v2 {}\n    #else\n\t\"k\": \"$!v2\",\n    \"k\": \"$!v2\",  \n    #set($s2 = $v2)\n    #end\ntext $v1 {}\n#end\n\t#if($v0)yes#{else}no#end\n",
"o": "    text 0 {}\n  \"k\": \"0\",  \n    \t\"k\": \"\",\n    \"k\": \"\",  \n        text  {}\n\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #set($s0 = $v0)\n    #foreach($v1 in [0..2])\n    ## note\n    #end\n    #if($v0)yes#{else}no#end\n  #* c *# x\n",
"o": "                                yes   x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#set($s0 = $v0)\n  #if($v0 > 1)\n  #* c *# x\n\t## note\n  #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n  text $v3 {}\n    \"k\": \"$!v3\",  \n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n  #end\n## note\n\"k\": \"$!v2\",  \n\t#if($v2 > 1)\n    #set($s3 = $v3)\n## note\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n  #end\n  #elseif($v0 == 1)\n    #set($s1 = $v1)\n\t#if($v1)yes#{else}no#end\n  text $v1 {}\n  #if($v1 > 1)\n\t#if($v2 > 1)\n  text $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n  \"k\": \"$!v3\",\n\t#end\n\t#* c *# x\n    text $v2 {}\n  #elseif($v1 == 1)\n#if($v2 > 1)\ntext $v3 {}\ntext $v3 {}\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #* c *# x\n#set($s3 = $v3)\n#else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n#end\n\t\"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n  #else\n\t#if($v2)yes#{else}no#end\ntext $v2 {}\n  #end\n  #else\n  \"k\": \"$!v1\",\t\n  \"k\": \"$!v1\",\n#if($v1 > 1)\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\t## note\n  #* c *# x\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n    ## note\n\t#end\n\"k\": \"$!v2\",\n  \"k\": \"$!v2\",  \n#elseif($v1 == 1)\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n  #end\n\t\"k\": \"$!v2\",  \n  \"k\": \"$!v2\",\n#set($s2 = $v2)\n#else\n#* c *# x\n    text $v2 {}\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n## note\n    ## note\n    #elseif($v2 == 1)\n  #* c *# x\n    #else\n\t#if($v3)yes#{else}no#end\n    #end\n    #set($s2 = $v2)\n#end\n  #end\n",
"o": "  \tno  text  {}\n  \tnotext  {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0)yes#{else}no#end\n    #* c *# x\n",
"o": "yes     x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #foreach($v1 in [0..2])\n    #if($v1)yes#{else}no#end\n    #foreach($v2 in [0..2])\n\"k\": \"$!v2\",\t\n    #end\n    #end\n\ttext $v0 {}\n  #set($s0 = $v0)\n",
"o": "        yes    \"k\": \"0\",\t\n    \"k\": \"1\",\t\n    \"k\": \"2\",\t\n            yes    \"k\": \"0\",\t\n    \"k\": \"1\",\t\n    \"k\": \"2\",\t\n            yes    \"k\": \"0\",\t\n    \"k\": \"1\",\t\n    \"k\": \"2\",\t\n        \ttext 0 {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n  #if($v1 > 1)\ntext $v2 {}\n\t#set($s2 = $v2)\n  #* c *# x\n#if($v2 > 1)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n## note\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#else\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  text $v3 {}\n#end\n  #elseif($v1 == 1)\n#* c *# x\n  #else\n    \"k\": \"$!v2\",  \n    #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n  ## note\n\t## note\n  #end\n  #end\n  ## note\n#elseif($v0 == 1)\n\t#set($s1 = $v1)\n  \"k\": \"$!v1\",  \n    #if($v1 > 1)\n  \"k\": \"$!v2\",\n  text $v2 {}\n    #elseif($v1 == 1)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#* c *# x\n#elseif($v2 == 1)\n\t## note\n#else\n  text $v3 {}\n## note\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n#end\n\t#if($v2)yes#{else}no#end\n  #set($s2 = $v2)\n    #else\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#* c *# x\n\t#end\n    #end\n#else\n## note\n  \"k\": \"$!v1\",\t\n    #if($v1 > 1)\n#if($v2)yes#{else}no#end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#end\n#if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    text $v3 {}\n#else\n  \"k\": \"$!v3\",  \n    text $v3 {}\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n#if($v2 > 1)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n    #* c *# x\n#else\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n#end\n  #if($v2 > 1)\n## note\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\ntext $v3 {}\ntext $v3 {}\n  #else\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n  ## note\n  #end\n    text $v2 {}\n    #else\n    \"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n    text $v3 {}\n\t\"k\": \"$!v3\",\n  text $v3 {}\n\t#end\n    #end\n  #if($v1 > 1)\n\t#set($s2 = $v2)\n  #elseif($v1 == 1)\n    text $v2 {}\n#if($v2 > 1)\n    #* c *# x\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n#elseif($v2 == 1)\n    \"k\": \"$!v3\",  \n    text $v3 {}\n#else\n#if($v3)yes#{else}no#end\n    text $v3 {}\n    text $v3 {}\n#if($v3)yes#{else}no#end\n#end\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n\t#end\n  #else\n  #if($v2 > 1)\n## note\n#set($s3 = $v3)\n    text $v3 {}\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n## note\n  #end\n    #if($v2)yes#{else}no#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n  #end\n#end\n#if($v0 > 1)\n#set($s1 = $v1)\n    #set($s1 = $v1)\n#elseif($v0 == 1)\n    #foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n    ## note\n\t\"k\": \"$!v2\",  \n    #end\n    #if($v1 > 1)\n\t#if($v2 > 1)\n  text $v3 {}\n  #set($s3 = $v3)\ntext $v3 {}\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#else\n    #* c *# x\n  text $v3 {}\n  \"k\": \"$!v3\",  \n\t#end\n    #elseif($v1 == 1)\n\ttext $v2 {}\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\t#end\n    #else\n#if($v2)yes#{else}no#end\n    #end\n#else\n    #if($v1 > 1)\n\ttext $v2 {}\n\ttext $v2 {}\n  #if($v2 > 1)\n    #* c *# x\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  #else\n    text $v3 {}\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n    text $v2 {}\n    #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\ntext $v2 {}\n    #else\n    #if($v2 > 1)\n  #set($s3 = $v3)\n  text $v3 {}\n    ## note\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n  text $v3 {}\n    #else\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\t#if($v2 > 1)\n\ttext $v3 {}\n\"k\": \"$!v3\",\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t## note\n#set($s3 = $v3)\n\t#else\ntext $v3 {}\ntext $v3 {}\n  \"k\": \"$!v3\",\n\t#end\n    #end\n  #foreach($v2 in [0..2])\n\"k\": \"$!v2\",  \n#foreach($v3 in [0..2])\n  #* c *# x\n    #* c *# x\n#end\n  #end\n#foreach($v2 in [0..2])\n#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n## note\n    \"k\": \"$!v3\",\t\n#else\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\ttext $v3 {}\n#end\n#end\n  text $v1 {}\n#end\n#foreach($v1 in [0..2])\n\ttext $v1 {}\n  ## note\n#if($v1)yes#{else}no#end\n#end\n",
"o": "  \"k\": \"\",\t\n        \"k\": \"\",\t\n  \t    text 0 {}\n\t\"k\": \"0\",\n  text 0 {}\n\t    text 1 {}\n\t\"k\": \"1\",\n  text 1 {}\n\t    text 2 {}\n\t\"k\": \"2\",\n  text 2 {}\n\t        \tno      no\t    \"k\": \"0\",  \n\t    \"k\": \"1\",  \n\t    \"k\": \"2\",  \n\t              \ttext  {}\ntext  {}\n  \"k\": \"\",\n\t      \"k\": \"0\",  \n   x\n     x\n   x\n     x\n   x\n     x\n  \"k\": \"1\",  \n   x\n     x\n   x\n     x\n   x\n     x\n  \"k\": \"2\",  \n   x\n     x\n   x\n     x\n   x\n     x\n      \"k\": \"\",  \n  \ttext  {}\n    \"k\": \"\",\t\n\tno  text  {}\n\ttext 0 {}\n  yes\ttext 1 {}\n  yes\ttext 2 {}\n  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t## note\n",
"o": "\t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #set($s0 = $v0)\n#set($s0 = $v0)\n\t\"k\": \"$!v0\",\t\n\t#foreach($v1 in [0..2])\n    #* c *# x\n\ttext $v1 {}\n    ## note\n    #if($v1 > 1)\n    #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",  \n  text $v3 {}\ntext $v3 {}\n    \"k\": \"$!v3\",\t\n    #end\n  #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n  #if($v2 > 1)\n  ## note\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n\t## note\n    #set($s3 = $v3)\n\t## note\n  #end\n\t## note\n    #else\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  ## note\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n    #* c *# x\n    text $v3 {}\n  #end\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",  \n#set($s3 = $v3)\n\ttext $v3 {}\n    ## note\n    #end\n    #end\n\t#end\n",
"o": "\t\"k\": \"2\",\t\n\t     x\n\ttext 0 {}\n               x\n    text  {}\n      \"k\": \"0\",  \n\ttext 0 {}\n        \"k\": \"1\",  \n\ttext 1 {}\n        \"k\": \"2\",  \n\ttext 2 {}\n            \t     x\n\ttext 1 {}\n          \t\t  \t    \t     x\n\ttext 2 {}\n                \"k\": \"0\",  \n  text 0 {}\ntext 0 {}\n    \"k\": \"0\",\t\n        \"k\": \"1\",  \n  text 1 {}\ntext 1 {}\n    \"k\": \"1\",\t\n        \"k\": \"2\",  \n  text 2 {}\ntext 2 {}\n    \"k\": \"2\",\t\n      no    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#set($s0 = $v0)\n    text $v0 {}\n\t## note\n    #set($s0 = $v0)\n",
"o": "    text 0 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  text $v0 {}\n    #if($v0 > 1)\n    text $v1 {}\n#if($v1)yes#{else}no#end\n    #elseif($v0 == 1)\n\t\"k\": \"$!v1\",  \n#if($v1 > 1)\n\t#* c *# x\n\t#set($s2 = $v2)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n## note\n  #set($s3 = $v3)\n\t#else\n    \"k\": \"$!v3\",  \n\t#end\n\t#if($v2 > 1)\n\"k\": \"$!v3\",\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #* c *# x\n\t#else\n\"k\": \"$!v3\",\t\n\t#if($v3)yes#{else}no#end\n  text $v3 {}\ntext $v3 {}\n\t#end\n#elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n  text $v3 {}\n    #end\n    \"k\": \"$!v2\",\n#else\n\t#foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n  text $v3 {}\n\t#end\n\ttext $v2 {}\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    text $v3 {}\n    #end\n#end\n\t#* c *# x\n  #set($s1 = $v1)\n    #else\n  #set($s1 = $v1)\n#* c *# x\n\"k\": \"$!v1\",  \n    #end\n",
"o": "  text 2 {}\n        text  {}\nno    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n    #end\n#if($v1)yes#{else}no#end\n\t#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\n  #if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",  \n\t#end\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#end\n\t#elseif($v1 == 1)\n\t## note\n  text $v2 {}\n  #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n    #* c *# x\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n  text $v3 {}\n  #set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n  #end\n\t#else\n  ## note\n#if($v2 > 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n## note\n  text $v3 {}\n#set($s3 = $v3)\n#else\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n#set($s3 = $v3)\n#end\n    text $v2 {}\n\t#end\n#foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n  \"k\": \"$!v2\",  \n\"k\": \"$!v2\",\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n#end\n    #end\n",
"o": "        \t\t\t\t    \t\t\t\t    \t\t\t\t    yes\t  no\ttext  {}\n    text  {}\n\t    yes  \"k\": \"0\",  \n\"k\": \"0\",\n    yes  \"k\": \"1\",  \n\"k\": \"1\",\n    yes  \"k\": \"2\",  \n\"k\": \"2\",\n        \t\t\t\t    \t\t\t\t    \t\t\t\t    yes\t\t  text  {}\n    \t    yes  \"k\": \"0\",  \n\"k\": \"0\",\n    yes  \"k\": \"1\",  \n\"k\": \"1\",\n    yes  \"k\": \"2\",  \n\"k\": \"2\",\n        \t\t\t\t    \t\t\t\t    \t\t\t\t    yes\t\t  \"k\": \"0\",\n  yes  \"k\": \"0\",  \n\t  \"k\": \"1\",\n  yes  \"k\": \"1\",  \n\t  \"k\": \"2\",\n  yes  \"k\": \"2\",  \n\t\t    yes  \"k\": \"0\",  \n\"k\": \"0\",\n    yes  \"k\": \"1\",  \n\"k\": \"1\",\n    yes  \"k\": \"2\",  \n\"k\": \"2\",\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n#* c *# x\n\t#if($v1 > 1)\n  \"k\": \"$!v2\",  \n\t#elseif($v1 == 1)\n#if($v2 > 1)\n\t## note\n#elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n#else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n#end\n\t#else\n    #if($v2 > 1)\ntext $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n    #end\n  \"k\": \"$!v2\",\n    #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n  text $v3 {}\n  text $v3 {}\n  #end\n\t#end\n#if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n  #if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n    \"k\": \"$!v3\",\n  #else\n  #set($s3 = $v3)\n  #end\n#if($v2)yes#{else}no#end\n#else\n    text $v2 {}\n#end\n  #elseif($v0 == 1)\n  ## note\n  #else\n    #foreach($v2 in [0..2])\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  #elseif($v2 == 1)\n  text $v3 {}\n    #* c *# x\n  #else\n#if($v3)yes#{else}no#end\n  #end\n\t#if($v2 > 1)\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n## note\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n    text $v3 {}\n\t#else\n  #set($s3 = $v3)\n    #* c *# x\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#end\n  #foreach($v3 in [0..2])\n  text $v3 {}\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #if($v3)yes#{else}no#end\n  #end\n\ttext $v2 {}\n    #end\n  ## note\n  #end\n    ## note\n\t#if($v0)yes#{else}no#end\n",
"o": "          \tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\ntext $v0 {}\n",
"o": "text 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n#set($s1 = $v1)\n\t## note\n\t#elseif($v0 == 1)\n    #if($v1 > 1)\n  #* c *# x\n\t#set($s2 = $v2)\n  #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n    text $v3 {}\n\t#set($s3 = $v3)\n  #end\n    #elseif($v1 == 1)\n  text $v2 {}\n  #set($s2 = $v2)\n#if($v2 > 1)\ntext $v3 {}\n\t\"k\": \"$!v3\",\t\n#elseif($v2 == 1)\n    ## note\n\t#set($s3 = $v3)\n    ## note\n#else\n    #set($s3 = $v3)\n#end\n    #else\n    #foreach($v3 in [0..2])\ntext $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\"k\": \"$!v3\",  \n    #end\n    #if($v2)yes#{else}no#end\n  #* c *# x\n    #end\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n  #set($s3 = $v3)\ntext $v3 {}\n  #* c *# x\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t## note\n\t#else\n\ttext $v3 {}\n    ## note\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#end\n    text $v2 {}\n  \"k\": \"$!v2\",\n\t#elseif($v1 == 1)\n    #* c *# x\n  ## note\n\t#else\n    text $v2 {}\n\t#end\n    text $v1 {}\n\t#else\n    #foreach($v2 in [0..2])\n  ## note\n\t#set($s2 = $v2)\n    #set($s2 = $v2)\n    #set($s2 = $v2)\n    #end\n\t#foreach($v2 in [0..2])\n\t\"k\": \"$!v2\",  \n  #if($v2)yes#{else}no#end\n\t#end\n\t#end\n    #if($v0 > 1)\n\t## note\n\t#if($v1)yes#{else}no#end\n    #set($s1 = $v1)\n    #elseif($v0 == 1)\n    text $v1 {}\n#foreach($v2 in [0..2])\n\"k\": \"$!v2\",\t\n#end\n    #set($s1 = $v1)\n    #foreach($v2 in [0..2])\ntext $v2 {}\n#if($v2)yes#{else}no#end\n    #end\n    #else\ntext $v1 {}\n  ## note\n#if($v1)yes#{else}no#end\n\t#if($v1)yes#{else}no#end\n    #end\n    #set($s0 = $v0)\n",
"o": "\t        text 0 {}\n\t\"k\": \"0\",  \n    text 1 {}\n\t\"k\": \"1\",  \n    text 2 {}\n\t\"k\": \"2\",  \n        no   x\n    \t    text  {}\n\t    text  {}\n\t        text  {}\n\"k\": \"0\",\t\n\"k\": \"1\",\t\n\"k\": \"2\",\t\n    text 0 {}\nyes    text 1 {}\nyes    text 2 {}\nyes        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #* c *# x\n  \"k\": \"$!v0\",\t\n\t## note\n",
"o": "   x\n  \"k\": \"1\",\t\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    ## note\n\t#if($v0 > 1)\n  \"k\": \"$!v1\",  \n\t#elseif($v0 == 1)\n    #if($v1)yes#{else}no#end\n  #if($v1 > 1)\ntext $v2 {}\n#* c *# x\n  #elseif($v1 == 1)\n    #if($v2 > 1)\n    #* c *# x\n    ## note\n  #set($s3 = $v3)\n    ## note\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    #else\n#if($v3)yes#{else}no#end\n    #end\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\n  \"k\": \"$!v3\",\n    #if($v3)yes#{else}no#end\n  #end\n#foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#end\n  #else\n    #* c *# x\n  #end\n\t#else\n\t#set($s1 = $v1)\n\t#end\n",
"o": "    \t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0)yes#{else}no#end\n    ## note\n",
"o": "yes    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #set($s0 = $v0)\n\t#if($v0 > 1)\n#set($s1 = $v1)\n    #if($v1)yes#{else}no#end\n\t#elseif($v0 == 1)\n#set($s1 = $v1)\n\t#else\n  #if($v1)yes#{else}no#end\n  \"k\": \"$!v1\",\t\n\t#end\n    #* c *# x\ntext $v0 {}\n",
"o": "\t    no\t     x\ntext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    ## note\n    text $v0 {}\n    #if($v0 > 1)\n    #set($s1 = $v1)\n#if($v1)yes#{else}no#end\n    #elseif($v0 == 1)\n#foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n#end\ntext $v1 {}\n    #set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n    #else\n\t#foreach($v2 in [0..2])\ntext $v2 {}\n  #* c *# x\n\t#if($v2)yes#{else}no#end\n\t#end\n\t#if($v1 > 1)\n  #if($v2 > 1)\n  #* c *# x\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n  #else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  text $v3 {}\n  #end\n\ttext $v2 {}\n\"k\": \"$!v2\",\n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\n\"k\": \"$!v2\",\t\ntext $v2 {}\n  #set($s2 = $v2)\n  #* c *# x\n\t#else\n\t## note\ntext $v2 {}\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n  ## note\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n  #if($v2)yes#{else}no#end\n\t#end\ntext $v1 {}\n    #end\n",
"o": "        text 2 {}\n    no    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n\t#if($v1)yes#{else}no#end\n#elseif($v0 == 1)\n#if($v1 > 1)\n    #if($v2 > 1)\n#set($s3 = $v3)\n\"k\": \"$!v3\",\n#* c *# x\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n  ## note\n## note\n\"k\": \"$!v3\",  \n    #end\n#if($v2 > 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#else\n## note\n#end\n#elseif($v1 == 1)\n\t#set($s2 = $v2)\n\ttext $v2 {}\n#else\ntext $v2 {}\n#* c *# x\n#end\n#else\n  #if($v1)yes#{else}no#end\n#end\n\t#if($v0)yes#{else}no#end\n#if($v0 > 1)\n\t#foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n#set($s3 = $v3)\n  text $v3 {}\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n  text $v3 {}\n\"k\": \"$!v3\",\n    #end\n\t#end\n#if($v1)yes#{else}no#end\n    #set($s1 = $v1)\n#elseif($v0 == 1)\n    #if($v1 > 1)\n\t#if($v2 > 1)\n  text $v3 {}\n\t#elseif($v2 == 1)\n## note\n  #set($s3 = $v3)\n#* c *# x\n\t#* c *# x\n\t#else\n\t## note\n  ## note\n\t#end\n    #elseif($v1 == 1)\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n  ## note\n  ## note\n\t#end\n## note\n    #if($v2 > 1)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n  \"k\": \"$!v3\",\t\n    #else\n    text $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n    #else\n\ttext $v2 {}\ntext $v2 {}\n    #end\n\t#foreach($v2 in [0..2])\n#set($s2 = $v2)\n  #if($v2 > 1)\n    ## note\n    ## note\n  #elseif($v2 == 1)\ntext $v3 {}\n  #if($v3)yes#{else}no#end\n  #else\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n\t#end\n\"k\": \"$!v1\",\n#else\n#foreach($v2 in [0..2])\n  text $v2 {}\n    #set($s2 = $v2)\n  #if($v2 > 1)\n    #set($s3 = $v3)\ntext $v3 {}\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n  text $v3 {}\n\ttext $v3 {}\n  ## note\n  #else\n    text $v3 {}\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\n#end\n#end\n",
"o": "text  {}\n x\n\tyes    \ttext  {}\ntext  {}\n    \t    \t  text  {}\n  no  \t            \t\"k\": \"\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#set($s0 = $v0)\n  text $v0 {}\n\t#set($s0 = $v0)\n#if($v0 > 1)\n    #set($s1 = $v1)\n  text $v1 {}\n#if($v1 > 1)\n\t#* c *# x\n\t#if($v2 > 1)\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t## note\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n## note\n## note\n\"k\": \"$!v3\",\n\t#end\n#elseif($v1 == 1)\n  ## note\n  #set($s2 = $v2)\n    #* c *# x\n    ## note\n#else\n  #if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n    #* c *# x\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n\t## note\n  ## note\n  #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n  #else\n#set($s3 = $v3)\n    ## note\n  #end\n#end\n#elseif($v0 == 1)\n\t#if($v1 > 1)\n#foreach($v3 in [0..2])\n  text $v3 {}\n  \"k\": \"$!v3\",\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\t#if($v2)yes#{else}no#end\n\t#elseif($v1 == 1)\n  text $v2 {}\n    text $v2 {}\n\t#if($v2 > 1)\ntext $v3 {}\n    #set($s3 = $v3)\n  text $v3 {}\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\t## note\n    text $v3 {}\n\t#else\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\n\t#end\n\t#else\n  #set($s2 = $v2)\n    ## note\n#* c *# x\n\t#end\n## note\n\t#foreach($v2 in [0..2])\n#set($s2 = $v2)\n    ## note\n  #set($s2 = $v2)\n\t#end\n    #if($v1)yes#{else}no#end\n#else\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n  text $v2 {}\n\t#elseif($v1 == 1)\n    #* c *# x\n    #set($s2 = $v2)\n\t#else\n    #if($v2 > 1)\n  text $v3 {}\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t## note\n#set($s3 = $v3)\n    #else\n    \"k\": \"$!v3\",  \n    #* c *# x\n\t#set($s3 = $v3)\n\t## note\n    #end\n  #set($s2 = $v2)\ntext $v2 {}\n    #if($v2)yes#{else}no#end\n\t#end\n  ## note\n#end\n",
"o": "  text 0 {}\n\t\t        \"k\": \"\",  \n     x\n\t\t    text  {}\n    no\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    ## note\n  #if($v0)yes#{else}no#end\n\t#if($v0)yes#{else}no#end\n",
"o": "      yes\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  text $v0 {}\n",
"o": "  text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n  #if($v1 > 1)\n#if($v2 > 1)\n    text $v3 {}\n  #set($s3 = $v3)\n#elseif($v2 == 1)\ntext $v3 {}\n#else\n  #set($s3 = $v3)\n\"k\": \"$!v3\",  \n#end\n    #set($s2 = $v2)\n  #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #end\n#if($v2 > 1)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n    \"k\": \"$!v3\",\n  ## note\n#if($v3)yes#{else}no#end\n#else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#end\n  #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  ## note\n\t\"k\": \"$!v3\",\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #else\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n    #foreach($v3 in [0..2])\n  text $v3 {}\n  text $v3 {}\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n  #else\n    #set($s2 = $v2)\n    #if($v2 > 1)\n#set($s3 = $v3)\n    \"k\": \"$!v3\",\n  text $v3 {}\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n\t\"k\": \"$!v3\",\n## note\n\t#set($s3 = $v3)\n    #end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\ttext $v3 {}\n#end\n  #end\n#elseif($v0 == 1)\n    \"k\": \"$!v1\",\t\n    ## note\n#if($v1)yes#{else}no#end\n## note\n#else\n  #if($v1 > 1)\n#set($s2 = $v2)\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n#end\n  #elseif($v1 == 1)\n  #set($s2 = $v2)\n  #else\n#if($v2 > 1)\n#* c *# x\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#* c *# x\n    #set($s3 = $v3)\n#else\n\ttext $v3 {}\n#set($s3 = $v3)\n#end\n  #end\n\t#set($s1 = $v1)\n  ## note\n#end\n    #if($v0)yes#{else}no#end\n\t#* c *# x\n",
"o": "    \"k\": \"\",\t\n    no    yes\t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0 > 1)\n  #if($v1 > 1)\n  text $v2 {}\n    #foreach($v3 in [0..2])\n  ## note\n#if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",\n    #end\n    ## note\ntext $v2 {}\n  #elseif($v1 == 1)\n  #if($v2)yes#{else}no#end\n    text $v2 {}\n    #set($s2 = $v2)\n  #else\n\t#set($s2 = $v2)\ntext $v2 {}\ntext $v2 {}\n  #end\n\t#if($v1)yes#{else}no#end\n  #if($v1)yes#{else}no#end\n\t#elseif($v0 == 1)\n  #if($v1)yes#{else}no#end\n\t#else\n    \"k\": \"$!v1\",  \n\t#set($s1 = $v1)\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n    text $v3 {}\n  text $v3 {}\n#end\n#if($v2)yes#{else}no#end\n\ttext $v2 {}\n    #elseif($v1 == 1)\n\t#if($v2)yes#{else}no#end\n  #* c *# x\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #end\ntext $v2 {}\n    #else\n  #set($s2 = $v2)\n    #end\n\t#end\n#set($s0 = $v0)\n",
"o": "\t    \"k\": \"\",  \n\t        \t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0)yes#{else}no#end\n\t#foreach($v1 in [0..2])\n    text $v1 {}\n    #* c *# x\n    \"k\": \"$!v1\",\n#set($s1 = $v1)\n\t#end\n\t#if($v0 > 1)\n  #foreach($v2 in [0..2])\n## note\n#set($s2 = $v2)\n\t#if($v2 > 1)\n\ttext $v3 {}\n  \"k\": \"$!v3\",\t\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n\t#end\n  #end\n    text $v1 {}\n\t#elseif($v0 == 1)\n\t\"k\": \"$!v1\",\t\n## note\n\t#else\n\ttext $v1 {}\n  #if($v1 > 1)\n    #if($v2 > 1)\n  \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    ## note\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #elseif($v1 == 1)\n    text $v2 {}\n  #else\n  \"k\": \"$!v2\",\n  #foreach($v3 in [0..2])\n  text $v3 {}\n#* c *# x\n  #end\n  #end\n\t#end\n  #foreach($v1 in [0..2])\n#set($s1 = $v1)\n#set($s1 = $v1)\ntext $v1 {}\n\t#if($v1 > 1)\n  ## note\n    #set($s2 = $v2)\n  text $v2 {}\n  #if($v2 > 1)\n    ## note\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #else\n\ttext $v3 {}\n\t\"k\": \"$!v3\",  \n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n#set($s2 = $v2)\n    #* c *# x\n    #set($s2 = $v2)\n\t## note\n\t#else\n#if($v2 > 1)\n    \"k\": \"$!v3\",\t\n\ttext $v3 {}\n    #set($s3 = $v3)\ntext $v3 {}\n#elseif($v2 == 1)\n    ## note\n\t#if($v3)yes#{else}no#end\n#else\n    #if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",  \n#end\n  #foreach($v3 in [0..2])\n## note\n\t#set($s3 = $v3)\n  #end\n    #set($s2 = $v2)\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n\t#end\n  #end\n",
"o": "    yes\t    text 0 {}\n     x\n    \"k\": \"0\",\n\t    text 1 {}\n     x\n    \"k\": \"1\",\n\t    text 2 {}\n     x\n    \"k\": \"2\",\n\t\t\t\"k\": \"\",\t\n\t  text 0 {}\n\t    no  \"k\": \"\",  \n        \t  text 1 {}\n\t     x\n    \t\t  text 2 {}\n\t    text  {}\n  \ttext  {}\n\t\"k\": \"\",  \n  \"k\": \"\",\n  \t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n    #if($v1)yes#{else}no#end\n  text $v1 {}\n\t#if($v1 > 1)\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n#* c *# x\ntext $v3 {}\n#if($v3)yes#{else}no#end\n  #else\n\t#if($v3)yes#{else}no#end\n#* c *# x\n  #end\n\t#set($s2 = $v2)\n\t#elseif($v1 == 1)\n  text $v2 {}\n#if($v2 > 1)\n#set($s3 = $v3)\n    #* c *# x\n#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n#else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#end\n\t#else\n\ttext $v2 {}\n  #if($v2 > 1)\n    ## note\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n  #else\n\t#set($s3 = $v3)\n  #end\n\t#end\n#end\n## note\n    ## note\n",
"o": "    yes  text 0 {}\n\t\ttext  {}\n    \t    yes  text 1 {}\n\t  text  {}\n\t    yes  text 2 {}\n\t  \tno x\n  \t    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0)yes#{else}no#end\n",
"o": "yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#* c *# x\n\t#foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\ntext $v3 {}\n    #set($s3 = $v3)\n  #end\n    #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n    text $v3 {}\n#set($s3 = $v3)\n#set($s3 = $v3)\n\"k\": \"$!v3\",  \n    #elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    text $v3 {}\n\t#set($s3 = $v3)\n    #else\n#* c *# x\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #end\n    #foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n\t#if($v3)yes#{else}no#end\n    #end\n  #end\n    #set($s1 = $v1)\n    #set($s1 = $v1)\n\ttext $v1 {}\n\t#end\n",
"o": "\t x\n\t    text 0 {}\n      text 1 {}\n      text 2 {}\n          yes     x\n    \tno            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\t            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\"k\": \"\",  \n            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes      \ttext 0 {}\n\t    text 0 {}\n      text 1 {}\n      text 2 {}\n          yes     x\n    \tno            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\t            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\"k\": \"\",  \n            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes      \ttext 1 {}\n\t    text 0 {}\n      text 1 {}\n      text 2 {}\n          yes     x\n    \tno            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\t            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes        text 0 {}\n      text 1 {}\n      text 2 {}\n          yes        text  {}\n\"k\": \"\",  \n            yes  text 0 {}\n\tyes        yes  text 1 {}\n\tyes        yes  text 2 {}\n\tyes      \ttext 2 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n## note\n  #set($s0 = $v0)\n\ttext $v0 {}\n",
"o": "\ttext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t## note\n#* c *# x\n",
"o": "\t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  ## note\n## note\n",
"o": "  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n\ttext $v1 {}\n  #foreach($v2 in [0..2])\n  #if($v2 > 1)\n## note\n\t#set($s3 = $v3)\n\ttext $v3 {}\n  #elseif($v2 == 1)\n#* c *# x\n  ## note\n\t#if($v3)yes#{else}no#end\n  #else\n    #set($s3 = $v3)\n\"k\": \"$!v3\",  \n  #end\n  #end\n  #elseif($v0 == 1)\n  text $v1 {}\n\t#set($s1 = $v1)\n  #else\n    #if($v1 > 1)\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n\t#if($v2 > 1)\n\t## note\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#end\n#if($v2)yes#{else}no#end\n  ## note\n    #elseif($v1 == 1)\ntext $v2 {}\n#foreach($v3 in [0..2])\ntext $v3 {}\n    text $v3 {}\n\"k\": \"$!v3\",  \n  #set($s3 = $v3)\n#end\n  text $v2 {}\n    #else\n#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n#end\n    ## note\n    #end\n\t#set($s1 = $v1)\n#if($v1 > 1)\n#if($v2)yes#{else}no#end\n    \"k\": \"$!v2\",  \n    text $v2 {}\ntext $v2 {}\n#elseif($v1 == 1)\n\t## note\n#else\n  #set($s2 = $v2)\n    \"k\": \"$!v2\",  \n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n#if($v2 > 1)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n#else\n  text $v3 {}\n#set($s3 = $v3)\n#end\n#end\n  #end\n    #foreach($v1 in [0..2])\n\t\"k\": \"$!v1\",  \n    #end\n    #set($s0 = $v0)\n",
"o": "    text  {}\n\t      \t\"k\": \"0\",  \n    \t\"k\": \"1\",  \n    \t\"k\": \"2\",  \n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n",
"o": "\ttext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n    #if($v1)yes#{else}no#end\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n    #if($v1 > 1)\n  ## note\n  #foreach($v3 in [0..2])\n#* c *# x\n\ttext $v3 {}\n#set($s3 = $v3)\n  #end\n  #if($v2)yes#{else}no#end\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n#* c *# x\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    text $v3 {}\n\t#else\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    text $v3 {}\n#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n    #else\n\t#set($s2 = $v2)\n    #end\n## note\n  #else\n#if($v1 > 1)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\ttext $v3 {}\n  ## note\n  #else\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\ntext $v2 {}\ntext $v2 {}\n#elseif($v1 == 1)\n\ttext $v2 {}\n  #foreach($v3 in [0..2])\n\t#* c *# x\n  #set($s3 = $v3)\n  #end\n  ## note\n#else\n#set($s2 = $v2)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #* c *# x\n  #else\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n  #end\n#end\n  #end\n\t## note\n",
"o": "    no  no    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#foreach($v1 in [0..2])\n    #set($s1 = $v1)\n#end\n#set($s0 = $v0)\n    #if($v0)yes#{else}no#end\n",
"o": "    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#* c *# x\n  #set($s0 = $v0)\n    #if($v0 > 1)\n#* c *# x\n    #if($v1)yes#{else}no#end\n\t#foreach($v2 in [0..2])\n    #if($v2 > 1)\n  #set($s3 = $v3)\ntext $v3 {}\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n  text $v3 {}\n    #else\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\n    #set($s3 = $v3)\n\ttext $v3 {}\n    #end\n    text $v2 {}\n\t#end\n\t#set($s1 = $v1)\n    #elseif($v0 == 1)\n#* c *# x\n#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n    #elseif($v1 == 1)\n#if($v2 > 1)\n\"k\": \"$!v3\",\n  #set($s3 = $v3)\n    text $v3 {}\n#elseif($v2 == 1)\ntext $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#end\n\t#set($s2 = $v2)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",  \n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n#else\n#set($s3 = $v3)\n  ## note\n#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    #else\n\t#set($s2 = $v2)\n    #end\n\t#foreach($v2 in [0..2])\n    text $v2 {}\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n    #if($v3)yes#{else}no#end\n    ## note\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n    #foreach($v3 in [0..2])\n  text $v3 {}\n    #end\n\t#end\n    #else\n\t#set($s1 = $v1)\n    #foreach($v2 in [0..2])\n  #if($v2)yes#{else}no#end\n    #if($v2)yes#{else}no#end\n#if($v2 > 1)\n    ## note\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  \"k\": \"$!v3\",\n  ## note\n    #if($v3)yes#{else}no#end\n  #* c *# x\n#else\n    #set($s3 = $v3)\n  #* c *# x\n#end\n#if($v2 > 1)\n    ## note\n  ## note\n    \"k\": \"$!v3\",  \n#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n## note\n#set($s3 = $v3)\n\"k\": \"$!v3\",\t\n#else\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#end\n    #end\n    #end\n#if($v0 > 1)\n\t#if($v1 > 1)\n  text $v2 {}\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n#if($v2 > 1)\n    #set($s3 = $v3)\ntext $v3 {}\n\t## note\n#elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\ntext $v3 {}\n#else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#end\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n  \"k\": \"$!v3\",\n\ttext $v3 {}\n\ttext $v3 {}\n  #if($v3)yes#{else}no#end\n  #end\n\t#elseif($v1 == 1)\n  #set($s2 = $v2)\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n    #set($s3 = $v3)\n#end\n\t#else\n    #foreach($v3 in [0..2])\n  #* c *# x\n  #set($s3 = $v3)\n    #end\n\t#end\n#if($v1)yes#{else}no#end\n#elseif($v0 == 1)\n\t#set($s1 = $v1)\n\t#if($v1 > 1)\n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\t#if($v2)yes#{else}no#end\n\t#else\n  #set($s2 = $v2)\n\t#end\n\"k\": \"$!v1\",\n    ## note\n#else\n  ## note\n    #if($v1 > 1)\n  ## note\n    #elseif($v1 == 1)\n    \"k\": \"$!v2\",\t\n#if($v2 > 1)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n#else\n    #set($s3 = $v3)\n#end\n    #else\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  text $v3 {}\n#set($s3 = $v3)\n#end\n#set($s2 = $v2)\n\t#if($v2)yes#{else}no#end\n    #end\n#end\n",
"o": " x\n       x\nno        \t    text 0 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n    \t    text 1 {}\n      no    no            text 0 {}\n      text 1 {}\n      text 2 {}\n    \t    text 2 {}\n              text 0 {}\n      text 1 {}\n      text 2 {}\n    \t    \t\t\"k\": \"\",\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n\t## note\n\t#foreach($v2 in [0..2])\n## note\n\t## note\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\"k\": \"$!v3\",  \n  text $v3 {}\n#set($s3 = $v3)\n\t#end\n    text $v2 {}\n\t#end\n\ttext $v1 {}\n#foreach($v2 in [0..2])\n  #if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\n    #set($s2 = $v2)\n  #if($v2 > 1)\n## note\n#set($s3 = $v3)\n    \"k\": \"$!v3\",\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n  #else\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\ntext $v3 {}\n  #end\n#end\n#end\n    #if($v0 > 1)\n  ## note\n\ttext $v1 {}\n\"k\": \"$!v1\",  \n    #elseif($v0 == 1)\n\t#set($s1 = $v1)\n\ttext $v1 {}\n\ttext $v1 {}\n    #set($s1 = $v1)\n    #else\n\t\"k\": \"$!v1\",\t\n    #if($v1)yes#{else}no#end\n## note\n    text $v1 {}\n    #end\n  #if($v0 > 1)\n    #set($s1 = $v1)\n  #set($s1 = $v1)\n    text $v1 {}\n  #if($v1 > 1)\n\t#if($v2 > 1)\n    text $v3 {}\n\t#* c *# x\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n#if($v3)yes#{else}no#end\n  ## note\n\t#end\n  #elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n  #end\n  #else\n#if($v2 > 1)\n  \"k\": \"$!v3\",\t\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n#else\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n  #end\n  #elseif($v0 == 1)\n    #set($s1 = $v1)\n\ttext $v1 {}\n    \"k\": \"$!v1\",\t\n  #else\n\ttext $v1 {}\n    text $v1 {}\n  #end\n",
"o": "\t\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 0 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 1 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 2 {}\n\t\ttext 0 {}\n  yes\tyes      notext  {}\n    yes\tyes      yes\tyes      \"k\": \"\",\n      \t\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 0 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 1 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 2 {}\n\t\ttext 1 {}\n  yes\tyes      notext  {}\n    yes\tyes      yes\tyes      \"k\": \"\",\n      \t\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 0 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 1 {}\n\t\t\t\"k\": \"0\",  \n  text 0 {}\n\t\"k\": \"1\",  \n  text 1 {}\n\t\"k\": \"2\",  \n  text 2 {}\n\t    text 2 {}\n\t\ttext 2 {}\n  yes\tyes      notext  {}\n    yes\tyes      yes\tyes      \"k\": \"\",\n          \t\"k\": \"\",\t\n    no    text  {}\n      \ttext  {}\n    text  {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0)yes#{else}no#end\n#if($v0 > 1)\n    #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#end\n    #end\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n\t#if($v2 > 1)\n\t## note\n\t\"k\": \"$!v3\",\n\ttext $v3 {}\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#* c *# x\n\t#else\n    text $v3 {}\n    text $v3 {}\n\t#end\n\t#elseif($v1 == 1)\n\t#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  text $v3 {}\n\t#end\n  #set($s2 = $v2)\n\"k\": \"$!v2\",\n  text $v2 {}\n\t#else\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\ntext $v3 {}\n  #set($s3 = $v3)\n    #end\n#set($s2 = $v2)\n\t#if($v2)yes#{else}no#end\n\t#end\n#elseif($v0 == 1)\n  #set($s1 = $v1)\n#else\n\"k\": \"$!v1\",  \n\t\"k\": \"$!v1\",\t\n#end\n",
"o": "  yes\"k\": \"\",  \n\t\"k\": \"\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  text $v0 {}\n    \"k\": \"$!v0\",\n#if($v0)yes#{else}no#end\n",
"o": "  text 1 {}\n    \"k\": \"1\",\nyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0)yes#{else}no#end\n  text $v0 {}\n\t#foreach($v1 in [0..2])\n  #if($v1 > 1)\n\ttext $v2 {}\n    \"k\": \"$!v2\",  \ntext $v2 {}\n  #elseif($v1 == 1)\n#if($v2 > 1)\n    ## note\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    text $v3 {}\n  #if($v3)yes#{else}no#end\n  #* c *# x\n  #set($s3 = $v3)\n#else\n\t## note\n  text $v3 {}\n#end\n\t#set($s2 = $v2)\n## note\n  #else\n#if($v2 > 1)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n\t#* c *# x\n#else\n\t#set($s3 = $v3)\n#end\n  #if($v2)yes#{else}no#end\n  #end\n\t#foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n## note\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n\t## note\n#end\n\t#end\n    #if($v1)yes#{else}no#end\n\t\"k\": \"$!v1\",\n\t#end\n\t## note\n",
"o": "  yes  text 2 {}\n\t    no  \ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\t    yes\t\"k\": \"0\",\n\t  \t  text  {}\n  \ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\t    yes\t\"k\": \"1\",\n\t  \ttext  {}\n    \"k\": \"\",  \ntext  {}\n  \ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n\t\t    yes\t\"k\": \"2\",\n\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0 > 1)\n\t## note\n\t#elseif($v0 == 1)\n\t#if($v1)yes#{else}no#end\n#if($v1 > 1)\n    #if($v2 > 1)\n    ## note\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n  text $v3 {}\n\ttext $v3 {}\n    #else\n\t#set($s3 = $v3)\n    #end\n  ## note\n\t#foreach($v3 in [0..2])\n    text $v3 {}\n\t#end\n#if($v2 > 1)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#else\n  text $v3 {}\n#set($s3 = $v3)\n\ttext $v3 {}\n#end\n#elseif($v1 == 1)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\ntext $v3 {}\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n\t#end\n    \"k\": \"$!v2\",\n#else\n\t\"k\": \"$!v2\",\n#end\n\t#if($v1)yes#{else}no#end\n#foreach($v2 in [0..2])\n    #foreach($v3 in [0..2])\ntext $v3 {}\n    #end\n    #if($v2 > 1)\n\t## note\n    text $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n\t## note\n    #else\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    text $v3 {}\n  ## note\n    #end\n#end\n\t#else\n#foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n    text $v3 {}\n#end\n\t#if($v2)yes#{else}no#end\n  #set($s2 = $v2)\n#end\n\t#end\n#foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\ntext $v2 {}\n  #end\n\t#if($v1 > 1)\n\t## note\n\t## note\n\t#elseif($v1 == 1)\n#set($s2 = $v2)\n\t#else\n  \"k\": \"$!v2\",  \n    #if($v2)yes#{else}no#end\n\t#end\n#end\n    ## note\n  text $v0 {}\n",
"o": "\t    text 0 {}\n    text 1 {}\n    text 2 {}\n\tyes    text 0 {}\n    text 1 {}\n    text 2 {}\n\tyes    text 0 {}\n    text 1 {}\n    text 2 {}\n\tyes\t  text 0 {}\n  text 1 {}\n  text 2 {}\n  \t  \"k\": \"\",  \n    no\t  text 0 {}\n  text 1 {}\n  text 2 {}\n  \t\t  text 0 {}\n  text 1 {}\n  text 2 {}\n  \t\t\t\t      text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #* c *# x\n  #set($s0 = $v0)\n\t#foreach($v1 in [0..2])\n    #set($s1 = $v1)\ntext $v1 {}\n\t#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n\t#end\n\t#if($v2)yes#{else}no#end\n    #set($s2 = $v2)\n\"k\": \"$!v2\",\t\n\t#elseif($v1 == 1)\n\t## note\n\t#else\n\t\"k\": \"$!v2\",  \n    #set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    ## note\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n\t#end\n\t#set($s1 = $v1)\n\t#end\n",
"o": "     x\n  \ttext 0 {}\n\t\t\"k\": \"\",  \n    \t    \t    \t    \t\t\ttext 1 {}\n\t\t\t\ttext 2 {}\n\t\t  \"k\": \"0\",\n\t  \"k\": \"1\",\n\t  \"k\": \"2\",\n\t\tno\"k\": \"\",\t\n\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#set($s0 = $v0)\n\t#* c *# x\n#if($v0 > 1)\n    #set($s1 = $v1)\n\t#set($s1 = $v1)\n#elseif($v0 == 1)\n\t#set($s1 = $v1)\n#foreach($v2 in [0..2])\n\"k\": \"$!v2\",  \n\t## note\n\t## note\n#end\n  text $v1 {}\n\t#foreach($v2 in [0..2])\n    text $v2 {}\n\t#if($v2 > 1)\n  ## note\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\ttext $v3 {}\n\t\"k\": \"$!v3\",\n#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n  \"k\": \"$!v2\",\t\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#end\n\t#end\n#else\n\t## note\n#end\n    #set($s0 = $v0)\n",
"o": "\t x\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n    #if($v1)yes#{else}no#end\n  \"k\": \"$!v1\",\t\n\t#if($v1)yes#{else}no#end\n#if($v1 > 1)\n    \"k\": \"$!v2\",\t\n\"k\": \"$!v2\",  \n  ## note\n#elseif($v1 == 1)\n#if($v2 > 1)\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\"k\": \"$!v3\",\n\t## note\n#else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#end\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #end\n  ## note\n#else\n  #foreach($v3 in [0..2])\n  #* c *# x\n  text $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n  \"k\": \"$!v2\",\n\t#* c *# x\n#set($s2 = $v2)\n#end\n\t#elseif($v0 == 1)\n#foreach($v2 in [0..2])\n    ## note\n\ttext $v2 {}\n    #if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #end\n#end\n    #if($v1)yes#{else}no#end\n\t#else\n    text $v1 {}\n#* c *# x\n    #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #end\n  #set($s2 = $v2)\n\"k\": \"$!v2\",  \n    #end\n\t#foreach($v2 in [0..2])\n    #set($s2 = $v2)\n\t#end\n\t#end\n    \"k\": \"$!v0\",  \n",
"o": "\t    \ttext 0 {}\n    yes                    \ttext 1 {}\n    yes                    \ttext 2 {}\n    yes                    no\t    \"k\": \"1\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    ## note\n#foreach($v1 in [0..2])\n  #if($v1 > 1)\n  \"k\": \"$!v2\",  \n    text $v2 {}\n  #elseif($v1 == 1)\n#if($v2 > 1)\n\t\"k\": \"$!v3\",  \n  #set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n#else\n  text $v3 {}\n#end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n## note\n\t#if($v3)yes#{else}no#end\n  ## note\n    #elseif($v2 == 1)\n    text $v3 {}\n    #else\n  #if($v3)yes#{else}no#end\n    #end\n  #else\n    ## note\n\t#if($v2 > 1)\n    text $v3 {}\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\ntext $v3 {}\n\"k\": \"$!v3\",\t\n\t#end\n## note\n  #end\n\"k\": \"$!v1\",  \n#end\n",
"o": "          \ttext  {}\n\"k\": \"\",\t\n\t  \"k\": \"0\",  \n    text  {}\n              no      \"k\": \"1\",  \n    \"k\": \"\",  \n    text  {}\n  \"k\": \"2\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    text $v0 {}\n\ttext $v0 {}\n    \"k\": \"$!v0\",  \n",
"o": "    text 2 {}\n\ttext 2 {}\n    \"k\": \"2\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n  #set($s1 = $v1)\n    text $v1 {}\n#set($s1 = $v1)\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n  #else\n\t## note\n  #end\n\t#if($v0)yes#{else}no#end\n",
"o": "  \t  \tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  \"k\": \"$!v0\",  \n    #foreach($v1 in [0..2])\n#set($s1 = $v1)\n    \"k\": \"$!v1\",\t\n    #end\n  text $v0 {}\n  #if($v0 > 1)\n    #foreach($v2 in [0..2])\n#if($v2 > 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\n    text $v3 {}\n#* c *# x\n#end\n\t#if($v2 > 1)\n  text $v3 {}\n## note\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n\t## note\n#set($s3 = $v3)\n    \"k\": \"$!v3\",\n\t#else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #* c *# x\n\t#set($s3 = $v3)\n\t#end\n    #end\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n  \"k\": \"$!v1\",\n  #else\n    text $v1 {}\n  #end\n",
"o": "  \"k\": \"2\",  \n        \"k\": \"0\",\t\n        \"k\": \"1\",\t\n        \"k\": \"2\",\t\n      text 2 {}\n          \"k\": \"\",\n    text  {}\n x\n\t     x\n\t\t    \t\t    \"k\": \"\",\n\t    \t  text  {}\n\t      "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #set($s0 = $v0)\n\t#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n  text $v1 {}\n\t#* c *# x\n#* c *# x\n\t## note\n#end\n\t#if($v0)yes#{else}no#end\n  #if($v0 > 1)\n\t#set($s1 = $v1)\n  #elseif($v0 == 1)\n  #set($s1 = $v1)\n  #else\n    #if($v1 > 1)\n    text $v2 {}\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n    #if($v2)yes#{else}no#end\n\t#if($v2 > 1)\n  text $v3 {}\n  text $v3 {}\n\t#elseif($v2 == 1)\n    text $v3 {}\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n  text $v3 {}\n  \"k\": \"$!v3\",  \n  text $v3 {}\n    #set($s3 = $v3)\n\t#end\n    #else\n\ttext $v2 {}\n\t#if($v2 > 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    ## note\n\t#elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n    text $v3 {}\n\t\"k\": \"$!v3\",\t\n\t#else\n  #set($s3 = $v3)\n    text $v3 {}\n\t#end\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n    ## note\n    #else\n\"k\": \"$!v3\",\n    #end\n    #end\n  \"k\": \"$!v1\",\t\n  #end\n",
"o": "  text 0 {}\n\t x\n x\n\t  text 1 {}\n\t x\n x\n\t  text 2 {}\n\t x\n x\n\t\tyes      \ttext  {}\n\t    text  {}\n\t    \"k\": \"\",\n          \"k\": \"\",\t\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #foreach($v1 in [0..2])\n\t#if($v1 > 1)\n    text $v2 {}\n#set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n\t#elseif($v1 == 1)\n#* c *# x\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  ## note\n\t#else\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\n    #end\n  #set($s2 = $v2)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n## note\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",\n\t## note\n    #set($s3 = $v3)\n\t#end\n\t#end\n  #set($s1 = $v1)\n\t#set($s1 = $v1)\n  #end\n  #foreach($v1 in [0..2])\n    \"k\": \"$!v1\",  \n    #if($v1)yes#{else}no#end\n  #end\n\"k\": \"$!v0\",\t\n\ttext $v0 {}\n",
"o": "  \t    \"k\": \"0\",\n    \"k\": \"1\",\n    \"k\": \"2\",\n    \t\"k\": \"\",\n\t\t\t  \t x\n                  \t  \t    text  {}\n    no\t        \"k\": \"0\",  \n    yes      \"k\": \"1\",  \n    yes      \"k\": \"2\",  \n    yes  \"k\": \"2\",\t\n\ttext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    ## note\n",
"o": "    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n#if($v1 > 1)\n    #foreach($v3 in [0..2])\n    ## note\n    #set($s3 = $v3)\n    #end\n  text $v2 {}\n\t#set($s2 = $v2)\n#foreach($v3 in [0..2])\n#* c *# x\n#set($s3 = $v3)\n\t## note\n#end\n#elseif($v1 == 1)\n    #set($s2 = $v2)\n  text $v2 {}\n    ## note\n#else\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t## note\ntext $v3 {}\n\t#else\n  #set($s3 = $v3)\n\t#end\n  #if($v2)yes#{else}no#end\n#end\n\t#elseif($v0 == 1)\n\t\"k\": \"$!v1\",\n  text $v1 {}\n\t#else\n\t#if($v1)yes#{else}no#end\ntext $v1 {}\n  ## note\n    \"k\": \"$!v1\",  \n\t#end\n#set($s0 = $v0)\n  ## note\n",
"o": "\t\t\"k\": \"\",\n  text  {}\n\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#* c *# x\n\t\"k\": \"$!v0\",\t\n  #if($v0 > 1)\n\t#set($s1 = $v1)\n## note\ntext $v1 {}\n\t#if($v1 > 1)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n    #end\n#set($s2 = $v2)\n    #* c *# x\n\ttext $v2 {}\n\t#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n\"k\": \"$!v2\",  \n\t#else\n    #if($v2)yes#{else}no#end\n  #set($s2 = $v2)\n\ttext $v2 {}\n\t#if($v2 > 1)\n    #set($s3 = $v3)\ntext $v3 {}\n\ttext $v3 {}\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\ntext $v3 {}\n    #set($s3 = $v3)\n\t#end\n\t#end\n  #elseif($v0 == 1)\n    #if($v1 > 1)\n#set($s2 = $v2)\n    #elseif($v1 == 1)\n  text $v2 {}\n#if($v2 > 1)\n\t\"k\": \"$!v3\",  \n    \"k\": \"$!v3\",\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n\ttext $v3 {}\n    text $v3 {}\n#else\n    #set($s3 = $v3)\n#end\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n    #else\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n  text $v3 {}\n    text $v3 {}\n    #else\n\t## note\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\"k\": \"$!v2\",\t\n#if($v2 > 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n## note\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n  #* c *# x\n#else\n    #set($s3 = $v3)\n#end\n    #end\n#set($s1 = $v1)\n  #foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#end\n  #end\n  #else\n#set($s1 = $v1)\n#foreach($v2 in [0..2])\n\ttext $v2 {}\n\t#set($s2 = $v2)\n  #foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\t\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  ## note\n  #end\n#end\n  #end\n",
"o": " x\n\t\"k\": \"2\",\t\n  text  {}\n\t    no\ttext  {}\n\ttext  {}\n    \t\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n\t#foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #end\n    #if($v2 > 1)\n\t## note\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n\"k\": \"$!v3\",\n    #else\n  #set($s3 = $v3)\n    #end\n  #end\n\t#end\n",
"o": "\t        yes      yes      yes                  yes      yes      yes      \"k\": \"\",\n            yes      yes      yes      \t      \t        yes      yes      yes                  yes      yes      yes      \"k\": \"\",\n            yes      yes      yes      \t      \t        yes      yes      yes                  yes      yes      yes      \"k\": \"\",\n            yes      yes      yes      \t      \t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #set($s0 = $v0)\n  \"k\": \"$!v0\",  \n  #if($v0)yes#{else}no#end\n",
"o": "  \"k\": \"1\",  \n  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n## note\n#if($v1 > 1)\n\t#* c *# x\n    text $v2 {}\ntext $v2 {}\n\t#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n    \"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n    text $v3 {}\n#set($s3 = $v3)\n\t#else\n\t#if($v3)yes#{else}no#end\n\t#end\n#elseif($v1 == 1)\n\ttext $v2 {}\n#else\n#if($v2)yes#{else}no#end\n#foreach($v3 in [0..2])\ntext $v3 {}\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    ## note\n#end\n\t## note\n  text $v2 {}\n#end\n#if($v1 > 1)\n  #if($v2 > 1)\n\ttext $v3 {}\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n    \"k\": \"$!v3\",\n    text $v3 {}\n  #else\n\t#* c *# x\n  #set($s3 = $v3)\n  #end\n    #* c *# x\n#elseif($v1 == 1)\n\ttext $v2 {}\n\t#if($v2 > 1)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n\t#end\n#else\n  ## note\n\t#set($s2 = $v2)\n#end\n#elseif($v0 == 1)\n    #if($v1 > 1)\n\ttext $v2 {}\n  #set($s2 = $v2)\n\t#if($v2 > 1)\n  \"k\": \"$!v3\",  \n    text $v3 {}\n    ## note\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #* c *# x\n\t#else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n    #elseif($v1 == 1)\n    #set($s2 = $v2)\n  #set($s2 = $v2)\n    ## note\n    #else\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",  \n\t## note\n    #end\n  #if($v2 > 1)\n\t## note\n\ttext $v3 {}\ntext $v3 {}\n\t\"k\": \"$!v3\",\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n\t\"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  #end\n    #end\n    #if($v1 > 1)\n  #set($s2 = $v2)\n    #elseif($v1 == 1)\n  \"k\": \"$!v2\",  \n    #else\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #end\n\t#set($s2 = $v2)\n\t#if($v2)yes#{else}no#end\n    #end\n  #if($v1 > 1)\n  ## note\n  \"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n  #elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    ## note\n  #end\n    ## note\n  #else\n  #if($v2 > 1)\n## note\n  #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n  #else\n\t\"k\": \"$!v3\",  \n    text $v3 {}\n  #end\n  #end\n#else\n\t\"k\": \"$!v1\",\t\n  #if($v1)yes#{else}no#end\ntext $v1 {}\n  #foreach($v2 in [0..2])\n\ttext $v2 {}\n\t#if($v2)yes#{else}no#end\n  #* c *# x\n#set($s2 = $v2)\n  #end\n#end\n\t#set($s0 = $v0)\n    #* c *# x\n",
"o": "\t\"k\": \"\",\t\n  notext  {}\n  \ttext 0 {}\n\tyes   x\n  \ttext 1 {}\n\tyes   x\n  \ttext 2 {}\n\tyes   x\n       x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t## note\n#set($s0 = $v0)\n    \"k\": \"$!v0\",\t\n",
"o": "\t    \"k\": \"1\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0 > 1)\n#if($v1 > 1)\n\t#set($s2 = $v2)\n    #set($s2 = $v2)\n#elseif($v1 == 1)\n    #set($s2 = $v2)\n  #set($s2 = $v2)\ntext $v2 {}\n#else\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\t## note\n#set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n    #end\n\t#if($v2 > 1)\n## note\n  #set($s3 = $v3)\n#* c *# x\n  \"k\": \"$!v3\",\t\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n#end\ntext $v1 {}\n\t#if($v1)yes#{else}no#end\ntext $v1 {}\n    #elseif($v0 == 1)\n#if($v1 > 1)\n    #set($s2 = $v2)\n#elseif($v1 == 1)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n  ## note\n\t#elseif($v2 == 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n\t#end\n    text $v2 {}\n#else\n#foreach($v3 in [0..2])\n  ## note\n\t#set($s3 = $v3)\n#end\n#if($v2 > 1)\n    #set($s3 = $v3)\ntext $v3 {}\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n  text $v3 {}\n#else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#end\n\t#if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#else\n\ttext $v3 {}\n\t#end\n#end\n    #if($v1 > 1)\n  \"k\": \"$!v2\",\n    #elseif($v1 == 1)\n\t#if($v2)yes#{else}no#end\n#if($v2)yes#{else}no#end\n#if($v2 > 1)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\ntext $v3 {}\n    #set($s3 = $v3)\n\ttext $v3 {}\n#else\n\t#set($s3 = $v3)\n  ## note\n#end\n## note\n    #else\n#if($v2 > 1)\n    \"k\": \"$!v3\",\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  \"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  ## note\n#else\n#set($s3 = $v3)\n#end\n    #end\n  ## note\n    #else\n#foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n\"k\": \"$!v2\",\n\"k\": \"$!v2\",\n    ## note\n#end\n    #end\n\t\"k\": \"$!v0\",\t\n\t#if($v0 > 1)\n\t#if($v1 > 1)\ntext $v2 {}\n    #foreach($v3 in [0..2])\n\ttext $v3 {}\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\n    #end\n\t#elseif($v1 == 1)\n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    text $v3 {}\n    #set($s3 = $v3)\n\t#end\n\"k\": \"$!v2\",\t\n#if($v2 > 1)\n    ## note\n    ## note\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n## note\n#set($s3 = $v3)\n#else\n#set($s3 = $v3)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n#end\n    #foreach($v3 in [0..2])\ntext $v3 {}\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\t#else\n\t#set($s2 = $v2)\n\t#end\n  #if($v1)yes#{else}no#end\n#set($s1 = $v1)\n\t#elseif($v0 == 1)\n\t\"k\": \"$!v1\",\t\n#if($v1 > 1)\n## note\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#end\n#foreach($v3 in [0..2])\n    ## note\n  text $v3 {}\n    #set($s3 = $v3)\ntext $v3 {}\n#end\n\ttext $v2 {}\n#elseif($v1 == 1)\n    #if($v2 > 1)\n  text $v3 {}\ntext $v3 {}\n  text $v3 {}\n    #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n    #else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    #end\n#else\n    ## note\n  #set($s2 = $v2)\n    text $v2 {}\n#end\n    #* c *# x\n\t#else\n  #if($v1 > 1)\n    ## note\n#if($v2)yes#{else}no#end\n\ttext $v2 {}\n    text $v2 {}\n  #elseif($v1 == 1)\n#if($v2 > 1)\n  text $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#else\n    text $v3 {}\n\t#set($s3 = $v3)\n\ttext $v3 {}\n#end\n## note\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n## note\n\t#else\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n  #else\n    #set($s2 = $v2)\n  #end\n\t#if($v1 > 1)\n## note\n#set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n    ## note\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n    #else\n    text $v3 {}\n#* c *# x\n  #set($s3 = $v3)\n    #end\n\t#else\n\ttext $v2 {}\n    ## note\n\t#end\n\t#end\n",
"o": "        \t  text 0 {}\n      \t  text 1 {}\n      \t  text 2 {}\n      \t\ttext  {}\n\tnotext  {}\n    \t\"k\": \"2\",\t\n\t\t\t  no\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n\t#if($v1 > 1)\n\ttext $v2 {}\n#if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n  text $v3 {}\n  \"k\": \"$!v3\",\t\n  text $v3 {}\n#else\n    #set($s3 = $v3)\n#end\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n\"k\": \"$!v2\",\n    text $v2 {}\n    text $v2 {}\n\t#else\n\t\"k\": \"$!v2\",\t\n    ## note\n\t#end\n  #elseif($v0 == 1)\n  #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n  #end\n#set($s1 = $v1)\n  text $v1 {}\ntext $v1 {}\n  #else\n    \"k\": \"$!v1\",\n\t#set($s1 = $v1)\n  #end\n\t#foreach($v1 in [0..2])\ntext $v1 {}\n  #* c *# x\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n  text $v3 {}\n    text $v3 {}\n  #set($s3 = $v3)\n#end\n#foreach($v3 in [0..2])\n\t## note\n    #set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n#end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n  text $v3 {}\n    #elseif($v2 == 1)\n  text $v3 {}\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    #else\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#* c *# x\n    #end\n    #elseif($v1 == 1)\n\ttext $v2 {}\n    #if($v2 > 1)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  text $v3 {}\n    #end\n\ttext $v2 {}\n    #else\ntext $v2 {}\n  text $v2 {}\n    ## note\n    #set($s2 = $v2)\n    #end\n\t#end\n\t\"k\": \"$!v0\",\t\n",
"o": "            text  {}\ntext  {}\n  \ttext 0 {}\n   x\n    text  {}\n  text  {}\n        \ttext 1 {}\n   x\n    \ttext  {}\n      text  {}\n    \ttext  {}\n    \ttext 2 {}\n   x\n      text 0 {}\n    text 0 {}\n    text 1 {}\n    text 1 {}\n    text 2 {}\n    text 2 {}\n  \t\t\"k\": \"0\",  \n\t\t\t\"k\": \"1\",  \n\t\t\t\"k\": \"2\",  \n\t    no\t x\n        \t\t\"k\": \"1\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n    #if($v1)yes#{else}no#end\n    #if($v1 > 1)\n  #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n    #end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#end\n    #else\n\"k\": \"$!v2\",\n#if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n#else\n\ttext $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n\"k\": \"$!v2\",  \n  #if($v2 > 1)\n  #set($s3 = $v3)\n\t## note\n\ttext $v3 {}\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\ntext $v3 {}\n  #end\n    #end\n  #foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n  #end\n\ttext $v1 {}\n#end\n    #if($v0)yes#{else}no#end\n",
"o": "    yes    \"k\": \"\",\n\ttext  {}\n\"k\": \"\",  \n  text  {}\n        \tyes  \tyes  \tyes  \ttext 0 {}\n    yes            \t  yes\t  yes\t  yes\t      \tyes  \tyes  \tyes  \ttext 1 {}\n    yes      no      \tyes  \tyes  \tyes  \ttext 2 {}\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\ntext $v0 {}\n  #set($s0 = $v0)\n",
"o": "text 2 {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\ntext $v0 {}\n",
"o": "text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0)yes#{else}no#end\n\"k\": \"$!v0\",\t\n\"k\": \"$!v0\",  \n",
"o": "\tyes\"k\": \"0\",\t\n\"k\": \"0\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\ttext $v0 {}\n",
"o": "\ttext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #set($s0 = $v0)\n\"k\": \"$!v0\",\t\n  #set($s0 = $v0)\n\t#if($v0)yes#{else}no#end\n",
"o": "\"k\": \"2\",\t\n  \tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n\t#set($s1 = $v1)\n\t#set($s1 = $v1)\n  #end\n\t#set($s0 = $v0)\n",
"o": "        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    text $v0 {}\n\t#if($v0)yes#{else}no#end\n  text $v0 {}\n    #if($v0)yes#{else}no#end\n",
"o": "    text 1 {}\n\tyes  text 1 {}\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n  text $v1 {}\n\"k\": \"$!v1\",\n    text $v1 {}\n#elseif($v0 == 1)\n  ## note\n  text $v1 {}\n\t\"k\": \"$!v1\",\t\n#else\n## note\n#end\n## note\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    \"k\": \"$!v0\",\t\n  text $v0 {}\n  #set($s0 = $v0)\n#* c *# x\n",
"o": "    \"k\": \"2\",\t\n  text 2 {}\n   x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n    #set($s2 = $v2)\n  #if($v2 > 1)\n#set($s3 = $v3)\n    text $v3 {}\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n  #end\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n  #set($s3 = $v3)\n    #end\n    #if($v2 > 1)\n    ## note\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n  text $v3 {}\n    #else\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #* c *# x\n    #end\n    #elseif($v1 == 1)\n#set($s2 = $v2)\n\t\"k\": \"$!v2\",\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #* c *# x\n  #end\n    #else\n    #foreach($v3 in [0..2])\n#* c *# x\n    #end\n    #end\n\t#set($s1 = $v1)\n    \"k\": \"$!v1\",\t\n#end\n\t#if($v0 > 1)\n  #foreach($v2 in [0..2])\n\ttext $v2 {}\n  #end\n#if($v1)yes#{else}no#end\n    #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n    \"k\": \"$!v2\",\t\n    #end\n\t## note\n\t#elseif($v0 == 1)\n    #set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n\t#else\n\"k\": \"$!v1\",\t\n  ## note\ntext $v1 {}\n\t#end\n    text $v0 {}\n  #set($s0 = $v0)\n",
"o": "yes         x\n     x\n     x\n            \"k\": \"0\",\t\nyes    \t\"k\": \"\",\n       x\n       x\n       x\n          \"k\": \"1\",\t\nyes            text  {}\n              no     x\n            \"k\": \"2\",\t\n\t\"k\": \"\",\t\n  text  {}\n\t    text 0 {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0)yes#{else}no#end\n#foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n    \"k\": \"$!v2\",\t\n    ## note\n#if($v2 > 1)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n#* c *# x\n#if($v3)yes#{else}no#end\n  ## note\n#else\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n#end\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n  #end\n    #if($v1)yes#{else}no#end\n## note\n\t\"k\": \"$!v1\",\t\n#end\n    #foreach($v1 in [0..2])\n\ttext $v1 {}\n#if($v1 > 1)\n    \"k\": \"$!v2\",\t\n#elseif($v1 == 1)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n  ## note\ntext $v3 {}\n  #* c *# x\n#else\n    text $v3 {}\n#end\n    #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n  #end\n#else\n\"k\": \"$!v2\",\n  #if($v2 > 1)\n\"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #else\ntext $v3 {}\n  #end\n#end\n  #if($v1 > 1)\n#set($s2 = $v2)\n  #elseif($v1 == 1)\n    ## note\n  #set($s2 = $v2)\n  #else\n\ttext $v2 {}\n  #if($v2 > 1)\n\t#* c *# x\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n\ttext $v3 {}\n  #end\n  #end\n    #end\n",
"o": "\tyes      \"k\": \"0\",\t\n        no\t\"k\": \"\",\n      \"k\": \"1\",\t\n     x\nno        \"k\": \"2\",\t\n      \"k\": \"\",\t\n  no      yes\t\"k\": \"0\",\t\n      \"k\": \"0\",\t\n        no\t\"k\": \"\",\n      \"k\": \"1\",\t\n     x\nno        \"k\": \"2\",\t\n      \"k\": \"\",\t\n  no      yes\t\"k\": \"1\",\t\n      \"k\": \"0\",\t\n        no\t\"k\": \"\",\n      \"k\": \"1\",\t\n     x\nno        \"k\": \"2\",\t\n      \"k\": \"\",\t\n  no      yes\t\"k\": \"2\",\t\n    \ttext 0 {}\n\"k\": \"\",\n  text  {}\n    \ttext  {}\n  \ttext  {}\n        \ttext 1 {}\n    text  {}\n      yes      yes      yes              \ttext 2 {}\n    \"k\": \"\",\t\n        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0)yes#{else}no#end\n",
"o": "yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#foreach($v1 in [0..2])\n  #set($s1 = $v1)\n    #set($s1 = $v1)\n  #* c *# x\n\t#end\n    \"k\": \"$!v0\",\t\n    #if($v0 > 1)\n\t\"k\": \"$!v1\",\n    ## note\n\t#if($v1)yes#{else}no#end\n    #elseif($v0 == 1)\n\t#set($s1 = $v1)\n\t#if($v1)yes#{else}no#end\n\ttext $v1 {}\n    #if($v1 > 1)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  ## note\n  #elseif($v2 == 1)\n  #* c *# x\n\t#set($s3 = $v3)\n    ## note\n    #set($s3 = $v3)\n  #else\n    text $v3 {}\n  ## note\n  #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t## note\n  ## note\n#if($v3)yes#{else}no#end\n  #else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n#foreach($v3 in [0..2])\ntext $v3 {}\n#set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n  ## note\n    #else\n\t## note\n    #end\n    #else\n#if($v1)yes#{else}no#end\n\"k\": \"$!v1\",  \n#if($v1 > 1)\n  #set($s2 = $v2)\n  #if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n  #if($v2 > 1)\n\t#* c *# x\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n    text $v3 {}\n  ## note\n  #end\n#else\n\ttext $v2 {}\n  \"k\": \"$!v2\",  \n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n\t#set($s3 = $v3)\n  #end\n  #if($v2 > 1)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    ## note\n  #else\n  \"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n  #end\n#end\n    #end\n",
"o": "\t   x\n\t   x\n\t   x\n\t    \"k\": \"0\",\t\n    no\"k\": \"\",  \n\ttext  {}\n  \"k\": \"\",  \n      yes  text 0 {}\n\t      yes  text 1 {}\n\t      yes  text 2 {}\n\t      \"k\": \"\",\t\n        "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n    ## note\n#foreach($v1 in [0..2])\ntext $v1 {}\n#end\n",
"o": "\ttext 2 {}\n    text 0 {}\ntext 1 {}\ntext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#* c *# x\ntext $v0 {}\ntext $v0 {}\n",
"o": "\t x\ntext 0 {}\ntext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n  #* c *# x\n  text $v1 {}\n\t#* c *# x\n#if($v1 > 1)\n#if($v2 > 1)\ntext $v3 {}\n    \"k\": \"$!v3\",\n#elseif($v2 == 1)\n  ## note\n#else\n#set($s3 = $v3)\n\t#* c *# x\n## note\n#set($s3 = $v3)\n#end\n#elseif($v1 == 1)\n\t#if($v2 > 1)\n    #* c *# x\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#else\n\t#set($s3 = $v3)\n\t#end\n#else\n  ## note\n\"k\": \"$!v2\",\n#end\n  #end\n    #set($s0 = $v0)\n",
"o": "  yes     x\n  text 0 {}\n\t x\n  \"k\": \"\",\n     x\n  text 1 {}\n\t x\n\t\t     x\n  text 2 {}\n\t x\n\t x\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\ntext $v0 {}\n",
"o": "text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0)yes#{else}no#end\n",
"o": "\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n\"k\": \"$!v1\",\t\n    #elseif($v0 == 1)\n  text $v1 {}\n    text $v1 {}\n    #if($v1 > 1)\n\ttext $v2 {}\n\t## note\n  #if($v2 > 1)\n  text $v3 {}\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n  #end\n    #elseif($v1 == 1)\n  text $v2 {}\n\t#foreach($v3 in [0..2])\n    ## note\n  #set($s3 = $v3)\n\t## note\n#set($s3 = $v3)\n\t#end\n\t#* c *# x\n    #else\n    #if($v2 > 1)\n  \"k\": \"$!v3\",\n    text $v3 {}\n\"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n    #else\n## note\n\t\"k\": \"$!v3\",  \n  text $v3 {}\n    #end\n    ## note\n  #if($v2)yes#{else}no#end\n    #set($s2 = $v2)\n    #end\n\ttext $v1 {}\n    #else\n\t#foreach($v2 in [0..2])\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n\t#else\ntext $v3 {}\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n\t#end\n    #end\n  #if($v0)yes#{else}no#end\n#if($v0)yes#{else}no#end\n",
"o": "    \t\ttext  {}\n\t\t\t  no\t\t\t    \"k\": \"\",\n\t\t      yesyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#foreach($v1 in [0..2])\n#foreach($v2 in [0..2])\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n    text $v3 {}\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n  \"k\": \"$!v3\",  \n#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n## note\n  \"k\": \"$!v3\",\t\n\t#end\n#end\n\ttext $v1 {}\n\t#end\n",
"o": "\t\t  \"k\": \"\",\t\n\t\t\t\"k\": \"\",\t\n  \"k\": \"\",  \n\t\t    text  {}\n\t\ttext 0 {}\n\t\t  \"k\": \"\",\t\n\t\t\t\"k\": \"\",\t\n  \"k\": \"\",  \n\t\t    text  {}\n\t\ttext 1 {}\n\t\t  \"k\": \"\",\t\n\t\t\t\"k\": \"\",\t\n  \"k\": \"\",  \n\t\t    text  {}\n\t\ttext 2 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n\"k\": \"$!v1\",\t\n## note\n  #* c *# x\n#end\n    #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n    #end\n#if($v0 > 1)\n    #set($s1 = $v1)\n#elseif($v0 == 1)\n    ## note\n\t#foreach($v2 in [0..2])\n  #set($s2 = $v2)\ntext $v2 {}\n    #if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #end\n\t#end\n#* c *# x\n#else\n  #set($s1 = $v1)\n  #set($s1 = $v1)\n    ## note\n#end\n",
"o": "\"k\": \"0\",\t\n   x\n\"k\": \"1\",\t\n   x\n\"k\": \"2\",\t\n   x\n                    \ttext 0 {}\n    yes      yes      yes      yes  \ttext 1 {}\n    yes      yes      yes      yes  \ttext 2 {}\n    yes      yes      yes      yes  \t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n\ttext $v1 {}\n#elseif($v0 == 1)\n#if($v1 > 1)\n  \"k\": \"$!v2\",\t\n#elseif($v1 == 1)\n  text $v2 {}\n\t#if($v2 > 1)\n\ttext $v3 {}\n\t#elseif($v2 == 1)\n\t## note\n\t#else\n  #if($v3)yes#{else}no#end\n  ## note\n\t#set($s3 = $v3)\n\t#end\n#else\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#* c *# x\n    #end\n#end\n    \"k\": \"$!v1\",\t\n    #set($s1 = $v1)\n#set($s1 = $v1)\n#else\n\t#if($v1)yes#{else}no#end\n    #if($v1)yes#{else}no#end\n\t#set($s1 = $v1)\n\t#if($v1 > 1)\n#* c *# x\n\ttext $v2 {}\n\t#elseif($v1 == 1)\n\t## note\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    text $v2 {}\n\t#else\n  #foreach($v3 in [0..2])\n    text $v3 {}\n    ## note\n  #end\n  #if($v2)yes#{else}no#end\n\t#end\n#end\n#set($s0 = $v0)\n\t\"k\": \"$!v0\",  \n",
"o": "\tno    no\t      text 0 {}\n          text 1 {}\n          text 2 {}\n        no\t\t\"k\": \"0\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t\"k\": \"$!v0\",\t\n\ttext $v0 {}\n",
"o": "\t\"k\": \"1\",\t\n\ttext 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n\ttext $v1 {}\n    #set($s1 = $v1)\n\"k\": \"$!v1\",  \n    #elseif($v0 == 1)\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n    \"k\": \"$!v3\",\t\n## note\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#* c *# x\n\t#else\n\t## note\n\t#end\n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\ntext $v2 {}\n  text $v2 {}\n\t#else\n#if($v2)yes#{else}no#end\n#* c *# x\n\t#end\n    #if($v1 > 1)\n    #foreach($v3 in [0..2])\ntext $v3 {}\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  text $v3 {}\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  #else\n  text $v3 {}\n  #end\n    #elseif($v1 == 1)\n\ttext $v2 {}\n#* c *# x\n## note\n    #else\n\t#if($v2)yes#{else}no#end\n  #if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\n    #end\n    #else\n\t#set($s1 = $v1)\n\t\"k\": \"$!v1\",\t\n    #end\n\t#foreach($v1 in [0..2])\n\t## note\n\t#if($v1 > 1)\n\ttext $v2 {}\n\t#elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n    text $v2 {}\ntext $v2 {}\n  text $v2 {}\n\t#else\n#if($v2)yes#{else}no#end\n\t## note\n  text $v2 {}\n  #* c *# x\n\t#end\n\t#end\n",
"o": "    \tno x\n\t    \tno  no\tno        \t\t\tno\t  text  {}\n   x\n\t\t\t\tno    text  {}\ntext  {}\n  text  {}\n\t\t\t\t\ttext  {}\n\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0)yes#{else}no#end\n\t#set($s0 = $v0)\n\t## note\n  #foreach($v1 in [0..2])\n\t## note\n  #end\n",
"o": "    yes\t  \t  \t  \t  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    \"k\": \"$!v0\",\n    #if($v0)yes#{else}no#end\n\t\"k\": \"$!v0\",\t\n",
"o": "    \"k\": \"2\",\n    yes\t\"k\": \"2\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n## note\n#end\n\t#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0)yes#{else}no#end\n    #set($s0 = $v0)\n",
"o": "    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n    text $v1 {}\n#elseif($v0 == 1)\n\ttext $v1 {}\n  #if($v1)yes#{else}no#end\n#else\n\t#* c *# x\n#end\n  text $v0 {}\n",
"o": "\ttext  {}\n  no  text 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0 > 1)\n    #* c *# x\n  #elseif($v0 == 1)\n  #* c *# x\n\t#if($v1 > 1)\n\t## note\n\t#elseif($v1 == 1)\n\"k\": \"$!v2\",  \n\t#set($s2 = $v2)\n  text $v2 {}\n  #if($v2 > 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n  #end\n\t#else\n\t#foreach($v3 in [0..2])\n## note\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#end\n\t\"k\": \"$!v2\",\t\n\t#end\n#if($v1 > 1)\n    ## note\n#elseif($v1 == 1)\n    text $v2 {}\n#else\n  #set($s2 = $v2)\n#end\n  #else\ntext $v1 {}\n  #end\ntext $v0 {}\n\t\"k\": \"$!v0\",\t\n",
"o": "       x\n  text 2 {}\n\t\"k\": \"2\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    text $v0 {}\n    #foreach($v1 in [0..2])\n\ttext $v1 {}\n#set($s1 = $v1)\n  ## note\n  #foreach($v2 in [0..2])\n## note\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    text $v3 {}\n  #end\n  #end\n    #end\n    #set($s0 = $v0)\n\t#* c *# x\n",
"o": "    text 1 {}\n    \ttext 0 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n        \ttext 1 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n        \ttext 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n          text 0 {}\n      text 1 {}\n      text 2 {}\n        \t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0)yes#{else}no#end\n  #if($v0)yes#{else}no#end\n    \"k\": \"$!v0\",\t\n#if($v0 > 1)\n\t#* c *# x\n    #set($s1 = $v1)\n    \"k\": \"$!v1\",\n  #set($s1 = $v1)\n#elseif($v0 == 1)\ntext $v1 {}\n#if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n\ttext $v2 {}\ntext $v2 {}\n    #foreach($v3 in [0..2])\n\ttext $v3 {}\n    #end\n#if($v2)yes#{else}no#end\n#else\n\t\"k\": \"$!v2\",\t\n#foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\ntext $v3 {}\n#end\n#* c *# x\n#end\n#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#end\n  text $v2 {}\n#elseif($v1 == 1)\n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t#end\n#if($v2 > 1)\n  text $v3 {}\n  #set($s3 = $v3)\n    ## note\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  ## note\ntext $v3 {}\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n#end\n    ## note\n#else\n#set($s2 = $v2)\n#* c *# x\n#end\n#else\n    #if($v1)yes#{else}no#end\n  #set($s1 = $v1)\n    \"k\": \"$!v1\",\t\n#end\n",
"o": "yes  yes    \"k\": \"2\",\t\n\t x\n        \"k\": \"\",\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\ntext $v1 {}\n    text $v1 {}\n\t\"k\": \"$!v1\",\n\t## note\n#end\n#if($v0)yes#{else}no#end\n",
"o": "text 0 {}\n    text 0 {}\n\t\"k\": \"0\",\n\ttext 1 {}\n    text 1 {}\n\t\"k\": \"1\",\n\ttext 2 {}\n    text 2 {}\n\t\"k\": \"2\",\n\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#set($s0 = $v0)\n    \"k\": \"$!v0\",\n",
"o": "    \"k\": \"0\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  text $v0 {}\n\t#if($v0 > 1)\n    text $v1 {}\n    #if($v1 > 1)\n## note\n  ## note\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n    text $v3 {}\n    #else\n\t#set($s3 = $v3)\n\ttext $v3 {}\n    #if($v3)yes#{else}no#end\n    #end\n    #elseif($v1 == 1)\n    text $v2 {}\ntext $v2 {}\n## note\n#if($v2 > 1)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#elseif($v2 == 1)\n\"k\": \"$!v3\",\n#else\n    #set($s3 = $v3)\n#end\n    #else\n#if($v2 > 1)\n\t## note\n\t## note\n\"k\": \"$!v3\",  \n#elseif($v2 == 1)\n    #set($s3 = $v3)\n\ttext $v3 {}\n#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\t## note\n  ## note\n\t#if($v2)yes#{else}no#end\n    #end\n  #if($v1)yes#{else}no#end\n\ttext $v1 {}\n\t#elseif($v0 == 1)\n\t\"k\": \"$!v1\",  \n\t#else\n## note\n\t#end\n\t#* c *# x\n\t#set($s0 = $v0)\n",
"o": "  text 1 {}\n\t\t\"k\": \"\",  \n\t\t x\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n  #if($v1 > 1)\n    \"k\": \"$!v2\",\t\n  #if($v2)yes#{else}no#end\n\"k\": \"$!v2\",\t\n  #elseif($v1 == 1)\n  #set($s2 = $v2)\n## note\n    #set($s2 = $v2)\n    #if($v2 > 1)\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    text $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n    #end\n  #else\n\ttext $v2 {}\n  #* c *# x\n#foreach($v3 in [0..2])\n    #* c *# x\n    ## note\n#end\ntext $v2 {}\n  #end\n    #foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n  text $v3 {}\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n\t#end\n#if($v2)yes#{else}no#end\n    #end\n    #if($v1 > 1)\n\t#foreach($v3 in [0..2])\ntext $v3 {}\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #if($v3)yes#{else}no#end\n\t#end\n    #if($v2 > 1)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\ttext $v3 {}\n\t#set($s3 = $v3)\ntext $v3 {}\n    text $v3 {}\n    #else\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n  #set($s2 = $v2)\n    #else\n  #if($v2 > 1)\n  text $v3 {}\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    ## note\n\t\"k\": \"$!v3\",\n  #else\n    #* c *# x\n  #set($s3 = $v3)\n    text $v3 {}\n#set($s3 = $v3)\n  #end\n    #end\n    #elseif($v0 == 1)\n\t\"k\": \"$!v1\",  \n#if($v1 > 1)\n#foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#end\n  text $v2 {}\n#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n#end\n    \"k\": \"$!v2\",\t\n  text $v2 {}\n#else\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n\t#* c *# x\n#end\n\t#set($s1 = $v1)\n#foreach($v2 in [0..2])\n    ## note\n\t#set($s2 = $v2)\n#end\n    #else\ntext $v1 {}\n#* c *# x\n\t#foreach($v2 in [0..2])\n    #set($s2 = $v2)\n\t#end\n\t#if($v1 > 1)\n  #if($v2 > 1)\n\t#* c *# x\n    #set($s3 = $v3)\n\t## note\n  #elseif($v2 == 1)\ntext $v3 {}\n  #else\n  #set($s3 = $v3)\n  #end\n#set($s2 = $v2)\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n    \"k\": \"$!v3\",\n    #elseif($v2 == 1)\n\ttext $v3 {}\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n    #else\n\t#* c *# x\n#set($s3 = $v3)\n  ## note\n#set($s3 = $v3)\n    #end\n    #foreach($v3 in [0..2])\n    ## note\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n\t#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n    ## note\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n    \"k\": \"$!v2\",\n\t#else\n    #foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n    #end\n\t## note\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #else\n\t#set($s3 = $v3)\n  #end\ntext $v2 {}\n\t#end\n    #end\n\t\"k\": \"$!v0\",  \n#set($s0 = $v0)\n  #if($v0)yes#{else}no#end\n",
"o": "    text  {}\n x\n\t\t\t\t\t      yes      yes      yes    \t    text  {}\n\t    \t\"k\": \"0\",  \n  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n    #set($s1 = $v1)\n    #foreach($v2 in [0..2])\n\t#if($v2 > 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n#* c *# x\n\ttext $v3 {}\n#set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",\n    ## note\n\t#set($s3 = $v3)\n    #* c *# x\n\t#end\n\t#foreach($v3 in [0..2])\n## note\n    #set($s3 = $v3)\n\t#end\n\t#if($v2)yes#{else}no#end\n## note\n    #end\ntext $v1 {}\n\t#if($v1 > 1)\n#set($s2 = $v2)\n\t#elseif($v1 == 1)\n\t\"k\": \"$!v2\",\t\n#if($v2)yes#{else}no#end\n#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n\t## note\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n#else\n    #* c *# x\n#end\n\"k\": \"$!v2\",\n\t#else\n  text $v2 {}\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #* c *# x\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#else\n\ttext $v3 {}\n\t## note\n  #set($s3 = $v3)\n\t#end\n\t#end\n  #elseif($v0 == 1)\n\t#* c *# x\n  #else\n\t#foreach($v2 in [0..2])\n#if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n\ttext $v3 {}\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#else\n    #* c *# x\n    \"k\": \"$!v3\",  \n#end\n\ttext $v2 {}\n    #if($v2)yes#{else}no#end\n    text $v2 {}\n\t#end\n  #end\n  #set($s0 = $v0)\n\t\"k\": \"$!v0\",\t\n  ## note\n",
"o": "  \t x\n  \t\"k\": \"1\",\t\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\ntext $v0 {}\n\t#if($v0)yes#{else}no#end\n",
"o": "text 1 {}\n\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n## note\n    #foreach($v1 in [0..2])\n\t#if($v1)yes#{else}no#end\n  #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n#end\n    #set($s2 = $v2)\n\t#* c *# x\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n\t#else\n\t\"k\": \"$!v3\",  \n\t#end\n  #end\n  #set($s1 = $v1)\n    \"k\": \"$!v1\",  \n    #end\n  #set($s0 = $v0)\n#* c *# x\n",
"o": "    \tyes  \t x\n\t\t\"k\": \"\",  \n\t  \t x\n\t  \"k\": \"\",\t\n\t  \t x\n\t\t\"k\": \"\",  \n\t      \"k\": \"0\",  \n    \tyes  \t x\n\t\t\"k\": \"\",  \n\t  \t x\n\t  \"k\": \"\",\t\n\t  \t x\n\t\t\"k\": \"\",  \n\t      \"k\": \"1\",  \n    \tyes  \t x\n\t\t\"k\": \"\",  \n\t  \t x\n\t  \"k\": \"\",\t\n\t  \t x\n\t\t\"k\": \"\",  \n\t      \"k\": \"2\",  \n     x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #set($s0 = $v0)\n#* c *# x\n  #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\n#if($v1)yes#{else}no#end\n  #foreach($v2 in [0..2])\n  #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #* c *# x\n    ## note\n  #end\n  #end\n  #end\n",
"o": " x\n  yes      \"k\": \"0\",\nyes         x\n           x\n           x\n               x\n           x\n           x\n               x\n           x\n           x\n              \"k\": \"1\",\nyes         x\n           x\n           x\n               x\n           x\n           x\n               x\n           x\n           x\n              \"k\": \"2\",\nyes         x\n           x\n           x\n               x\n           x\n           x\n               x\n           x\n           x\n          "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #foreach($v1 in [0..2])\n  #if($v1 > 1)\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #* c *# x\n\t#end\n    #set($s2 = $v2)\n  #elseif($v1 == 1)\n    #set($s2 = $v2)\n  #if($v2 > 1)\n  #set($s3 = $v3)\n#* c *# x\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #end\n  #else\n\ttext $v2 {}\n  #if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n  \"k\": \"$!v3\",  \n  #else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\ttext $v3 {}\n  #end\n#foreach($v3 in [0..2])\n    ## note\n    #set($s3 = $v3)\n#end\n  #end\n#set($s1 = $v1)\n    #end\n    #set($s0 = $v0)\n",
"o": "      \ttext  {}\n    no\ttext  {}\n                        \tno          \t   x\n\t   x\n\t   x\n\t      "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n    #foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n#if($v2 > 1)\n\t#* c *# x\n    #set($s3 = $v3)\n    ## note\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n  text $v3 {}\n#else\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n#end\n    #end\n#foreach($v2 in [0..2])\n    #if($v2 > 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    ## note\n#* c *# x\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n\ttext $v3 {}\n    ## note\n  text $v3 {}\n    #else\n    ## note\n    #end\n\"k\": \"$!v2\",\n#set($s2 = $v2)\n#end\n  #elseif($v0 == 1)\n\t\"k\": \"$!v1\",\t\n    text $v1 {}\n  #else\n#if($v1 > 1)\n    \"k\": \"$!v2\",  \n  ## note\n#* c *# x\n\ttext $v2 {}\n#elseif($v1 == 1)\n    ## note\n\t## note\n\t#if($v2)yes#{else}no#end\n#else\n#set($s2 = $v2)\n  ## note\n#end\n  \"k\": \"$!v1\",\n    \"k\": \"$!v1\",\n\t#if($v1 > 1)\n  \"k\": \"$!v2\",\t\n\t## note\n\t#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n\t#else\n## note\n#if($v2 > 1)\n    text $v3 {}\n#* c *# x\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    text $v3 {}\n#else\ntext $v3 {}\n#set($s3 = $v3)\n\t#* c *# x\n    #set($s3 = $v3)\n#end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    text $v3 {}\n#end\n\t#end\n  #end\n\t#foreach($v1 in [0..2])\n  #set($s1 = $v1)\n    #foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n\"k\": \"$!v3\",  \n\t#end\n    #end\n    text $v1 {}\n\t#end\n    \"k\": \"$!v0\",  \n    ## note\n",
"o": "  \t\"k\": \"\",\t\n    text  {}\n  \t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t        text 0 {}\n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t        text 1 {}\n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t        text 2 {}\n\t    \"k\": \"1\",  \n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #* c *# x\n    #if($v0 > 1)\n  text $v1 {}\n\t#foreach($v2 in [0..2])\n    \"k\": \"$!v2\",\n#if($v2 > 1)\n#set($s3 = $v3)\n    ## note\n\t#set($s3 = $v3)\n\ttext $v3 {}\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#else\n\t#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#end\n\t#end\n  #foreach($v2 in [0..2])\n    #foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",  \n    \"k\": \"$!v3\",  \n  text $v3 {}\n    #end\n\t#foreach($v3 in [0..2])\n    ## note\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n  #end\n    #elseif($v0 == 1)\n#if($v1 > 1)\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n  #end\n#elseif($v1 == 1)\n\"k\": \"$!v2\",\t\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n\"k\": \"$!v3\",\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\ntext $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #set($s2 = $v2)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",\t\n  text $v3 {}\n#set($s3 = $v3)\n\t#end\n#else\n\t#set($s2 = $v2)\n#if($v2 > 1)\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n#else\n\t#set($s3 = $v3)\n## note\n\t## note\n\"k\": \"$!v3\",\t\n#end\n    #set($s2 = $v2)\n#end\n\ttext $v1 {}\n    #else\n    #set($s1 = $v1)\n  \"k\": \"$!v1\",  \n    #end\n    #if($v0 > 1)\n\t#if($v1 > 1)\n    #if($v2)yes#{else}no#end\n#if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n\"k\": \"$!v3\",\t\n#set($s3 = $v3)\n    #* c *# x\n\t## note\n#else\n  \"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n\t#elseif($v1 == 1)\n#set($s2 = $v2)\n    #set($s2 = $v2)\n#if($v2 > 1)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\ntext $v3 {}\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n#else\n    #set($s3 = $v3)\n    ## note\n#end\n    #foreach($v3 in [0..2])\n## note\n  #* c *# x\n    #end\n\t#else\n    #set($s2 = $v2)\n\t#end\n  #foreach($v2 in [0..2])\n\ttext $v2 {}\n\t\"k\": \"$!v2\",\t\n\t#if($v2 > 1)\n    \"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    \"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n  #end\ntext $v1 {}\n  #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n#end\n  #end\n    #elseif($v0 == 1)\n    #set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n    #if($v1)yes#{else}no#end\n#foreach($v2 in [0..2])\ntext $v2 {}\n#* c *# x\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#if($v3)yes#{else}no#end\n    #end\n    text $v2 {}\n#end\n    #else\n\t\"k\": \"$!v1\",\t\n    #if($v1 > 1)\n    ## note\n    #elseif($v1 == 1)\n\t#if($v2)yes#{else}no#end\n  text $v2 {}\n    #set($s2 = $v2)\n    text $v2 {}\n    #else\n\t#if($v2 > 1)\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n  ## note\n\t#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n\t## note\n  ## note\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n\t\"k\": \"$!v3\",  \n\t#else\n    ## note\n    #set($s3 = $v3)\n\t#end\n\t## note\n    #end\n    text $v1 {}\n\t## note\n    #end\n",
"o": "     x\n      text  {}\n\t    \"k\": \"0\",\n\tno\t    \"k\": \"1\",\n\t    \"k\": \"2\",\n    \ttext  {}\n\t      yes  \"k\": \"0\",  \n    \"k\": \"0\",  \n  text 0 {}\n    yes  \"k\": \"1\",  \n    \"k\": \"1\",  \n  text 1 {}\n    yes  \"k\": \"2\",  \n    \"k\": \"2\",  \n  text 2 {}\n    \t    \t    \t    \t      yes  \"k\": \"0\",  \n    \"k\": \"0\",  \n  text 0 {}\n    yes  \"k\": \"1\",  \n    \"k\": \"1\",  \n  text 1 {}\n    yes  \"k\": \"2\",  \n    \"k\": \"2\",  \n  text 2 {}\n    \t    \t    \t    \t      yes  \"k\": \"0\",  \n    \"k\": \"0\",  \n  text 0 {}\n    yes  \"k\": \"1\",  \n    \"k\": \"1\",  \n  text 1 {}\n    yes  \"k\": \"2\",  \n    \"k\": \"2\",  \n  text 2 {}\n    \t    \t    \t    \t          \t\t  \ttext 0 {}\n\t\"k\": \"0\",\t\n\t\t  \ttext 1 {}\n\t\"k\": \"1\",\t\n\t    \"k\": \"\",\t\n\t\t  \ttext 2 {}\n\t\"k\": \"2\",\t\n\t    \"k\": \"\",\t\n  \t  text  {}\n  \"k\": \"0\",  \n\t  \"k\": \"0\",  \n  \"k\": \"1\",  \n\t  \"k\": \"1\",  \n  \"k\": \"2\",  \n\t  \"k\": \"2\",  \n    \"k\": \"0\",  \n\t  \"k\": \"0\",  \n  \"k\": \"1\",  \n\t  \"k\": \"1\",  \n  \"k\": \"2\",  \n\t  \"k\": \"2\",  \n    \"k\": \"0\",  \n\t  \"k\": \"0\",  \n  \"k\": \"1\",  \n\t  \"k\": \"1\",  \n  \"k\": \"2\",  \n\t  \"k\": \"2\",  \n        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\ttext $v0 {}\n  #foreach($v1 in [0..2])\n\t#set($s1 = $v1)\ntext $v1 {}\n  #end\n#if($v0 > 1)\n    ## note\n\t#foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n    ## note\n\t#end\n\t#end\n\t#set($s1 = $v1)\n#elseif($v0 == 1)\n\t\"k\": \"$!v1\",\n#set($s1 = $v1)\n    \"k\": \"$!v1\",\n\t#set($s1 = $v1)\n#else\n  #foreach($v2 in [0..2])\n    #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n    text $v3 {}\n    #end\n    #set($s2 = $v2)\n\t#set($s2 = $v2)\n  #end\n  \"k\": \"$!v1\",\t\n    text $v1 {}\n\ttext $v1 {}\n#end\n",
"o": "\ttext 1 {}\n  text 0 {}\n  text 1 {}\n  text 2 {}\n  \t\"k\": \"\",\n    \"k\": \"\",\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n\t#* c *# x\n\"k\": \"$!v1\",\n#elseif($v0 == 1)\n  #set($s1 = $v1)\n  #if($v1 > 1)\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t## note\n#if($v3)yes#{else}no#end\n  text $v3 {}\n\t#else\n    ## note\n  ## note\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#end\n  #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #end\n  #else\n\t## note\n\t#if($v2)yes#{else}no#end\n  #if($v2 > 1)\n#* c *# x\n  text $v3 {}\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n## note\n    #* c *# x\n\t#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n  #end\n  #if($v2 > 1)\n    \"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n  #end\n  #end\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#end\n\t#set($s2 = $v2)\n    text $v2 {}\n\ttext $v2 {}\n    #elseif($v1 == 1)\n\t#foreach($v3 in [0..2])\n    #* c *# x\n#set($s3 = $v3)\n    #set($s3 = $v3)\ntext $v3 {}\n\t#end\n    #else\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t## note\n\t## note\n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n    #end\n#else\ntext $v1 {}\n#end\n#foreach($v1 in [0..2])\n## note\n    text $v1 {}\n#end\ntext $v0 {}\n",
"o": "text  {}\n    text 0 {}\n    text 1 {}\n    text 2 {}\ntext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  ## note\n  text $v0 {}\n\t#if($v0)yes#{else}no#end\n#* c *# x\n",
"o": "    text 1 {}\n\tyes x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #foreach($v1 in [0..2])\n#if($v1 > 1)\n    #if($v2 > 1)\n    text $v3 {}\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\ttext $v3 {}\n  #set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n    #end\n  #if($v2 > 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n  \"k\": \"$!v3\",\t\n  text $v3 {}\n  #else\n    text $v3 {}\ntext $v3 {}\n#set($s3 = $v3)\n  #end\n#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n    text $v3 {}\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\n    #* c *# x\n  #end\n\t#if($v2)yes#{else}no#end\n#else\n    \"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n#else\n    #set($s3 = $v3)\n    ## note\n#end\n#end\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n## note\n\t#elseif($v1 == 1)\n    #set($s2 = $v2)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  ## note\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n    #else\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n    #end\n\t#else\n  \"k\": \"$!v2\",  \n#if($v2)yes#{else}no#end\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n#elseif($v2 == 1)\n#set($s3 = $v3)\n\ttext $v3 {}\n    \"k\": \"$!v3\",\t\n#else\n  ## note\n  text $v3 {}\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#end\n    text $v2 {}\n\t#end\n## note\n  #end\n\"k\": \"$!v0\",\t\n",
"o": "      \"k\": \"\",\t\n      \t  \"k\": \"\",  \nno    text  {}\n\tno    text  {}\n\t        text 0 {}\n  \t\"k\": \"0\",\n     x\n      text 1 {}\n  \t\"k\": \"1\",\n     x\n      text 2 {}\n  \t\"k\": \"2\",\n     x\n  \tno\t      no    \t          \"k\": \"\",\t\n          text  {}\ntext  {}\n  \t\t  \"k\": \"2\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\ntext $v1 {}\n  #elseif($v0 == 1)\n#if($v1 > 1)\n#* c *# x\n#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  ## note\n\t#* c *# x\n#end\n    text $v2 {}\n#set($s2 = $v2)\n  \"k\": \"$!v2\",  \n#else\n\ttext $v2 {}\n\"k\": \"$!v2\",\n#end\n  #else\n\t#if($v1 > 1)\n    #set($s2 = $v2)\n  text $v2 {}\n\t#elseif($v1 == 1)\n## note\n  #* c *# x\n\t#else\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n    text $v3 {}\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n    text $v3 {}\n#if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n\t#else\n    text $v3 {}\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n  #set($s2 = $v2)\n\t#end\n\t#if($v1 > 1)\n    #if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    text $v3 {}\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    text $v3 {}\n\"k\": \"$!v3\",  \n    #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n\t#set($s3 = $v3)\n    #end\n  #foreach($v3 in [0..2])\n  #* c *# x\n    #set($s3 = $v3)\n  #end\n    #foreach($v3 in [0..2])\n\t## note\n  text $v3 {}\n    #end\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n#set($s3 = $v3)\n    text $v3 {}\n#* c *# x\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    #end\n  #foreach($v3 in [0..2])\n#* c *# x\n  #end\n\t#else\n\t#if($v2 > 1)\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#else\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n#set($s3 = $v3)\n\t#end\n  #foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n#if($v3)yes#{else}no#end\n  #end\n  #* c *# x\n  \"k\": \"$!v2\",\t\n\t#end\n#foreach($v2 in [0..2])\n#* c *# x\n    ## note\n    #foreach($v3 in [0..2])\n    ## note\n  ## note\n\t#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #end\n#if($v2)yes#{else}no#end\n#end\n## note\n  #end\n    #if($v0)yes#{else}no#end\n",
"o": "  \ttext  {}\n\"k\": \"\",\n      yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #foreach($v1 in [0..2])\n\"k\": \"$!v1\",\t\n    #end\n    text $v0 {}\n",
"o": "    \"k\": \"0\",\t\n    \"k\": \"1\",\t\n    \"k\": \"2\",\t\n        text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n  #set($s1 = $v1)\n    #elseif($v0 == 1)\n  #if($v1)yes#{else}no#end\n#set($s1 = $v1)\n    text $v1 {}\n    #else\n#if($v1 > 1)\n    #if($v2)yes#{else}no#end\n#* c *# x\n#elseif($v1 == 1)\n    #if($v2 > 1)\ntext $v3 {}\n  text $v3 {}\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n## note\n    #else\n  \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n    #end\n#else\n    #foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n  text $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n  #* c *# x\n\t\"k\": \"$!v2\",  \n#end\n    #end\n\ttext $v0 {}\n  #foreach($v1 in [0..2])\n\t\"k\": \"$!v1\",\n  #end\n",
"o": "      no    text  {}\n    \ttext 1 {}\n  \t\"k\": \"0\",\n  \t\"k\": \"1\",\n  \t\"k\": \"2\",\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\t\n\t#if($v0)yes#{else}no#end\n    #set($s0 = $v0)\n    text $v0 {}\n",
"o": "\t\"k\": \"0\",\t\n\tyes    text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  ## note\n    #if($v0 > 1)\n#* c *# x\n  #foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n  #end\n    #elseif($v0 == 1)\n\t#if($v1 > 1)\n    #foreach($v3 in [0..2])\n    text $v3 {}\n#set($s3 = $v3)\n  ## note\n\t#set($s3 = $v3)\n    #end\n\t#elseif($v1 == 1)\ntext $v2 {}\n\t#else\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n  #* c *# x\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    ## note\n    #* c *# x\n  #set($s3 = $v3)\n\t#else\n\ttext $v3 {}\n    text $v3 {}\n\t#end\ntext $v2 {}\n\t#end\n## note\n    #else\n  #if($v1 > 1)\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n#set($s2 = $v2)\n\t#set($s2 = $v2)\n  #if($v2 > 1)\n\t#* c *# x\n  text $v3 {}\n#* c *# x\n  #* c *# x\n  #elseif($v2 == 1)\n    text $v3 {}\n  #else\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\n  #elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n#if($v3)yes#{else}no#end\n    \"k\": \"$!v3\",\n\t#set($s3 = $v3)\n  #end\n\t## note\n  #else\n\t\"k\": \"$!v2\",\n    #if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  ## note\n  \"k\": \"$!v3\",\t\ntext $v3 {}\n    #end\n#set($s2 = $v2)\n  #end\n    #end\n    #if($v0)yes#{else}no#end\n",
"o": "       x\n      yes      yes      yes          yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n#if($v1 > 1)\n\"k\": \"$!v2\",\n#elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n    text $v2 {}\ntext $v2 {}\n\t#if($v2)yes#{else}no#end\n#else\n  text $v2 {}\n#end\n    #foreach($v2 in [0..2])\n    text $v2 {}\n  #foreach($v3 in [0..2])\n  text $v3 {}\n  text $v3 {}\n  #end\n  ## note\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n    #end\n#foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n  text $v3 {}\n    #if($v3)yes#{else}no#end\n#end\n\t\"k\": \"$!v2\",\t\n#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",  \n    #set($s3 = $v3)\n#end\n  #if($v2 > 1)\n\t## note\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  ## note\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n  #end\n#end\n  #if($v1 > 1)\n\"k\": \"$!v2\",  \n    #set($s2 = $v2)\n  #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #end\n  text $v2 {}\n  ## note\n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#end\n  #else\n  #if($v2)yes#{else}no#end\n    #if($v2)yes#{else}no#end\n  ## note\n  #* c *# x\n  #end\n\t#elseif($v0 == 1)\n  \"k\": \"$!v1\",  \n    #set($s1 = $v1)\n\t#else\n\t#set($s1 = $v1)\n\ttext $v1 {}\n    #* c *# x\n  #set($s1 = $v1)\n\t#end\n\t#foreach($v1 in [0..2])\n#foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n\t## note\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n#end\n  #foreach($v2 in [0..2])\n\ttext $v2 {}\n  #end\n  #if($v1)yes#{else}no#end\n\t#end\n    #if($v0 > 1)\n#set($s1 = $v1)\n\t\"k\": \"$!v1\",\n    #elseif($v0 == 1)\n  text $v1 {}\n\"k\": \"$!v1\",\t\n  ## note\n\t#foreach($v2 in [0..2])\n#if($v2)yes#{else}no#end\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#* c *# x\n#set($s3 = $v3)\n#end\n\t\"k\": \"$!v2\",\t\n\t#end\n    #else\n    text $v1 {}\n\ttext $v1 {}\n\t#* c *# x\n    #end\n  #if($v0)yes#{else}no#end\n",
"o": "\t  \"k\": \"\",  \n    \t\t    yes    \t    \t    \t        yes    \t    \t    \t        yes    \t    \t    \t      \ttext 0 {}\n  \ttext 1 {}\n  \ttext 2 {}\n    yes\t    yes    \t    \t    \t        yes    \t    \t    \t        yes    \t    \t    \t      \ttext 0 {}\n  \ttext 1 {}\n  \ttext 2 {}\n    yes\t    yes    \t    \t    \t        yes    \t    \t    \t        yes    \t    \t    \t      \ttext 0 {}\n  \ttext 1 {}\n  \ttext 2 {}\n    yes\t      text  {}\n\"k\": \"\",\t\n  \tyes x\n x\n x\n\t\"k\": \"0\",\t\n\tyes x\n x\n x\n\t\"k\": \"1\",\t\n\tyes x\n x\n x\n\t\"k\": \"2\",\t\n\t      yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n    #if($v2 > 1)\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n\ttext $v3 {}\n\t\"k\": \"$!v3\",\n    #end\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #end\ntext $v2 {}\n    #end\n#end\n  #if($v0)yes#{else}no#end\n",
"o": "        \ttext  {}\n\t\"k\": \"\",\n                    text 0 {}\n                            text 1 {}\n        no                    text 2 {}\n            \ttext  {}\n\t\"k\": \"\",\n                    text 0 {}\n                            text 1 {}\n        no                    text 2 {}\n            \ttext  {}\n\t\"k\": \"\",\n                    text 0 {}\n                            text 1 {}\n        no                    text 2 {}\n      yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\"k\": \"$!v0\",\n#foreach($v1 in [0..2])\n  #if($v1 > 1)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n    #set($s2 = $v2)\n  #elseif($v1 == 1)\n    text $v2 {}\n#* c *# x\n  #else\n    #* c *# x\n  #end\n## note\n#end\n",
"o": "\"k\": \"0\",\n       x\n        text  {}\n x\n    \t\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\"k\": \"$!v0\",\n    \"k\": \"$!v0\",\t\n",
"o": "\"k\": \"0\",\n    \"k\": \"0\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n    #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n\t## note\n    #else\n  \"k\": \"$!v3\",  \n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    #* c *# x\n    #end\n    #if($v2)yes#{else}no#end\n\t#end\n  #end\n#set($s0 = $v0)\n",
"o": "  \t      \"k\": \"\",  \n\tno     x\n        yes\t    \t        yes\t            yes\t  \t      \"k\": \"\",  \n\tno     x\n        yes\t    \t        yes\t            yes\t  \t      \"k\": \"\",  \n\tno     x\n        yes\t    \t        yes\t            yes\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#set($s0 = $v0)\n  #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t\"k\": \"$!v0\",  \n",
"o": "\t\"k\": \"1\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  ## note\n  #set($s0 = $v0)\n\"k\": \"$!v0\",\t\n",
"o": "  \"k\": \"1\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\n#end\n  \"k\": \"$!v2\",\t\n#if($v2 > 1)\n    ## note\n\t## note\n  ## note\n  ## note\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  text $v3 {}\n#else\n## note\n#end\n    #elseif($v1 == 1)\n  #set($s2 = $v2)\n    #else\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n    \"k\": \"$!v3\",\t\n## note\n    #end\n    #end\n  ## note\n#if($v1)yes#{else}no#end\n  #foreach($v2 in [0..2])\n  ## note\n\ttext $v2 {}\n    #if($v2)yes#{else}no#end\n\t#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n    text $v3 {}\n\t\"k\": \"$!v3\",\t\n#set($s3 = $v3)\n\t#end\n  #end\n  #elseif($v0 == 1)\n    #set($s1 = $v1)\n  #else\ntext $v1 {}\n  #end\n#set($s0 = $v0)\n",
"o": "  text  {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t## note\n    \"k\": \"$!v0\",  \n    #foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    ## note\n    #else\n  #set($s3 = $v3)\n\ttext $v3 {}\n    text $v3 {}\n    #end\n#set($s2 = $v2)\n  \"k\": \"$!v2\",  \n\t#foreach($v3 in [0..2])\n  ## note\n  #set($s3 = $v3)\n\t#end\n  #end\n    #end\n",
"o": "\t    \"k\": \"0\",  \n          \ttext  {}\n    text  {}\n      \"k\": \"0\",  \n\t  \t  \t  \t                \"k\": \"1\",  \n\t  \t  \t  \t            \"k\": \"2\",  \n\t  \t  \t  \t            \ttext  {}\n    text  {}\n      \"k\": \"0\",  \n\t  \t  \t  \t                \"k\": \"1\",  \n\t  \t  \t  \t            \"k\": \"2\",  \n\t  \t  \t  \t            \ttext  {}\n    text  {}\n      \"k\": \"0\",  \n\t  \t  \t  \t                \"k\": \"1\",  \n\t  \t  \t  \t            \"k\": \"2\",  \n\t  \t  \t  \t      "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n#set($s1 = $v1)\n#end\n  \"k\": \"$!v0\",  \n  #foreach($v1 in [0..2])\n    text $v1 {}\n  #if($v1 > 1)\n\t#* c *# x\n  #elseif($v1 == 1)\n#set($s2 = $v2)\n  #if($v2 > 1)\n  #set($s3 = $v3)\n    text $v3 {}\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n\ttext $v3 {}\n    \"k\": \"$!v3\",\t\n  #else\ntext $v3 {}\n  #end\n  #else\n    \"k\": \"$!v2\",\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\n\t#set($s3 = $v3)\ntext $v3 {}\n#if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n    #end\n\t#if($v2 > 1)\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  text $v3 {}\n\ttext $v3 {}\n    #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n  ## note\n  ## note\n    #* c *# x\n\t#end\n\t#foreach($v3 in [0..2])\n\ttext $v3 {}\n    #set($s3 = $v3)\n\t#end\n  #end\n    #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#end\n    #end\n    #foreach($v2 in [0..2])\n#if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #end\n\ttext $v2 {}\n  #if($v2)yes#{else}no#end\n    #end\n  #end\n",
"o": "  \"k\": \"1\",  \n      text 0 {}\n      \"k\": \"\",\n        \t         x\n\t\t\ttext 0 {}\n    \t\ttext 1 {}\n    \t\ttext 2 {}\n    \t                      yes                \ttext 0 {}\n  yes    yes                \ttext 1 {}\n  yes    yes                \ttext 2 {}\n  yes          text 1 {}\n    text  {}\n                        yes                \ttext 0 {}\n  yes    yes                \ttext 1 {}\n  yes    yes                \ttext 2 {}\n  yes          text 2 {}\n  \t x\n                      yes                \ttext 0 {}\n  yes    yes                \ttext 1 {}\n  yes    yes                \ttext 2 {}\n  yes      "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0 > 1)\n    #set($s1 = $v1)\n    #set($s1 = $v1)\n#set($s1 = $v1)\n  #if($v1 > 1)\n#if($v2)yes#{else}no#end\n    ## note\n  #elseif($v1 == 1)\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    text $v3 {}\n    #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n  #end\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#* c *# x\n  \"k\": \"$!v3\",\t\n\t#else\n    ## note\n  #set($s3 = $v3)\n#* c *# x\n#if($v3)yes#{else}no#end\n\t#end\n  #else\n#if($v2)yes#{else}no#end\n  #end\n\t#elseif($v0 == 1)\n  #if($v1)yes#{else}no#end\n\t\"k\": \"$!v1\",\t\n\t#else\n    text $v1 {}\n  \"k\": \"$!v1\",\n\t#end\n\t## note\n",
"o": "\t    text  {}\n  \"k\": \"\",\n\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#set($s0 = $v0)\n\t#if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n## note\n    #if($v1 > 1)\n    text $v2 {}\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t## note\n#end\n  #set($s2 = $v2)\n    #elseif($v1 == 1)\n## note\n\t#* c *# x\n\t#if($v2 > 1)\n  \"k\": \"$!v3\",\t\n\ttext $v3 {}\n  ## note\n\t#elseif($v2 == 1)\n\ttext $v3 {}\n    #set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n\t#else\n    ## note\n\t## note\n    ## note\n\t#end\n## note\n    #else\n    #if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n  #set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n  #* c *# x\n    #end\n    #if($v1 > 1)\n    #if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n  ## note\n    #end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n  \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n    ## note\n  #set($s3 = $v3)\n    #else\n  #if($v3)yes#{else}no#end\n    #end\n    #else\n    ## note\n  #if($v2 > 1)\n  #* c *# x\n    #* c *# x\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n  #end\n    #end\n  text $v1 {}\n  #end\n\ttext $v0 {}\n",
"o": "\tyes              no       x\n                      text 0 {}\n      \t x\n\t    \t    \t              no          text 1 {}\n          text  {}\n\t\t\t                        text 2 {}\n  \ttext 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t## note\n    #foreach($v1 in [0..2])\n#if($v1 > 1)\n    #* c *# x\ntext $v2 {}\n  text $v2 {}\n    #if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n#set($s2 = $v2)\n#if($v2 > 1)\n  \"k\": \"$!v3\",\n#elseif($v2 == 1)\n    ## note\n    \"k\": \"$!v3\",\t\n#else\n    #set($s3 = $v3)\n#end\n#else\n#if($v2 > 1)\n  \"k\": \"$!v3\",  \n#elseif($v2 == 1)\n    text $v3 {}\n    \"k\": \"$!v3\",\t\n#else\n\t#set($s3 = $v3)\n\ttext $v3 {}\n    text $v3 {}\n#end\n    #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n#* c *# x\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n\ttext $v2 {}\n#end\n    #set($s1 = $v1)\ntext $v1 {}\n    #end\n  #if($v0)yes#{else}no#end\n    #foreach($v1 in [0..2])\ntext $v1 {}\n  #if($v1 > 1)\n\t#if($v2 > 1)\ntext $v3 {}\ntext $v3 {}\n\t#elseif($v2 == 1)\n\t#* c *# x\n#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",  \n\t#else\n## note\n\t#end\n## note\n  text $v2 {}\n  #elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t## note\n  #end\n\t#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\ntext $v3 {}\n\t#end\n  #else\ntext $v2 {}\n    #if($v2 > 1)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\ntext $v3 {}\n    #end\n  #end\n    #end\n",
"o": "\t    \ttext  {}\n    text  {}\n     x\n\t     x\n\t     x\n\t    \ttext  {}\ntext 0 {}\n    text 1 {}\n         x\ntext  {}\n  text  {}\n    notext 2 {}\n      yes    text 0 {}\n  text  {}\n    text  {}\n          text 1 {}\n    \t  \t  \t  \t    \"k\": \"0\",  \n  text 0 {}\n\t    \"k\": \"1\",  \n  text 1 {}\n\t    \"k\": \"2\",  \n  text 2 {}\n\t      text 2 {}\n  \t\t  text  {}\n      "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n  #if($v1 > 1)\n\ttext $v2 {}\n  #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#* c *# x\n    text $v3 {}\n    text $v3 {}\n  #* c *# x\n  #else\n#if($v3)yes#{else}no#end\n\"k\": \"$!v3\",\n  #end\n  #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n  #else\n  #if($v2)yes#{else}no#end\n    #* c *# x\n    #foreach($v3 in [0..2])\n  text $v3 {}\n    #if($v3)yes#{else}no#end\n    #end\n  #end\n#if($v1)yes#{else}no#end\n\t#if($v1)yes#{else}no#end\n#set($s1 = $v1)\n    #elseif($v0 == 1)\n    #set($s1 = $v1)\n    #set($s1 = $v1)\n    #else\n    #if($v1 > 1)\n    #if($v2 > 1)\n    ## note\n\t## note\n\"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n## note\n  text $v2 {}\n    #elseif($v1 == 1)\n#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\t\n    text $v3 {}\n#end\n    #else\n\t#foreach($v3 in [0..2])\n\t## note\n\t#end\n  text $v2 {}\n#if($v2 > 1)\n  text $v3 {}\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n    #* c *# x\n#end\n    #end\n## note\n    #end\n",
"o": "        \t\t\t\t\t\t\t  text  {}\n\t\"k\": \"\",\t\n     x\n        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n\"k\": \"$!v1\",\t\n\t#* c *# x\n    #set($s1 = $v1)\n    #elseif($v0 == 1)\n    \"k\": \"$!v1\",\t\n  #if($v1)yes#{else}no#end\n#if($v1)yes#{else}no#end\n\t#foreach($v2 in [0..2])\n    #set($s2 = $v2)\n#if($v2 > 1)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n#else\n  #if($v3)yes#{else}no#end\n\ttext $v3 {}\n#end\n#if($v2)yes#{else}no#end\n\t#end\n    #else\n    text $v1 {}\n    #end\n",
"o": "        \"k\": \"\",\t\n  nono\t  no\ttext  {}\nyes\tyes\tyes\t    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n\t#if($v1 > 1)\n    #* c *# x\n    #if($v2 > 1)\ntext $v3 {}\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n  ## note\n    #else\n#set($s3 = $v3)\n    #end\n#* c *# x\n#if($v2 > 1)\n\"k\": \"$!v3\",\t\n#elseif($v2 == 1)\n#set($s3 = $v3)\n#else\n#if($v3)yes#{else}no#end\n#end\n\t#elseif($v1 == 1)\n    text $v2 {}\n\t#else\n#if($v2 > 1)\n  #* c *# x\n#set($s3 = $v3)\n  #* c *# x\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n#if($v3)yes#{else}no#end\n#else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    text $v3 {}\n  #set($s3 = $v3)\n#end\n\t#set($s2 = $v2)\n\t#end\n#elseif($v0 == 1)\n\t#set($s1 = $v1)\n#else\n  #* c *# x\n#if($v1 > 1)\n    #if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n## note\n  \"k\": \"$!v2\",\n\t\"k\": \"$!v2\",\n#else\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n\ttext $v3 {}\n  text $v3 {}\n\"k\": \"$!v3\",  \n\t\"k\": \"$!v3\",\t\n  #else\n    #* c *# x\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n\t#set($s2 = $v2)\n  #foreach($v3 in [0..2])\ntext $v3 {}\n    \"k\": \"$!v3\",  \n  ## note\n  #end\n#end\n#end\n\t#if($v0)yes#{else}no#end\n#set($s0 = $v0)\n",
"o": "\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n\"k\": \"$!v2\",\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#* c *# x\n    text $v3 {}\n\t#end\n  #if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n\t#end\n  #if($v1 > 1)\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n#if($v3)yes#{else}no#end\n\t#end\n#set($s2 = $v2)\n#set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n  text $v3 {}\n\t#set($s3 = $v3)\n\t#end\n  #elseif($v1 == 1)\n#foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#end\n    #if($v2)yes#{else}no#end\n  #else\n    ## note\n  \"k\": \"$!v2\",  \n  #end\n#end\n    #foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n  #if($v2)yes#{else}no#end\n    #end\n    #end\ntext $v0 {}\n\t## note\n",
"o": "\t\"k\": \"0\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"1\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"2\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t        \"k\": \"\",  \n  \t\"k\": \"0\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"1\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"2\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t      yes  yes    yes  yes    yes  yes    no  \t\"k\": \"0\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"1\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t\"k\": \"2\",\n\t\t x\n    text 0 {}\n\t\t x\n    text 1 {}\n\t\t x\n    text 2 {}\n\t  yes      \"k\": \"0\",  \n\t      \"k\": \"1\",  \n\t      \"k\": \"2\",  \n\t  \t  \t  yes\t\"k\": \"0\",\t\nyes\t  yes\t\"k\": \"1\",\t\nyes\t  yes\t\"k\": \"2\",\t\nyes\t\t  text 0 {}\n\t\t  text 1 {}\n\t\t  text 2 {}\n\t\t            yes      yes      yes              yes      yes      yes              yes      yes      yes        text 0 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    text $v0 {}\n\t#foreach($v1 in [0..2])\n    #if($v1)yes#{else}no#end\n  #set($s1 = $v1)\n#set($s1 = $v1)\n  #if($v1)yes#{else}no#end\n\t#end\n  #if($v0 > 1)\n    #if($v1)yes#{else}no#end\n  #if($v1 > 1)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\ntext $v3 {}\n  #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n## note\n  #end\n  #foreach($v3 in [0..2])\n\ttext $v3 {}\n  ## note\n  #end\n#if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  text $v3 {}\ntext $v3 {}\n  #end\n  #elseif($v1 == 1)\n\t#* c *# x\n#foreach($v3 in [0..2])\n\ttext $v3 {}\n\t#if($v3)yes#{else}no#end\n#end\n\"k\": \"$!v2\",\t\n#if($v2)yes#{else}no#end\n  #else\n\t#* c *# x\n## note\n  #if($v2 > 1)\n  #if($v3)yes#{else}no#end\n  #elseif($v2 == 1)\n    ## note\n    ## note\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n\t#* c *# x\n  #end\n  #end\n  #elseif($v0 == 1)\n  #foreach($v2 in [0..2])\n\t## note\n  #end\n\ttext $v1 {}\n\t## note\n  #else\n\t## note\n    text $v1 {}\n\t#if($v1 > 1)\n  #set($s2 = $v2)\ntext $v2 {}\n\t#elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n  text $v3 {}\n    #end\n  text $v2 {}\n  ## note\n    \"k\": \"$!v2\",\n\t#else\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n    ## note\n    ## note\n  text $v3 {}\n\t#end\n\t#foreach($v3 in [0..2])\n\ttext $v3 {}\n#if($v3)yes#{else}no#end\n\t#end\n\t#end\n\ttext $v1 {}\n  #end\n\t#foreach($v1 in [0..2])\n#if($v1 > 1)\n  #foreach($v3 in [0..2])\n    text $v3 {}\n  #end\n\t#foreach($v3 in [0..2])\n\"k\": \"$!v3\",\t\n\t#end\n#elseif($v1 == 1)\n#set($s2 = $v2)\n  #if($v2)yes#{else}no#end\n#if($v2 > 1)\n  #set($s3 = $v3)\n    #* c *# x\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",  \n#elseif($v2 == 1)\n    #set($s3 = $v3)\n#else\n## note\ntext $v3 {}\n\t#* c *# x\n  #set($s3 = $v3)\n#end\n#else\n#foreach($v3 in [0..2])\ntext $v3 {}\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    ## note\n\t## note\n#end\ntext $v1 {}\n\t#end\n",
"o": "    text 0 {}\n\t    yes  yes\t    yes  yes\t    yes  yes\t  \t    text  {}\n\t\t          text 0 {}\n\t          text 1 {}\n\t          text 2 {}\n\t\t\ttext 0 {}\nyes\t\ttext 1 {}\nyes\t\ttext 2 {}\nyes\t\t\ttext  {}\n  \ttext 0 {}\ntext 1 {}\ntext 2 {}\n    \ttext 0 {}\n\t  notext  {}\n\t x\n  text 1 {}\n\t      text 0 {}\n      text 1 {}\n      text 2 {}\n  \t\"k\": \"0\",\t\n\t\"k\": \"1\",\t\n\t\"k\": \"2\",\t\n\ttext 2 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n\ttext $v1 {}\n  #end\n  #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n\"k\": \"$!v1\",  \n    #if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n  ## note\n\t\"k\": \"$!v2\",\t\n  #* c *# x\n\t#if($v2 > 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\ttext $v3 {}\n\t#else\n\t#set($s3 = $v3)\n\t#end\n    #else\n    text $v2 {}\n\t## note\n    #end\n  #end\n#foreach($v1 in [0..2])\n\t#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n\t#end\n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\n\ttext $v2 {}\n    ## note\n\t#else\n#foreach($v3 in [0..2])\n  text $v3 {}\n    #set($s3 = $v3)\n#end\n\t#end\n    #foreach($v2 in [0..2])\n\t\"k\": \"$!v2\",\t\n    \"k\": \"$!v2\",  \n    #end\n\t#* c *# x\n#end\n",
"o": "  \ttext 0 {}\n  \ttext 1 {}\n  \ttext 2 {}\n    \"k\": \"0\",  \n        text  {}\n\t      \"k\": \"1\",  \n      \t\"k\": \"\",\t\n   x\n\t\t      \"k\": \"2\",  \n    \tno      \t  text 0 {}\n      text 1 {}\n      text 2 {}\n    \t    \t\"k\": \"0\",\t\n    \"k\": \"0\",  \n    \t\"k\": \"1\",\t\n    \"k\": \"1\",  \n    \t\"k\": \"2\",\t\n    \"k\": \"2\",  \n    \t x\n\t\ttext  {}\n    \t    \t\"k\": \"0\",\t\n    \"k\": \"0\",  \n    \t\"k\": \"1\",\t\n    \"k\": \"1\",  \n    \t\"k\": \"2\",\t\n    \"k\": \"2\",  \n    \t x\n\t\t\t\"k\": \"0\",  \n    \t\t\"k\": \"1\",  \n    \t\t\"k\": \"2\",  \n    \t\t\t\t    \t\"k\": \"0\",\t\n    \"k\": \"0\",  \n    \t\"k\": \"1\",\t\n    \"k\": \"1\",  \n    \t\"k\": \"2\",\t\n    \"k\": \"2\",  \n    \t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n## note\n\"k\": \"$!v1\",\t\n  #end\n    text $v0 {}\n",
"o": "    yes  \"k\": \"0\",\t\n  \"k\": \"1\",\t\n  \"k\": \"2\",\t\n      text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #set($s0 = $v0)\n    #if($v0)yes#{else}no#end\n",
"o": "    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0)yes#{else}no#end\n\t#if($v0 > 1)\n    text $v1 {}\n## note\n\t#elseif($v0 == 1)\n#if($v1 > 1)\n#* c *# x\n  #set($s2 = $v2)\ntext $v2 {}\n#elseif($v1 == 1)\n  #set($s2 = $v2)\n  text $v2 {}\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\ttext $v3 {}\n\t#set($s3 = $v3)\n  text $v3 {}\n#end\n    #set($s2 = $v2)\n#else\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    ## note\n\t## note\n#end\n#end\n    #foreach($v2 in [0..2])\n    text $v2 {}\n    #end\n\t## note\n\t#else\n\t#if($v1 > 1)\n  text $v2 {}\n    ## note\n\t## note\n  #if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #* c *# x\n  #elseif($v2 == 1)\n  #* c *# x\n  #else\n\t#set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n  ## note\n\t## note\n  text $v3 {}\n  \"k\": \"$!v3\",\n  #end\n#if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\ntext $v3 {}\n#else\n    #set($s3 = $v3)\n  ## note\n\t#set($s3 = $v3)\n#end\n    #if($v2 > 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    \"k\": \"$!v3\",\n    #else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\t#else\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n    #end\n\t#end\n    #if($v1 > 1)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n    text $v3 {}\n  #set($s3 = $v3)\n#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    #set($s2 = $v2)\n#if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t## note\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n#else\n    text $v3 {}\n#end\ntext $v2 {}\n    #elseif($v1 == 1)\n\t#set($s2 = $v2)\n  \"k\": \"$!v2\",  \n    #else\n\t#set($s2 = $v2)\n    #end\n    #* c *# x\n\t\"k\": \"$!v1\",\t\n\t#end\n  #if($v0)yes#{else}no#end\n",
"o": "\tyes\t    text  {}\n\t  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n## note\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    ## note\n",
"o": "    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0 > 1)\n\t#foreach($v2 in [0..2])\n\"k\": \"$!v2\",  \n\t#end\n  #if($v1)yes#{else}no#end\n    #elseif($v0 == 1)\n\t#foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n#set($s2 = $v2)\n    #set($s2 = $v2)\n\t#end\n\t#set($s1 = $v1)\n\t#foreach($v2 in [0..2])\n#if($v2 > 1)\n## note\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n\t## note\n\t#set($s3 = $v3)\n#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n    #set($s3 = $v3)\n#end\n\t#end\ntext $v1 {}\n    #else\n\t## note\n    text $v1 {}\n\t\"k\": \"$!v1\",\n#if($v1)yes#{else}no#end\n    #end\n",
"o": "    \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\t  no    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    text $v0 {}\n\t#foreach($v1 in [0..2])\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n#set($s3 = $v3)\n#* c *# x\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  ## note\n  #* c *# x\n\t#else\n  #set($s3 = $v3)\n\t#end\n\t\"k\": \"$!v2\",\t\n#set($s2 = $v2)\n    text $v2 {}\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n    ## note\n    #end\n    #set($s2 = $v2)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\ntext $v3 {}\n#end\n\t#else\n#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n#end\n  #set($s2 = $v2)\n\t#end\n\t#end\n#if($v0)yes#{else}no#end\n  #if($v0 > 1)\n\t#foreach($v2 in [0..2])\n\t#set($s2 = $v2)\ntext $v2 {}\n\t#end\n  \"k\": \"$!v1\",\t\n\t#* c *# x\n  #elseif($v0 == 1)\n  text $v1 {}\n  #else\n#if($v1 > 1)\n  text $v2 {}\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n\t## note\n  #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\"k\": \"$!v2\",\t\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n\t#else\n  #set($s3 = $v3)\n\t#end\n#elseif($v1 == 1)\n\"k\": \"$!v2\",\n#else\n\t#set($s2 = $v2)\n#end\n\t#if($v1 > 1)\n\ttext $v2 {}\n    #* c *# x\ntext $v2 {}\n\t#elseif($v1 == 1)\n    text $v2 {}\n#set($s2 = $v2)\n\ttext $v2 {}\n\t#if($v2 > 1)\ntext $v3 {}\n\t#elseif($v2 == 1)\ntext $v3 {}\n  #set($s3 = $v3)\n\t#else\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n\t#end\n\t#else\n  ## note\n\t#set($s2 = $v2)\n\t#end\n  #end\n",
"o": "    text 0 {}\n\t\t    \"k\": \"0\",  \n\t    \"k\": \"1\",  \n\t    \"k\": \"2\",  \n\t\t\t\t            text 0 {}\ntext 1 {}\ntext 2 {}\n\t\t\t\t\t\t\"k\": \"\",\t\n    text  {}\n\t\tyes  \t  \t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    \"k\": \"$!v0\",  \n    #set($s0 = $v0)\n## note\n  text $v0 {}\n",
"o": "    \"k\": \"0\",  \n      text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #set($s0 = $v0)\n    #set($s0 = $v0)\n\t#if($v0 > 1)\n    text $v1 {}\n  #set($s1 = $v1)\n\"k\": \"$!v1\",\ntext $v1 {}\n\t#elseif($v0 == 1)\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n    ## note\n\t#if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\ntext $v3 {}\n    text $v3 {}\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\ntext $v2 {}\n#if($v2 > 1)\n#set($s3 = $v3)\n#* c *# x\n## note\n#elseif($v2 == 1)\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n#else\n## note\n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#end\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  text $v3 {}\n  #elseif($v2 == 1)\n    ## note\n\t#set($s3 = $v3)\n  #else\n#set($s3 = $v3)\ntext $v3 {}\n  #if($v3)yes#{else}no#end\n## note\n  #end\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n    #end\n\t#else\n    #if($v2 > 1)\n  #set($s3 = $v3)\n\t#* c *# x\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n    #end\n\t#end\n  #foreach($v2 in [0..2])\n  #if($v2 > 1)\n    #* c *# x\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n  #else\n#set($s3 = $v3)\n  text $v3 {}\n  text $v3 {}\n  #end\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #end\n  #set($s2 = $v2)\n  #end\n\t## note\n#foreach($v2 in [0..2])\n#if($v2 > 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n  ## note\n\t#set($s3 = $v3)\n    ## note\n#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n    #* c *# x\n\t## note\n  #end\n    #set($s2 = $v2)\n\t#set($s2 = $v2)\n#end\n\t#else\n  #if($v1 > 1)\n    #if($v2 > 1)\n  text $v3 {}\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #* c *# x\n    #else\n    #set($s3 = $v3)\n    ## note\n    #end\n  ## note\n    #set($s2 = $v2)\n    #if($v2 > 1)\n    text $v3 {}\n  #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #else\n\t\"k\": \"$!v3\",\n  ## note\n\ttext $v3 {}\n    #end\n  #elseif($v1 == 1)\n  \"k\": \"$!v2\",\n\ttext $v2 {}\n\t#set($s2 = $v2)\n  #else\n  text $v2 {}\n    ## note\n\t#if($v2)yes#{else}no#end\n  #end\n\t#end\n\t#if($v0 > 1)\n    #set($s1 = $v1)\n\t#elseif($v0 == 1)\n\t## note\n    text $v1 {}\n\t#if($v1)yes#{else}no#end\n#if($v1)yes#{else}no#end\n\t#else\n## note\n\t#end\n",
"o": "\t    text  {}\n    \tno  \t\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t\"k\": \"$!v0\",  \n#set($s0 = $v0)\n    #set($s0 = $v0)\n",
"o": "\t\"k\": \"1\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#foreach($v1 in [0..2])\n    text $v1 {}\n#* c *# x\n\t#if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\n#set($s2 = $v2)\n\"k\": \"$!v2\",\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n\ttext $v3 {}\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #else\n    #if($v3)yes#{else}no#end\n\"k\": \"$!v3\",\t\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #end\n\ttext $v2 {}\n\t#else\n    #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#* c *# x\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #else\n\ttext $v3 {}\n\t## note\n#set($s3 = $v3)\n    #end\n\t#if($v2)yes#{else}no#end\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n#else\n    text $v3 {}\n#if($v3)yes#{else}no#end\ntext $v3 {}\n#end\n\t#end\n\t#end\n\t#set($s0 = $v0)\n    #foreach($v1 in [0..2])\n\t\"k\": \"$!v1\",  \n\t\"k\": \"$!v1\",  \n  #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#end\n  #end\n    #end\n\t#set($s0 = $v0)\n",
"o": "\t    text 0 {}\n x\n\t    no    \ttext  {}\n\t    \tno    text  {}\nnotext  {}\n\t\t    text 1 {}\n x\n\t        no\"k\": \"\",\t\n  no    \ttext  {}\n\t\t    text 2 {}\n x\n\t\tno\tno\"k\": \"\",\n\t\t    \t\"k\": \"0\",  \n\t\"k\": \"0\",  \n    yes  yes  yes    yes  yes  yes    yes  yes  yes      \t\"k\": \"1\",  \n\t\"k\": \"1\",  \n    yes  yes  yes    yes  yes  yes    yes  yes  yes      \t\"k\": \"2\",  \n\t\"k\": \"2\",  \n    yes  yes  yes    yes  yes  yes    yes  yes  yes      "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n    text $v1 {}\n    ## note\n  #elseif($v0 == 1)\n    \"k\": \"$!v1\",\n  #foreach($v2 in [0..2])\n    #if($v2 > 1)\n    #set($s3 = $v3)\n  ## note\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n    ## note\n    #else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n    \"k\": \"$!v2\",  \n\"k\": \"$!v2\",\t\n  #end\n  #else\n    ## note\n  #end\n\t#if($v0 > 1)\n\t#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    #set($s3 = $v3)\ntext $v3 {}\n\t\"k\": \"$!v3\",  \n    #end\n\t#elseif($v1 == 1)\n\"k\": \"$!v2\",\n  #if($v2 > 1)\n    text $v3 {}\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  ## note\n\t#set($s3 = $v3)\n  #end\n\t#else\n\t#if($v2)yes#{else}no#end\n#set($s2 = $v2)\n  #foreach($v3 in [0..2])\ntext $v3 {}\n    \"k\": \"$!v3\",\t\n  ## note\n  #end\n  text $v2 {}\n\t#end\n    #if($v1 > 1)\n  text $v2 {}\n    #if($v2 > 1)\n#* c *# x\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n    #else\n    \"k\": \"$!v3\",  \n    #end\n    #else\n\"k\": \"$!v2\",  \n    text $v2 {}\n#* c *# x\n#if($v2 > 1)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    ## note\n#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n    ## note\n    text $v3 {}\n#end\n    #end\n  #if($v1)yes#{else}no#end\n\t#elseif($v0 == 1)\n    #foreach($v2 in [0..2])\ntext $v2 {}\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  #* c *# x\n\t#elseif($v2 == 1)\n  \"k\": \"$!v3\",\n  #* c *# x\n  \"k\": \"$!v3\",\t\n\t#else\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#* c *# x\n    #set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n\t#else\n    ## note\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n    #end\n  text $v1 {}\n#set($s1 = $v1)\n    text $v1 {}\n\t#else\n    #set($s1 = $v1)\n  #if($v1 > 1)\n\ttext $v2 {}\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    ## note\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n\"k\": \"$!v3\",\n    #else\n  ## note\n  text $v3 {}\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n  ## note\n    text $v2 {}\n  #elseif($v1 == 1)\ntext $v2 {}\n\t#set($s2 = $v2)\n#if($v2 > 1)\ntext $v3 {}\n    ## note\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n#elseif($v2 == 1)\n\ttext $v3 {}\n    ## note\n    \"k\": \"$!v3\",  \n#else\n  \"k\": \"$!v3\",\n  #set($s3 = $v3)\n#set($s3 = $v3)\n#end\ntext $v2 {}\n  #else\n  #if($v2 > 1)\n    #* c *# x\n\t\"k\": \"$!v3\",  \n\t## note\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n    ## note\n  #end\n    #set($s2 = $v2)\n  #end\n\t#end\n  ## note\n",
"o": "        \t            \t  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#foreach($v1 in [0..2])\n    ## note\n    \"k\": \"$!v1\",\n\t#if($v1 > 1)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#end\n    ## note\n#set($s2 = $v2)\n\t#elseif($v1 == 1)\n  \"k\": \"$!v2\",\t\n\t#if($v2)yes#{else}no#end\n\t#else\n  #if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n  ## note\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n  #end\n\t#* c *# x\n\t#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n    #set($s3 = $v3)\n  text $v3 {}\n\t#end\n\t#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\ntext $v3 {}\n\t#else\n  #set($s3 = $v3)\n\t#end\n\t#end\n## note\n#end\n",
"o": "        \"k\": \"0\",\n\t    \t x\n\t  yes\t\"k\": \"0\",\n      text 0 {}\n\t  yes\t\"k\": \"1\",\n      text 1 {}\n\t  yes\t\"k\": \"2\",\n      text 2 {}\n\t\t\t\t        \"k\": \"1\",\n\t  \"k\": \"\",\t\n\tno\t        \"k\": \"2\",\n\t    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  text $v0 {}\n#set($s0 = $v0)\n#foreach($v1 in [0..2])\n  #* c *# x\n    #if($v1 > 1)\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n  #* c *# x\n    #elseif($v1 == 1)\n#set($s2 = $v2)\n    #else\n#if($v2 > 1)\n    \"k\": \"$!v3\",\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n  #* c *# x\n#else\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t## note\n\"k\": \"$!v3\",\t\n#end\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    text $v3 {}\n    #end\n    #end\n#end\n",
"o": "  text 0 {}\n   x\n        no\t\"k\": \"\",\t\n        text 0 {}\n        text 1 {}\n        text 2 {}\n           x\n           x\n    \t\t\t\t   x\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n    \"k\": \"$!v0\",\n",
"o": "    \"k\": \"2\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n  \"k\": \"$!v1\",  \n    #set($s1 = $v1)\n    ## note\n    #if($v1)yes#{else}no#end\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n    #* c *# x\n    text $v1 {}\n  #else\n\t#if($v1 > 1)\n\t#* c *# x\n\t#elseif($v1 == 1)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n## note\n  #* c *# x\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n  #else\n    text $v3 {}\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n  ## note\n\t#else\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\ntext $v3 {}\n\t#else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n\t#end\n  #end\n  text $v0 {}\n#set($s0 = $v0)\n\t#foreach($v1 in [0..2])\n  \"k\": \"$!v1\",\t\n  #set($s1 = $v1)\n\ttext $v1 {}\n\t#end\n",
"o": "  \t\t\t\t    text 0 {}\n\t  \"k\": \"0\",\t\n  \ttext 0 {}\n\t  \"k\": \"1\",\t\n  \ttext 1 {}\n\t  \"k\": \"2\",\t\n  \ttext 2 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  ## note\n    \"k\": \"$!v0\",\t\n    #if($v0)yes#{else}no#end\n",
"o": "      \"k\": \"1\",\t\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n## note\n  text $v0 {}\n\t#foreach($v1 in [0..2])\n  #set($s1 = $v1)\n\t#end\n",
"o": "  text 1 {}\n\t\t\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n\t## note\n\ttext $v2 {}\n    #if($v2 > 1)\n    #set($s3 = $v3)\n\t#* c *# x\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  ## note\n    #else\n\t#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n    #end\n  #set($s2 = $v2)\n    #end\n    \"k\": \"$!v1\",\t\n  \"k\": \"$!v1\",\t\n#end\n#if($v0)yes#{else}no#end\n\t\"k\": \"$!v0\",  \n",
"o": "    \t\ttext 0 {}\n    \tno\t\"k\": \"\",\t\n        \t\ttext 1 {}\n              \t\ttext 2 {}\n    \t x\n            \"k\": \"0\",\t\n  \"k\": \"0\",\t\n    \t\ttext 0 {}\n    \tno\t\"k\": \"\",\t\n        \t\ttext 1 {}\n              \t\ttext 2 {}\n    \t x\n            \"k\": \"1\",\t\n  \"k\": \"1\",\t\n    \t\ttext 0 {}\n    \tno\t\"k\": \"\",\t\n        \t\ttext 1 {}\n              \t\ttext 2 {}\n    \t x\n            \"k\": \"2\",\t\n  \"k\": \"2\",\t\nyes\t\"k\": \"1\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    \"k\": \"$!v0\",\t\n#set($s0 = $v0)\n\t#if($v0)yes#{else}no#end\n#if($v0)yes#{else}no#end\n",
"o": "    \"k\": \"2\",\t\n\tyesyes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#foreach($v1 in [0..2])\n\t\"k\": \"$!v1\",  \n    ## note\n    #if($v1 > 1)\n#if($v2 > 1)\n  #* c *# x\n    \"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n    #* c *# x\n\ttext $v3 {}\n    #set($s3 = $v3)\n#else\n  ## note\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\ntext $v3 {}\n    #else\n  ## note\n    ## note\n    #end\n    #else\n  #if($v2)yes#{else}no#end\n  #if($v2)yes#{else}no#end\n    #end\n\t#end\n    \"k\": \"$!v0\",\t\n    #if($v0)yes#{else}no#end\n",
"o": "\t\t\"k\": \"0\",  \n          no  no    \t\t\"k\": \"1\",  \n                          \t\t\"k\": \"2\",  \n            \"k\": \"\",  \n      \t    \"k\": \"1\",\t\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    ## note\n\t#if($v0)yes#{else}no#end\n\t\"k\": \"$!v0\",  \n    \"k\": \"$!v0\",\n",
"o": "    \tyes\t\"k\": \"1\",  \n    \"k\": \"1\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#set($s0 = $v0)\n#set($s0 = $v0)\n    #foreach($v1 in [0..2])\n#* c *# x\n    ## note\n    ## note\n  #if($v1 > 1)\n  text $v2 {}\n  #elseif($v1 == 1)\n    text $v2 {}\n\t## note\n    text $v2 {}\n  #else\n#set($s2 = $v2)\n\t#* c *# x\n\t#set($s2 = $v2)\n  #end\n    #end\n    text $v0 {}\n",
"o": "     x\n          \t x\n\t       x\n              text  {}\n\t    text  {}\n       x\n            text  {}\n          text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #if($v0 > 1)\n## note\n  #elseif($v0 == 1)\n  #if($v1)yes#{else}no#end\n  #else\n  text $v1 {}\n  #end\n\t#set($s0 = $v0)\n  #foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n\t## note\n    #else\n#set($s3 = $v3)\n    #end\n\t#end\n    #if($v1 > 1)\n    #if($v2)yes#{else}no#end\n\t## note\n    \"k\": \"$!v2\",\n#if($v2 > 1)\n\"k\": \"$!v3\",\n#elseif($v2 == 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#else\n    #* c *# x\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n\t#if($v2 > 1)\n  \"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n\t#end\n    #else\ntext $v2 {}\n\ttext $v2 {}\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\ttext $v3 {}\n    text $v3 {}\n    #end\n    #end\n    ## note\n  #end\n",
"o": "    text  {}\n    \t        \t    \t\"k\": \"\",  \n\t\t    \t        \t    text  {}\n\ttext  {}\n    \ttext 0 {}\n    text 0 {}\n    \ttext 1 {}\n    text 1 {}\n    \ttext 2 {}\n    text 2 {}\n              \t        \t    \t\"k\": \"\",  \n\t\t    \t        \t    \t\t          \t        \t    \t\"k\": \"\",  \n\t\t    \t        \t        no\t    \"k\": \"\",\n     x\n      \"k\": \"\",\n\t          "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0 > 1)\n    #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n    ## note\n    #set($s3 = $v3)\n  #end\n## note\n\t#foreach($v3 in [0..2])\n\"k\": \"$!v3\",\ntext $v3 {}\n\t#end\n  #if($v2)yes#{else}no#end\n    #end\n\t#set($s1 = $v1)\n  ## note\n\t#elseif($v0 == 1)\n\t#if($v1)yes#{else}no#end\n    #set($s1 = $v1)\n\t#else\n\t#foreach($v2 in [0..2])\n  text $v2 {}\n#if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\ntext $v3 {}\n    #end\n\t#end\n  #if($v1 > 1)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\ttext $v3 {}\n    #end\n#if($v2 > 1)\n\t## note\n\t## note\n    #if($v3)yes#{else}no#end\n    text $v3 {}\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#* c *# x\n    #* c *# x\n\t#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n#end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\ttext $v3 {}\n  #end\n  #elseif($v1 == 1)\n\t\"k\": \"$!v2\",  \n\t\"k\": \"$!v2\",\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n    text $v3 {}\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",\n    #else\n#if($v3)yes#{else}no#end\n    #end\ntext $v2 {}\n  #else\n## note\n  text $v2 {}\n    \"k\": \"$!v2\",\t\n  #end\n\t#end\n  #set($s0 = $v0)\n    #if($v0 > 1)\n#set($s1 = $v1)\n#* c *# x\n  text $v1 {}\n    #elseif($v0 == 1)\n  #set($s1 = $v1)\n    #foreach($v2 in [0..2])\n  text $v2 {}\n  ## note\n\t#set($s2 = $v2)\n  #if($v2 > 1)\n  #* c *# x\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n\t#if($v3)yes#{else}no#end\n  #end\n    #end\n\ttext $v1 {}\n    #else\n#if($v1)yes#{else}no#end\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n#set($s2 = $v2)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n    ## note\n\t#elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n  text $v3 {}\n    #* c *# x\n\t#end\n\t#elseif($v1 == 1)\n\t\"k\": \"$!v2\",  \ntext $v2 {}\n\ttext $v2 {}\n#if($v2)yes#{else}no#end\n\t#else\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n  #* c *# x\n#if($v2 > 1)\n  text $v3 {}\n#elseif($v2 == 1)\n\ttext $v3 {}\n#set($s3 = $v3)\ntext $v3 {}\n#else\n\t#if($v3)yes#{else}no#end\n#end\n\t#end\n  ## note\n    #end\n",
"o": "\t\t  text 0 {}\nyes    text 0 {}\n    text 1 {}\n    text 2 {}\n    \t  text 1 {}\nyes    text 0 {}\n    text 1 {}\n    text 2 {}\n    \t  text 2 {}\nyes    text 0 {}\n    text 1 {}\n    text 2 {}\n    \t    text  {}\n    \"k\": \"\",\t\n  \t    no\t           x\n\tno\t      "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#set($s0 = $v0)\ntext $v0 {}\n  #* c *# x\n",
"o": "text 1 {}\n   x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n\t#foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n\t## note\n  text $v2 {}\n\t#if($v2)yes#{else}no#end\n\t#end\n    ## note\n#foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n\"k\": \"$!v3\",\n  text $v3 {}\n\t#end\n  text $v2 {}\n#end\n  \"k\": \"$!v1\",  \n\t#elseif($v0 == 1)\n  #foreach($v2 in [0..2])\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#* c *# x\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n#set($s3 = $v3)\n\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n\t#end\n  text $v2 {}\n  #end\n\t#else\n\ttext $v1 {}\n#foreach($v2 in [0..2])\n    \"k\": \"$!v2\",\n    #set($s2 = $v2)\n\t#* c *# x\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#end\n#end\n\t#end\n    #if($v0)yes#{else}no#end\n",
"o": "\t  \t\"k\": \"\",\t\n\t\t  text 0 {}\n  \t\t  text 1 {}\n  \t    no x\n  \t  text 2 {}\n  \t    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n  #if($v2 > 1)\n\t\"k\": \"$!v3\",\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n  #end\n    #end\n## note\n  #if($v1)yes#{else}no#end\n\t#if($v1 > 1)\n\t\"k\": \"$!v2\",  \n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\n    \"k\": \"$!v2\",\n\t#if($v2 > 1)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n\t#else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#* c *# x\n  #set($s3 = $v3)\n\t#end\n    text $v2 {}\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\ttext $v3 {}\n\t#end\n\t#else\n  #* c *# x\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #end\n\t#end\n  #end\n\t#foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\t\n\t#end\n",
"o": "                        \t\"k\": \"\",\n            yes\t   x\n        \t                        \t\"k\": \"\",\n            yes\t    \"k\": \"\",\n\t\t x\n  \t    text  {}\n\t\ttext 0 {}\n\t\ttext 1 {}\n\t\ttext 2 {}\n\t\t                        \t\"k\": \"\",\n            yes\t\t\"k\": \"\",  \n  \t  \t    \"k\": \"0\",\t\n\t    \"k\": \"1\",\t\n\t    \"k\": \"2\",\t\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0 > 1)\n\ttext $v1 {}\n\t#set($s1 = $v1)\n    #foreach($v2 in [0..2])\n\t## note\n    #end\n  #if($v1 > 1)\n  \"k\": \"$!v2\",\t\n  #elseif($v1 == 1)\n    ## note\n    ## note\n    #if($v2 > 1)\n  #if($v3)yes#{else}no#end\n\t#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #elseif($v2 == 1)\ntext $v3 {}\n  #* c *# x\n    #set($s3 = $v3)\n    #else\n    text $v3 {}\n  \"k\": \"$!v3\",  \n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #end\n\"k\": \"$!v2\",  \n  #else\n\t#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#end\n    \"k\": \"$!v2\",  \n  #end\n\t#elseif($v0 == 1)\ntext $v1 {}\n\t#else\n  #if($v1)yes#{else}no#end\n    text $v1 {}\n\t#end\n  #foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\n  #end\n    ## note\n",
"o": "\t\ttext  {}\n\t    \t    \t    \t      \t    \"k\": \"0\",\t\n        yes\t    \"k\": \"1\",\t\n        yes\t    \"k\": \"2\",\t\n        yes\t    \"k\": \"\",  \n  \t      \"k\": \"0\",\n      \"k\": \"1\",\n      \"k\": \"2\",\n      "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #* c *# x\n",
"o": "   x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\ntext $v0 {}\n  #if($v0)yes#{else}no#end\n## note\n\t#set($s0 = $v0)\n",
"o": "text 0 {}\n  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\n\t#* c *# x\n",
"o": "\t\"k\": \"0\",\n\t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0)yes#{else}no#end\n    #if($v0 > 1)\n    #if($v1 > 1)\n  #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n  text $v3 {}\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  text $v3 {}\n  #end\n\t#if($v2 > 1)\n    text $v3 {}\n    \"k\": \"$!v3\",\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t## note\n\t#else\n#* c *# x\n## note\n\t#set($s3 = $v3)\n\t#end\n    #elseif($v1 == 1)\n#set($s2 = $v2)\n    #else\n#set($s2 = $v2)\n    #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n\ttext $v3 {}\n  #set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n  #end\n    #end\n    #if($v1 > 1)\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n    #end\n\t\"k\": \"$!v2\",\t\n    #elseif($v1 == 1)\n#set($s2 = $v2)\n#set($s2 = $v2)\n    #else\n    #if($v2)yes#{else}no#end\n\t#if($v2 > 1)\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n    text $v3 {}\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\t#else\n  #set($s3 = $v3)\n\t#end\n  #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n    text $v3 {}\n  text $v3 {}\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n  text $v3 {}\n    #else\n  text $v3 {}\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#* c *# x\n    #end\n    #end\n    #elseif($v0 == 1)\n\t\"k\": \"$!v1\",\n\"k\": \"$!v1\",  \n    #else\n  #set($s1 = $v1)\n\"k\": \"$!v1\",\t\n\t## note\n    #end\n    text $v0 {}\n  #if($v0 > 1)\n\ttext $v1 {}\n#* c *# x\n\t#if($v1)yes#{else}no#end\n  #elseif($v0 == 1)\ntext $v1 {}\n  #else\n#set($s1 = $v1)\n  #foreach($v2 in [0..2])\n  \"k\": \"$!v2\",\n#if($v2 > 1)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    \"k\": \"$!v3\",\t\n#else\n  #set($s3 = $v3)\n#end\n#* c *# x\n  #end\n  #end\n",
"o": "\tyes    \"k\": \"\",\t\n\t        text 0 {}\n      \"k\": \"0\",\n x\n    \"k\": \"1\",\n    \"k\": \"\",\t\n x\n    \"k\": \"2\",\n x\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0)yes#{else}no#end\n  text $v0 {}\n    \"k\": \"$!v0\",\t\n    #if($v0)yes#{else}no#end\n",
"o": "yes  text 2 {}\n    \"k\": \"2\",\t\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    text $v0 {}\n",
"o": "    text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  \"k\": \"$!v0\",  \n#set($s0 = $v0)\n    #set($s0 = $v0)\n#if($v0 > 1)\n\t#if($v1 > 1)\n    #set($s2 = $v2)\n\t#elseif($v1 == 1)\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n    \"k\": \"$!v3\",\n\t#elseif($v2 == 1)\n## note\n#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#end\n\t#else\n  #* c *# x\n\t#end\n\t#set($s1 = $v1)\n#elseif($v0 == 1)\n\t#* c *# x\n#if($v1)yes#{else}no#end\n#else\n    #if($v1 > 1)\n  #set($s2 = $v2)\n\t## note\n    #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n    text $v3 {}\n#set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n    #else\n    text $v2 {}\n    #end\n#end\n",
"o": "  \"k\": \"0\",  \n        text  {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0 > 1)\n\t#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n  #if($v2 > 1)\n\t\"k\": \"$!v3\",  \n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    text $v3 {}\n    text $v3 {}\n\"k\": \"$!v3\",\t\n  #else\n\t#set($s3 = $v3)\n  #end\n\t\"k\": \"$!v2\",\n\t#if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n  #if($v2 > 1)\n\t#* c *# x\n    text $v3 {}\n  #elseif($v2 == 1)\n    text $v3 {}\n  #else\n\"k\": \"$!v3\",\t\n    ## note\n  #end\n\t#if($v2 > 1)\n    \"k\": \"$!v3\",\n    text $v3 {}\n\t#elseif($v2 == 1)\n\t## note\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\ttext $v3 {}\n\t#else\n    \"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t#end\n    #else\n\t#* c *# x\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",\n#elseif($v2 == 1)\n#* c *# x\n#else\n## note\n    \"k\": \"$!v3\",  \n    text $v3 {}\n#end\n    #end\n  #elseif($v0 == 1)\n    #foreach($v2 in [0..2])\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\ttext $v3 {}\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n\t#elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    text $v3 {}\n\t#else\n    #set($s3 = $v3)\n\t#end\n    #end\n  #else\n## note\n\t#if($v1)yes#{else}no#end\n  #end\n  text $v0 {}\n    #set($s0 = $v0)\n",
"o": "  \tno    \t x\n    \"k\": \"\",  \n    text  {}\n        text 2 {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n  #if($v1 > 1)\n    ## note\n    text $v2 {}\n\t## note\n  #elseif($v1 == 1)\ntext $v2 {}\n  #else\n  \"k\": \"$!v2\",\t\n\t\"k\": \"$!v2\",\t\n  #end\n  #if($v1 > 1)\n## note\n#if($v2)yes#{else}no#end\n  #elseif($v1 == 1)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  text $v3 {}\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  text $v3 {}\n  #else\n    \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #end\n\t#if($v2)yes#{else}no#end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n    \"k\": \"$!v3\",\n    #else\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n    text $v2 {}\n  #else\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\ntext $v3 {}\n\ttext $v3 {}\n    \"k\": \"$!v3\",\n  #end\n    #foreach($v3 in [0..2])\n  ## note\n    #if($v3)yes#{else}no#end\n\t## note\n#if($v3)yes#{else}no#end\n    #end\n#foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n#end\n    text $v2 {}\n  #end\n    #if($v1 > 1)\n  #set($s2 = $v2)\n  #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n  text $v3 {}\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n    \"k\": \"$!v3\",  \n  #end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n    #elseif($v1 == 1)\n\t#set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n    #else\n#if($v2)yes#{else}no#end\n  #set($s2 = $v2)\n    #set($s2 = $v2)\n    #end\n  text $v1 {}\n#elseif($v0 == 1)\n\"k\": \"$!v1\",  \n  #if($v1)yes#{else}no#end\n  text $v1 {}\n#else\n\t#if($v1 > 1)\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#* c *# x\n    #else\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\n#end\n\t#elseif($v1 == 1)\n    \"k\": \"$!v2\",\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n#end\n\t\"k\": \"$!v2\",  \n\t#else\n  text $v2 {}\n    text $v2 {}\n\t#end\n#end\n\t#* c *# x\n#if($v0)yes#{else}no#end\n",
"o": "\"k\": \"\",  \n  no  text  {}\n\t x\nyes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    ## note\n",
"o": "    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #set($s0 = $v0)\n#set($s0 = $v0)\n  #if($v0 > 1)\n\t#* c *# x\n    #if($v1 > 1)\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n#* c *# x\n#* c *# x\n  #end\n\t#if($v2 > 1)\n  ## note\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t## note\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n## note\n\t#else\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n    #elseif($v1 == 1)\n## note\n\"k\": \"$!v2\",  \n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n\t#end\n    #else\n    #set($s2 = $v2)\n    #end\n\t#foreach($v2 in [0..2])\n    text $v2 {}\n\t#end\n  #elseif($v0 == 1)\n\ttext $v1 {}\n#foreach($v2 in [0..2])\n  #set($s2 = $v2)\n  #if($v2 > 1)\n\"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n  #else\n## note\n  #end\n#end\n  #else\n\t\"k\": \"$!v1\",  \n    #foreach($v2 in [0..2])\n    text $v2 {}\n  \"k\": \"$!v2\",  \n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#end\n    #end\n    #set($s1 = $v1)\n  #end\n",
"o": "  \t x\n        \t    text 0 {}\n\t    text 1 {}\n\t    text 2 {}\n\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\"k\": \"$!v0\",  \n",
"o": "\"k\": \"2\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#* c *# x\ntext $v0 {}\n  #* c *# x\n    text $v0 {}\n",
"o": "\t x\ntext 0 {}\n   x\n    text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#foreach($v1 in [0..2])\n#foreach($v2 in [0..2])\n#if($v2 > 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  ## note\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n\ttext $v3 {}\n#else\n    text $v3 {}\n#end\n#if($v2)yes#{else}no#end\n#end\n    #set($s1 = $v1)\n    #if($v1 > 1)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n\t## note\n\t#elseif($v2 == 1)\n#* c *# x\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n\t#else\n#set($s3 = $v3)\n\t#end\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n\t#if($v2 > 1)\n#set($s3 = $v3)\n#* c *# x\n    #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n#if($v2 > 1)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#else\n  #if($v3)yes#{else}no#end\n    #* c *# x\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n    #elseif($v1 == 1)\n  \"k\": \"$!v2\",  \n  #if($v2 > 1)\n  #set($s3 = $v3)\ntext $v3 {}\n    ## note\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  text $v3 {}\n  #else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n    #else\n  #if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  text $v3 {}\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n    \"k\": \"$!v2\",\t\n\ttext $v2 {}\n    #end\n\t#end\n",
"o": "\t    text  {}\nyes\ttext  {}\nyes  yes      no    text 0 {}\n    text 1 {}\n    text 2 {}\n      \"k\": \"\",\t\n\ttext  {}\n    \t    text  {}\nyes\ttext  {}\nyes  yes      \"k\": \"\",  \n        \t    text  {}\nyes\ttext  {}\nyes  yes    \t\t        \t  no\t  no     x\n\t    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n  #if($v1)yes#{else}no#end\n    #elseif($v0 == 1)\n    \"k\": \"$!v1\",  \n    #else\n    #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\ntext $v3 {}\n\t#set($s3 = $v3)\n  #end\ntext $v2 {}\n    #end\n  text $v1 {}\n    #end\n\t## note\n    text $v0 {}\n",
"o": "        \"k\": \"\",  \n    \t    text 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  \"k\": \"$!v0\",\t\n",
"o": "  \"k\": \"1\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #set($s0 = $v0)\n    text $v0 {}\n    ## note\n",
"o": "    text 1 {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    text $v0 {}\n  #if($v0)yes#{else}no#end\n#foreach($v1 in [0..2])\n#set($s1 = $v1)\n#foreach($v2 in [0..2])\ntext $v2 {}\n\t#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n## note\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n\t#end\n#set($s2 = $v2)\n\t#set($s2 = $v2)\n#end\n    #foreach($v2 in [0..2])\n    #if($v2 > 1)\ntext $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n    #end\n\ttext $v2 {}\n\t#if($v2 > 1)\n    text $v3 {}\n  #set($s3 = $v3)\n    text $v3 {}\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#else\n\t## note\n\t#end\n    #end\n#end\n",
"o": "    text 1 {}\n  yestext 0 {}\n\t\"k\": \"\",\t\n\t\ttext 1 {}\n\t\ttext 2 {}\n\t  no\t            \ttext 0 {}\n\t\t\t            \ttext 1 {}\n\t\t        text  {}\n    \ttext 2 {}\n\t    text  {}\n      text  {}\n\t    text 0 {}\n\t\"k\": \"\",\t\n\t\ttext 1 {}\n\t\ttext 2 {}\n\t  no\t            \ttext 0 {}\n\t\t\t            \ttext 1 {}\n\t\t        text  {}\n    \ttext 2 {}\n\t    text  {}\n      text  {}\n\t    text 0 {}\n\t\"k\": \"\",\t\n\t\ttext 1 {}\n\t\ttext 2 {}\n\t  no\t            \ttext 0 {}\n\t\t\t            \ttext 1 {}\n\t\t        text  {}\n    \ttext 2 {}\n\t    text  {}\n      text  {}\n\t    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #* c *# x\n  #if($v0 > 1)\n  ## note\n\ttext $v1 {}\n  #elseif($v0 == 1)\n\t#if($v1)yes#{else}no#end\n\t#foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\t\n    #if($v3)yes#{else}no#end\n#end\n  #foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n  #end\n## note\n  #set($s2 = $v2)\n\t#end\n    text $v1 {}\n  #else\n    ## note\n  #end\n\t#if($v0)yes#{else}no#end\n",
"o": "   x\n        \tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#set($s0 = $v0)\n  #set($s0 = $v0)\n  ## note\n\t#set($s0 = $v0)\n",
"o": "  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n## note\n## note\n\t## note\n",
"o": "\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\ttext $v0 {}\n",
"o": "\ttext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n",
"o": "\ttext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0 > 1)\n    #foreach($v2 in [0..2])\n#* c *# x\n    #set($s2 = $v2)\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\t#else\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n\t#if($v2)yes#{else}no#end\n    #end\n    ## note\n\t\"k\": \"$!v1\",\n\ttext $v1 {}\n  #elseif($v0 == 1)\n#* c *# x\n    #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n    ## note\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n    #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\ntext $v2 {}\n    #end\n  #else\n    #foreach($v2 in [0..2])\n    text $v2 {}\n#foreach($v3 in [0..2])\n\"k\": \"$!v3\",\n## note\n#end\n  #foreach($v3 in [0..2])\n  \"k\": \"$!v3\",  \n  #end\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n    #end\n  #if($v1)yes#{else}no#end\n  #set($s1 = $v1)\n  #end\n    text $v0 {}\n",
"o": "       x\n    \tno\t\tyes     x\n    \t\tno    \"k\": \"\",  \n  \t\tyes     x\n    \t\tno\t\tyes        \t\"k\": \"\",\n\ttext  {}\n      text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#* c *# x\ntext $v0 {}\n",
"o": "\t x\ntext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n  #foreach($v2 in [0..2])\n## note\n    #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t## note\n    #set($s3 = $v3)\n  #else\n\t\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n  #end\n  text $v2 {}\n  #end\n    #set($s1 = $v1)\n#elseif($v0 == 1)\n  #if($v1)yes#{else}no#end\n    #if($v1)yes#{else}no#end\n\ttext $v1 {}\n#foreach($v2 in [0..2])\n\ttext $v2 {}\n#end\n#else\n    text $v1 {}\n  \"k\": \"$!v1\",\t\n\t## note\n  #if($v1)yes#{else}no#end\n#end\n  #if($v0 > 1)\n#set($s1 = $v1)\n  #set($s1 = $v1)\n  #elseif($v0 == 1)\n  ## note\n  #if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n  text $v2 {}\n  #elseif($v1 == 1)\n    ## note\n\t## note\n  #else\n    #foreach($v3 in [0..2])\n    #* c *# x\n    #end\n#* c *# x\n#if($v2 > 1)\n    ## note\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  text $v3 {}\n#elseif($v2 == 1)\n## note\n    #set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#end\n  #end\n    #if($v1 > 1)\n    ## note\n    #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n    #if($v2)yes#{else}no#end\n\t## note\n\t\"k\": \"$!v2\",\t\n    #else\n  \"k\": \"$!v2\",\t\n\t#foreach($v3 in [0..2])\ntext $v3 {}\n  #if($v3)yes#{else}no#end\n\t#end\n    #end\n  ## note\n  #else\n    #if($v1)yes#{else}no#end\n  #end\n#set($s0 = $v0)\n",
"o": "  no    no\ttext  {}\n\ttext 0 {}\n\ttext 1 {}\n\ttext 2 {}\n               x\n         x\n         x\n     x\n\tno        \"k\": \"\",\t\n\ttext 0 {}\n  yes\ttext 1 {}\n  yes\ttext 2 {}\n  yes\t        "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0 > 1)\n    #if($v1)yes#{else}no#end\n  ## note\n#foreach($v2 in [0..2])\n    text $v2 {}\n#end\n  \"k\": \"$!v1\",\t\n    #elseif($v0 == 1)\n\t#foreach($v2 in [0..2])\n\"k\": \"$!v2\",\t\ntext $v2 {}\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #* c *# x\n    ## note\n  #end\n\"k\": \"$!v2\",  \n\t#end\n    #else\n    #foreach($v2 in [0..2])\n  text $v2 {}\n    #end\n    text $v1 {}\ntext $v1 {}\n    #if($v1 > 1)\n    #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n#if($v2 > 1)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n#else\n  text $v3 {}\n  \"k\": \"$!v3\",  \n#end\n#set($s2 = $v2)\n    text $v2 {}\n\t#if($v2)yes#{else}no#end\n    #else\n    #set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n\t#end\n    #if($v2 > 1)\n  ## note\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n  text $v3 {}\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n\t## note\ntext $v3 {}\n    text $v3 {}\n    #end\n    #end\n    #end\n    #set($s0 = $v0)\n    #foreach($v1 in [0..2])\n  #set($s1 = $v1)\n    #if($v1 > 1)\n    #* c *# x\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #end\n    #elseif($v1 == 1)\n## note\n    #else\n\t\"k\": \"$!v2\",  \n    ## note\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#end\n\"k\": \"$!v2\",\n    #end\n\t#if($v1 > 1)\n  text $v2 {}\n  #if($v2 > 1)\n  text $v3 {}\n#set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n    #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n\t#set($s2 = $v2)\n\t#else\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  text $v3 {}\n\ttext $v3 {}\n\t#elseif($v2 == 1)\n  \"k\": \"$!v3\",  \n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\ntext $v3 {}\n## note\n    ## note\n    ## note\n\t#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\ttext $v3 {}\n\t#end\n    #set($s2 = $v2)\n  \"k\": \"$!v2\",\n\t#end\n    #end\n    #foreach($v1 in [0..2])\n\t#set($s1 = $v1)\ntext $v1 {}\n    #end\n",
"o": "    \t\"k\": \"0\",\t\ntext 0 {}\n     x\n         x\n         x\n      \"k\": \"0\",  \n\t\"k\": \"1\",\t\ntext 1 {}\n     x\n         x\n         x\n      \"k\": \"1\",  \n\t\"k\": \"2\",\t\ntext 2 {}\n     x\n         x\n         x\n      \"k\": \"2\",  \n\t            \t\"k\": \"\",  \n    \t\t\t\t\"k\": \"\",\n    \t\ttext  {}\n        \t\t\ttext 0 {}\n\t\ttext 1 {}\n\t\ttext 2 {}\n\t  \"k\": \"\",\n\t            \t    no\t             x\n            \t  text  {}\n    \t        text 0 {}\n    text 1 {}\n    text 2 {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\ntext $v0 {}\n\t## note\n\t#foreach($v1 in [0..2])\n  \"k\": \"$!v1\",  \n  \"k\": \"$!v1\",  \n#set($s1 = $v1)\n\"k\": \"$!v1\",  \n\t#end\n\"k\": \"$!v0\",  \n",
"o": "text 2 {}\n\t\t  \"k\": \"0\",  \n  \"k\": \"0\",  \n\"k\": \"0\",  \n\t  \"k\": \"1\",  \n  \"k\": \"1\",  \n\"k\": \"1\",  \n\t  \"k\": \"2\",  \n  \"k\": \"2\",  \n\"k\": \"2\",  \n\t\"k\": \"2\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  text $v0 {}\n\t## note\n## note\n",
"o": "  text 0 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #foreach($v1 in [0..2])\ntext $v1 {}\n  #end\n    #* c *# x\n",
"o": "  text 0 {}\n  text 1 {}\n  text 2 {}\n       x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n    #if($v0 > 1)\n    #if($v1 > 1)\n\t\"k\": \"$!v2\",  \n\"k\": \"$!v2\",\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n    text $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#else\n    ## note\n    text $v3 {}\n  #* c *# x\n#end\n    text $v2 {}\n    #elseif($v1 == 1)\n\"k\": \"$!v2\",  \n  ## note\n    #else\n  #if($v2)yes#{else}no#end\n    #end\n    #elseif($v0 == 1)\n\t## note\n\t#if($v1 > 1)\n\ttext $v2 {}\n#if($v2)yes#{else}no#end\n    ## note\n  ## note\n\t#elseif($v1 == 1)\ntext $v2 {}\n\t#else\n  \"k\": \"$!v2\",\n\t\"k\": \"$!v2\",  \ntext $v2 {}\n\t\"k\": \"$!v2\",\t\n\t#end\n    #else\ntext $v1 {}\n\t#if($v1 > 1)\n#if($v2)yes#{else}no#end\n    \"k\": \"$!v2\",\t\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n  text $v2 {}\n#if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n## note\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n    ## note\n\t#else\n  #set($s2 = $v2)\n\t#end\n    #end\n    #if($v0)yes#{else}no#end\n",
"o": "\ttext 2 {}\n          no            yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n  #set($s1 = $v1)\n#end\n    #set($s0 = $v0)\n#if($v0)yes#{else}no#end\n",
"o": "yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n",
"o": "\ttext 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #foreach($v1 in [0..2])\n  #if($v1)yes#{else}no#end\n\t#set($s1 = $v1)\n    #if($v1 > 1)\n#set($s2 = $v2)\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n    text $v3 {}\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n    text $v3 {}\n\t\"k\": \"$!v3\",  \n    #else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n  text $v2 {}\n    #elseif($v1 == 1)\n\t#if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n    text $v3 {}\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\ntext $v3 {}\n\t#else\n    #* c *# x\n    ## note\n  #set($s3 = $v3)\n\t#end\n## note\n    #else\n  #if($v2)yes#{else}no#end\n  text $v2 {}\n    #end\n  #end\n    #foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n    \"k\": \"$!v2\",\t\n  #if($v2)yes#{else}no#end\ntext $v2 {}\n#foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\n#end\n  #end\n  #set($s1 = $v1)\n\ttext $v1 {}\n  text $v1 {}\n    #end\n",
"o": "    yes      no  text  {}\n        yes    \t     x\n    \t        yes              text  {}\n                \"k\": \"0\",\t\n  yestext 0 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"1\",\t\n  yestext 1 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"2\",\t\n  yestext 2 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n  \ttext 0 {}\n  text 0 {}\n          \"k\": \"0\",\t\n  yestext 0 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"1\",\t\n  yestext 1 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"2\",\t\n  yestext 2 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n  \ttext 1 {}\n  text 1 {}\n          \"k\": \"0\",\t\n  yestext 0 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"1\",\t\n  yestext 1 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n      \"k\": \"2\",\t\n  yestext 2 {}\nyes\t\"k\": \"0\",\n    \"k\": \"0\",\nyes\t\"k\": \"1\",\n    \"k\": \"1\",\nyes\t\"k\": \"2\",\n    \"k\": \"2\",\n  \ttext 2 {}\n  text 2 {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0 > 1)\n#set($s1 = $v1)\n\t#set($s1 = $v1)\n\t#* c *# x\n    #elseif($v0 == 1)\n    #* c *# x\n#set($s1 = $v1)\n    #else\n\"k\": \"$!v1\",  \n  #if($v1 > 1)\n\t#set($s2 = $v2)\n\"k\": \"$!v2\",\n\ttext $v2 {}\n#set($s2 = $v2)\n  #elseif($v1 == 1)\n#set($s2 = $v2)\n#set($s2 = $v2)\n  #else\n\t#if($v2)yes#{else}no#end\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n  #* c *# x\n\t#set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n    #end\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n#else\n\t#if($v3)yes#{else}no#end\n#end\n#foreach($v3 in [0..2])\n\t## note\n    #set($s3 = $v3)\n#end\n  #end\n#if($v1)yes#{else}no#end\n  #if($v1 > 1)\n## note\n#if($v2 > 1)\n    #* c *# x\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n#elseif($v2 == 1)\n\"k\": \"$!v3\",\t\n#else\n    text $v3 {}\n\t#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#end\n  #elseif($v1 == 1)\n#* c *# x\n#if($v2 > 1)\n  #* c *# x\n#elseif($v2 == 1)\n    \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n  text $v3 {}\n#else\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\ttext $v2 {}\n    #set($s2 = $v2)\n  #else\n\ttext $v2 {}\n  #if($v2 > 1)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    \"k\": \"$!v3\",\t\n\ttext $v3 {}\n  #set($s3 = $v3)\n\t## note\n  #else\n## note\ntext $v3 {}\n  #end\n  #if($v2 > 1)\n#set($s3 = $v3)\n#* c *# x\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #* c *# x\n\t#set($s3 = $v3)\n  text $v3 {}\n  #else\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  text $v3 {}\n  #end\n  \"k\": \"$!v2\",\t\n  #end\n    #end\n## note\n\t#foreach($v1 in [0..2])\n  #if($v1)yes#{else}no#end\n#set($s1 = $v1)\n\t#end\n",
"o": "    \t x\n    \t  yes\t  yes\t  yes\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n#if($v1 > 1)\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n## note\n  #* c *# x\n    #end\n#elseif($v1 == 1)\n## note\n    #if($v2)yes#{else}no#end\n#else\n  #set($s2 = $v2)\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#end\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n  ## note\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n    text $v3 {}\n\t#else\n    \"k\": \"$!v3\",\t\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",  \n  text $v3 {}\n\t#end\n#end\n#foreach($v2 in [0..2])\ntext $v2 {}\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n    text $v3 {}\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n  #end\n#end\n  #end\n\t#set($s0 = $v0)\n    #foreach($v1 in [0..2])\n\t#set($s1 = $v1)\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n  text $v2 {}\n  text $v2 {}\n    ## note\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n\ttext $v3 {}\n  #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n    #end\n  \"k\": \"$!v2\",  \n\t#else\n## note\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n#if($v2)yes#{else}no#end\n\t#end\n\t#set($s1 = $v1)\n    #end\n",
"o": "  \ttext  {}\n\t    \"k\": \"\",\t\n  no\t\"k\": \"\",  \n  text  {}\n\ttext 0 {}\n    text 1 {}\n    text 2 {}\n      text  {}\n            notext 0 {}\n    text 1 {}\n    text 2 {}\n      text  {}\n               x\n       x\n       x\n    text 0 {}\n    text 1 {}\n    text 2 {}\n      text  {}\n            \t\t\t\t\tno\t    \t          \"k\": \"\",  \n\t    \t  text  {}\n  text  {}\n    \t    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  text $v0 {}\n  #* c *# x\n    #set($s0 = $v0)\n#if($v0 > 1)\n\t#if($v1 > 1)\n    #if($v2)yes#{else}no#end\n\t#elseif($v1 == 1)\n  #if($v2)yes#{else}no#end\n    #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n    #end\n\t#if($v2)yes#{else}no#end\n\t#else\n\t\"k\": \"$!v2\",\t\ntext $v2 {}\n    text $v2 {}\n  #if($v2)yes#{else}no#end\n\t#end\n    #* c *# x\n\t#if($v1 > 1)\n    #if($v2 > 1)\n## note\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n\"k\": \"$!v3\",  \n    ## note\n    #set($s3 = $v3)\n    #else\n#* c *# x\n  ## note\n    #end\n  text $v2 {}\n#if($v2 > 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n#else\n\ttext $v3 {}\n#set($s3 = $v3)\n#end\n#set($s2 = $v2)\n\t#elseif($v1 == 1)\n  text $v2 {}\n\t#else\n  #* c *# x\n\t\"k\": \"$!v2\",\n\t#end\n#elseif($v0 == 1)\n    text $v1 {}\ntext $v1 {}\n    #if($v1 > 1)\n  #if($v2)yes#{else}no#end\n\t## note\n  #set($s2 = $v2)\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n    #elseif($v2 == 1)\n    \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\ttext $v3 {}\n    #else\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n  #if($v2)yes#{else}no#end\n    #else\n\"k\": \"$!v2\",\t\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  #end\n    ## note\n    #end\n\t\"k\": \"$!v1\",  \n#else\n#if($v1)yes#{else}no#end\n  #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n#end\n\ttext $v2 {}\n  #end\n  \"k\": \"$!v1\",  \n    #set($s1 = $v1)\n#end\n",
"o": "  text 0 {}\n   x\n    no  \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\ttext 0 {}\n  \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\ttext 1 {}\n  \t\"k\": \"0\",  \n\t\"k\": \"1\",  \n\t\"k\": \"2\",  \n\ttext 2 {}\n    \"k\": \"\",  \n    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0)yes#{else}no#end\n#foreach($v1 in [0..2])\n    text $v1 {}\n  #* c *# x\n#end\n    #* c *# x\n  #if($v0)yes#{else}no#end\n",
"o": "    yes    text 0 {}\n   x\n    text 1 {}\n   x\n    text 2 {}\n   x\n     x\n  yes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\ntext $v0 {}\n    #if($v0 > 1)\n\t#* c *# x\n    #elseif($v0 == 1)\n#if($v1)yes#{else}no#end\n  #set($s1 = $v1)\n    #else\n  ## note\n#set($s1 = $v1)\n    #if($v1 > 1)\n  \"k\": \"$!v2\",\n\"k\": \"$!v2\",\n    #elseif($v1 == 1)\n  #set($s2 = $v2)\n    #else\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\ntext $v3 {}\n    #end\n    #end\n    #end\n",
"o": "text 0 {}\n                  yestext 0 {}\n        yestext 1 {}\n        yestext 2 {}\n            "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    ## note\n  #if($v0 > 1)\n    #if($v1 > 1)\n    text $v2 {}\n    ## note\n#if($v2)yes#{else}no#end\n    #if($v2 > 1)\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n\t#set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n\t#* c *# x\n    #else\n\t\"k\": \"$!v2\",\n    #end\n  #elseif($v0 == 1)\ntext $v1 {}\n\t#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n  text $v3 {}\n  #set($s3 = $v3)\n\t#* c *# x\n#end\ntext $v2 {}\n\t#if($v2)yes#{else}no#end\n    #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n## note\n#* c *# x\n    #* c *# x\n\ttext $v3 {}\n\t#else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n    #foreach($v3 in [0..2])\n#* c *# x\n    #end\n    #else\n    \"k\": \"$!v2\",\t\n## note\n  ## note\n  #if($v2 > 1)\n## note\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #else\n\ttext $v3 {}\n    #if($v3)yes#{else}no#end\n  #end\n    #end\n  #else\n    #set($s1 = $v1)\n\t#foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n  text $v3 {}\n  #set($s3 = $v3)\n#end\n\t#end\n    #set($s1 = $v1)\n  ## note\n  #end\n#foreach($v1 in [0..2])\n    ## note\n    #foreach($v2 in [0..2])\n    text $v2 {}\n  #set($s2 = $v2)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n#else\n## note\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n    #end\n#end\n## note\n",
"o": "          \t\"k\": \"\",\n                  text 0 {}\n          text 1 {}\n  \tno        text 2 {}\n                  text 0 {}\n          text 1 {}\n  \tno        text 2 {}\n                  text 0 {}\n          text 1 {}\n  \tno        text 2 {}\n      "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n    text $v1 {}\n    text $v1 {}\n#elseif($v0 == 1)\n\t#foreach($v2 in [0..2])\n## note\n#if($v2 > 1)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\ntext $v3 {}\n#elseif($v2 == 1)\n    ## note\n    #set($s3 = $v3)\n  ## note\ntext $v3 {}\n#else\n#set($s3 = $v3)\n    text $v3 {}\n\"k\": \"$!v3\",  \n    #if($v3)yes#{else}no#end\n#end\n\t\"k\": \"$!v2\",\t\n\t#end\n#else\n#foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n    text $v3 {}\n\t#end\n#if($v2 > 1)\n  #set($s3 = $v3)\n#elseif($v2 == 1)\n    text $v3 {}\n    #set($s3 = $v3)\n\"k\": \"$!v3\",  \n  \"k\": \"$!v3\",\t\n#else\n  \"k\": \"$!v3\",\t\n    text $v3 {}\n#end\n#end\n#end\n  #set($s0 = $v0)\n  #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\t\n    #if($v1 > 1)\n#foreach($v3 in [0..2])\n    ## note\n    ## note\ntext $v3 {}\n#end\n    #if($v2)yes#{else}no#end\n#set($s2 = $v2)\n    #elseif($v1 == 1)\n\t#set($s2 = $v2)\n    text $v2 {}\n\t## note\n    #else\ntext $v2 {}\n\t#set($s2 = $v2)\n    #end\n    text $v1 {}\n  #end\n",
"o": "\t    text 0 {}\n\t    text 1 {}\n\t    text 2 {}\n\t  \"k\": \"\",\t\n    text  {}\n\t    text 0 {}\n\t    text 1 {}\n\t    text 2 {}\n\t    text  {}\n    \"k\": \"\",  \n  \"k\": \"\",\t\n\t    text 0 {}\n\t    text 1 {}\n\t    text 2 {}\n\t  yes      \"k\": \"0\",\t\n    text  {}\n\t        text 0 {}\n      \"k\": \"1\",\t\n        text  {}\n\t        text 1 {}\n      \"k\": \"2\",\t\n            text 0 {}\n        text 1 {}\n        text 2 {}\n    no        text 2 {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t## note\n  \"k\": \"$!v0\",  \ntext $v0 {}\n\t#if($v0 > 1)\n## note\ntext $v1 {}\n\t#elseif($v0 == 1)\n    \"k\": \"$!v1\",\t\n\t#else\n    \"k\": \"$!v1\",  \n  text $v1 {}\ntext $v1 {}\n\t#end\n",
"o": "\t  \"k\": \"2\",  \ntext 2 {}\n\ttext  {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n## note\n\t#* c *# x\n  #if($v0 > 1)\n    #foreach($v2 in [0..2])\n  #* c *# x\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\ntext $v3 {}\n\t#else\n    ## note\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n\t#end\n#set($s2 = $v2)\n    #set($s2 = $v2)\n    #end\n  #elseif($v0 == 1)\n\t## note\n    #if($v1)yes#{else}no#end\n  #else\n\t#if($v1)yes#{else}no#end\n  #end\ntext $v0 {}\n",
"o": "\t x\n  \tno  text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#if($v0 > 1)\n#foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n#end\n#elseif($v0 == 1)\n\t#if($v1)yes#{else}no#end\n\"k\": \"$!v1\",\t\n  ## note\n  #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n    #set($s2 = $v2)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n## note\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n  #else\n\t#set($s3 = $v3)\n  #end\n  #end\n#else\n    ## note\n#end\n\t#if($v0 > 1)\n    #foreach($v2 in [0..2])\n\t## note\n\t#foreach($v3 in [0..2])\n## note\n\t#end\n#foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n  text $v3 {}\n    text $v3 {}\n#end\n    #end\n\t#elseif($v0 == 1)\n\t#if($v1 > 1)\n\t\"k\": \"$!v2\",  \n  #if($v2 > 1)\n    ## note\n  #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  text $v3 {}\n\t#set($s3 = $v3)\n  #end\n  #if($v2 > 1)\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n\ttext $v3 {}\n#set($s3 = $v3)\n## note\n  #set($s3 = $v3)\n  #else\ntext $v3 {}\n\t#set($s3 = $v3)\n\t#* c *# x\n\ttext $v3 {}\n  #end\n## note\n\t#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    #* c *# x\n    #set($s3 = $v3)\n#end\n\t#else\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n\t#set($s2 = $v2)\n\t\"k\": \"$!v2\",\n\t#end\n\t#else\n    #if($v1 > 1)\n    ## note\n    #elseif($v1 == 1)\n  #set($s2 = $v2)\n\t## note\n#foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\ntext $v2 {}\n    #else\n    text $v2 {}\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    text $v3 {}\n  #end\n    #end\n\t#end\n\ttext $v0 {}\n#set($s0 = $v0)\n",
"o": "    \t        text  {}\n      text  {}\n      \t\ttext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\"k\": \"$!v0\",\n",
"o": "\"k\": \"1\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  text $v0 {}\n",
"o": "  text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    \"k\": \"$!v0\",\t\n  #if($v0 > 1)\n    #foreach($v2 in [0..2])\n    #if($v2 > 1)\n  \"k\": \"$!v3\",  \n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n    #else\ntext $v3 {}\n  \"k\": \"$!v3\",\t\n#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #end\n\"k\": \"$!v2\",  \n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #end\n    #end\n#if($v1 > 1)\n    #if($v2 > 1)\n  text $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n  text $v3 {}\n    #end\n    \"k\": \"$!v2\",  \n  ## note\n#elseif($v1 == 1)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",  \n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n  text $v3 {}\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #end\n  text $v2 {}\n  \"k\": \"$!v2\",  \n  #set($s2 = $v2)\n#else\n\t## note\n#end\n\t#foreach($v2 in [0..2])\n\ttext $v2 {}\n  #if($v2 > 1)\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #else\ntext $v3 {}\ntext $v3 {}\n  #end\n\t#end\n  #elseif($v0 == 1)\n  \"k\": \"$!v1\",\t\n    #if($v1)yes#{else}no#end\n    #set($s1 = $v1)\n    #foreach($v2 in [0..2])\n  #if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\n\t## note\n    #end\n  #else\n  \"k\": \"$!v1\",  \n  #end\n#set($s0 = $v0)\n",
"o": "    \"k\": \"0\",\t\n    \"k\": \"\",  \n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n    #if($v1)yes#{else}no#end\n\t#set($s1 = $v1)\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n    text $v1 {}\n\t#set($s1 = $v1)\n    ## note\n  #else\n#set($s1 = $v1)\n  #if($v1 > 1)\n    #foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n  text $v3 {}\n  text $v3 {}\n    #end\n  \"k\": \"$!v2\",\n    \"k\": \"$!v2\",  \n  text $v2 {}\n  #elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",  \n    #end\n\ttext $v2 {}\n  text $v2 {}\n    #if($v2 > 1)\n    text $v3 {}\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    #end\n  #else\n  text $v2 {}\n#* c *# x\n  #end\n#foreach($v2 in [0..2])\n\t#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#else\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n\t#end\n#end\n    #if($v1 > 1)\n\t#if($v2)yes#{else}no#end\n\ttext $v2 {}\n\t#foreach($v3 in [0..2])\n  #* c *# x\n\t#if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n\t#end\n\t#if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n    ## note\n    #else\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#end\n    #end\n  #end\n\"k\": \"$!v0\",\t\n",
"o": "      text  {}\n\t      \"k\": \"1\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\ntext $v0 {}\n",
"o": "text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\n",
"o": "\t\"k\": \"0\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #foreach($v1 in [0..2])\n  \"k\": \"$!v1\",\t\n  #end\n#if($v0 > 1)\n## note\n\t#if($v1 > 1)\n    #set($s2 = $v2)\n  #set($s2 = $v2)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  text $v3 {}\n#set($s3 = $v3)\ntext $v3 {}\n  #end\n  #set($s2 = $v2)\n\t#elseif($v1 == 1)\ntext $v2 {}\n\t#if($v2 > 1)\n  #* c *# x\ntext $v3 {}\n\t#elseif($v2 == 1)\n    text $v3 {}\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n  text $v3 {}\n\t#end\n\t#else\n  text $v2 {}\n\t#end\n\t#if($v1)yes#{else}no#end\n#elseif($v0 == 1)\n\ttext $v1 {}\n#else\n    #* c *# x\n  #if($v1)yes#{else}no#end\n  \"k\": \"$!v1\",\t\n#end\n\t#* c *# x\n\t#foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n  #if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#* c *# x\n  #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\n  text $v3 {}\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n  #end\n#if($v2 > 1)\n\ttext $v3 {}\n\t#* c *# x\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n#else\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\ttext $v3 {}\n#end\n    #if($v2)yes#{else}no#end\n\t\"k\": \"$!v2\",\n\t#end\n#set($s1 = $v1)\n\t#end\n",
"o": "    \"k\": \"0\",\t\n    \"k\": \"1\",\t\n    \"k\": \"2\",\t\n       x\n  no  \"k\": \"\",\t\n\t x\n\t\t    \ttext  {}\n    yes\t\"k\": \"0\",\n\t  \t\"k\": \"\",\n  text  {}\n        yes\t\"k\": \"1\",\n\t  \t x\n  \ttext  {}\n\t x\n\t\"k\": \"\",\n    yes\t\"k\": \"2\",\n\t\t\t    \ttext  {}\n    yes\t\"k\": \"0\",\n\t  \t\"k\": \"\",\n  text  {}\n        yes\t\"k\": \"1\",\n\t  \t x\n  \ttext  {}\n\t x\n\t\"k\": \"\",\n    yes\t\"k\": \"2\",\n\t\t\t    \ttext  {}\n    yes\t\"k\": \"0\",\n\t  \t\"k\": \"\",\n  text  {}\n        yes\t\"k\": \"1\",\n\t  \t x\n  \ttext  {}\n\t x\n\t\"k\": \"\",\n    yes\t\"k\": \"2\",\n\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0 > 1)\n    #foreach($v2 in [0..2])\n    ## note\n## note\n## note\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#* c *# x\n    #elseif($v2 == 1)\n  #* c *# x\n    text $v3 {}\n\t## note\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n    #end\n#if($v1 > 1)\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n\"k\": \"$!v3\",  \n#set($s3 = $v3)\n  text $v3 {}\n\t\"k\": \"$!v3\",\n#else\n    ## note\ntext $v3 {}\n#end\n  #if($v2)yes#{else}no#end\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n\ttext $v3 {}\n  #end\n#elseif($v1 == 1)\n\ttext $v2 {}\n\ttext $v2 {}\n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t#end\n#else\n  text $v2 {}\n  #foreach($v3 in [0..2])\n    text $v3 {}\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    text $v3 {}\n  #end\n\"k\": \"$!v2\",\n  #if($v2 > 1)\n  text $v3 {}\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #else\n\t## note\n#set($s3 = $v3)\n  #end\n#end\n  text $v1 {}\n\t#if($v1 > 1)\n  #set($s2 = $v2)\n\t#* c *# x\n\t#elseif($v1 == 1)\n  \"k\": \"$!v2\",\n\t#if($v2)yes#{else}no#end\n\t#else\ntext $v2 {}\n  #foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n\"k\": \"$!v3\",\t\n  #end\n\"k\": \"$!v2\",\n    #if($v2)yes#{else}no#end\n\t#end\n\t#elseif($v0 == 1)\n  #if($v1 > 1)\n\t#* c *# x\n  text $v2 {}\n    #if($v2)yes#{else}no#end\n  #elseif($v1 == 1)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #else\n  text $v3 {}\n#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\n\t## note\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",\n    #end\n#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n    text $v3 {}\n#else\n\t#set($s3 = $v3)\n#end\n  #else\n    #* c *# x\n\t#if($v2)yes#{else}no#end\n  #end\n  \"k\": \"$!v1\",\n\t#foreach($v2 in [0..2])\n    text $v2 {}\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n#set($s2 = $v2)\n\t#end\n\t#else\n\t#set($s1 = $v1)\n  #foreach($v2 in [0..2])\n  #if($v2)yes#{else}no#end\n  #end\n\t#end\n",
"o": "\t       x\n\tno    \"k\": \"\",\n\t    text 0 {}\n\t\t\t\t\t    text 1 {}\n\t\t\t\t\t    text 2 {}\n\t\t\t\t\t\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #* c *# x\n  #set($s0 = $v0)\n    text $v0 {}\n    #if($v0)yes#{else}no#end\n",
"o": "   x\n      text 1 {}\n    yes"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0 > 1)\n  #foreach($v2 in [0..2])\n  #set($s2 = $v2)\n  #end\n#if($v1 > 1)\n#set($s2 = $v2)\n#if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n    \"k\": \"$!v2\",\t\n#else\n#foreach($v3 in [0..2])\n\"k\": \"$!v3\",  \n  \"k\": \"$!v3\",  \n  #set($s3 = $v3)\n#end\n\t## note\n#end\n  #* c *# x\n\t#set($s1 = $v1)\n#elseif($v0 == 1)\n#if($v1 > 1)\n#if($v2 > 1)\n    ## note\n#elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#else\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n#end\n  \"k\": \"$!v2\",\n#elseif($v1 == 1)\ntext $v2 {}\n#if($v2)yes#{else}no#end\n#else\n  #if($v2 > 1)\ntext $v3 {}\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t## note\n  #elseif($v2 == 1)\n\ttext $v3 {}\n    #set($s3 = $v3)\n\ttext $v3 {}\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n  #end\n    #if($v2 > 1)\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n    text $v3 {}\n\t#if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",\n    #else\ntext $v3 {}\n    #set($s3 = $v3)\n    #end\n#set($s2 = $v2)\n#if($v2 > 1)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\"k\": \"$!v3\",\n#else\n\"k\": \"$!v3\",\n    #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n\t#if($v3)yes#{else}no#end\n#end\n#end\n\"k\": \"$!v1\",\n#else\n\t#if($v1 > 1)\n\ttext $v2 {}\n\t## note\n\t#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t#end\n  ## note\n\t#elseif($v1 == 1)\n    #* c *# x\n\t#else\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n    #* c *# x\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #else\n\t\"k\": \"$!v3\",\n  #end\n  #if($v2 > 1)\n    \"k\": \"$!v3\",\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n  #elseif($v2 == 1)\n    #if($v3)yes#{else}no#end\n## note\n  #else\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #end\n\t#end\n## note\n    #set($s1 = $v1)\n#set($s1 = $v1)\n#end\n",
"o": "        \"k\": \"0\",  \n  \"k\": \"0\",  \n  \"k\": \"1\",  \n  \"k\": \"1\",  \n  \"k\": \"2\",  \n  \"k\": \"2\",  \n  \t   x\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n\ttext $v2 {}\n#if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n  ## note\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n  text $v3 {}\n#if($v3)yes#{else}no#end\n#else\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t## note\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n\t#end\n    ## note\n\t#* c *# x\n    #end\n  \"k\": \"$!v0\",\n  #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n\t## note\n  #end\n#if($v0 > 1)\n#set($s1 = $v1)\n#set($s1 = $v1)\n#if($v1)yes#{else}no#end\n#* c *# x\n#elseif($v0 == 1)\n\"k\": \"$!v1\",  \n    #set($s1 = $v1)\n## note\n#if($v1)yes#{else}no#end\n#else\n\t\"k\": \"$!v1\",\n#end\n",
"o": "    \t\ttext 0 {}\n\ttext 0 {}\n\t\t\t\t\ttext 1 {}\n  text  {}\nno\ttext 1 {}\n\t\t\t\t\ttext 2 {}\n  \ttext 2 {}\n\t\t\t\t    \t x\n    \t\ttext 0 {}\n\ttext 0 {}\n\t\t\t\t\ttext 1 {}\n  text  {}\nno\ttext 1 {}\n\t\t\t\t\ttext 2 {}\n  \ttext 2 {}\n\t\t\t\t    \t x\n    \t\ttext 0 {}\n\ttext 0 {}\n\t\t\t\t\ttext 1 {}\n  text  {}\nno\ttext 1 {}\n\t\t\t\t\ttext 2 {}\n  \ttext 2 {}\n\t\t\t\t    \t x\n      \"k\": \"1\",\n  \t  \t  \t  \"k\": \"\",  \n    no"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    ## note\n#foreach($v1 in [0..2])\n\"k\": \"$!v1\",\t\n  \"k\": \"$!v1\",\t\n#if($v1)yes#{else}no#end\n#end\n\t#if($v0 > 1)\n    #set($s1 = $v1)\n\t#elseif($v0 == 1)\n    #if($v1 > 1)\n#if($v2)yes#{else}no#end\n\ttext $v2 {}\n\ttext $v2 {}\n    #elseif($v1 == 1)\n## note\n#if($v2)yes#{else}no#end\n#set($s2 = $v2)\n    #else\n#set($s2 = $v2)\n    #end\n#foreach($v2 in [0..2])\ntext $v2 {}\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n    \"k\": \"$!v3\",  \n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n\t## note\n  #* c *# x\n  ## note\n\t\"k\": \"$!v3\",\n  #end\n#end\n\t#else\n    #foreach($v2 in [0..2])\n  text $v2 {}\n    #end\n\t#end\n\t#* c *# x\n",
"o": "    \"k\": \"0\",\t\n  \"k\": \"0\",\t\nyes\"k\": \"1\",\t\n  \"k\": \"1\",\t\nyes\"k\": \"2\",\t\n  \"k\": \"2\",\t\nyes\t        text 0 {}\n  \t   x\n  \t\"k\": \"\",\n  text 1 {}\n    text 2 {}\n  \"k\": \"\",\t\n    \"k\": \"\",  \n  \t\t x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#set($s0 = $v0)\n\t#foreach($v1 in [0..2])\ntext $v1 {}\n    #* c *# x\n    #if($v1 > 1)\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #end\n    #elseif($v1 == 1)\n    ## note\n  text $v2 {}\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n\t#else\n\"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n\ttext $v3 {}\n#set($s3 = $v3)\n\t#end\n    #else\n    text $v2 {}\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n## note\n    #end\n    #end\ntext $v1 {}\n\t#end\n\t#set($s0 = $v0)\n",
"o": "\ttext 0 {}\n     x\n        text  {}\n                    text 0 {}\n\ttext 1 {}\n     x\n          text  {}\n\t\"k\": \"\",\t\n  \ttext  {}\n\t    text 1 {}\n\ttext 2 {}\n     x\n                        text 2 {}\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#if($v0 > 1)\n    #* c *# x\n#if($v1 > 1)\n#* c *# x\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\n    ## note\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n  ## note\n  #else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n    #if($v2)yes#{else}no#end\n    ## note\n#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n#else\n#* c *# x\n  text $v2 {}\n#end\n  #set($s1 = $v1)\n#set($s1 = $v1)\n\t#elseif($v0 == 1)\n  #foreach($v2 in [0..2])\n\t## note\n  #end\n## note\n  #if($v1 > 1)\n    #if($v2 > 1)\n\ttext $v3 {}\n    #elseif($v2 == 1)\n\t## note\n\t#set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n    #end\n  #elseif($v1 == 1)\n\t#set($s2 = $v2)\n    ## note\n\t#if($v2 > 1)\ntext $v3 {}\ntext $v3 {}\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\ntext $v3 {}\n    text $v3 {}\n\t#end\n    #foreach($v3 in [0..2])\n\t## note\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #end\n  #else\n\t#if($v2)yes#{else}no#end\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #else\n\t#if($v3)yes#{else}no#end\n  text $v3 {}\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",\n    #end\n  #end\n\t#else\n    #if($v1 > 1)\n\t#* c *# x\n\ttext $v2 {}\n    #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n#if($v2 > 1)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#end\n\t#* c *# x\n    #else\n\t#set($s2 = $v2)\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t## note\n    #end\n    #end\n\t\"k\": \"$!v1\",\n\t#end\n#if($v0)yes#{else}no#end\n",
"o": "\t        \t    \t    \t        \t\"k\": \"\",\n\tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #if($v0 > 1)\n#if($v1 > 1)\n    ## note\n#if($v2 > 1)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n#else\n  #if($v3)yes#{else}no#end\n## note\n  #set($s3 = $v3)\n## note\n#end\n    #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n#elseif($v1 == 1)\n  \"k\": \"$!v2\",\n  #foreach($v3 in [0..2])\n\t#* c *# x\n  #set($s3 = $v3)\n  #end\n\t#set($s2 = $v2)\n#else\n  text $v2 {}\n\t#if($v2)yes#{else}no#end\n#* c *# x\n\t#if($v2 > 1)\n    ## note\n\"k\": \"$!v3\",\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n  \"k\": \"$!v3\",  \n\t#else\n\t#set($s3 = $v3)\n\t#end\n#end\n    #elseif($v0 == 1)\n#foreach($v2 in [0..2])\n\t## note\n#* c *# x\n#end\n  #if($v1)yes#{else}no#end\n    #else\n#* c *# x\n    text $v1 {}\n    #end\ntext $v0 {}\ntext $v0 {}\n  #set($s0 = $v0)\n",
"o": "     x\n    text  {}\n    text 0 {}\ntext 0 {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #foreach($v1 in [0..2])\n#if($v1 > 1)\n  #if($v2 > 1)\n    #set($s3 = $v3)\n  text $v3 {}\n\ttext $v3 {}\n  #elseif($v2 == 1)\n  \"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n## note\n  #end\n#elseif($v1 == 1)\n    #if($v2 > 1)\n\"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n\ttext $v3 {}\n    #else\n\ttext $v3 {}\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n    #end\n\t#if($v2)yes#{else}no#end\n    #if($v2)yes#{else}no#end\n#set($s2 = $v2)\n#else\n  #* c *# x\n#if($v2)yes#{else}no#end\n#end\n\"k\": \"$!v1\",\n    #set($s1 = $v1)\n  #end\n\t#foreach($v1 in [0..2])\n#foreach($v2 in [0..2])\n    #* c *# x\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n  #* c *# x\n\t#else\n\t#if($v3)yes#{else}no#end\n\t#end\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n## note\n\t#set($s3 = $v3)\n\t#else\n  #if($v3)yes#{else}no#end\n\t#end\n#end\n#foreach($v2 in [0..2])\n    #set($s2 = $v2)\n  #if($v2 > 1)\n    \"k\": \"$!v3\",  \n#set($s3 = $v3)\n  #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\"k\": \"$!v3\",\n  #else\n    #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n## note\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n    ## note\n  #set($s3 = $v3)\n  #end\n#end\n\t#end\ntext $v0 {}\n",
"o": "     x\nno\"k\": \"0\",\n          \ttext  {}\n    \tno    \tno    no\"k\": \"1\",\n          \"k\": \"2\",\n      \t     x\n\t\tno\t\t  no\t     x\n\t   x\n\t\t\t     x\n\t\t\t\tno\t      no                        \"k\": \"\",\n                            \"k\": \"\",  \n                      \t     x\n\t\tno\t\t  no\t     x\n\t   x\n\t\t\t     x\n\t\t\t\tno\t      no                        \"k\": \"\",\n                            \"k\": \"\",  \n                      \t     x\n\t\tno\t\t  no\t     x\n\t   x\n\t\t\t     x\n\t\t\t\tno\t      no                        \"k\": \"\",\n                            \"k\": \"\",  \n                      \ttext 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n## note\n  #if($v0 > 1)\n## note\n  #elseif($v0 == 1)\ntext $v1 {}\n  #else\n    text $v1 {}\n  #foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n  #end\n    #* c *# x\n#set($s1 = $v1)\n  #end\n",
"o": "  text  {}\n  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#* c *# x\n\t#if($v0)yes#{else}no#end\n\t#if($v0 > 1)\n#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n\t#if($v2 > 1)\n    \"k\": \"$!v3\",  \n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #* c *# x\n\t## note\n#set($s3 = $v3)\n\t#else\n    #if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n  text $v3 {}\n\t#end\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\n    ## note\n    #set($s3 = $v3)\n#end\n    #if($v2 > 1)\ntext $v3 {}\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n#if($v3)yes#{else}no#end\n    text $v3 {}\n    #end\n  ## note\n  #set($s2 = $v2)\n#else\n## note\n#end\n\t#elseif($v0 == 1)\n\t#set($s1 = $v1)\n  ## note\n  #if($v1)yes#{else}no#end\n\t#if($v1 > 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n  text $v3 {}\n    \"k\": \"$!v3\",  \ntext $v3 {}\n    #else\n\ttext $v3 {}\n    #end\n\t#if($v2)yes#{else}no#end\n  #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #* c *# x\n  #else\n#set($s3 = $v3)\n  #end\n  #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\n  #end\n\t#elseif($v1 == 1)\n    text $v2 {}\n\t#else\n    #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n\t#end\n\t#else\n\t#set($s1 = $v1)\n\t## note\n\"k\": \"$!v1\",\t\n\t#end\n\t#if($v0 > 1)\n  #if($v1)yes#{else}no#end\n\t#elseif($v0 == 1)\n  #if($v1 > 1)\n## note\n  #elseif($v1 == 1)\n  #if($v2 > 1)\n  \"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\ttext $v3 {}\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",  \n  #else\n    #set($s3 = $v3)\n  #end\n  #else\n    text $v2 {}\ntext $v2 {}\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n  #else\n\t#set($s3 = $v3)\n  #end\n  #end\n  #if($v1 > 1)\n\t#* c *# x\n  #elseif($v1 == 1)\n#set($s2 = $v2)\n#if($v2 > 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n#elseif($v2 == 1)\n  #* c *# x\n  #* c *# x\n#set($s3 = $v3)\n#else\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#end\n  ## note\n\t## note\n  #else\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    text $v3 {}\n## note\n#set($s3 = $v3)\n  #end\n    ## note\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  ## note\n  #end\n  #end\n\t#else\n  text $v1 {}\n## note\n    ## note\n\t#end\n",
"o": " x\n\tyes\t    no\t    no\t\t\t      text  {}\ntext  {}\n              text 0 {}\n      text 1 {}\n      text 2 {}\n        yes    yes    yes      \t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#if($v0)yes#{else}no#end\n    #set($s0 = $v0)\n  #if($v0 > 1)\n\t#* c *# x\n\t\"k\": \"$!v1\",  \n  #elseif($v0 == 1)\n  ## note\n  #foreach($v2 in [0..2])\ntext $v2 {}\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\ttext $v3 {}\n  #elseif($v2 == 1)\n\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\n  #else\n  ## note\n  #end\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    ## note\n  #set($s3 = $v3)\ntext $v3 {}\n    #end\n  text $v2 {}\n  #end\n\t## note\n\t#if($v1 > 1)\n    ## note\n  #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n  #if($v2 > 1)\n    #set($s3 = $v3)\ntext $v3 {}\n  #elseif($v2 == 1)\n\t#if($v3)yes#{else}no#end\n  #else\n\t\"k\": \"$!v3\",  \n  text $v3 {}\n  \"k\": \"$!v3\",\n#set($s3 = $v3)\n  #end\n\t#elseif($v1 == 1)\n    #foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\n    #end\n\t#else\n  text $v2 {}\n\ttext $v2 {}\n\t#end\n  #else\n    #set($s1 = $v1)\n  #end\n",
"o": "\tyes      text 0 {}\n              text 0 {}\n        text 1 {}\n        text 2 {}\n      text 0 {}\n  text 1 {}\n  \"k\": \"\",  \n\t\t\"k\": \"\",\n          text 0 {}\n        text 1 {}\n        text 2 {}\n      text 1 {}\n  text 2 {}\n  \ttext  {}\n          text 0 {}\n        text 1 {}\n        text 2 {}\n      text 2 {}\n  \t\t  text  {}\n\ttext  {}\n\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\"k\": \"$!v0\",\t\ntext $v0 {}\n    text $v0 {}\n#set($s0 = $v0)\n",
"o": "\"k\": \"2\",\t\ntext 2 {}\n    text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0)yes#{else}no#end\ntext $v0 {}\n\t#if($v0 > 1)\n    #if($v1)yes#{else}no#end\n    #foreach($v2 in [0..2])\n  #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n#set($s3 = $v3)\n    \"k\": \"$!v3\",\t\n\t#* c *# x\n  #elseif($v2 == 1)\ntext $v3 {}\n\t#set($s3 = $v3)\n  #else\n    text $v3 {}\n  #set($s3 = $v3)\n    text $v3 {}\n  #end\n  #foreach($v3 in [0..2])\n  text $v3 {}\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #end\n  #foreach($v3 in [0..2])\n    text $v3 {}\n\t#if($v3)yes#{else}no#end\n  #end\n    #end\n\t#foreach($v2 in [0..2])\n  #* c *# x\n#if($v2 > 1)\n  #* c *# x\n#elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n#set($s3 = $v3)\n    text $v3 {}\n    #set($s3 = $v3)\n#else\n\t\"k\": \"$!v3\",  \n  ## note\n\t#if($v3)yes#{else}no#end\n#end\n  #foreach($v3 in [0..2])\n    \"k\": \"$!v3\",\t\n  #end\n\t#end\n\t#elseif($v0 == 1)\n#set($s1 = $v1)\n    #if($v1 > 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t\"k\": \"$!v3\",  \n    #set($s3 = $v3)\n    text $v3 {}\n    #else\n  ## note\n#set($s3 = $v3)\n    \"k\": \"$!v3\",  \n#if($v3)yes#{else}no#end\n    #end\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  \"k\": \"$!v3\",\t\n#set($s3 = $v3)\n  ## note\n  #end\n    text $v2 {}\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    text $v3 {}\n\ttext $v3 {}\n  #end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n    \"k\": \"$!v3\",\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n\"k\": \"$!v3\",\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n    #set($s3 = $v3)\n    #end\n    #else\n## note\n    #end\n\t#else\n#set($s1 = $v1)\n\t#end\n  ## note\n",
"o": "yestext 2 {}\n\t    no          text  {}\n      text  {}\n      text 0 {}\n        text 1 {}\n        text 2 {}\n            text 0 {}\n\tyes      text 1 {}\n\tyes      text 2 {}\n\tyes        text  {}\n\t      text 0 {}\n        text 1 {}\n        text 2 {}\n            text 0 {}\n\tyes      text 1 {}\n\tyes      text 2 {}\n\tyes            no    \"k\": \"\",\t\n\t x\n      text 0 {}\n        text 1 {}\n        text 2 {}\n            text 0 {}\n\tyes      text 1 {}\n\tyes      text 2 {}\n\tyes      \t   x\n\t\"k\": \"\",  \n  \tno      \"k\": \"0\",\t\n      \"k\": \"1\",\t\n      \"k\": \"2\",\t\n  \t   x\n\t\"k\": \"\",  \n    text  {}\n          \"k\": \"0\",\t\n      \"k\": \"1\",\t\n      \"k\": \"2\",\t\n  \t   x\n   x\n      \"k\": \"0\",\t\n      \"k\": \"1\",\t\n      \"k\": \"2\",\t\n  \t\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #* c *# x\n#if($v0)yes#{else}no#end\n\t#set($s0 = $v0)\n",
"o": "     x\nyes"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t\"k\": \"$!v0\",\n    #set($s0 = $v0)\n",
"o": "\t\"k\": \"1\",\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n#if($v0 > 1)\n    #if($v1 > 1)\n## note\n    #if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    text $v3 {}\n    \"k\": \"$!v3\",  \n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #else\n  ## note\n    #end\n#* c *# x\n#if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n  ## note\n#if($v2)yes#{else}no#end\n    #set($s2 = $v2)\n    #else\n\t#if($v2 > 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n\t#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\t\n\t#else\n\t#* c *# x\n  #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#end\n\t#set($s2 = $v2)\n\t#* c *# x\n    #end\n#set($s1 = $v1)\n\t## note\n#elseif($v0 == 1)\n\"k\": \"$!v1\",\t\n    #foreach($v2 in [0..2])\n  text $v2 {}\n    #end\n  #if($v1 > 1)\n  #set($s2 = $v2)\ntext $v2 {}\n#set($s2 = $v2)\n  #elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\t\n#end\n  #else\n## note\n    text $v2 {}\n\t#set($s2 = $v2)\n  #set($s2 = $v2)\n  #end\n#else\n  #if($v1 > 1)\n    text $v2 {}\n#set($s2 = $v2)\n  #elseif($v1 == 1)\n\t#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\"k\": \"$!v3\",\t\n    #set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n\t#end\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\n\t## note\n#end\n  ## note\n  #else\n## note\n  #end\n\t#set($s1 = $v1)\n\ttext $v1 {}\n\t#set($s1 = $v1)\n#end\n#if($v0 > 1)\n    #foreach($v2 in [0..2])\n  \"k\": \"$!v2\",\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\t#if($v3)yes#{else}no#end\n\t#else\n    ## note\n\t#end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #* c *# x\n\t#* c *# x\n    #else\n  #set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n    #end\n    #set($s1 = $v1)\n#elseif($v0 == 1)\n    ## note\n    \"k\": \"$!v1\",\n  #foreach($v2 in [0..2])\n\t#foreach($v3 in [0..2])\n  ## note\n    \"k\": \"$!v3\",\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n  #end\n  #foreach($v2 in [0..2])\n#foreach($v3 in [0..2])\n    text $v3 {}\n#end\n    #set($s2 = $v2)\n  #end\n#else\n\t#* c *# x\n    #set($s1 = $v1)\n#end\n\t#if($v0 > 1)\n    #* c *# x\n    text $v1 {}\n  #set($s1 = $v1)\n\ttext $v1 {}\n\t#elseif($v0 == 1)\n    #foreach($v2 in [0..2])\n    text $v2 {}\n\t#foreach($v3 in [0..2])\n\ttext $v3 {}\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  \"k\": \"$!v3\",\n\t#end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  text $v3 {}\n  #end\n  #set($s2 = $v2)\n    #end\n#foreach($v2 in [0..2])\n\t#* c *# x\n#end\n    #if($v1 > 1)\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n    text $v3 {}\n    #else\n\t\"k\": \"$!v3\",\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n    #end\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n#end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n    #* c *# x\n    #end\n    text $v2 {}\n    #elseif($v1 == 1)\n\ttext $v2 {}\n\ttext $v2 {}\n    #else\n#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n\t## note\n\"k\": \"$!v3\",  \n## note\n  ## note\n#else\n    #set($s3 = $v3)\n#end\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  #if($v3)yes#{else}no#end\n#end\n    #end\n\t#else\n    #foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n  #* c *# x\n    #end\n  text $v1 {}\ntext $v1 {}\n\t#end\ntext $v0 {}\n",
"o": "\"k\": \"\",\t\n      text 0 {}\n      text 1 {}\n      text 2 {}\n          text  {}\n\t          \"k\": \"\",\n  \t      \"k\": \"0\",\n    \t      \"k\": \"1\",\n    \t      \"k\": \"2\",\n    \t  \t      \"k\": \"0\",\n    \t      \"k\": \"1\",\n    \t      \"k\": \"2\",\n    \t  \t      \"k\": \"0\",\n    \t      \"k\": \"1\",\n    \t      \"k\": \"2\",\n    \t        text 0 {}\n    text 1 {}\n    text 2 {}\n      text 0 {}\n    text 1 {}\n    text 2 {}\n      text 0 {}\n    text 1 {}\n    text 2 {}\n  \t        text 0 {}\n\t\ttext 0 {}\n    \"k\": \"0\",\n\t\ttext 1 {}\n    \"k\": \"1\",\n\t\ttext 2 {}\n    \"k\": \"2\",\n\t  no  text  {}\n          text 1 {}\n\t\ttext 0 {}\n    \"k\": \"0\",\n\t\ttext 1 {}\n    \"k\": \"1\",\n\t\ttext 2 {}\n    \"k\": \"2\",\n\t            text 2 {}\n\t\ttext 0 {}\n    \"k\": \"0\",\n\t\ttext 1 {}\n    \"k\": \"1\",\n\t\ttext 2 {}\n    \"k\": \"2\",\n\t      \"k\": \"\",\n      \t x\n\t x\n\t x\n    \t\"k\": \"0\",\t\n  yes\t\"k\": \"1\",\t\n  yes\t\"k\": \"2\",\t\n  yes    \ttext 1 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0 > 1)\n    #* c *# x\n  #if($v1)yes#{else}no#end\n\t#elseif($v0 == 1)\n\t#set($s1 = $v1)\n\t#else\n\"k\": \"$!v1\",  \n#if($v1 > 1)\n\t#set($s2 = $v2)\n#elseif($v1 == 1)\n\t\"k\": \"$!v2\",\t\n  #set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n#else\n    text $v2 {}\n  text $v2 {}\n\t#if($v2 > 1)\n## note\ntext $v3 {}\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",\n\t#else\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n#end\n  text $v1 {}\n    text $v1 {}\n\t#end\n\t## note\n\ttext $v0 {}\n\t#if($v0 > 1)\n\"k\": \"$!v1\",\t\n\t#set($s1 = $v1)\n    text $v1 {}\n    #if($v1 > 1)\n#set($s2 = $v2)\n    #elseif($v1 == 1)\n    #* c *# x\n    #if($v2 > 1)\n    \"k\": \"$!v3\",\t\n\ttext $v3 {}\n  #set($s3 = $v3)\n    ## note\n    #elseif($v2 == 1)\n  text $v3 {}\n\t\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n    #else\n## note\ntext $v3 {}\n#set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n    #else\n  #if($v2)yes#{else}no#end\n\t#if($v2)yes#{else}no#end\ntext $v2 {}\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    \"k\": \"$!v3\",  \ntext $v3 {}\n\t#elseif($v2 == 1)\n  text $v3 {}\n    text $v3 {}\n  \"k\": \"$!v3\",\t\n\t#else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n    #end\n\t#elseif($v0 == 1)\n#foreach($v2 in [0..2])\n    #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n#end\n\t#else\n\t#set($s1 = $v1)\n\t#set($s1 = $v1)\n    text $v1 {}\n#* c *# x\n\t#end\n",
"o": "\t     x\n  no\t\t\ttext 2 {}\n\t\"k\": \"\",\t\n\t    text  {}\n      no\tnotext  {}\n\t\t    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0 > 1)\n    #if($v1)yes#{else}no#end\n    #* c *# x\n#elseif($v0 == 1)\n\t#set($s1 = $v1)\n  #foreach($v2 in [0..2])\n    #if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n\t## note\n  #set($s3 = $v3)\n    #end\n  ## note\n  #set($s2 = $v2)\n  text $v2 {}\n  #end\ntext $v1 {}\n    #if($v1 > 1)\n#if($v2 > 1)\n\t## note\n#elseif($v2 == 1)\n    #* c *# x\n\t#set($s3 = $v3)\n#else\n  #if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n#end\n    #set($s2 = $v2)\n    #elseif($v1 == 1)\n\t## note\n    #else\n\t#set($s2 = $v2)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t\"k\": \"$!v3\",\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\ntext $v3 {}\n    #else\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n\ttext $v2 {}\n  #set($s2 = $v2)\n    #end\n#else\n  #foreach($v2 in [0..2])\n\t## note\n  #end\n#end\n    ## note\n\t#foreach($v1 in [0..2])\n\t#foreach($v2 in [0..2])\n\t#if($v2)yes#{else}no#end\n    #if($v2)yes#{else}no#end\n\t#end\n  \"k\": \"$!v1\",\n    #set($s1 = $v1)\n    #set($s1 = $v1)\n\t#end\n",
"o": "    no     x\n    \t\t\tyes    yes\t\tyes    yes\t\tyes    yes\t  \"k\": \"0\",\n    \t\t\tyes    yes\t\tyes    yes\t\tyes    yes\t  \"k\": \"1\",\n    \t\t\tyes    yes\t\tyes    yes\t\tyes    yes\t  \"k\": \"2\",\n    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#* c *# x\n  #set($s0 = $v0)\n    #if($v0 > 1)\n\t#set($s1 = $v1)\n    #elseif($v0 == 1)\n  ## note\n  #if($v1 > 1)\n    ## note\n  #elseif($v1 == 1)\ntext $v2 {}\n#set($s2 = $v2)\n    #if($v2 > 1)\n  text $v3 {}\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n    #* c *# x\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n## note\n    #else\n## note\n    #end\n  #else\n## note\n  #end\n    #else\n  #set($s1 = $v1)\n  ## note\n    #end\n#foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n\t#* c *# x\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #elseif($v2 == 1)\n    text $v3 {}\n  text $v3 {}\n  #else\n  #if($v3)yes#{else}no#end\n## note\n  #set($s3 = $v3)\n  #end\n    #end\n#end\n",
"o": "\t x\n              \t x\n    no      \t x\n      text  {}\n  text  {}\n      \t x\n            \t x\n    no      \t x\n      text  {}\n  text  {}\n      \t x\n            \t x\n    no      \t x\n      text  {}\n  text  {}\n      \t x\n        "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t#if($v0 > 1)\n  text $v1 {}\n  ## note\n    #foreach($v2 in [0..2])\n  #* c *# x\n    #end\n\t#elseif($v0 == 1)\n  #if($v1 > 1)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  \"k\": \"$!v3\",\n  #else\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n    ## note\n  #end\n  #elseif($v1 == 1)\n    text $v2 {}\n  #foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#* c *# x\n  text $v3 {}\n\"k\": \"$!v3\",\n  #end\n\t#if($v2 > 1)\n\ttext $v3 {}\n\t#elseif($v2 == 1)\n#set($s3 = $v3)\n#* c *# x\n    #if($v3)yes#{else}no#end\n\t#else\n\t#set($s3 = $v3)\n    \"k\": \"$!v3\",\n\t#* c *# x\n\t#if($v3)yes#{else}no#end\n\t#end\n  #else\n  ## note\n  #end\n\t#else\n  text $v1 {}\n    #set($s1 = $v1)\n\t#set($s1 = $v1)\n\t#end\n    ## note\n",
"o": "\t  text  {}\n         x\n       x\n       x\n    \t    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#foreach($v1 in [0..2])\n    #foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n  text $v2 {}\n  ## note\ntext $v2 {}\n    #end\n    #foreach($v2 in [0..2])\n    ## note\n    text $v2 {}\n  #foreach($v3 in [0..2])\n  ## note\n\ttext $v3 {}\ntext $v3 {}\n  #end\n    ## note\n    #end\n  #set($s1 = $v1)\n#set($s1 = $v1)\n#end\n    #if($v0 > 1)\n    #set($s1 = $v1)\n  #foreach($v2 in [0..2])\n  #set($s2 = $v2)\n  ## note\n    ## note\n  #end\n  \"k\": \"$!v1\",  \n    #elseif($v0 == 1)\n    #set($s1 = $v1)\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\ntext $v3 {}\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#else\n  \"k\": \"$!v3\",  \n#set($s3 = $v3)\n\t#end\n\t#elseif($v1 == 1)\n\t\"k\": \"$!v2\",\n\t#else\n#* c *# x\n    #* c *# x\n#foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n\t#end\n    #else\n#if($v1 > 1)\n\t#if($v2 > 1)\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n\t#end\n#if($v2 > 1)\n\t#* c *# x\n    \"k\": \"$!v3\",  \n#set($s3 = $v3)\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n  \"k\": \"$!v3\",\t\n#else\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n  text $v3 {}\n    #set($s3 = $v3)\n#end\n#elseif($v1 == 1)\n#if($v2)yes#{else}no#end\n  text $v2 {}\n    \"k\": \"$!v2\",\t\n#else\n    text $v2 {}\n  #set($s2 = $v2)\n#end\n\t#foreach($v2 in [0..2])\n#if($v2 > 1)\n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    text $v3 {}\n\t## note\n#else\n    #set($s3 = $v3)\n    ## note\n#end\n\t#if($v2 > 1)\n  ## note\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#elseif($v2 == 1)\ntext $v3 {}\n\t#else\n\"k\": \"$!v3\",\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n\t#end\n\t#if($v1 > 1)\n  #if($v2)yes#{else}no#end\n  text $v2 {}\n    #set($s2 = $v2)\n    #set($s2 = $v2)\n\t#elseif($v1 == 1)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n  text $v3 {}\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #else\n  ## note\n    #if($v3)yes#{else}no#end\n\ttext $v3 {}\n    #end\n\t#else\n\t#set($s2 = $v2)\n\t#end\n\t#if($v1 > 1)\n\t#if($v2 > 1)\n#* c *# x\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t## note\n#set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#end\n\t#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #end\n\t#else\n    \"k\": \"$!v2\",\n\t#end\n    #end\n  #set($s0 = $v0)\n## note\n",
"o": "        yes  text 0 {}\n  text 0 {}\n        yes  text 1 {}\n  text 1 {}\n        yes  text 2 {}\n  text 2 {}\n                text 0 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 1 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 2 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  yes  text 0 {}\n  text 0 {}\n        yes  text 1 {}\n  text 1 {}\n        yes  text 2 {}\n  text 2 {}\n                text 0 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 1 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 2 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  yes  text 0 {}\n  text 0 {}\n        yes  text 1 {}\n  text 1 {}\n        yes  text 2 {}\n  text 2 {}\n                text 0 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 1 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text 2 {}\n    \ttext 0 {}\ntext 0 {}\n    \ttext 1 {}\ntext 1 {}\n    \ttext 2 {}\ntext 2 {}\n                  text  {}\n  \t    \t\"k\": \"\",\n\t\t\t    text  {}\n\t\ttext  {}\n\t\t\t  \t\t\t\t\t    \"k\": \"\",\n\t    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\t## note\n  #foreach($v1 in [0..2])\n## note\n  #end\n    #if($v0 > 1)\n\ttext $v1 {}\n  #foreach($v2 in [0..2])\n\t#if($v2 > 1)\n    text $v3 {}\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    text $v3 {}\n\t#else\n    #set($s3 = $v3)\n\t#end\n  #end\n    text $v1 {}\n    #elseif($v0 == 1)\n  #if($v1 > 1)\n\"k\": \"$!v2\",  \n  ## note\n    ## note\n    #if($v2 > 1)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n## note\n    #elseif($v2 == 1)\n  #* c *# x\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n  #elseif($v1 == 1)\n\t\"k\": \"$!v2\",\t\n  #foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n  #end\n  #else\n    ## note\n\t## note\n\t#set($s2 = $v2)\n    #if($v2)yes#{else}no#end\n  #end\n#if($v1)yes#{else}no#end\n#set($s1 = $v1)\n\t\"k\": \"$!v1\",\t\n    #else\n## note\n\t\"k\": \"$!v1\",\t\n    #end\n",
"o": "\t            \ttext  {}\n  \t\t  \t    text  {}\n\t  \t    text  {}\n\t\t      text  {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #set($s0 = $v0)\n",
"o": ""
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0)yes#{else}no#end\n    #set($s0 = $v0)\n    text $v0 {}\n#* c *# x\n",
"o": "  yes    text 2 {}\n x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #foreach($v1 in [0..2])\n#if($v1 > 1)\n  text $v2 {}\n#elseif($v1 == 1)\n#set($s2 = $v2)\n  #set($s2 = $v2)\n#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n#end\n#else\n#foreach($v3 in [0..2])\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\t#if($v2 > 1)\n    #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n\t## note\n    #if($v3)yes#{else}no#end\n\t#else\n    #set($s3 = $v3)\n\t#end\n\"k\": \"$!v2\",  \n#end\n\t#set($s1 = $v1)\n\t#foreach($v2 in [0..2])\n## note\n    #if($v2)yes#{else}no#end\n    \"k\": \"$!v2\",\t\n    #* c *# x\n\t#end\n#* c *# x\n    #end\n  #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n  #set($s1 = $v1)\n  ## note\n  #end\n#foreach($v1 in [0..2])\n    \"k\": \"$!v1\",\n#end\n#if($v0 > 1)\n#* c *# x\n#if($v1 > 1)\n  #if($v2 > 1)\n  text $v3 {}\n\t#if($v3)yes#{else}no#end\n    text $v3 {}\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n  text $v3 {}\n\t\"k\": \"$!v3\",\n  #else\n  \"k\": \"$!v3\",  \n\t\"k\": \"$!v3\",\t\n  #end\n#elseif($v1 == 1)\n    #if($v2 > 1)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    text $v3 {}\n\t#set($s3 = $v3)\n  text $v3 {}\n    #end\ntext $v2 {}\n  text $v2 {}\n#if($v2 > 1)\n\t#* c *# x\n#set($s3 = $v3)\n#elseif($v2 == 1)\n\t## note\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n#else\n  \"k\": \"$!v3\",\ntext $v3 {}\n#end\n#else\n  text $v2 {}\n#if($v2 > 1)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#else\n  #if($v3)yes#{else}no#end\n\t## note\n\t#set($s3 = $v3)\n#end\n#end\n    #foreach($v2 in [0..2])\n#set($s2 = $v2)\n    #end\n\ttext $v1 {}\n#elseif($v0 == 1)\n#* c *# x\n#else\n#foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n    #if($v3)yes#{else}no#end\n  #end\n  text $v2 {}\n#foreach($v3 in [0..2])\n    text $v3 {}\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n    #set($s2 = $v2)\n#end\n#end\n",
"o": "    \t\t\"k\": \"\",  \n\t    yes    \"k\": \"0\",\t\n     x\n\t    yes    \"k\": \"1\",\t\n     x\n\t    yes    \"k\": \"2\",\t\n     x\n\t x\n    \t    yes    \"k\": \"0\",\t\n     x\n\t    yes    \"k\": \"1\",\t\n     x\n\t    yes    \"k\": \"2\",\t\n     x\n\t x\n      text  {}\n\t    yes    \"k\": \"0\",\t\n     x\n\t    yes    \"k\": \"1\",\t\n     x\n\t    yes    \"k\": \"2\",\t\n     x\n\t x\n                      \"k\": \"0\",\n    \"k\": \"1\",\n    \"k\": \"2\",\n x\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  text $v0 {}\n",
"o": "  text 2 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n\t#* c *# x\n\t#* c *# x\n    #foreach($v1 in [0..2])\n\"k\": \"$!v1\",\n#if($v1 > 1)\n#if($v2 > 1)\n#set($s3 = $v3)\n    text $v3 {}\n\t#set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n\ttext $v3 {}\n    text $v3 {}\n#else\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#end\n#set($s2 = $v2)\n#elseif($v1 == 1)\n  #foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n  #end\n  #set($s2 = $v2)\n#else\n  #set($s2 = $v2)\n#* c *# x\n    text $v2 {}\n  #set($s2 = $v2)\n#end\n  #if($v1)yes#{else}no#end\n    #end\n",
"o": "\t x\n\t x\n    \"k\": \"0\",\n x\n    text  {}\n    yes    \"k\": \"1\",\n    yes    yes    yes    yes    \"k\": \"2\",\n  yes    "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    \"k\": \"$!v0\",\t\n#set($s0 = $v0)\n\t#if($v0 > 1)\n\t\"k\": \"$!v1\",\n\"k\": \"$!v1\",\n    #set($s1 = $v1)\n  #set($s1 = $v1)\n\t#elseif($v0 == 1)\n#foreach($v2 in [0..2])\n    #if($v2 > 1)\n    #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\ntext $v3 {}\n    #end\n#end\n\t#else\n\t#if($v1 > 1)\n\t#set($s2 = $v2)\n#set($s2 = $v2)\n    \"k\": \"$!v2\",\n\ttext $v2 {}\n\t#elseif($v1 == 1)\n    #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n  text $v3 {}\n  #set($s3 = $v3)\n    #end\n    ## note\n\t#else\n\t## note\n    #set($s2 = $v2)\n\t#end\n#set($s1 = $v1)\n\t#end\n",
"o": "    \"k\": \"1\",\t\n\t    text  {}\n                    no    \t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    text $v0 {}\n",
"o": "    text 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n#set($s0 = $v0)\n\t## note\n\t#foreach($v1 in [0..2])\n  #foreach($v2 in [0..2])\n    text $v2 {}\n  #* c *# x\n\"k\": \"$!v2\",\n\t\"k\": \"$!v2\",  \n  #end\n\t#end\n",
"o": "\t\t      text 0 {}\n   x\n\"k\": \"0\",\n\t\"k\": \"0\",  \n      text 1 {}\n   x\n\"k\": \"1\",\n\t\"k\": \"1\",  \n      text 2 {}\n   x\n\"k\": \"2\",\n\t\"k\": \"2\",  \n  \t      text 0 {}\n   x\n\"k\": \"0\",\n\t\"k\": \"0\",  \n      text 1 {}\n   x\n\"k\": \"1\",\n\t\"k\": \"1\",  \n      text 2 {}\n   x\n\"k\": \"2\",\n\t\"k\": \"2\",  \n  \t      text 0 {}\n   x\n\"k\": \"0\",\n\t\"k\": \"0\",  \n      text 1 {}\n   x\n\"k\": \"1\",\n\t\"k\": \"1\",  \n      text 2 {}\n   x\n\"k\": \"2\",\n\t\"k\": \"2\",  \n  \t"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #* c *# x\n    #foreach($v1 in [0..2])\n\t#if($v1)yes#{else}no#end\n    #end\n\ttext $v0 {}\n#foreach($v1 in [0..2])\n    #if($v1 > 1)\n  ## note\n    #if($v2)yes#{else}no#end\n    #elseif($v1 == 1)\n\t#if($v2 > 1)\ntext $v3 {}\n\t#elseif($v2 == 1)\n  \"k\": \"$!v3\",\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n\"k\": \"$!v3\",\n\t#else\ntext $v3 {}\n\t#end\n## note\n    #else\n    #if($v2)yes#{else}no#end\n\t#set($s2 = $v2)\n\ttext $v2 {}\n  \"k\": \"$!v2\",\t\n    #end\n## note\n#end\n",
"o": "     x\n    \tyes    \tyes    \tyes    \ttext 1 {}\n        no\ttext  {}\n  \"k\": \"\",\t\n        \ttext  {}\n\t              no    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t#foreach($v1 in [0..2])\n  #set($s1 = $v1)\n\t#end\n#set($s0 = $v0)\n    #if($v0)yes#{else}no#end\n    #if($v0 > 1)\n#if($v1 > 1)\n  ## note\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n\t## note\n\ttext $v3 {}\n    #else\n    #if($v3)yes#{else}no#end\ntext $v3 {}\n    #set($s3 = $v3)\n    text $v3 {}\n    #end\n#elseif($v1 == 1)\n\t#if($v2)yes#{else}no#end\n#else\n    \"k\": \"$!v2\",\n    #foreach($v3 in [0..2])\n  text $v3 {}\n    #end\n#end\n    text $v1 {}\n    #elseif($v0 == 1)\n\t#if($v1 > 1)\n  #foreach($v3 in [0..2])\n  #if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n  #end\n  #set($s2 = $v2)\n    ## note\n\t#elseif($v1 == 1)\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n  ## note\n  #else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n  #foreach($v3 in [0..2])\n    #set($s3 = $v3)\n  #end\n    #if($v2 > 1)\n#if($v3)yes#{else}no#end\n  ## note\n#set($s3 = $v3)\ntext $v3 {}\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #end\n\t#else\n  #if($v2 > 1)\n#* c *# x\n    text $v3 {}\n  #elseif($v2 == 1)\n\t## note\n#set($s3 = $v3)\n  #else\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n  #end\n## note\n\t#end\n\ttext $v1 {}\n    #else\n\t#set($s1 = $v1)\n    #end\n",
"o": "\t\t\t\t    yes        "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    ## note\n  text $v0 {}\n\t#foreach($v1 in [0..2])\n\ttext $v1 {}\n#if($v1)yes#{else}no#end\n  text $v1 {}\n\t#end\n    \"k\": \"$!v0\",\n",
"o": "      text 2 {}\n\t\ttext 0 {}\nyes  text 0 {}\n\t\ttext 1 {}\nyes  text 1 {}\n\t\ttext 2 {}\nyes  text 2 {}\n\t    \"k\": \"2\",\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n#* c *# x\n  #end\n#* c *# x\n  #if($v0)yes#{else}no#end\n  #foreach($v1 in [0..2])\n#foreach($v2 in [0..2])\n    #if($v2)yes#{else}no#end\n#end\n    #if($v1 > 1)\n  #set($s2 = $v2)\n    #elseif($v1 == 1)\n  #if($v2 > 1)\n    \"k\": \"$!v3\",\n\t## note\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  #else\n#set($s3 = $v3)\n  #end\n\t\"k\": \"$!v2\",\n\t#if($v2 > 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t## note\n\t#elseif($v2 == 1)\ntext $v3 {}\n\t#else\n\t#set($s3 = $v3)\n\ttext $v3 {}\n\t#end\n    #else\ntext $v2 {}\n  text $v2 {}\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    \"k\": \"$!v3\",  \n#* c *# x\n    #end\n    #end\n  #end\n",
"o": "   x\n   x\n   x\n   x\n  yes      yes    yes    yes    text  {}\n  text  {}\n        \"k\": \"0\",  \n x\n        \"k\": \"1\",  \n x\n        \"k\": \"2\",  \n x\n              yes    yes    yes        \t\"k\": \"\",\n\t\ttext  {}\n\t          yes    yes    yes          "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    #if($v0)yes#{else}no#end\n\t#if($v0 > 1)\n  #if($v1 > 1)\n    ## note\n  #elseif($v1 == 1)\n    text $v2 {}\n\t## note\n  #else\n## note\n    text $v2 {}\n  #end\n## note\n#if($v1 > 1)\n#if($v2)yes#{else}no#end\n#elseif($v1 == 1)\n#foreach($v3 in [0..2])\n\t#* c *# x\n  #set($s3 = $v3)\ntext $v3 {}\n  #set($s3 = $v3)\n#end\n\t## note\n    #if($v2 > 1)\n  \"k\": \"$!v3\",\t\n    #elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #else\n  #set($s3 = $v3)\n    text $v3 {}\ntext $v3 {}\n\t#set($s3 = $v3)\n    #end\n\t#foreach($v3 in [0..2])\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#end\n#else\n  #if($v2)yes#{else}no#end\n#end\n\t#elseif($v0 == 1)\n    #foreach($v2 in [0..2])\n\t#set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\t#if($v3)yes#{else}no#end\n    #end\n  #if($v2 > 1)\n  #set($s3 = $v3)\n  #* c *# x\n\t#if($v3)yes#{else}no#end\n  text $v3 {}\n  #elseif($v2 == 1)\n    #set($s3 = $v3)\n  text $v3 {}\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n  #else\n\t\"k\": \"$!v3\",\n  #set($s3 = $v3)\n  text $v3 {}\n    #set($s3 = $v3)\n  #end\n#set($s2 = $v2)\n    #end\n  #if($v1 > 1)\n#set($s2 = $v2)\n    #foreach($v3 in [0..2])\n\"k\": \"$!v3\",\t\n    #end\n    \"k\": \"$!v2\",\t\n  #elseif($v1 == 1)\n    #if($v2)yes#{else}no#end\n    #if($v2 > 1)\n\t\"k\": \"$!v3\",\n    #if($v3)yes#{else}no#end\n    #elseif($v2 == 1)\n\"k\": \"$!v3\",  \ntext $v3 {}\n    #else\n\"k\": \"$!v3\",\n    #end\n  #else\n    text $v2 {}\n  #* c *# x\n    text $v2 {}\n  #set($s2 = $v2)\n  #end\n\t#if($v1 > 1)\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n    ## note\n\t#set($s3 = $v3)\n\t#end\n\t#elseif($v1 == 1)\n\t#if($v2 > 1)\n#set($s3 = $v3)\n\t#elseif($v2 == 1)\n  ## note\n\t#set($s3 = $v3)\n\t#else\n\t#set($s3 = $v3)\n  text $v3 {}\n  text $v3 {}\n\t#end\n\t#* c *# x\n    text $v2 {}\n  #set($s2 = $v2)\n\t#else\n  ## note\n\"k\": \"$!v2\",\t\n  text $v2 {}\n\t#end\n  \"k\": \"$!v1\",  \n\t#else\n\t#set($s1 = $v1)\n  \"k\": \"$!v1\",\t\n\t## note\n    text $v1 {}\n\t#end\n\"k\": \"$!v0\",\n\t#set($s0 = $v0)\n",
"o": "    yes\t        \tyes    \tyes    \tyes      \t\"k\": \"\",\n    text  {}\n              \tyes    \tyes    \tyes        text  {}\nno          \tyes    \tyes    \tyes         x\n\tno  text  {}\n            text  {}\n   x\n    text  {}\n    \t  \"k\": \"\",\t\n  text  {}\n\t  \"k\": \"\",  \n\t\"k\": \"1\",\n\t"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  #* c *# x\n  ## note\n\t#if($v0)yes#{else}no#end\n",
"o": "   x\n  \tyes"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\"k\": \"$!v0\",\t\n",
"o": "\"k\": \"0\",\t\n"
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n#if($v0 > 1)\n\t#* c *# x\n#if($v1 > 1)\n  #foreach($v3 in [0..2])\n    ## note\n  #set($s3 = $v3)\ntext $v3 {}\n  #end\n#* c *# x\n#elseif($v1 == 1)\n\ttext $v2 {}\n\t#if($v2 > 1)\n    #if($v3)yes#{else}no#end\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n\"k\": \"$!v3\",  \n    #if($v3)yes#{else}no#end\n\t#end\n    #set($s2 = $v2)\n\t#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\t#end\n#else\n  #if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n  #elseif($v2 == 1)\n\t\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n\t#set($s3 = $v3)\n  #* c *# x\n\t#if($v3)yes#{else}no#end\n## note\n  #end\n    #if($v2 > 1)\n    text $v3 {}\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n    ## note\n    #else\n    #set($s3 = $v3)\n\t#* c *# x\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n    #end\n#if($v2 > 1)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n#else\n  #set($s3 = $v3)\n    text $v3 {}\n#end\n#end\n#elseif($v0 == 1)\n#if($v1 > 1)\n  \"k\": \"$!v2\",\n\t#* c *# x\ntext $v2 {}\n\"k\": \"$!v2\",  \n#elseif($v1 == 1)\n    #* c *# x\n#if($v2 > 1)\n\t\"k\": \"$!v3\",\n\ttext $v3 {}\n    #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n## note\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#else\n    text $v3 {}\n#end\n#if($v2)yes#{else}no#end\n#else\n    text $v2 {}\n#end\n#foreach($v2 in [0..2])\n    #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n    #end\n\t#set($s2 = $v2)\n\t#if($v2 > 1)\n\ttext $v3 {}\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n\t#else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n    text $v3 {}\n  #set($s3 = $v3)\n\t#end\n    text $v2 {}\n#end\n  #if($v1)yes#{else}no#end\n#* c *# x\n#else\n## note\n  #foreach($v2 in [0..2])\n\t## note\n#if($v2 > 1)\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n\ttext $v3 {}\n#elseif($v2 == 1)\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#else\n    #set($s3 = $v3)\n#set($s3 = $v3)\n  #set($s3 = $v3)\n#* c *# x\n#end\n    #set($s2 = $v2)\n  #end\n#end\n\t#set($s0 = $v0)\n",
"o": "\t x\n     x\n\tno      \t x\n          text  {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n  \"k\": \"$!v0\",  \ntext $v0 {}\n",
"o": "  \"k\": \"0\",  \ntext 0 {}\n"
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n    #set($s0 = $v0)\n    ## note\n",
"o": "    "
},
{
"g": "ws2",
"t": "#set($v0 = 0)\n\t\"k\": \"$!v0\",\n\t#set($s0 = $v0)\n\t#foreach($v1 in [0..2])\n  ## note\n\t#set($s1 = $v1)\n#if($v1)yes#{else}no#end\n#if($v1 > 1)\n    #if($v2 > 1)\n\ttext $v3 {}\n  #set($s3 = $v3)\n    #elseif($v2 == 1)\n  ## note\n#if($v3)yes#{else}no#end\n\t\"k\": \"$!v3\",\n    #else\n\t\"k\": \"$!v3\",\n    #end\n  #foreach($v3 in [0..2])\n    text $v3 {}\n\t\"k\": \"$!v3\",\t\n    text $v3 {}\n  #end\n\t## note\n#set($s2 = $v2)\n#elseif($v1 == 1)\n\ttext $v2 {}\n#foreach($v3 in [0..2])\n    #set($s3 = $v3)\n## note\n\t#set($s3 = $v3)\n#end\n#else\n#foreach($v3 in [0..2])\n\t\"k\": \"$!v3\",\n  text $v3 {}\n\t#set($s3 = $v3)\n#end\n#end\n\t#end\n\"k\": \"$!v0\",  \n",
"o": "\t\"k\": \"0\",\n\t\t  yes\t\"k\": \"0\",\n  text 0 {}\n\t\t\"k\": \"1\",\n  text 1 {}\n\t\t\"k\": \"2\",\n  text 2 {}\n\t\t  yes\ttext  {}\n\t  yes    \t\"k\": \"\",\n          text 0 {}\n\t\"k\": \"0\",\t\n    text 0 {}\n      text 1 {}\n\t\"k\": \"1\",\t\n    text 1 {}\n      text 2 {}\n\t\"k\": \"2\",\t\n    text 2 {}\n  \t\t\"k\": \"0\",  \n"
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n    \"k\": \"$!v0\",\n  #if($v0 > 1)\n\t\"k\": \"$!v1\",\n#set($s1 = $v1)\n    ## note\n  #elseif($v0 == 1)\n#set($s1 = $v1)\n  #else\n    #foreach($v2 in [0..2])\n\t#* c *# x\n\"k\": \"$!v2\",\n    #end\n    \"k\": \"$!v1\",\n  #end\n    #foreach($v1 in [0..2])\n\"k\": \"$!v1\",  \n#set($s1 = $v1)\n\t## note\n    ## note\n    #end\n## note\n",
"o": "    \"k\": \"1\",\n        \"k\": \"0\",  \n\t        \"k\": \"1\",  \n\t        \"k\": \"2\",  \n\t        "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n    #if($v0 > 1)\n  #foreach($v2 in [0..2])\n\t#if($v2 > 1)\n#set($s3 = $v3)\n  text $v3 {}\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #* c *# x\n\t#else\n\t## note\n    #set($s3 = $v3)\n\t#end\n  #end\n#foreach($v2 in [0..2])\ntext $v2 {}\n    #if($v2 > 1)\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n#set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n    #else\n#set($s3 = $v3)\n    #end\n#if($v2 > 1)\n  #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n#set($s3 = $v3)\n#elseif($v2 == 1)\n  \"k\": \"$!v3\",\n#else\ntext $v3 {}\n  #* c *# x\n#end\n#end\n#if($v1 > 1)\n\"k\": \"$!v2\",\n#if($v2 > 1)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #* c *# x\n    #if($v3)yes#{else}no#end\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#if($v3)yes#{else}no#end\n  #* c *# x\n\t#* c *# x\n#else\n#set($s3 = $v3)\n#end\n#* c *# x\n#elseif($v1 == 1)\n    #if($v2 > 1)\n\ttext $v3 {}\ntext $v3 {}\n    #elseif($v2 == 1)\n    ## note\n\t#set($s3 = $v3)\n  #set($s3 = $v3)\n    #set($s3 = $v3)\n    #else\n    #set($s3 = $v3)\n\t#if($v3)yes#{else}no#end\n\t#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #end\n    #if($v2 > 1)\n    #set($s3 = $v3)\n    #elseif($v2 == 1)\n## note\n#set($s3 = $v3)\n\"k\": \"$!v3\",  \n\t## note\n    #else\n\t#if($v3)yes#{else}no#end\n    ## note\n\ttext $v3 {}\n    #end\n\t## note\n    text $v2 {}\n#else\n    #* c *# x\n#end\n    #elseif($v0 == 1)\n#* c *# x\n    #else\n  #foreach($v2 in [0..2])\n  #set($s2 = $v2)\n    #foreach($v3 in [0..2])\n    #* c *# x\ntext $v3 {}\n  #set($s3 = $v3)\n    #end\n    #set($s2 = $v2)\n  #end\n\t#* c *# x\n\"k\": \"$!v1\",  \n    #end\n",
"o": "      \t\t\t  \t     x\n\t  \t  text  {}\n\t\t  text 0 {}\n        text  {}\n   x\ntext 1 {}\n    \tno      \"k\": \"\",\ntext 2 {}\n    no\ttext  {}\n          no     x\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n  #if($v0 > 1)\n  ## note\n  #elseif($v0 == 1)\n    #if($v1 > 1)\n#set($s2 = $v2)\n#foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n\ttext $v3 {}\n  ## note\n#end\n    #if($v2 > 1)\n    #* c *# x\n#set($s3 = $v3)\n#set($s3 = $v3)\n    #elseif($v2 == 1)\n\t## note\n\"k\": \"$!v3\",  \n    #else\ntext $v3 {}\n    #end\n    #elseif($v1 == 1)\n    #if($v2 > 1)\n  text $v3 {}\n    #elseif($v2 == 1)\n    ## note\n    #else\n\t## note\n\t#set($s3 = $v3)\n    #end\n\"k\": \"$!v2\",  \n## note\n  text $v2 {}\n    #else\n    #if($v2)yes#{else}no#end\n  #set($s2 = $v2)\n\ttext $v2 {}\n    #end\n\t#if($v1)yes#{else}no#end\n    #if($v1 > 1)\n  \"k\": \"$!v2\",\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n#* c *# x\n\t#set($s3 = $v3)\n  #end\n  \"k\": \"$!v2\",  \n    #elseif($v1 == 1)\n#set($s2 = $v2)\n#foreach($v3 in [0..2])\n#if($v3)yes#{else}no#end\n\ttext $v3 {}\n\t#set($s3 = $v3)\n    ## note\n#end\ntext $v2 {}\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n  #end\n    #else\n\t#if($v2 > 1)\n\ttext $v3 {}\n    #set($s3 = $v3)\n\t#elseif($v2 == 1)\n\t## note\n  #set($s3 = $v3)\n  #* c *# x\n## note\n\t#else\n#* c *# x\n#if($v3)yes#{else}no#end\n\t#end\n#set($s2 = $v2)\n  ## note\n    #end\n  #else\n    #if($v1 > 1)\n#if($v2 > 1)\n  #set($s3 = $v3)\n#set($s3 = $v3)\n    #set($s3 = $v3)\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#else\n#set($s3 = $v3)\n    #set($s3 = $v3)\n  #set($s3 = $v3)\n#end\n\t#foreach($v3 in [0..2])\n#set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n#set($s3 = $v3)\n\t#end\n    #elseif($v1 == 1)\n#if($v2 > 1)\n#* c *# x\n#elseif($v2 == 1)\n  \"k\": \"$!v3\",\t\n#else\n    #set($s3 = $v3)\n#if($v3)yes#{else}no#end\n#end\n    #else\n  #foreach($v3 in [0..2])\n## note\n  #set($s3 = $v3)\n  #end\n  #if($v2)yes#{else}no#end\n    #end\n  #end\n  #foreach($v1 in [0..2])\n    #set($s1 = $v1)\n    ## note\n  #end\n  #if($v0 > 1)\n  #if($v1 > 1)\n  \"k\": \"$!v2\",  \n    #set($s2 = $v2)\n\t\"k\": \"$!v2\",\t\n  #elseif($v1 == 1)\n    #* c *# x\n  #if($v2 > 1)\n## note\n  #elseif($v2 == 1)\n  text $v3 {}\n    #* c *# x\n  #else\n\t\"k\": \"$!v3\",  \n  #set($s3 = $v3)\n  #* c *# x\n\t#set($s3 = $v3)\n  #end\n  #foreach($v3 in [0..2])\ntext $v3 {}\n  #end\n\t#if($v2 > 1)\n\t#* c *# x\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n\t#elseif($v2 == 1)\n    #set($s3 = $v3)\n  #if($v3)yes#{else}no#end\n\"k\": \"$!v3\",  \n\t#else\n\t#if($v3)yes#{else}no#end\n  #set($s3 = $v3)\n\t#end\n  #else\n    \"k\": \"$!v2\",\n\t#if($v2 > 1)\n#if($v3)yes#{else}no#end\n  #if($v3)yes#{else}no#end\n  text $v3 {}\n\t#elseif($v2 == 1)\n\t#set($s3 = $v3)\n## note\n    ## note\n\t#else\n\t#* c *# x\n\t#end\n\"k\": \"$!v2\",  \n  #end\n\t#if($v1 > 1)\n#* c *# x\n  #foreach($v3 in [0..2])\n\t#set($s3 = $v3)\n  #end\n#if($v2)yes#{else}no#end\n    ## note\n\t#elseif($v1 == 1)\n\t#set($s2 = $v2)\n#if($v2)yes#{else}no#end\ntext $v2 {}\n    #if($v2)yes#{else}no#end\n\t#else\n  #if($v2 > 1)\n    ## note\n  #elseif($v2 == 1)\n\t#set($s3 = $v3)\n\ttext $v3 {}\n  #else\n#if($v3)yes#{else}no#end\n    #set($s3 = $v3)\n    #if($v3)yes#{else}no#end\n    #if($v3)yes#{else}no#end\n  #end\n    #foreach($v3 in [0..2])\n  \"k\": \"$!v3\",\t\n  text $v3 {}\n    #end\n    \"k\": \"$!v2\",\n    \"k\": \"$!v2\",\t\n\t#end\n  #elseif($v0 == 1)\n\ttext $v1 {}\n  #else\n  text $v1 {}\ntext $v1 {}\n#if($v1)yes#{else}no#end\n  #end\n",
"o": "                                  \"k\": \"\",\n\t\t x\n\t\"k\": \"\",  \n  \t  no    no    no        \"k\": \"0\",\t\n  text 0 {}\n      \"k\": \"1\",\t\n  text 1 {}\n      \"k\": \"2\",\t\n  text 2 {}\n        \"k\": \"\",\n    \"k\": \"\",\t\n\t  "
},
{
"g": "ws2",
"t": "#set($v0 = 1)\n  #if($v0 > 1)\n  #if($v1 > 1)\n    #if($v2 > 1)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #elseif($v2 == 1)\n    #* c *# x\n\t#if($v3)yes#{else}no#end\n    #else\n\ttext $v3 {}\n    #end\n\t#set($s2 = $v2)\n  #elseif($v1 == 1)\n#* c *# x\n  #* c *# x\n  #else\n#foreach($v3 in [0..2])\n#* c *# x\n\ttext $v3 {}\n    #set($s3 = $v3)\n#end\n#if($v2 > 1)\n\ttext $v3 {}\n\t\"k\": \"$!v3\",  \n\t#set($s3 = $v3)\n#elseif($v2 == 1)\n    #* c *# x\n    #set($s3 = $v3)\n\t#set($s3 = $v3)\n#else\n#set($s3 = $v3)\n#set($s3 = $v3)\n#set($s3 = $v3)\n#end\ntext $v2 {}\n    #set($s2 = $v2)\n  #end\n    text $v1 {}\n  #foreach($v2 in [0..2])\n  #foreach($v3 in [0..2])\n#set($s3 = $v3)\n    ## note\n  #end\n#if($v2 > 1)\n\t#if($v3)yes#{else}no#end\n\"k\": \"$!v3\",\n#elseif($v2 == 1)\n\t#set($s3 = $v3)\n#else\n    \"k\": \"$!v3\",\n    text $v3 {}\n#end\n\t#if($v2 > 1)\n\t\"k\": \"$!v3\",\t\n## note\n\t#elseif($v2 == 1)\n\"k\": \"$!v3\",\t\n\t#set($s3 = $v3)\n\t#else\n  #set($s3 = $v3)\n\t#end\n\t#if($v2)yes#{else}no#end\n  #end\n  #elseif($v0 == 1)\n## note\n\t#foreach($v2 in [0..2])\n  \"k\": \"$!v2\",\t\n\t#end\ntext $v1 {}\n  ## note\n  #else\n#foreach($v2 in [0..2])\n  #if($v2 > 1)\n\t#set($s3 = $v3)\n\t\"k\": \"$!v3\",\t\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n  #elseif($v2 == 1)\n  #set($s3 = $v3)\n  #set($s3 = $v3)\n\t#set($s3 = $v3)\n    #set($s3 = $v3)\n  #else\n  #set($s3 = $v3)\n#set($s3 = $v3)\n## note\n\t\"k\": \"$!v3\",\n  #end\n#end\n  \"k\": \"$!v1\",\n\t\"k\": \"$!v1\",\n\ttext $v1 {}\n  #end\n  #set($s0 = $v0)\n",
"o": "  \t  \"k\": \"0\",\t\n\t  \"k\": \"1\",\t\n\t  \"k\": \"2\",\t\n\ttext  {}\n    "
},
{
"g": "ws2",
"t": "#set($v0 = 2)\n\ttext $v0 {}\n",
"o": "\ttext 2 {}\n"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.size()",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.get(1)",
"o": "b"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.get(5)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'get' in  class java.util.ArrayList threw exception java.lang.IndexOutOfBoundsException: Index 5 out of bounds for length "
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l[5]",
"e": "org.apache.velocity.exception.VelocityException: Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList at template[line 1, column 29]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])#set($e = [])$l.isEmpty() $e.isEmpty()",
"o": "false true"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.contains(\"b\") $l.contains(\"z\")",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($l = [1, 2])$l.contains(1) $l.contains(\"1\")",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.add(\"d\") $l",
"o": "true [a, b, c, d]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])#set($ignore = $l.add(\"d\"))$l",
"o": "[a, b, c, d]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.add(0, \"z\")|$l",
"o": "|[z, a, b, c]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.remove(0) $l",
"o": "a [b, c]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.remove(\"b\") $l",
"o": "true [a, c]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.indexOf(\"c\") $l.indexOf(\"q\")",
"o": "2 -1"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l.set(1, \"B\") $l",
"o": "b [a, B, c]"
},
{
"g": "corpus_pure",
"t": "#set($l = [1..6])$l.subList(1, 3)",
"o": "[2, 3]"
},
{
"g": "corpus_pure",
"t": "#set($l = [[1, 2], {\"k\": [3]}, \"s\", 1.5, $nope])$l",
"o": "[[1, 2], {k=[3]}, s, 1.5, null]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])#set($ok = $l.addAll([\"x\", \"y\"]))$l",
"o": "[a, b, c, x, y]"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])#foreach($x in $l)$x#if($foreach.hasNext)|#end#end",
"o": "a|b|c"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.size()",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.get(\"b\") $m.b $m[\"b\"]",
"o": "two two two"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})[$m.get(\"z\")] [$m.z]",
"o": "[] []"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.put(\"d\", 4)|$m",
"o": "|{a=1, b=two, c=[3], d=4}"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.put(\"a\", 9)|$m",
"o": "1|{a=9, b=two, c=[3]}"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})#set($e = {})$m.isEmpty() $e.isEmpty()",
"o": "false true"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.containsKey(\"a\") $m.containsKey(\"z\")",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.containsValue(1) $m.containsValue(\"two\")",
"o": "true true"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.keySet()",
"o": "[a, b, c]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.values()",
"o": "[1, two, [3]]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.entrySet()",
"o": "[a=1, b=two, c=[3]]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})$m.remove(\"a\") $m",
"o": "1 {b=two, c=[3]}"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"o\": {\"l\": [1, {\"x\": \"y\"}]}, \"e\": {}, \"el\": []})$m",
"o": "{o={l=[1, {x=y}]}, e={}, el=[]}"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a.b\": 1})$m[\"a.b\"] [$m.a.b]",
"o": "1 []"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": \"two\", \"c\": [3]})#foreach($e in $m.entrySet())$e.getKey()->$e.getValue() #end",
"o": "a->1 b->two c->[3] "
},
{
"g": "corpus_pure",
"t": "a## gone\nb",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "a ## gone\nb",
"o": "a b"
},
{
"g": "corpus_pure",
"t": "a\n## gone\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n   ## gone\nb",
"o": "a\n   b"
},
{
"g": "corpus_pure",
"t": "a## gone",
"o": "a"
},
{
"g": "corpus_pure",
"t": "a#* gone *#b",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "a\n#*\n gone\n gone too\n*#\nb",
"o": "a\n\nb"
},
{
"g": "corpus_pure",
"t": "a#* #if(true) $x #end *#b",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "a#* ## inner *#b",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "#set($a = 1)## note\n$a",
"o": "1"
},
{
"g": "corpus_pure",
"t": "#if(true)## why\nyes#end",
"o": "yes"
},
{
"g": "corpus_pure",
"t": "{\n  \"a\": 1, ## first\n  \"b\": 2\n}",
"o": "{\n  \"a\": 1,   \"b\": 2\n}"
},
{
"g": "corpus_pure",
"t": "a#** doc *#b",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "a#* never closed",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#if(true)yes",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 12]"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])$i",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 24]"
},
{
"g": "corpus_pure",
"t": "#macro(unclosedm)x",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 18]"
},
{
"g": "corpus_pure",
"t": "text#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"#end\" at template[line 1, column 5]"
},
{
"g": "corpus_pure",
"t": "#else",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"#else\" at template[line 1, column 1]"
},
{
"g": "corpus_pure",
"t": "a#elseif(true)b",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"#elseif\" at template[line 1, column 2]"
},
{
"g": "corpus_pure",
"t": "#if(true)a#{else}b#{else}c#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"#{else}\" at template[line 1, column 19]"
},
{
"g": "corpus_pure",
"t": "#set $a = 1",
"o": "#set  = 1"
},
{
"g": "corpus_pure",
"t": "#set($a 1)",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"1\" at template[line 1, column 9]"
},
{
"g": "corpus_pure",
"t": "#set( = 1)",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"=\" at template[line 1, column 7]"
},
{
"g": "corpus_pure",
"t": "#set(\"a\" = 1)",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"\\\"a\\\"\" at template[line 1, column 6]"
},
{
"g": "corpus_pure",
"t": "#set($a = 1",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 11]"
},
{
"g": "corpus_pure",
"t": "#set($a = \"open)$a",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\\\"open)$a\" at *unset*[line 1, column 19]"
},
{
"g": "corpus_pure",
"t": "#set($a = 'open)$a",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\\'open)$a\" at *unset*[line 1, column 19]"
},
{
"g": "corpus_pure",
"t": "#set($x = 1)#if($x = 1)T#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"=\" at template[line 1, column 20]"
},
{
"g": "corpus_pure",
"t": "#if()T#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \")\" at template[line 1, column 5]"
},
{
"g": "corpus_pure",
"t": "#foreach($i [1, 2])$i#end",
"o": ""
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1.5..3])$i#end",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"..\" at template[line 1, column 20]"
},
{
"g": "corpus_pure",
"t": "#set($a = 1L)$a",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"L\" at template[line 1, column 12]"
},
{
"g": "corpus_pure",
"t": "#if(\"abc\".equals(\"abc\"))T#end",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: \"e\" (101), after : \".\" at *unset*[line 1, column 11]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\" 1})",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"1\" at template[line 1, column 16]"
},
{
"g": "corpus_pure",
"t": "#set($a = \"a\\\"b\")$a",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"b\" at template[line 1, column 15]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")$s.substring(5)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 5, end 3, length 3"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")$s.charAt(3)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'charAt' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: String index out of range: "
},
{
"g": "corpus_pure",
"t": "#set($l = [1])$l.get(3)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'get' in  class java.util.ArrayList threw exception java.lang.IndexOutOfBoundsException: Index 3 out of bounds for length "
},
{
"g": "corpus_pure",
"t": "#set($l = [1])$l[3]",
"e": "org.apache.velocity.exception.VelocityException: Error invoking method 'get(java.lang.Integer)' in java.util.ArrayList at template[line 1, column 17]"
},
{
"g": "corpus_pure",
"t": "before #set($s = \"x\")$s.substring(2)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 2, end 1, length 1"
},
{
"g": "corpus_pure",
"t": "#evaluate(\"#foreach(\")",
"e": "org.apache.velocity.exception.ParseErrorException: Failed to parse String literal at template[line 1, column 11]"
},
{
"g": "corpus_pure",
"t": "${a",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 3]"
},
{
"g": "corpus_pure",
"t": "#if(true",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 8]"
},
{
"g": "corpus_pure",
"t": "#define($d)x",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"<EOF>\" at template[line 1, column 12]"
},
{
"g": "corpus_pure",
"t": "#set($l = [1, 2)$l",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \")\" at template[line 1, column 16]"
},
{
"g": "corpus_pure",
"t": "#break|",
"o": ""
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\\$x",
"o": "$x"
},
{
"g": "corpus_pure",
"t": "\\$x",
"o": "\\$x"
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\\\\$x",
"o": "\\v"
},
{
"g": "corpus_pure",
"t": "\\\\$x",
"o": "\\"
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\\\\\\$x",
"o": "\\$x"
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\\${x}",
"o": "${x}"
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\\$!x",
"o": "$!x"
},
{
"g": "corpus_pure",
"t": "\\#if(true)x\\#end",
"o": "#if(true)x#end"
},
{
"g": "corpus_pure",
"t": "\\#set($a = 1)$a",
"o": "#set( = 1)"
},
{
"g": "corpus_pure",
"t": "\\\\#if(true)yes#end",
"o": "\\yes"
},
{
"g": "corpus_pure",
"t": "a \\#end b",
"o": "a #end b"
},
{
"g": "corpus_pure",
"t": "\\#foo x",
"o": "\\#foo x"
},
{
"g": "corpus_pure",
"t": "x \\#",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\" at *unset*[line 1, column 5]"
},
{
"g": "corpus_pure",
"t": "C:\\temp\\new",
"o": "C:\\temp\\new"
},
{
"g": "corpus_pure",
"t": "end\\",
"o": "end\\"
},
{
"g": "corpus_pure",
"t": "#set($v = \"q\"){\"k\": \"\\$v\", \"j\": \"$v\"}",
"o": "{\"k\": \"$v\", \"j\": \"q\"}"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")\\$s.length()",
"o": "$s.length()"
},
{
"g": "corpus_pure",
"t": "\\$s.length()",
"o": "\\$s.length()"
},
{
"g": "corpus_pure",
"t": "\\$!x",
"o": "\\$!x"
},
{
"g": "corpus_pure",
"t": "\\$1.50",
"o": "\\$1.50"
},
{
"g": "corpus_pure",
"t": "\\## not a comment",
"o": "\\"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1, 2, 3])$i,#end",
"o": "1,2,3,"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..4])$i#end",
"o": "1234"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [3..0])$i#end",
"o": "3210"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [-2..1])$i,#end",
"o": "-2,-1,0,1,"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [5..5])$i#end",
"o": "5"
},
{
"g": "corpus_pure",
"t": "#set($a = 2)#set($b = 5)#foreach($i in [$a..$b])$i#end",
"o": "2345"
},
{
"g": "corpus_pure",
"t": "#set($a = \"1\")#set($b = \"3\")#foreach($i in [$a..$b])$i#end",
"o": ""
},
{
"g": "corpus_pure",
"t": "#foreach($v in {\"a\": 1, \"b\": 2})$v;#end",
"o": "1;2;"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": 2})#foreach($k in $m.keySet())$k=$m.get($k);#end",
"o": "a=1;b=2;"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": 1, \"b\": 2})#foreach($e in $m.entrySet())$e.key:$e.value;#end",
"o": "a:1;b:2;"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])#foreach($j in [\"a\", \"b\"])$i$j #end#end",
"o": "1a 1b 2a 2b "
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])#foreach($j in [1..2])$foreach.parent.count/$foreach.count #end#end",
"o": "1/1 1/2 2/1 2/2 "
},
{
"g": "corpus_pure",
"t": "#foreach($i in [\"a\", \"b\", \"c\"])$foreach.count#end",
"o": "123"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [\"a\", \"b\", \"c\"])$foreach.index#end",
"o": "012"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [\"a\", \"b\", \"c\"])$i#if($foreach.hasNext),#end#end",
"o": "a,b,c"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [\"a\", \"b\", \"c\"])$foreach.first/$foreach.last #end",
"o": "true/false false/false false/true "
},
{
"g": "corpus_pure",
"t": "#foreach($i in [\"a\", \"b\", \"c\"])$velocityCount#end",
"o": "123"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1])#end[$velocityCount]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1])#end[$foreach.count]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..5])#if($i == 3)#break#end$i#end",
"o": "12"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])#foreach($j in [1..3])#if($j == 2)#break#end$i$j #end#end",
"o": "11 21 "
},
{
"g": "corpus_pure",
"t": "#foreach($i in $nope)x#end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#foreach($c in \"abc\")[$c]#end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#set($n = 3)#foreach($c in $n)[$c]#end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [])x#end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#set($i = \"keep\")#foreach($i in [1..3])#end$i",
"o": "keep"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..3])#end[$i]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..3])#set($last = $i)#end$last",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n",
"o": "1000"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..1005])#if($i > 995)$i,#end#end",
"o": "996,997,998,999,1000,"
},
{
"g": "corpus_pure",
"t": "#set($l = [1, 2])#foreach($i in $l)#if($i == 1)#set($ok = $l.add(3))#end$i#end",
"e": "java.util.ConcurrentModificationException"
},
{
"g": "corpus_pure",
"t": "#foreach( $i in [1..2] )$i#end",
"o": "12"
},
{
"g": "corpus_pure",
"t": "#{foreach}($i in [1..2])$i#{end}",
"o": "12"
},
{
"g": "corpus_pure",
"t": "#set($n = 3)#foreach($i in [1..$n])$i#end",
"o": "123"
},
{
"g": "corpus_pure",
"t": "#foreach($p in [{\"n\": \"a\"}, {\"n\": \"b\"}])$p.n#end",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "#if($nope)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#set($v = \"\")#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = [])#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = 0)#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = false)#if($v)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#set($v = \"false\")#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = {})#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = true)#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($v = \"x\")#if($v)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(\"x\")T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(1)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(!$nope)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(not $nope)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(false)a#{else}b#end",
"o": "b"
},
{
"g": "corpus_pure",
"t": "#set($n = 3)#if($n == 1)one#elseif($n == 2)two#elseif($n == 3)three#{else}many#end",
"o": "three"
},
{
"g": "corpus_pure",
"t": "#if(true)a#elseif(true)b#end",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#if(false)a#elseif(false)b#end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#if(1 == 1.0)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($l = 2147483648)#set($i = 2147483647)#if($l == $i + 1)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(1 == \"1\")T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($s = \"5\")#if($s == 5)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(1.0 == \"1\")T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#set($b = true)#if($b == \"true\")T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(\"abc\" == \"abc\")T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(\"abc\" == \"ABC\")T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if([1, 2] == [1, 2])T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if({\"a\": 1} == {\"a\": 1})T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if($nope == $nada)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if($nope == \"\")T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if($nope != \"\")T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(0.1 + 0.2 == 0.3)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(1 < 2 && 3 > 2)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(2 <= 2 && 2 >= 3)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(1 eq 1 && 2 ne 3 && 1 lt 2 && 2 gt 1 && 1 le 1 && 1 ge 1)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(true and false)A#end#if(true or false)O#end",
"o": "O"
},
{
"g": "corpus_pure",
"t": "#if($nope || \"x\" == \"x\")T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(false && $nope.foo())T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(true || false && false)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if((true || false) && false)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(\"a\" < \"b\")T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#if(1 > $nope)T#{else}F#end",
"o": "F"
},
{
"g": "corpus_pure",
"t": "#set($b = 2147483648)#if($b > 1.5)T#{else}F#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#set($x = 1)#if ( $x == 1 )T#end",
"o": "T"
},
{
"g": "corpus_pure",
"t": "#if(true)a#if(false)b#{else}c#end d#end",
"o": "ac d"
},
{
"g": "corpus_pure",
"t": "#if(true)#set($y = 1)#end$y",
"o": "1"
},
{
"g": "corpus_pure",
"t": "#set($a = 42)$a",
"o": "42"
},
{
"g": "corpus_pure",
"t": "#set($a = -42)$a",
"o": "-42"
},
{
"g": "corpus_pure",
"t": "#set($a = 2147483647)$a",
"o": "2147483647"
},
{
"g": "corpus_pure",
"t": "#set($a = 2147483647)#set($b = $a + 1)$b",
"o": "2147483648"
},
{
"g": "corpus_pure",
"t": "#set($a = 65536 * 65536)$a",
"o": "4294967296"
},
{
"g": "corpus_pure",
"t": "#set($a = -2147483648 - 1)$a",
"o": "-2147483649"
},
{
"g": "corpus_pure",
"t": "#set($a = 9223372036854775807)$a",
"o": "9223372036854775807"
},
{
"g": "corpus_pure",
"t": "#set($a = 9223372036854775807)#set($b = $a + 1)$b",
"o": "9223372036854775808"
},
{
"g": "corpus_pure",
"t": "#set($a = 123456789012345678901234567890)$a",
"o": "123456789012345678901234567890"
},
{
"g": "corpus_pure",
"t": "#set($a = 123456789012345678901234567890 * 2)$a",
"o": "246913578024691357802469135780"
},
{
"g": "corpus_pure",
"t": "#set($a = 7 / 2)$a",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($a = -7 / 2)$a",
"o": "-3"
},
{
"g": "corpus_pure",
"t": "#set($a = 7.0 / 2)$a",
"o": "3.5"
},
{
"g": "corpus_pure",
"t": "#set($a = 6 / 3)$a",
"o": "2"
},
{
"g": "corpus_pure",
"t": "#set($a = 1 / 4.0)$a",
"o": "0.25"
},
{
"g": "corpus_pure",
"t": "#set($a = 1 / 0)[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 1.0 / 0)[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 7 % 3)$a",
"o": "1"
},
{
"g": "corpus_pure",
"t": "#set($a = -7 % 3)$a",
"o": "-1"
},
{
"g": "corpus_pure",
"t": "#set($a = 7 % 0)[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 7.5 % 2)$a",
"o": "1.5"
},
{
"g": "corpus_pure",
"t": "#set($a = 1.5)#set($b = 2.0)$a|$b",
"o": "1.5|2.0"
},
{
"g": "corpus_pure",
"t": "#set($a = 1.50)#set($b = 100.000)$a|$b",
"o": "1.5|100.0"
},
{
"g": "corpus_pure",
"t": "#set($a = 0.1 + 0.2)$a",
"o": "0.30000000000000004"
},
{
"g": "corpus_pure",
"t": "#set($a = 10000000.0)#set($b = 9999999.0)#set($c = 12345678.9)$a|$b|$c",
"o": "1.0E7|9999999.0|1.23456789E7"
},
{
"g": "corpus_pure",
"t": "#set($a = 0.001)#set($b = 0.0001)$a|$b",
"o": "0.001|1.0E-4"
},
{
"g": "corpus_pure",
"t": "#set($a = 100000000.0 * 100)$a",
"o": "1.0E10"
},
{
"g": "corpus_pure",
"t": "#set($a = 1.0 / 3)$a",
"o": "0.3333333333333333"
},
{
"g": "corpus_pure",
"t": "#set($a = 2 * 1.5)$a",
"o": "3.0"
},
{
"g": "corpus_pure",
"t": "#set($a = -0.0)#set($b = 0 * -1.0)$a|$b",
"o": "-0.0|-0.0"
},
{
"g": "corpus_pure",
"t": "#set($x = 5)#set($a = -$x)[$a]",
"e": "org.apache.velocity.exception.ParseErrorException: Encountered \"-\" at template[line 1, column 23]"
},
{
"g": "corpus_pure",
"t": "#set($x = 5)#set($a = 0 - $x)$a",
"o": "-5"
},
{
"g": "corpus_pure",
"t": "#set($a = \"a\" + 1)$a",
"o": "a1"
},
{
"g": "corpus_pure",
"t": "#set($a = 1 + \"a\")$a",
"o": "1a"
},
{
"g": "corpus_pure",
"t": "#set($a = 1 + \"2\")$a",
"o": "12"
},
{
"g": "corpus_pure",
"t": "#set($a = \"s\" + $nope)$a",
"o": "s$nope"
},
{
"g": "corpus_pure",
"t": "#set($a = 1 + $nope)[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 2 + 3 * 4 - 6 / 2)$a",
"o": "11"
},
{
"g": "corpus_pure",
"t": "#set($a = (2 + 3) * 4)$a",
"o": "20"
},
{
"g": "corpus_pure",
"t": "\"quoted\" text",
"o": "\"quoted\" text"
},
{
"g": "corpus_pure",
"t": "#set($t = true)#set($f = false)$t $f",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($l = [1, \"two\", 3.0, true, [4], {\"k\": \"v\"}])$l",
"o": "[1, two, 3.0, true, [4], {k=v}]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"n\": {\"l\": [1, {\"x\": [2]}]}, \"s\": \"q\"})$m",
"o": "{n={l=[1, {x=[2]}]}, s=q}"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"k\": $nope})$m",
"o": "{k=null}"
},
{
"g": "corpus_pure",
"t": "#set($r = [3..1])$r",
"o": "[3, 2, 1]"
},
{
"g": "corpus_pure",
"t": "#macro(hello $n)Hello, $n!#end#hello(\"Ana\")",
"o": "Hello, Ana!"
},
{
"g": "corpus_pure",
"t": "#macro(stars)***#end#stars()#stars()",
"o": "******"
},
{
"g": "corpus_pure",
"t": "#macro(pair $a $b)$a/$b#end#pair(1 2)",
"o": "1/2"
},
{
"g": "corpus_pure",
"t": "#macro(pair $a $b)$a/$b#end#pair(1, 2)",
"o": "1/2"
},
{
"g": "corpus_pure",
"t": "#macro(pair $a $b)[$a|$b]#end#pair(\"x\")",
"o": "[x|]"
},
{
"g": "corpus_pure",
"t": "#macro(one $a)[$a]#end#one(\"x\" \"y\")",
"o": "[x]"
},
{
"g": "corpus_pure",
"t": "#macro(show $l)$l.size()#end#show([1, 2, 3])",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#macro(show $m)$m.k#end#show({\"k\": \"v\"})",
"o": "v"
},
{
"g": "corpus_pure",
"t": "#macro(show $a)[$a]#end#show($nope)",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#macro(twice $x)$x $x#end#set($c = 0)#twice(\"#set($c = $c + 1)$c\")",
"o": "1 2"
},
{
"g": "corpus_pure",
"t": "#macro(change $a)#set($a = \"changed\")#end#set($v = \"orig\")#change($v)$v",
"o": "orig"
},
{
"g": "corpus_pure",
"t": "#macro(setit)#set($g = \"set\")#end#setit()$g",
"o": "set"
},
{
"g": "corpus_pure",
"t": "#macro(countdown $n)#if($n > 0)$n #set($m = $n - 1)#countdown($m)#end#end#countdown(4)",
"o": "4321"
},
{
"g": "corpus_pure",
"t": "#macro(fact $n)#if($n <= 1)1#{else}#set($m = $n - 1)$n*#fact($m)#end#end#fact(4)",
"o": "4*2*1*1"
},
{
"g": "corpus_pure",
"t": "#macro(dash $a $b)$a-$b#end#dash(1 2)",
"o": "2"
},
{
"g": "corpus_pure",
"t": "#later()|#macro(later)L#end#later()",
"o": "L|L"
},
{
"g": "corpus_pure",
"t": "#nosuchmacro(\"x\")|",
"o": "#nosuchmacro(\"x\")|"
},
{
"g": "corpus_pure",
"t": "#macro(dup)first#end#macro(dup)second#end#dup()",
"o": "first"
},
{
"g": "corpus_pure",
"t": "#macro(wrap)<$bodyContent>#end#@wrap()inner#end",
"o": "<inner>"
},
{
"g": "corpus_pure",
"t": "#macro(line $x)\n  [$x]\n#end\n#line(1)\n#line(2)\n",
"o": "  [1]\n  [2]\n"
},
{
"g": "corpus_pure",
"t": "#define($greeting)Hello $who#end#set($who = \"A\")$greeting #set($who = \"B\")$greeting",
"o": "Hello AHello B"
},
{
"g": "corpus_pure",
"t": "#define($block)\nline1\nline2\n#end[$block]",
"o": "[line1\nline2\n]"
},
{
"g": "corpus_pure",
"t": "#define($d)D#end[$d.length()]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#define($d)X#end#set($s = \"<$d>\")$s",
"o": "<X>"
},
{
"g": "corpus_pure",
"t": "#evaluate(\"#set($q = 5)q=$q\") $q",
"o": "q=5 5"
},
{
"g": "corpus_pure",
"t": "#set($name = \"who\")#set($who = \"W\")#set($t = \"$\" + $name)#evaluate($t)",
"o": "W"
},
{
"g": "corpus_pure",
"t": "#evaluate(\"#foreach($i in [1..3])$i#end\")",
"o": "123"
},
{
"g": "corpus_pure",
"t": "#evaluate($nope)|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#evaluate(\"#if(\")|",
"e": "org.apache.velocity.exception.ParseErrorException: Failed to parse String literal at template[line 1, column 11]"
},
{
"g": "corpus_pure",
"t": "a#stop b",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#if(true)a#stop#end b",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#if(false)#stop#end b",
"o": " b"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..5])$i#if($i == 2)#stop#end#end after",
"o": "12"
},
{
"g": "corpus_pure",
"t": "a#{stop}b",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#evaluate('#macro(inner)E#end#inner()')",
"o": "E"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$a",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")${a}y",
"o": "xy"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$!a",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$!{a}y",
"o": "xy"
},
{
"g": "corpus_pure",
"t": "[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "[${a}]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "[$!a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "[$!{a}]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 1)#set($a = $nothing)[$a]",
"o": "[1]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": {\"b\": {\"c\": \"deep\"}}})$m.a.b.c",
"o": "deep"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": {}})[$m.a.b.c]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"  Hello \")$s.trim().toLowerCase().length()",
"o": "5"
},
{
"g": "corpus_pure",
"t": "[$nothing.length()]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")$s.empty $s.class.simpleName",
"o": "false String"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l[0]$l[2]",
"o": "ac"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])$l[-1]",
"o": "c"
},
{
"g": "corpus_pure",
"t": "#set($l = [\"a\", \"b\", \"c\"])#set($i = 1)$l[$i]",
"o": "b"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"k\": \"v\", \"x y\": 2})$m[\"k\"] $m[\"x y\"]",
"o": "v 2"
},
{
"g": "corpus_pure",
"t": "#set($m = {'k': 'v'})$m['k']",
"o": "v"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"l\": [{\"n\": 1}, {\"n\": 2}]})$m.l[1].n $m[\"l\"][0][\"n\"]",
"o": "2 1"
},
{
"g": "corpus_pure",
"t": "#set($l = [1])$l.get(0)",
"o": "1"
},
{
"g": "corpus_pure",
"t": "cost: $ 5",
"o": "cost: $ 5"
},
{
"g": "corpus_pure",
"t": "price $1.50 and $2",
"o": "price $1.50 and $2"
},
{
"g": "corpus_pure",
"t": "write to ana@example.com",
"o": "write to ana@example.com"
},
{
"g": "corpus_pure",
"t": "a$b.c",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#set($b = {\"c\": \"Z\"})a$b.c",
"o": "aZ"
},
{
"g": "corpus_pure",
"t": "item # 5 and #5 and #!",
"o": "item # 5 and #5 and #!"
},
{
"g": "corpus_pure",
"t": "ends with #",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\" at *unset*[line 1, column 12]"
},
{
"g": "corpus_pure",
"t": "#notadirective and #foo(1)",
"o": "#notadirective and #foo(1)"
},
{
"g": "corpus_pure",
"t": "$$ and $$a",
"o": "$$ and $"
},
{
"g": "corpus_pure",
"t": "$! and $!!",
"o": "$ and $!"
},
{
"g": "corpus_pure",
"t": "${ and $} and ${}",
"o": "${ and $} and ${}"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$a. and $a.!",
"o": "x. and x.!"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$a(1)",
"o": "x(1)"
},
{
"g": "corpus_pure",
"t": "#set($a_b-c = 1)#set($a = \"A\")$a_b-c $a-b",
"o": "1 "
},
{
"g": "corpus_pure",
"t": "$1abc $_x",
"o": "$1abc "
},
{
"g": "corpus_pure",
"t": "#set($n = \"file\")${n}name.txt $n.txt",
"o": "filename.txt "
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")[$s.nope]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")[$s.substring(\"1\")]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($n = 42)$n $n.toString() $n.class.name",
"o": "42 42 java.lang.Integer"
},
{
"g": "corpus_pure",
"t": "#set($b = true)$b $b.toString()",
"o": "true true"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"z\": 1, \"a\": 2, \"m\": 3})$m",
"o": "{z=1, a=2, m=3}"
},
{
"g": "corpus_pure",
"t": "#set($m = {})[$!m.get(\"x\")]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")$a",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#set($a = 10)$a",
"o": "10"
},
{
"g": "corpus_pure",
"t": "#set($a = 2.50)$a",
"o": "2.5"
},
{
"g": "corpus_pure",
"t": "#set($a = false)$a",
"o": "false"
},
{
"g": "corpus_pure",
"t": "#set($a = [1, \"b\", 3])$a",
"o": "[1, b, 3]"
},
{
"g": "corpus_pure",
"t": "#set($a = {\"k\": \"v\", \"n\": 1})$a",
"o": "{k=v, n=1}"
},
{
"g": "corpus_pure",
"t": "#set($a = [1..4])$a",
"o": "[1, 2, 3, 4]"
},
{
"g": "corpus_pure",
"t": "#set($a = \"x\")#set($b = $a)$b",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#set($a = \"abc\".length())|$a",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: \"l\" (108), after : \".\" at *unset*[line 1, column 17]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")#set($a = $s.length())$a",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($n = 1)#set($a = 'n=$n')$a",
"o": "n=$n"
},
{
"g": "corpus_pure",
"t": "#set($n = 1)#set($a = \"n=$n ${n}x\")$a",
"o": "n=1 1x"
},
{
"g": "corpus_pure",
"t": "#set($a = \"v=$nope\")$a",
"o": "v="
},
{
"g": "corpus_pure",
"t": "#set($a = \"v=$!nope|\")$a",
"o": "v=|"
},
{
"g": "corpus_pure",
"t": "#set($a = \"#if(true)yes#end\")$a",
"o": "yes"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")#set($a = \"len=$s.length()\")$a",
"o": "len=3"
},
{
"g": "corpus_pure",
"t": "#set($a = \"a\" + \"b\" + 1)$a",
"o": "ab1"
},
{
"g": "corpus_pure",
"t": "#set($m = {})#set($m.k = \"v\")$m",
"o": "{k=v}"
},
{
"g": "corpus_pure",
"t": "#set($m = {})#set($m[\"k\"] = \"v\")$m",
"o": "{k=v}"
},
{
"g": "corpus_pure",
"t": "#set($m = {})#set($k = \"dyn\")#set($m[$k] = 1)$m",
"o": "{dyn=1}"
},
{
"g": "corpus_pure",
"t": "#set($l = [1, 2, 3])#set($l[1] = \"b\")$l",
"o": "[1, b, 3]"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"a\": {\"b\": {}}})#set($m.a.b.c = 1)$m",
"o": "{a={b={c=1}}}"
},
{
"g": "corpus_pure",
"t": "#set($m = {})#set($m.a.b = 1)$m",
"o": "{}"
},
{
"g": "corpus_pure",
"t": "#set($a = \"old\")#set($a = $nope)$a",
"o": "old"
},
{
"g": "corpus_pure",
"t": "#set($m = {\"k\": 1})#set($m.k = $nope)$m",
"o": "{k=1}"
},
{
"g": "corpus_pure",
"t": "#set($a = $nope)[$a]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($a = 2 * 3 + 4)$a",
"o": "10"
},
{
"g": "corpus_pure",
"t": "#set($i = 1)#set($i = $i + 1)#set($i = $i + 1)$i",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set(  $a   =   \"x\"  )$a",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#{set}($a = \"x\")$a",
"o": "x"
},
{
"g": "corpus_pure",
"t": "#set(${a} = \"x\")$a",
"o": ""
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")#set($s.foo = 1)$s",
"o": "abc"
},
{
"g": "corpus_pure",
"t": "#set($sum = 0)#foreach($i in [1..4])#set($sum = $sum + $i)#end$sum",
"o": "10"
},
{
"g": "corpus_pure",
"t": "#set($a = \"tab\\tnl\\n\")$a",
"o": "tab\\tnl\\n"
},
{
"g": "corpus_pure",
"t": "#set($a = \"say \"\"hi\"\"\")#set($b = 'it''s')$a $b",
"o": "say \"hi\" it's"
},
{
"g": "corpus_pure",
"t": "#set($j = '{\"a\": [1, 2]}')$j",
"o": "{\"a\": [1, 2]}"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.length()",
"o": "12"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.substring(7)",
"o": "World"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.substring(0, 5)",
"o": "Hello"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")[$s.substring(3, 3)]",
"o": "[]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.substring(20)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 20, end 12, length"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.substring(5, 2)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'substring' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: begin 5, end 2, length 1"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.indexOf(\"o\") $s.indexOf(\"o\", 5) $s.indexOf(\"z\")",
"o": "4 8 -1"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.lastIndexOf(\"o\") $s.lastIndexOf(\"l\", 5)",
"o": "8 3"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.replace(\"l\", \"L\")",
"o": "HeLLo, WorLd"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a.b.c\")$s.replace(\".\", \"-\")",
"o": "a-b-c"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a1b22c333\")$s.replaceAll(\"[0-9]+\", \"#\")",
"o": "a#b#c#"
},
{
"g": "corpus_pure",
"t": "#set($s = \"2026-11-25\")$s.replaceAll(\"(\\d+)-(\\d+)-(\\d+)\", \"$3/$2/$1\")",
"o": "25/11/2026"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a.b\")$s.replaceAll(\".\", \"x\")",
"o": "xxx"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a.b\")$s.replaceAll(\"\\.\", \"x\")",
"o": "axb"
},
{
"g": "corpus_pure",
"t": "#set($s = \"it's\")$s.replaceAll(\"'\", \"\\\\'\")",
"o": "it\\'s"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a1b2\")$s.replaceFirst(\"\\d\", \"#\")",
"o": "a#b2"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc123\")$s.matches(\"[a-z]+\\d+\") $s.matches(\"abc\")",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a,b,,c,,\")$s.split(\",\").size()",
"o": "4"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a,b,,c,,\")$s.split(\",\", -1).size()",
"o": "6"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a,b,c\")$s.split(\",\")[1]",
"o": "b"
},
{
"g": "corpus_pure",
"t": "#set($s = \"x y  z\")#foreach($p in $s.split(\" \"))[$p]#end",
"o": "[x][y][][z]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a.b.c\")$s.split(\".\").size() $s.split(\"\\.\").size()",
"o": "0 3"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a|b\")#foreach($p in $s.split(\"\\|\"))[$p]#end",
"o": "[a][b]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"  padded \t \")[$s.trim()]",
"o": "[padded]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.toUpperCase() $s.toLowerCase()",
"o": "HELLO, WORLD hello, world"
},
{
"g": "corpus_pure",
"t": "#set($s = \"straße\")$s.toUpperCase() $s.toUpperCase().length()",
"o": "STRASSE 7"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.contains(\"World\") $s.contains(\"world\")",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.startsWith(\"Hell\") $s.endsWith(\"!\") $s.startsWith(\"World\", 7)",
"o": "true false true"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.equals(\"Hello, World\") $s.equals(\"hello, world\") $s.equalsIgnoreCase(\"hello, world\")",
"o": "true false true"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.charAt(4)",
"o": "o"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.charAt(40)",
"e": "org.apache.velocity.exception.MethodInvocationException: Invocation of method 'charAt' in  class java.lang.String threw exception java.lang.StringIndexOutOfBoundsException: String index out of range: "
},
{
"g": "corpus_pure",
"t": "#set($e = \"\")#set($s = \"x\")$e.isEmpty() $s.isEmpty()",
"o": "true false"
},
{
"g": "corpus_pure",
"t": "#set($s = \"Hello, World\")$s.concat(\"!\")",
"o": "Hello, World!"
},
{
"g": "corpus_pure",
"t": "#set($s = \"b\")$s.compareTo(\"a\") $s.compareTo(\"b\") $s.compareTo(\"c\")",
"o": "1 0 -1"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a😀b\")$s.length()",
"o": "4"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a😀b\")$s.substring(1, 3)",
"o": "😀"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a😀b\")$s.indexOf(\"b\")",
"o": "3"
},
{
"g": "corpus_pure",
"t": "#set($s = \"a😀b\")[$s.charAt(1)][$s.substring(0, 2)]",
"o": "[?][a?]"
},
{
"g": "corpus_pure",
"t": "#set($s = \"héllo wörld\")$s.length() $s.toUpperCase() $s.indexOf(\"w\")",
"o": "11 HÉLLO WÖRLD 6"
},
{
"g": "corpus_pure",
"t": "#set($s = \"é\")$s.length()",
"o": "2"
},
{
"g": "corpus_pure",
"t": "#set($s = \"\")$s.format(\"%s=%05d\", \"n\", 42)",
"o": "n=00042"
},
{
"g": "corpus_pure",
"t": "#set($s = \"\")$s.valueOf(12) $s.valueOf(true)",
"o": "12 true"
},
{
"g": "corpus_pure",
"t": "#set($s = \" Mixed Case \")$s.trim().toLowerCase().replace(\" \", \"_\")",
"o": "mixed_case"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")#set($n = $s.length() * 2)$n",
"o": "6"
},
{
"g": "corpus_pure",
"t": "#set($n = 5)#set($s = $n.toString())$s.length()",
"o": "1"
},
{
"g": "corpus_pure",
"t": "#set($s = \"ab\")#set($t = \"[$s.toUpperCase()|$s.length()]\")$t",
"o": "[AB|2]"
},
{
"g": "corpus_pure",
"t": "#[[ $a #if(true) ]]#",
"o": " $a #if(true) "
},
{
"g": "corpus_pure",
"t": "#set($a = 1)#[[$a]]# $a",
"o": "$a 1"
},
{
"g": "corpus_pure",
"t": "#[[\nline $x\n#end\n]]#",
"o": "\nline $x\n#end\n"
},
{
"g": "corpus_pure",
"t": "#if(true)#[[#set($x = 1)]]##end",
"o": "#set($x = 1)"
},
{
"g": "corpus_pure",
"t": "#if(false)#[[shown?]]##end|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#[[ [[ ]] # ## ]]#",
"o": " [[ ]] # ## "
},
{
"g": "corpus_pure",
"t": "#[[{\"path\": \"$.a\", \"v\": \"${x}\"}]]#",
"o": "{\"path\": \"$.a\", \"v\": \"${x}\"}"
},
{
"g": "corpus_pure",
"t": "#[[ open",
"e": "org.apache.velocity.exception.ParseErrorException: Lexical error,   Encountered: <EOF> after : \"\" at *unset*[line 1, column 9]"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n    #set($x = 1)\nb",
"o": "a\n    b"
},
{
"g": "corpus_pure",
"t": "a\n\t#set($x = 1)\nb",
"o": "a\n\tb"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)   \nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1) tail\nb",
"o": "a\n tail\nb"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)#set($y = 2)\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)\n#set($y = 2)\n#set($z = 3)\nb$x$y$z",
"o": "a\nb123"
},
{
"g": "corpus_pure",
"t": "value: #set($x = 1)$x",
"o": "value: 1"
},
{
"g": "corpus_pure",
"t": "#set($a = \"A\")$a #set($b = \"B\")$b",
"o": "AB"
},
{
"g": "corpus_pure",
"t": "#set($a = 1)  #set($b = 2)|",
"o": "|"
},
{
"g": "corpus_pure",
"t": "#set($a = \"A\")$a\t#set($b = \"B\")$b",
"o": "AB"
},
{
"g": "corpus_pure",
"t": "#set($x = 1)\n\n\nb",
"o": "\n\nb"
},
{
"g": "corpus_pure",
"t": "#set($x = 1)\n{\"x\": $x}",
"o": "{\"x\": 1}"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)",
"o": "a\n"
},
{
"g": "corpus_pure",
"t": "{\n  #set($v = \"x\")\n  \"k\": \"$v\"\n}",
"o": "{\n    \"k\": \"x\"\n}"
},
{
"g": "corpus_pure",
"t": "a\n#if(true)\nyes\n#end\nb",
"o": "a\nyes\nb"
},
{
"g": "corpus_pure",
"t": "a\n#if(false)\nyes\n#end\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n#if(false)\nyes\n#else\nno\n#end\nb",
"o": "a\nno\nb"
},
{
"g": "corpus_pure",
"t": "a\n#if(false)\n1\n#elseif(true)\n2\n#else\n3\n#end\nb",
"o": "a\n2\nb"
},
{
"g": "corpus_pure",
"t": "a\n  #if(true)\n    yes\n  #end\nb",
"o": "a\n      yes\n  b"
},
{
"g": "corpus_pure",
"t": "a\n  #if(false)\n    yes\n  #else\n    no\n  #end\nb",
"o": "a\n      no\n  b"
},
{
"g": "corpus_pure",
"t": "a #if(true) yes #end b",
"o": "a  yes  b"
},
{
"g": "corpus_pure",
"t": "a #if(false) yes #else no #end b",
"o": "a  no  b"
},
{
"g": "corpus_pure",
"t": "a #if(false)yes#{else}no#end b",
"o": "a no b"
},
{
"g": "corpus_pure",
"t": "a\n#if(true)   \nyes\n#end   \nb",
"o": "a\nyes\nb"
},
{
"g": "corpus_pure",
"t": "a\n#if(true) x\nyes\n#end y\nb",
"o": "a\n x\nyes\n y\nb"
},
{
"g": "corpus_pure",
"t": "#if(true)\n\n#end|",
"o": "\n|"
},
{
"g": "corpus_pure",
"t": "{\n  #if(true)\n    #if(true)\n      \"a\": 1\n    #end\n  #end\n}",
"o": "{\n            \"a\": 1\n      }"
},
{
"g": "corpus_pure",
"t": "{\n  \"a\": 1#if(true),\n  \"b\": 2#end\n}",
"o": "{\n  \"a\": 1,\n  \"b\": 2}"
},
{
"g": "corpus_pure",
"t": "x\n#{if}(true)\ny\n#{end}\nz",
"o": "x\ny\nz"
},
{
"g": "corpus_pure",
"t": "#if(false)\na\n#else   \nb\n#end",
"o": "b\n"
},
{
"g": "corpus_pure",
"t": "#if(true)\na\n#end",
"o": "a\n"
},
{
"g": "corpus_pure",
"t": "a\n#foreach($i in [1..3])\n$i\n#end\nb",
"o": "a\n1\n2\n3\nb"
},
{
"g": "corpus_pure",
"t": "[\n  #foreach($i in [1..3])\n  $i#if($foreach.hasNext),#end\n  #end\n]",
"o": "[\n    1,    2,    3  ]"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..3])$i\n#end|",
"o": "1\n2\n3\n|"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..3])\n$i#end|",
"o": "123|"
},
{
"g": "corpus_pure",
"t": "a #foreach($i in [1..2]) $i #end b",
"o": "a  1  2  b"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])\n  #set($d = $i * 2)\n  $d\n#end",
"o": "  2\n  4\n"
},
{
"g": "corpus_pure",
"t": "[\n#foreach($p in [1..2])\n  {\n    \"n\": $p\n  }#if($foreach.hasNext),#end\n\n#end\n]",
"o": "[\n  {\n    \"n\": 1\n  },\n  {\n    \"n\": 2\n  }\n]"
},
{
"g": "corpus_pure",
"t": "a\n#macro(wsm $x)\n[$x]\n#end\n#wsm(1)\nb",
"o": "a\n[1]\nb"
},
{
"g": "corpus_pure",
"t": "#macro(wsi $x)<$x>#end\nA #wsi(1) B\n",
"o": "A <1> B\n"
},
{
"g": "corpus_pure",
"t": "a ## note\nb",
"o": "a b"
},
{
"g": "corpus_pure",
"t": "#set($x = 1) ## note\nb$x",
"o": " b1"
},
{
"g": "corpus_pure",
"t": "#if(true)\na\n#end ## note\nb",
"o": "a\n b"
},
{
"g": "corpus_pure",
"t": "a\n#* note *#\nb",
"o": "a\n\nb"
},
{
"g": "corpus_pure",
"t": "a\n  #* note *#  \nb",
"o": "a\n    \nb"
},
{
"g": "corpus_pure",
"t": "a\nb\n",
"o": "a\nb\n"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n#if(true)\nyes\n#end\nb",
"o": "a\nyes\nb"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..2])\n$i\n#end\n",
"o": "1\n2\n"
},
{
"g": "corpus_pure",
"t": "a\n## note\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a\n#set($x = 1)\nb",
"o": "a\nb"
},
{
"g": "corpus_pure",
"t": "a   \nb\t\n",
"o": "a   \nb\t\n"
},
{
"g": "corpus_pure",
"t": "\n\n#set($x = 1)\nx",
"o": "\n\nx"
},
{
"g": "corpus_pure",
"t": "#set($a = 1)\n#set($b = 2)\n",
"o": ""
},
{
"g": "corpus_pure",
"t": "a\n$x\nb",
"o": "a\n\nb"
},
{
"g": "corpus_pure",
"t": "a\n$!x\nb",
"o": "a\n\nb"
},
{
"g": "corpus_pure",
"t": "#set($x = \"v\")\n  $x\n",
"o": "  v\n"
},
{
"g": "corpus_pure",
"t": "#foreach($i in [1..3])\n#if($i == 2)\n#break\n#end\n$i\n#end",
"o": "1\n"
},
{
"g": "corpus_pure",
"t": "a\n#stop\nb",
"o": "a\n"
},
{
"g": "corpus_pure",
"t": "a\n#[[\nraw\n]]#\nb",
"o": "a\n\nraw\n\nb"
},
{
"g": "corpus_pure",
"t": "#define($d)\n  inner\n#end\n[$d]",
"o": "[  inner\n]"
},
{
"g": "corpus_pure",
"t": "#evaluate(\"x\")\ny",
"o": "xy"
},
{
"g": "corpus_pure",
"t": "\t#if(true)\t\n\tyes\n\t#end\t\nb",
"o": "\t\tyes\n\tb"
},
{
"g": "corpus_pure",
"t": "#if(   true   )a#end#foreach(  $i   in   [1..2]  )$i#end",
"o": "a12"
},
{
"g": "corpus_pure",
"t": "#if(\ntrue\n)a#end",
"o": "a"
},
{
"g": "corpus_pure",
"t": "#set($m = {\n  \"a\": 1,\n  \"b\": 2\n})$m",
"o": "{a=1, b=2}"
},
{
"g": "corpus_pure",
"t": "#set($s = \"abc\")$s.substring(\n1\n)",
"o": "bc"
},
{
"g": "corpus_pure",
"t": "#if(false) a #elseif(true) b #else c #end|",
"o": " b |"
},
{
"g": "corpus_pure",
"t": "#set($x = 1)#if($x == 1)\nyes\n#end",
"o": "yes\n"
},
{
"g": "corpus_pure",
"t": "#if(true)a#end\nb",
"o": "ab"
},
{
"g": "corpus_pure",
"t": "#if(true)\n#if(true)\nin\n#end\n#end\nout",
"o": "in\nout"
},
{
"g": "corpus_pure",
"t": "",
"o": ""
},
{
"g": "corpus_pure",
"t": "\n",
"o": "\n"
},
{
"g": "corpus_pure",
"t": "   ",
"o": "   "
}
]
"""####
