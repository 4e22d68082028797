#include "markdown/url_safety.hpp"

#include <array>

#include "util/strings.hpp"

namespace stilas::markdown {
namespace {

// Browsers strip leading C0 controls and spaces and remove tabs and newlines anywhere before
// parsing a URL, so "  Java\tScript:" is still javascript:. We fold the same way.
std::string browser_view(std::string_view url) {
    std::string out;
    size_t i = 0;
    while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
    for (; i < url.size(); ++i) {
        const auto c = static_cast<unsigned char>(url[i]);
        if (c == '\t' || c == '\n' || c == '\r' || c < 0x20) continue;
        out.push_back(static_cast<char>(c));
    }
    return util::to_lower_ascii(out);
}

bool is_scheme_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

}  // namespace

std::optional<std::string> unsafe_scheme(std::string_view url, UrlUse use) {
    // Most links on a site start with '/', '.', '#' or '?': no browser reads a scheme there.
    if (!url.empty() && static_cast<unsigned char>(url[0]) > 0x20 && !((url[0] | 0x20) >= 'a' && (url[0] | 0x20) <= 'z'))
        return std::nullopt;
    const std::string view = browser_view(url);
    const size_t colon = view.find(':');
    if (colon == std::string::npos || colon == 0 || !(view[0] >= 'a' && view[0] <= 'z')) return std::nullopt;
    for (size_t i = 0; i < colon; ++i) {
        if (!is_scheme_char(view[i])) return std::nullopt;
    }
    const std::string scheme = view.substr(0, colon + 1);
    if (scheme == "data:" && use == UrlUse::image) {
        static constexpr std::array<std::string_view, 4> k_image_types = {
            "data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"};
        for (std::string_view type : k_image_types) {
            if (view.starts_with(type) && view.size() > type.size() &&
                (view[type.size()] == ';' || view[type.size()] == ',')) {
                return std::nullopt;
            }
        }
    }
    if (scheme == "javascript:" || scheme == "vbscript:" || scheme == "file:" || scheme == "data:") return scheme;
    return std::nullopt;
}

}  // namespace stilas::markdown
