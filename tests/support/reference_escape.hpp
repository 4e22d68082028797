// reference_escape: HTML escaping written out character by character, the reference the tests
// compare the fast escapers with (render's PageBuffer and the template engine's output).
#pragma once

#include <string>
#include <string_view>

namespace stilas::test {

inline std::string reference_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace stilas::test
