// The build's "today": what "upcoming" and feed timestamps are measured against. Taken from the
// input, never from the clock, so two builds of the same commit are byte-identical.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "content/document.hpp"
#include "source/source_file.hpp"

namespace stilas::site {

/// SOURCE_DATE_EPOCH when given (the reproducible-builds convention), else the newest commit
/// time among the sources (git), else the newest `date`/`updated` of the pages, else 0.
int64_t reference_time(std::optional<std::string_view> source_date_epoch,
                       const std::vector<source::SourceFile>& files, const std::vector<content::Document>& pages);

/// Seconds since the epoch at 00:00 UTC of an ISO date "YYYY-MM-DD"; nullopt if it is not one.
std::optional<int64_t> epoch_of_date(std::string_view iso_date);

}  // namespace stilas::site
