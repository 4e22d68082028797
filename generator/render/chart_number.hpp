// Numbers as a Norwegian reader writes them (decimal comma, minus sign, spaced thousands) and
// as SVG coordinates; locale independent, so every build prints the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace stilas::render {

/// A number written in front matter ("-1234.50") in Norwegian form ("−1 234,50"): the digits as
/// written, a decimal comma, U+2212 for minus and a no-break space between thousands from five
/// integer digits on. Text that is not a plain decimal number is returned unchanged.
std::string norwegian_number(std::string_view written);

/// `value` rounded to at most six decimals, trailing zeros dropped, then as norwegian_number.
std::string norwegian_number(double value);

/// An SVG coordinate: rounded to one decimal, ".0" and "-0" dropped ("12.5", "40", "0").
std::string svg_coordinate(double value);

}  // namespace stilas::render
