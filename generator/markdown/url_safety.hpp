// URL scheme policy for Markdown links and images: which destinations never reach an href.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stilas::markdown {

enum class UrlUse { link, image };

/// The scheme ("javascript:", "vbscript:", "file:", "data:") when `url` would make a browser run
/// or load something unsafe, after the normalisation browsers apply (leading spaces and control
/// characters dropped, tabs and newlines removed, case folded); nullopt when the URL is allowed.
/// data:image/png|gif|jpeg|webp is allowed for images only.
std::optional<std::string> unsafe_scheme(std::string_view url, UrlUse use);

}  // namespace stilas::markdown
