import Testing
@testable import GatehouseVTL

/// The text of a template, or the text of the error it stops with (message and location).
private func outcome(_ source: String, _ variables: [String: VTLValue]) -> String {
    do {
        return "ok: " + (try VTLTemplate(source: source).render(VTLContext(variables)))
    } catch {
        return "error: \(error.kind) \(error.message) at \(error.location.line):\(error.location.column)"
    }
}

/// `text` as a single-quoted Velocity string literal (no interpolation; `''` is a quote).
private func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}

/// String methods whose arguments are string constants have them analysed once, when the
/// template is parsed (`ConstantCall`); the same call with the arguments in variables takes the
/// general path. Both must give the same text and the same errors, at the same place.
@Suite("Constant arguments agree with the general path")
struct ConstantArgumentTests {
    static let texts = [
        "", "a", "aaa", "abcabc", "Ana O\\'Neil", "It's", "a.b.c.", "--x---", "wörld öö", "😀a😀", "a/b\\/c",
        "é e é", "one two  three", "x$y\\z", "日本語テキスト", "no match here",
    ]

    static let replacements: [(String, String)] = [
        ("\\\\'", "'"), ("\\'", "'"), ("'", "\\\\'"), ("\\.", ""), ("a", "b"), ("a", ""), ("aa", "b"), ("--", "="),
        ("ö", "o"), ("😀", "?"), ("\\/", "/"), ("é", "É"), (" ", "%20"), ("Z", "q"),
        // Regular expressions, and replacements with groups and escapes.
        ("a.c", "x"), ("(a)(b)", "$2$1"), ("[ao]", "<$0>"), ("a|é", "\\$"), ("\\s+", " "), ("b", "\\\\"),
        ("b", "\\$1"), ("b", "[$0]"), ("(?<n>b)", "${n}"), ("^", ">"), ("$", "<"), ("x*", "-"), ("", "-"),
        ("\\$", "\\\\$"), ("\\\\", "/"), ("a", "x\\"), ("a", "$"), ("a", "$1"), ("a", "$x"), ("a", "${x"),
        // Invalid patterns.
        ("(", "x"), ("[a", "x"), ("*", "x"), ("\\", "x"),
    ]

    /// `$s.call(arguments)` with the arguments written as literals, and in variables. A `split`
    /// is printed part by part (an array prints as its identity).
    private func agree(_ call: String, _ arguments: [String], _ names: [String], _ text: String, _ extra: [String] = []) {
        func wrap(_ expression: String) -> String {
            call == "split" ? "#foreach($part in \(expression))[$part]#end" : expression
        }
        let constant = wrap("$s.\(call)(\(arguments.map(quoted).joined(separator: ", "))\(extra.map { ", " + $0 }.joined()))")
        let variable = wrap("$s.\(call)(\(names.map { "$" + $0 }.joined(separator: ", "))\(extra.map { ", " + $0 }.joined()))")
        var variables: [String: VTLValue] = ["s": .string(text)]
        for (name, argument) in zip(names, arguments) { variables[name] = .string(argument) }
        // An error is reported at the method's name, at the same line and column in both.
        let viaConstant = outcome("x\n  " + constant + "|", variables)
        let viaVariable = outcome("x\n  " + variable + "|", variables)
        #expect(viaConstant == viaVariable, "\(call)(\(arguments)) on \(text)")
    }

    @Test func replaceAllAndReplaceFirst() {
        for (pattern, replacement) in Self.replacements {
            for text in Self.texts {
                agree("replaceAll", [pattern, replacement], ["p", "r"], text)
                agree("replaceFirst", [pattern, replacement], ["p", "r"], text)
            }
        }
    }

    @Test func replace() {
        for (target, replacement) in Self.replacements {
            for text in Self.texts {
                agree("replace", [target, replacement], ["p", "r"], text)
            }
        }
    }

    @Test func matchesAndSplit() {
        let patterns = [";", "\\.", ".", "a", "b", "", "\\s*", "[ao]", "é", "😀", "\\\\", "'", "(", "[a", "a|", "(?:a)"]
        let texts = Self.texts + ["a;b;;c;;", ";", ";;", "a.b", "ab"]
        for pattern in patterns {
            for text in texts {
                agree("matches", [pattern], ["p"], text)
                agree("split", [pattern], ["p"], text)
                for limit in ["-1", "0", "1", "2", "3"] {
                    agree("split", [pattern], ["p"], text, [limit])
                }
            }
        }
    }

