// Lets doctest print the values it compares: lists of diagnostic headlines in particular.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& lines) {
        std::string out = "{";
        for (const auto& line : lines) out += "\n  \"" + line + "\"";
        return (out + "\n}").c_str();
    }
};
}  // namespace doctest
