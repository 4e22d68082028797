// Norwegian number forms and SVG coordinates for the charts.
#include <doctest/doctest.h>

#include <locale>

#include "render/chart_number.hpp"

using stilas::render::norwegian_number;
using stilas::render::svg_coordinate;

namespace {

// A global C++ locale that writes "1.234,5": the chart output must not follow it.
struct CommaDecimal : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

}  // namespace

TEST_CASE("numbers written in front matter get a decimal comma, a minus sign and spaced thousands") {
    CHECK(norwegian_number("56") == "56");
    CHECK(norwegian_number("33.5") == "33,5");
    CHECK(norwegian_number("33.50") == "33,50");
    CHECK(norwegian_number("-2.25") == "\u22122,25");
    CHECK(norwegian_number("+7") == "7");
    CHECK(norwegian_number("2021") == "2021");
    CHECK(norwegian_number("20000") == "20\u00A0000");
    CHECK(norwegian_number("1234567.125") == "1\u00A0234\u00A0567,125");
    CHECK(norwegian_number("ikke et tall") == "ikke et tall");
    CHECK(norwegian_number("1.") == "1.");
}

TEST_CASE("computed numbers drop trailing zeros and floating-point noise") {
    CHECK(norwegian_number(0.0) == "0");
    CHECK(norwegian_number(-0.0) == "0");
    CHECK(norwegian_number(2.5) == "2,5");
    CHECK(norwegian_number(0.1 * 3) == "0,3");
    CHECK(norwegian_number(100.0) == "100");
    CHECK(norwegian_number(-20.0) == "\u221220");
}

TEST_CASE("SVG coordinates have at most one decimal and a decimal point") {
    CHECK(svg_coordinate(40) == "40");
    CHECK(svg_coordinate(12.25) == "12.3");
    CHECK(svg_coordinate(157.33333) == "157.3");
    CHECK(svg_coordinate(-0.01) == "0");
}

TEST_CASE("number formatting does not follow the global locale") {
    const std::locale before = std::locale::global(std::locale(std::locale::classic(), new CommaDecimal));
    CHECK(svg_coordinate(1234.5) == "1234.5");
    CHECK(norwegian_number(1234.5) == "1234,5");
    CHECK(norwegian_number(12345.5) == "12\u00A0345,5");
    std::locale::global(before);
}
