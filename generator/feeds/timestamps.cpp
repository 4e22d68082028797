#include "feeds/timestamps.hpp"

#include <cstdio>

#include "i18n/dates.hpp"

namespace stilas::feeds {
std::optional<int64_t> day_start(const std::string& iso) {
    if (iso.empty()) return std::nullopt;
    auto date = i18n::parse_date(iso);
    if (!date) return std::nullopt;
    return epoch_from_civil({date->year, date->month, date->day, 0, 0, 0});
}

std::string rfc3339_utc(int64_t seconds) {
    const CivilTime t = civil_from_epoch(seconds);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}

std::string ics_utc(int64_t seconds) {
    const CivilTime t = civil_from_epoch(seconds);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buffer;
}

std::optional<int64_t> page_changed(const content::Document& page) {
    if (auto updated = day_start(page.updated)) return updated;
    if (auto date = day_start(page.date)) return date;
    if (page.modified > 0) return page.modified;
    return std::nullopt;
}

}  // namespace stilas::feeds
