// What other programs read, built from the published pages: the Atom feed and the ICS calendar
// that stilas.yaml asks for, sitemap.xml and robots.txt. The entry point of feeds/.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"

namespace stilas::feeds {

/// One file to write: a relative path below the site root and its bytes.
struct FeedFile {
    std::string path;
    std::string bytes;
};

/// What build_feeds() reads.
struct FeedInput {
    const config::SiteConfig& config;
    /// The published pages (drafts already left out), home and section indexes included.
    const std::vector<content::Document>& pages;
    /// The build's "today" (seconds since the epoch, UTC) for entries whose change time is
    /// unknown: never the clock, so the same input gives the same bytes.
    int64_t reference_time = 0;
};

/// sitemap.xml and robots.txt always; the feed and the calendar when configured. Sorted by
/// path; the bytes depend only on the input.
std::vector<FeedFile> build_feeds(const FeedInput& input);

}  // namespace stilas::feeds
