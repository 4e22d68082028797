#include "site/reference_time.hpp"

#include <algorithm>
#include <charconv>

namespace stilas::site {

namespace {
// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's method).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<int64_t> parse_int(std::string_view s) {
    int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return value;
}
}  // namespace

std::optional<int64_t> epoch_of_date(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    auto y = parse_int(iso.substr(0, 4)), m = parse_int(iso.substr(5, 2)), d = parse_int(iso.substr(8, 2));
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
    return days_from_civil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d)) * 86400;
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
