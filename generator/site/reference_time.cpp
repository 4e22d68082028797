#include "site/reference_time.hpp"

#include <algorithm>
#include <charconv>

#include "i18n/dates.hpp"
#include "util/civil_time.hpp"

namespace stilas::site {

namespace {
std::optional<int64_t> parse_int(std::string_view s) {
    int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return value;
}
}  // namespace

std::optional<int64_t> epoch_of_date(std::string_view iso) {
    if (iso.size() != 10) return std::nullopt;  // a day, not a date-time
    const auto date = i18n::parse_date(iso);
    if (!date) return std::nullopt;
    return util::epoch_from_civil({date->year, date->month, date->day, 0, 0, 0});
}

int64_t reference_time(std::optional<std::string_view> source_date_epoch,
                       const std::vector<source::SourceFile>& files, const std::vector<content::Document>& pages) {
    if (source_date_epoch)
        if (auto v = parse_int(*source_date_epoch)) return *v;
    int64_t newest = 0;
    for (const auto& f : files) newest = std::max(newest, f.modified);
    if (newest > 0) return newest;
    for (const auto& p : pages)
        for (const auto* date : {&p.date, &p.updated})
            if (auto t = epoch_of_date(*date)) newest = std::max(newest, *t);
    return newest;
}

}  // namespace stilas::site
