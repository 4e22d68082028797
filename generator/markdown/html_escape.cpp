#include "markdown/html_escape.hpp"

#include <array>

namespace stilas::markdown {
namespace {

// cmark-gfm's URL-safe set: letters, digits and -_.+!*(),%#@?=;:/$~ are copied as they are.
constexpr std::array<bool, 256> make_href_safe() {
    std::array<bool, 256> safe{};
    for (int c = 'a'; c <= 'z'; ++c) safe[static_cast<size_t>(c)] = true;
    for (int c = 'A'; c <= 'Z'; ++c) safe[static_cast<size_t>(c)] = true;
    for (int c = '0'; c <= '9'; ++c) safe[static_cast<size_t>(c)] = true;
    for (char c : std::string_view("-_.+!*(),%#@?=;:/$~")) safe[static_cast<unsigned char>(c)] = true;
    return safe;
}
constexpr std::array<bool, 256> k_href_safe = make_href_safe();

}  // namespace

void append_escaped_html(std::string& out, std::string_view text) {
    size_t done = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            default: continue;
        }
        out.append(text.substr(done, i - done));
        out += entity;
        done = i + 1;
    }
    out.append(text.substr(done));
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped_html(out, text);
    return out;
}

void append_escaped_href(std::string& out, std::string_view url) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    for (char ch : url) {
        const auto c = static_cast<unsigned char>(ch);
        if (k_href_safe[c]) {
            out += ch;
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\'') {
            out += "&#x27;";
        } else {
            out += '%';
            out += k_hex[c >> 4];
            out += k_hex[c & 0xF];
        }
    }
}

}  // namespace stilas::markdown
