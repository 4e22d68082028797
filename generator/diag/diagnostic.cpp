#include "diag/diagnostic.hpp"

namespace stilas::diag {

std::string format_headline(const Diagnostic& d) {
    std::string out = d.pos.path;
    if (d.pos.line > 0) {
        out += ':' + std::to_string(d.pos.line);
        if (d.pos.col > 0) out += ':' + std::to_string(d.pos.col);
    }
    out += d.severity == Severity::error ? ": feil[" : ": advarsel[";
    out += d.code;
    out += "]: ";
    out += d.message;
    if (!d.hint.empty()) {
        out += ' ';
        out += d.hint;
    }
    return out;
}

}  // namespace stilas::diag
