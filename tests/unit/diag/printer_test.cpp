#include <doctest/doctest.h>

#include <sstream>

#include "diag/printer.hpp"

using namespace stilas::diag;

TEST_CASE("the printer sorts by file and position, shows the line with a caret and sums up") {
    Diagnostics d;
    d.warning({"content/b.md", 1, 1}, "GEN001", "Hugo-kortkode blir ikke tolket.");
    d.error({"content/a.md", 2, 10}, "REF001", "«samskapning» finnes ikke i temaer.", "Mente du «samskaping»?");
    d.error({"content/a.md", 2, 10}, "REF001", "«samskapning» finnes ikke i temaer.", "Mente du «samskaping»?");
    std::ostringstream out;
    print_diagnostics(out, d, [](const std::string& path) -> std::optional<std::string_view> {
        if (path == "content/a.md") return std::string_view("---\ntemaer: [samskapning]\n---\n");
        return std::nullopt;
    });
    CHECK(out.str() ==
          "content/a.md:2:10: feil[REF001]: «samskapning» finnes ikke i temaer. Mente du «samskaping»?\n"
          "  2 | temaer: [samskapning]\n"
          "    |          ^\n"
          "content/b.md:1:1: advarsel[GEN001]: Hugo-kortkode blir ikke tolket.\n"
          "1 feil, 1 advarsel.\n");
    CHECK(d.error_count() == 1);
}

TEST_CASE("the summary line is Norwegian") {
    CHECK(summary_line(0, 0) == "Ingen feil.");
    CHECK(summary_line(3, 2) == "3 feil, 2 advarsler.");
}
