// Norwegian dates: "16. januar 2023" for pages, ISO 8601 for <time datetime="…">.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stilas::i18n {

enum class Language { nb, nn };

/// "nb" → nb, "nn" → nn, anything else → nullopt.
std::optional<Language> parse_language(std::string_view code);

/// The language's code ("nb"/"nn").
std::string_view language_code(Language language);

/// A calendar date or a local date-time, checked (month 1–12, the day exists in the month).
struct Date {
    int year = 0, month = 0, day = 0;
    int hour = -1, minute = -1;             ///< -1 when only a date was given

    bool has_time() const { return hour >= 0; }
};

/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DD HH:MM"; nullopt if malformed or
/// not a real date.
std::optional<Date> parse_date(std::string_view text);

/// "januar" … "desember" (the same words in bokmål and nynorsk); month 1–12.
std::string_view month_name(int month, Language language);

/// "16. januar 2023"; with a time "16. januar 2023 kl. 10.00" (Språkrådet's style).
std::string format_date(const Date& date, Language language);

/// "2023-01-16" or "2023-01-16T10:00" for <time datetime>.
std::string iso_date(const Date& date);

}  // namespace stilas::i18n
