// SourceText: byte offsets in a body to file lines and code-point columns.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "markdown/source_text.hpp"

using stilas::markdown::SourceText;

TEST_CASE("positions count code points on long lines, asked in any order") {
    // A long line mixing one-, two- and three-byte characters, so columns are counted over
    // whole eight-byte words as well as the bytes around them.
    std::string line;
    for (int i = 0; i < 30; ++i) line += "ab æø – ";
    const std::string body = "første linje\n" + line + "\nslutt";
    SourceText text(body, "content/a.md", 5);
    CHECK(text.line_count() == 3);
    // Expected columns by walking the line one byte at a time.
    std::vector<int> expected(line.size() + 1);
    int col = 1;
    for (size_t i = 0; i <= line.size(); ++i) {
        expected[i] = col;
        if (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
    }
    const size_t start = body.find('\n') + 1;
    for (size_t i : {size_t{0}, size_t{7}, size_t{8}, size_t{63}, size_t{64}, line.size(), size_t{100}, size_t{3}}) {
        const auto pos = text.pos_at(start + i);
        CHECK(pos.path == "content/a.md");
        CHECK(pos.line == 6);
        CHECK(pos.col == expected[i]);
    }
    CHECK(text.pos_at(body.size()).line == 7);
    CHECK(text.pos_at(0) == stilas::diag::SourcePos{"content/a.md", 5, 1});
}
