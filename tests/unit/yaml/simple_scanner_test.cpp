#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "yaml/simple_scanner.hpp"

using namespace stilas::yaml;

namespace {

std::string show(const std::optional<std::vector<Event>>& events) {
    if (!events) return "(ingen)";
    std::ostringstream out;
    for (const Event& e : *events)
        out << static_cast<int>(e.kind) << '@' << e.offset << '[' << e.value << ']' << (e.quoted ? "q" : "")
            << (e.flow ? "f" : "") << ' ';
    return out.str();
}

// When the fast path takes a text, its events must be yaml-cpp's, mark for mark.
bool agrees(const std::string& text) {
    const auto fast = scan_simple(text);
    if (!fast) return false;
    const auto reference = yaml_cpp_events(text);
    INFO("text: «" << text << "»");
    CHECK(show(fast) == show(reference));
    return true;
}

std::string front_matter_of(const std::string& file) {
    std::ifstream in(file);
    std::string line, out;
    if (!std::getline(in, line) || line != "---") return {};
    while (std::getline(in, line) && line != "---") out += line + "\n";
    return out;
}

}  // namespace

TEST_CASE("the fast path gives yaml-cpp's events for the bundled content's front matter") {
    size_t taken = 0, files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(STILAS_SOURCE_DIR) + "/content")) {
        if (entry.path().extension() != ".md") continue;
        ++files;
        if (agrees(front_matter_of(entry.path().string()))) ++taken;
    }
    CHECK(files > 50);
    CHECK(taken > 0);
    MESSAGE(taken << " of " << files << " front matters took the fast path");
}

TEST_CASE("the fast path gives yaml-cpp's events for thousands of tricky documents, or declines them") {
    const std::vector<std::string> keys{"title", "a-b", "x_1", "1", "ja", "null", "-a", "a b", "æ", "tittel"};
    const std::vector<std::string> separators{": ", ":  ", ":", " : ", ":\t"};
    const std::vector<std::string> values{
        "plain text", "a: b", "a #c", "a#b", "C#", "'q'", "\"q\"", "it's", "~", "null", "Null", "NULL", "", " ",
        "[a, b]", "[a,b ,c]", "[]", "[ ]", "[a, [b]]", "[a, b,]", "[a,, b]", "{a: b}", "-x", "- x", "?x", "x:",
        "http://x.no/a?b=c&d", "2024-01-05", "1.5", "=", "<<", "a  b  ", "æøå «sitat»", "&a b", "*a", "!x", "|",
        ">", "%x", "@x", "`x`", "[a: b]", "[\"a\"]", "[a #b]", "[~, null]", "a, b", "a ]", "[a", "a]", "yes",
        "on", "0x1F", "a:b", "a :b", "[ a , b ]", "x  # note", "verdi med    mellomrom", "[æ, ø, å]",
        "\"sitert tekst\"", "\"med \\\" inni\"", "\"a\" b", "\"\"", "\n  - a\n  - b", "\n- a\n- b",
        "\n  - \"q\"\n  - x y", "\n  - a\n   - b", "\n  -a", "\n  - a: b", "\n  - [a]", "\n  - ~\n  - null",
        "\n  - a\n\n  - b", "\n  - a #c", "\n    - dypt\n    - innrykk", "\n  - - a", "\n  - 'a'",
        ">-\n  brettet tekst\n  over to linjer", ">\n  brettet\n  tekst", "|\n  linje en\n  linje to", "|-\n  a: b\n  # c",
        ">-\n  a\n   b", ">-\n  a\n\n  b", ">+\n  a", ">2\n  a", ">- # note\n  a", ">-\n  a  \n  b", ">-", ">-\nx: y",
        "> \n  a"};
    const std::vector<std::string> extra_lines{"# kommentar", "", "  innrykk: x", "- punkt", "---", "...", "   ", "#", " # x"};
    stilas::test::TestRandom random{12345};
    // Half the documents use only shapes the fast path takes, so that many get compared.
    const std::vector<std::string> good{"plain text", "C#", "it's", "~", "null", "[a, b]", "[]", "2024-01-05",
                                        "æøå «sitat»", "a:b", "\"sitert tekst\"", "\n  - a\n  - b",
                                        ">-\n  brettet tekst\n  over to linjer", "|\n  linje en\n  linje to",
                                        "[ a , b ]", "\n- a\n- \"b c\"", "http://x.no/a?b=c&d", "yes"};
    size_t taken = 0;
    for (int doc = 0; doc < 6000; ++doc) {
        std::string text;
        const size_t lines = 1 + random.below(5);
        const bool easy = doc % 2 == 0;
        for (size_t l = 0; l < lines; ++l) {
            if (!easy && random.below(6) == 0) text += extra_lines[random.below(extra_lines.size())];
            else if (easy) text += keys[random.below(4)] + ": " + good[random.below(good.size())];
            else text += keys[random.below(keys.size())] + separators[random.below(separators.size())] + values[random.below(values.size())];
            if (l + 1 < lines || random.below(2) == 0) text += "\n";
        }
        if (agrees(text)) ++taken;
    }
    MESSAGE(taken << " of 6000 generated documents took the fast path");
    CHECK(taken > 2000);
}

TEST_CASE("the fast path declines what it does not handle") {
    CHECK_FALSE(scan_simple("").has_value());
    CHECK_FALSE(scan_simple("# bare en kommentar\n").has_value());
    CHECK_FALSE(scan_simple("a:\n  - b: c\n").has_value());
    CHECK_FALSE(scan_simple("a: >+\n  brettet\n").has_value());
    CHECK(scan_simple("a: >-\n  brettet\n  tekst\n").has_value());
    CHECK_FALSE(scan_simple("a: 'sitert'\n").has_value());
    CHECK_FALSE(scan_simple("a: b\n  fortsetter\n").has_value());
    CHECK_FALSE(scan_simple("a: [b, [c]]\n").has_value());
    CHECK_FALSE(scan_simple("a:\tb\n").has_value());
    CHECK(scan_simple("a: b\nc: [d, e]\n").has_value());
    CHECK(scan_simple("a:\n  - b\n  - \"c d\"\n").has_value());
}
