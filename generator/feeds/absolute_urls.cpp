#include "feeds/absolute_urls.hpp"

#include "util/strings.hpp"

namespace stilas::feeds {

std::string absolute_url(std::string_view base_url, std::string_view url) {
    std::string out(base_url);
    if (!out.empty() && out.back() == '/' && url.starts_with('/')) url.remove_prefix(1);
    out += url;
    return out;
}

bool is_absolute(std::string_view base_url) {
    return base_url.starts_with("https://") || base_url.starts_with("http://");
}

std::string host_of(std::string_view base_url) {
    const size_t scheme = base_url.find("://");
    if (scheme == std::string_view::npos) return {};
    std::string_view rest = base_url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
    if (size_t colon = rest.rfind(':'); colon != std::string_view::npos && !rest.ends_with(']'))
        rest = rest.substr(0, colon);
    return util::to_lower_ascii(rest);
}

}  // namespace stilas::feeds
