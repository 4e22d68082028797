#include "content/page_text.hpp"

#include "util/utf8.hpp"

namespace stilas::content {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

diag::SourcePos pos_at(std::string_view text, size_t offset, const std::string& display_path) {
    auto lc = util::line_col_at(text, offset);
    return {display_path, lc.line, lc.col};
}

}  // namespace

std::optional<std::string> decode_page_text(std::string_view bytes, const std::string& display_path,
                                            diag::Diagnostics& diagnostics) {
    if (bytes.size() > k_max_page_bytes) {
        diagnostics.error({display_path, 0, 0}, "ENC003", "Filen er større enn grensen på 4 MiB for en side.",
                          "Del siden opp i flere sider, eller legg store filer i media/.");
        return std::nullopt;
    }
    std::string_view text = bytes;
    if (text.starts_with(k_bom)) text.remove_prefix(k_bom.size());

    bool ok = true;
    if (auto bad = util::find_invalid_utf8(text)) {
        diagnostics.error(pos_at(text, *bad, display_path), "ENC001", "Filen er ikke gyldig UTF-8.",
                          "Lagre filen med tegnkodingen UTF-8.");
        ok = false;
    }
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        diagnostics.error(pos_at(text, nul, display_path), "ENC002", "Filen inneholder et NUL-tegn (byte 0).",
                          "Er dette en binærfil? Fjern tegnet, eller flytt filen til media/.");
        ok = false;
    }
    if (!ok) return std::nullopt;

    // A CR right before LF never changes a line or column number, so dropping it keeps every
    // position and makes a CRLF file parse exactly like its LF twin.
    std::string out;
    out.reserve(text.size());
    size_t done = 0;
    for (size_t cr = text.find("\r\n"); cr != std::string_view::npos; cr = text.find("\r\n", done)) {
        out.append(text, done, cr - done);
        done = cr + 1;
    }
    out.append(text, done);
    return out;
}

}  // namespace stilas::content
