// SourcePos and Diagnostic: one message about one place in one source file.
#pragma once

#include <string>

namespace stilas::diag {

/// A position in an original source file. `path` is as the editor knows it (e.g.
/// "content/verktoy/igp.md"); line and col are 1-based, col in Unicode code points.
/// line == 0 means the file as a whole; col == 0 means the line as a whole.
struct SourcePos {
    std::string path;
    int line = 0;
    int col = 0;

    friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

/// A line and column in a file that the holder knows (a page's links and headings keep
/// these, not a SourcePos each: the path is the page's, and a copy of it per link was about a
/// tenth of the parsed site's memory). `in(path)` makes the SourcePos a diagnostic takes.
struct LineCol {
    int line = 0;
    int col = 0;

    SourcePos in(std::string path) const { return SourcePos{std::move(path), line, col}; }
    friend bool operator==(const LineCol&, const LineCol&) = default;
};

enum class Severity { warning, error };

/// One finding. `code` is stable per kind (e.g. "REF001"); `message` is a Norwegian sentence;
/// `hint` is an optional suggestion printed after it ("Mente du «samskaping»?").
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;
    SourcePos pos;
    std::string message;
    std::string hint;

    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// "path:line:col: feil[CODE]: message hint" — the first line the printer writes, and the
/// string tests pin.
std::string format_headline(const Diagnostic& d);

}  // namespace stilas::diag
