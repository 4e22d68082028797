// URL rules for generated pages (listings, taxonomies, terms, output files) and the one href
// sanitiser every link built from content goes through.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stilas::render {

/// The href to write for a URL taken from content, or nullopt when it must not become a link.
/// Allowed: http:, https:, mailto: (scheme case-insensitive), site paths starting with one "/"
/// and "#anchors". Refused: every other scheme (javascript:, data:, …), "//host", relative
/// paths, backslashes, control characters. Spaces are written as %20.
std::optional<std::string> safe_href(std::string_view href);

/// "/<name>/" for a type listing, a generic section or a taxonomy.
std::string section_url(std::string_view name);

/// "/<taxonomy>/<term>/".
std::string term_url(std::string_view taxonomy, std::string_view term);

/// The file for a page URL: "/verktoy/igp/" → "verktoy/igp/index.html", "/" → "index.html",
/// "/404.html" → "404.html". nullopt when the result is not a safe relative path.
std::optional<std::string> output_path(std::string_view url);

/// `base_url` (ending with '/') joined with a site URL ("/verktoy/igp/").
std::string absolute_url(std::string_view base_url, std::string_view url);

/// The edit link for a source file from the pattern's "{path}", sanitised; nullopt when there
/// is no pattern or the result is not a safe href.
std::optional<std::string> edit_url(std::string_view pattern, std::string_view content_path);

/// A contact value as an href: an e-mail address becomes "mailto:…"; URLs go through safe_href.
std::optional<std::string> contact_href(std::string_view contact);

}  // namespace stilas::render
