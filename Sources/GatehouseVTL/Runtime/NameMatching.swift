/// `switch name { case "length": ... }` over method and property names.
///
/// The standard library's `==` on two different strings always calls out of line, so a switch
/// over dozens of method names paid one call per case it passed. This overload, which `switch`
/// picks for `String` patterns in this module, first compares the UTF-8 lengths (a field read
/// for native strings) and only compares text when they agree. Same result as `==`.
@inline(__always)
func ~= (pattern: String, value: String) -> Bool {
    pattern.utf8.count == value.utf8.count && pattern == value
}
