#include "feeds/ics_text.hpp"

#include <algorithm>

namespace stilas::feeds {
namespace {

constexpr size_t k_max_octets = 75;

// Octets in the UTF-8 sequence a lead byte starts; a stray continuation byte counts as one.
size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') {
                    out += "\\n";
                    ++i;
                }
                break;
            case '\t':
                out += c;
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    size_t used = 0;  // octets on the current physical line
    size_t i = 0;
    while (i < line.size()) {
        size_t length = std::min(sequence_length(static_cast<unsigned char>(line[i])), line.size() - i);
        if (used + length > k_max_octets) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line.substr(i, length));
        used += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

void IcsWriter::line(std::string_view name, std::string_view value) {
    std::string logical(name);
    logical += ':';
    logical += value;
    m_out += ics_fold(logical);
}

void IcsWriter::text(std::string_view name, std::string_view value) {
    line(name, ics_escape_text(value));
}

}  // namespace stilas::feeds
