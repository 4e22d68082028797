#include "diag/printer.hpp"

#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace stilas::diag {

namespace {
void print_source_line(std::ostream& out, const Diagnostic& d, const SourceLookup& lookup) {
    if (d.pos.line <= 0 || !lookup) return;
    auto text = lookup(d.pos.path);
    if (!text) return;
    auto lines = util::split_lines(*text);
    if (static_cast<size_t>(d.pos.line) > lines.size()) return;
    std::string_view line = lines[static_cast<size_t>(d.pos.line) - 1];
    std::string number = std::to_string(d.pos.line);
    out << "  " << number << " | " << line << '\n';
    if (d.pos.col <= 0) return;
    // Keep tabs as tabs so the caret lines up under the same column in a terminal.
    std::string pad;
    size_t pos = 0;
    for (int c = 1; c < d.pos.col && pos < line.size(); ++c) {
        char first = line[pos];
        util::decode_utf8(line, pos);
        pad += first == '\t' ? '\t' : ' ';
    }
    out << "  " << std::string(number.size(), ' ') << " | " << pad << "^\n";
}
}  // namespace

std::string summary_line(size_t errors, size_t warnings) {
    if (errors == 0 && warnings == 0) return "Ingen feil.";
    std::string out;
    if (errors > 0) out = std::to_string(errors) + " feil";
    if (warnings > 0) {
        if (!out.empty()) out += ", ";
        out += std::to_string(warnings) + (warnings == 1 ? " advarsel" : " advarsler");
    }
    return out + ".";
}

void print_diagnostics(std::ostream& out, const Diagnostics& diagnostics, const SourceLookup& lookup) {
    size_t errors = 0, warnings = 0;
    for (const auto& d : diagnostics.sorted()) {
        (d.severity == Severity::error ? errors : warnings) += 1;
        out << format_headline(d) << '\n';
        print_source_line(out, d, lookup);
    }
    out << summary_line(errors, warnings) << '\n';
}

}  // namespace stilas::diag
