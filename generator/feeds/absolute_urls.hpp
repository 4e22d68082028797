// Absolute addresses for what other programs read: feeds, calendars and sitemaps cannot use
// site paths, so every URL there is joined with base_url.
#pragma once

#include <string>
#include <string_view>

namespace stilas::feeds {

/// `base_url` (ending with '/') joined with a site URL ("/verktoy/igp/").
std::string absolute_url(std::string_view base_url, std::string_view url);

/// True when `base_url` is a full http(s) address (generic mode has only "/").
bool is_absolute(std::string_view base_url);

/// The host of `base_url` without user, port or path ("kulturskole.example.no"); "" when
/// there is none.
std::string host_of(std::string_view base_url);

}  // namespace stilas::feeds