    /// A plain-text pattern with a replacement whose `\` escapes are resolved once
    /// (`plainReplacement`) gives what the regular expression engine gives.
    @Test(arguments: [#"\\"#, #"\'"#, #"x\\y"#, #"\é"#, #"\😀"#, #"\a\b"#, "", "plain"])
    func escapedReplacementsMatchTheRegexEngine(_ replacement: String) throws {
        #expect(JavaRegex.plainReplacement(replacement) != nil)
        for pattern in [#"\\'"#, "'", "ö", "😀", "ab"] {
            for text in Self.texts + [#"O\'Neil"#, "ö'ö", "😀😀", "abab"] {
                for all in [true, false] {
                    let viaRegex = try JavaRegex.replace(text, "(?:" + pattern + ")", replacement, all: all)
                    #expect(try JavaRegex.replace(text, pattern, replacement, all: all) == viaRegex, "\(text) / \(pattern) / \(replacement)")
                }
            }
        }
        #expect(JavaRegex.plainReplacement("a$1") == nil)
        #expect(JavaRegex.plainReplacement(#"a\"#) == nil)
    }

    /// The location of an error is the method's name, as on the general path.
    @Test func invalidPatternFailsWhereTheCallIs() {
        #expect(outcome("x\n  #foreach($p in $s.split('a(', 2))#end", ["s": .string("a")])
            == "error: render Invocation of method 'split' in class java.lang.String threw exception java.util.regex.PatternSyntaxException: invalid regular expression: a( at 2:21")
        let result = outcome("line one\n  $s.replaceAll('(', 'x')", ["s": .string("a(b")])
        #expect(result == "error: render Invocation of method 'replaceAll' in class java.lang.String threw exception java.util.regex.PatternSyntaxException: invalid regular expression: ( at 2:6")
        // Only a call that runs fails.
        #expect(outcome("#if(false)$s.replaceAll('(', 'x')#end|$s.matches('[')", ["s": .string("a")]).hasPrefix("error: render Invocation of method 'matches'"))
        #expect(outcome("#if(false)$s.replaceAll('(', 'x')#end ok", ["s": .string("a")]) == "ok:  ok")
    }

    /// A receiver that is not a String takes the general path.
    @Test func otherReceivers() {
        #expect(outcome("$n.replaceAll('a', 'b')|$m.split(',')|$l.matches('a')", ["n": .integer(7), "m": .null, "l": .list(VTLList(kind: .arrayList, elements: []))])
            == outcome("$n.replaceAll($p, $q)|$m.split($r)|$l.matches($p)", ["n": .integer(7), "m": .null, "l": .list(VTLList(kind: .arrayList, elements: [])), "p": .string("a"), "q": .string("b"), "r": .string(",")]))
    }

    /// The plain-text replacement returns the text unchanged when the pattern does not occur,
    /// and handles matches at either end and side by side.
    @Test func plainTextReplacement() {
        let s: [String: VTLValue] = ["s": .string("'ab''c'")]
        #expect(outcome(#"$s.replaceAll("'", "\\'")|$s.replaceAll("'", "\'")"#, s) == #"ok: \'ab\'\'c\'|'ab''c'"#)
        #expect(outcome("$s.replaceFirst(\"'\", 'x')|$s.replaceAll('z', 'x')|$s.replace('''''', '-')", s) == "ok: xab''c'|'ab''c'|'ab-c'")
        #expect(outcome(#"$s.replaceAll('\\''', '''')|$s.replaceAll('\''', '''')"#, ["s": .string(#"O\'Neil \'x\'"#)])
            == #"ok: O'Neil 'x'|O\'Neil \'x\'"#)
        #expect(outcome("$s.replaceAll('b', '\\\\')|$s.replaceAll('b', '\\$')", ["s": .string("abc")]) == "ok: a\\c|a$c")
        // A long text with many matches.
        let long = String(repeating: "it's ", count: 500)
        #expect(outcome("$s.replaceAll(\"'\", \"\\\\'\")", ["s": .string(long)]) == "ok: " + String(repeating: "it\\'s ", count: 500))
    }

    /// Escaped replacements and `split` limits, as Velocity 1.7 renders them (recorded with
    /// velocity-oracle).
    @Test func recordedFromVelocity() {
        let template = ##"#set($s = "O\'Ne'il é😀 ;a;;b;;")[$s.replaceAll("'", '\\''')][$s.replaceAll("'", "\'")][$s.replaceAll('é', '\é')][$s.replaceAll('\\''', '''')][$s.replaceFirst('😀', '\😀x')]#foreach($p in $s.split(';'))($p)#end|#foreach($p in $s.split(';', 2))($p)#end|#foreach($p in $s.split(';', -1))($p)#end|#set($t = ';;')#foreach($p in $t.split(';'))($p)#end."##
        #expect(outcome(template, [:]) == "ok: " + ##"[O\\'Ne\'il é😀 ;a;;b;;][O\'Ne'il é😀 ;a;;b;;][O\'Ne'il é😀 ;a;;b;;][O'Ne'il é😀 ;a;;b;;][O\'Ne'il é😀x ;a;;b;;](O\'Ne'il é😀 )(a)()(b)|(O\'Ne'il é😀 )(a;;b;;)|(O\'Ne'il é😀 )(a)()(b)()()|."##)
    }
}
