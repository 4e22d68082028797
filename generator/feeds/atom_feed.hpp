// The Atom feed (RFC 4287) of one type's pages, configured by `feed:` in stilas.yaml.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"

namespace stilas::feeds {

/// The most entries a feed holds (the newest).
inline constexpr size_t k_max_feed_entries = 50;

/// The feed document for `feed`: one entry per published page of its type (example pages
/// left out), newest first by `updated`, `date` or git time (else `reference_time`), ties by
/// URL, at most k_max_feed_entries. Entry ids are the pages' absolute URLs; the feed's
/// `updated` is its newest entry's (or `reference_time` when it has none).
std::string atom_feed(const config::SiteConfig& config, const config::FeedConfig& feed,
                      const std::vector<content::Document>& pages, int64_t reference_time);

}  // namespace stilas::feeds
