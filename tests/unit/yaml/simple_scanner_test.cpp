#include <doctest/doctest.h>

#include "support/test_random.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "yaml/event_reader.hpp"
#include "yaml/simple_scanner.hpp"
#include "yaml/text_guard.hpp"

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

// A tree with every member the builders set, positions included.
void dump(const Node& n, std::ostream& out) {
    out << static_cast<int>(n.kind) << '@' << n.line << ':' << n.col << (n.quoted ? "q" : "") << '[' << n.scalar << ']';
    if (n.is_sequence()) {
        out << "items{";
        for (const Node& item : n.items) dump(item, out), out << ' ';
        out << '}';
    }
    if (n.is_mapping()) {
        out << "entries{";
        for (const auto& [key, value] : n.entries) dump(key, out), out << '=', dump(value, out), out << ' ';
        out << '}';
    }
}

std::string dump(const std::optional<Node>& n) {
    if (!n) return "(ingen)";
    std::ostringstream out;
    dump(*n, out);
    return out.str();
}

// When the fast path takes a text, its tree and diagnostics must be the yaml-cpp path's, and
// the pre-scan it skips must have nothing to say; when it declines, it reports nothing.
bool same_tree(const std::string& text, int first_line = 4) {
    INFO("text: «" << text << "»");
    stilas::diag::Diagnostics fast_found, reference_found;
    const std::string path = "content/a.md";
    Reporter fast_reporter(path, fast_found);
    const auto fast = read_simple(text, first_line, fast_reporter);
    if (!fast) {
        CHECK(fast_found.sorted().empty());
        return false;
    }
    const GuardResult guard = scan_text(text);
    CHECK(guard.indent_tabs.empty());
    CHECK_FALSE(guard.too_deep.has_value());
    CHECK_FALSE(guard.unclosed_quote.has_value());
    const LineIndex index(text, first_line);
    Reporter reference_reporter(path, reference_found);
    const auto reference = read_events(text, index, reference_reporter);
    CHECK(dump(fast) == dump(reference));
    CHECK(fast_found.headlines() == reference_found.headlines());
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
        const std::string front = front_matter_of(entry.path().string());
        CHECK(same_tree(front) == agrees(front));
        if (agrees(front)) ++taken;
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
        CHECK(same_tree(text) == agrees(text));
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

TEST_CASE("the fast path's tree has yaml-cpp's positions across multi-byte characters") {
    CHECK(same_tree("tittel: æøå\nemner: [æ, «ø», å — b,  c]\nsteder: [Tromsø,Bodø , Ås]\n"));
    CHECK(same_tree("a: [ ]\nb: []\nc: [~, x, null]\n", 1));
    const auto tree = [] {
        stilas::diag::Diagnostics d;
        const std::string path = "content/a.md";
        Reporter reporter(path, d);
        return read_simple("a: [æø, å]\n", 2, reporter);
    }();
    REQUIRE(tree.has_value());
    const Node& list = tree->entries.at(0).second;
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[1].line == 2);
    CHECK(list.items[1].col == 9);  // a: [æø, å — the bytes before it are 10, the code points 8
}

TEST_CASE("the fast path's tree matches yaml-cpp's for block scalars and block lists") {
    CHECK(same_tree("summary: >\n  brettet æ\n  tekst\ntags:\n  - a\n  - \"b c\"\n  - ~\nx: 1\n"));
    CHECK(same_tree("summary: >-\n  brettet\n  tekst"));
    CHECK(same_tree("kode: |\n  linje en\n  linje to\n"));
    CHECK(same_tree("kode: |-\n  linje en\n  linje to\n# slutt\n"));
    CHECK(same_tree("liste:\n- a\n- b\n"));
}

TEST_CASE("the fast path reports duplicate keys as the yaml-cpp path does, in small and large mappings") {
    CHECK(same_tree("a: 1\nb: 2\na: 3\n"));
    std::string many;
    for (int i = 0; i < 40; ++i) many += "k" + std::to_string(i) + ": v\n";
    many += "k3: igjen\nk39: igjen\nk3: tredje\n";
    CHECK(same_tree(many));
    stilas::diag::Diagnostics d;
    const std::string path = "content/a.md";
    Reporter reporter(path, d);
    CHECK(read_simple(many, 1, reporter).has_value());
    CHECK(d.error_count() == 3);
    // A duplicate in a text the fast path then declines is left to yaml-cpp to report.
    stilas::diag::Diagnostics declined;
    Reporter declined_reporter(path, declined);
    CHECK_FALSE(read_simple("a: 1\na: 2\nb: 'x'\n", 1, declined_reporter).has_value());
    CHECK(declined.sorted().empty());
}
