#include "feeds/feeds.hpp"

#include <algorithm>

#include "feeds/atom_feed.hpp"
#include "feeds/ics_calendar.hpp"
#include "feeds/sitemap.hpp"

namespace stilas::feeds {

std::vector<FeedFile> build_feeds(const FeedInput& input) {
    const config::SiteConfig& config = input.config;
    std::vector<FeedFile> files;
    files.push_back({"robots.txt", robots_txt(config)});
    files.push_back({"sitemap.xml", sitemap_xml(config, input.pages)});
    if (config.feed)
        files.push_back({config.feed->path, atom_feed(config, *config.feed, input.pages, input.reference_time)});
    if (config.calendar)
        files.push_back(
            {config.calendar->path, ics_calendar(config, *config.calendar, input.pages, input.reference_time)});
    std::sort(files.begin(), files.end(), [](const FeedFile& a, const FeedFile& b) { return a.path < b.path; });
    return files;
}

}  // namespace stilas::feeds
