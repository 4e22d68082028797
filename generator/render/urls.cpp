#include "render/urls.hpp"

#include "util/paths.hpp"
#include "util/strings.hpp"

namespace stilas::render {

namespace {

bool starts_with_scheme(std::string_view href, std::string_view scheme) {
    return href.size() >= scheme.size() && util::to_lower_ascii(href.substr(0, scheme.size())) == scheme;
}

}  // namespace

std::optional<std::string> safe_href(std::string_view href) {
    href = util::trim(href);
    if (href.empty()) return std::nullopt;
    std::string out;
    out.reserve(href.size());
    for (char c : href) {
        const auto u = static_cast<unsigned char>(c);
        // Browsers drop tabs and newlines inside URLs ("java\tscript:") and read '\' as '/'.
        if (u < 0x20 || u == 0x7f || c == '\\') return std::nullopt;
        if (c == ' ')
            out += "%20";
        else
            out += c;
    }
    if (out[0] == '#') return out;
    if (out[0] == '/') {
        if (out.size() > 1 && out[1] == '/') return std::nullopt;
        return out;
    }
    if (starts_with_scheme(out, "https://") || starts_with_scheme(out, "http://")) {
        const size_t host = out.find("://") + 3;
        if (host >= out.size() || out[host] == '/') return std::nullopt;
        return out;
    }
    if (starts_with_scheme(out, "mailto:") && out.size() > 7) return out;
    return std::nullopt;
}

// Made at their full size at once (a page makes several): no temporaries, one allocation.
std::string section_url(std::string_view name) {
    std::string url;
    url.reserve(name.size() + 2);
    url.append(1, '/').append(name).append(1, '/');
    return url;
}

std::string term_url(std::string_view taxonomy, std::string_view term) {
    std::string url;
    url.reserve(taxonomy.size() + term.size() + 3);
    url.append(1, '/').append(taxonomy).append(1, '/').append(term).append(1, '/');
    return url;
}

std::optional<std::string> output_path(std::string_view url) {
    if (url.empty() || url[0] != '/') return std::nullopt;
    url.remove_prefix(1);
    std::string path(url);
    if (path.empty() || path.back() == '/') path += "index.html";
    if (!util::is_safe_relative_path(path)) return std::nullopt;
    return path;
}

std::string absolute_url(std::string_view base_url, std::string_view url) {
    if (!base_url.empty() && base_url.back() == '/' && !url.empty() && url[0] == '/') url.remove_prefix(1);
    std::string out;
    out.reserve(base_url.size() + url.size());
    out.append(base_url).append(url);
    return out;
}

std::optional<std::string> edit_url(std::string_view pattern, std::string_view content_path) {
    if (pattern.empty() || content_path.empty()) return std::nullopt;
    return safe_href(util::replace_all(pattern, "{path}", content_path));
}

std::optional<std::string> contact_href(std::string_view contact) {
    contact = util::trim(contact);
    if (contact.empty()) return std::nullopt;
    const bool looks_like_email = contact.find('@') != std::string_view::npos &&
                                  contact.find(':') == std::string_view::npos &&
                                  contact.find('/') == std::string_view::npos;
    if (looks_like_email) return safe_href("mailto:" + std::string(contact));
    return safe_href(contact);
}

}  // namespace stilas::render
