// RFC 5545 content lines: TEXT escaping, and folding long lines at 75 octets without cutting a
// UTF-8 sequence.
#pragma once

#include <string>
#include <string_view>

namespace stilas::feeds {

/// A TEXT value: \ ; , become \\ \; \, and a line break (LF or CRLF) becomes \n; a lone CR
/// and the other control characters but tab are left out.
std::string ics_escape_text(std::string_view text);

/// `line` (without its line break) as one or more physical lines of at most 75 octets each,
/// every one ending with CRLF; continuation lines start with one space. A UTF-8 sequence is
/// never split.
std::string ics_fold(std::string_view line);

/// Builds an iCalendar object line by line.
class IcsWriter {
public:
    /// Appends "NAME:value" (the value as given: escape TEXT values first), folded.
    void line(std::string_view name, std::string_view value);
    /// Appends "NAME:value" with `value` escaped as TEXT, folded.
    void text(std::string_view name, std::string_view value);

    const std::string& str() const { return m_out; }

private:
    std::string m_out;
};

}  // namespace stilas::feeds
