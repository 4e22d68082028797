#include "source/source_diagnostics.hpp"

#include "util/paths.hpp"

namespace stilas::source {
namespace {

std::string quoted_name(const std::string& display_path) {
    std::string_view p = display_path;
    while (!p.empty() && p.back() == '/') p.remove_suffix(1);
    return "«" + std::string(util::file_name(p)) + "»";
}

}  // namespace

void report_symlink(diag::Diagnostics& diagnostics, const std::string& display_path) {
    diagnostics.warning(diag::SourcePos{display_path, 0, 0}, "SRC001",
                        quoted_name(display_path) + " er en symbolsk lenke og blir ikke lest.",
                        "Erstatt lenken med selve filen eller mappen.");
}

void report_special_file(diag::Diagnostics& diagnostics, const std::string& display_path) {
    diagnostics.warning(diag::SourcePos{display_path, 0, 0}, "SRC002",
                        quoted_name(display_path) + " er ikke en vanlig fil eller mappe og blir ikke lest.",
                        "Fjern den fra innholdsmappen.");
}

void report_submodule(diag::Diagnostics& diagnostics, const std::string& display_path) {
    diagnostics.warning(diag::SourcePos{display_path, 0, 0}, "SRC003",
                        quoted_name(display_path) + " er en git-undermodul og blir ikke lest.",
                        "Legg innholdet direkte i depotet i stedet for som undermodul.");
}

void report_shallow_history(diag::Diagnostics& diagnostics, const std::string& repo_display) {
    diagnostics.warning(diag::SourcePos{repo_display, 0, 0}, "SRC004",
                        "Git-historikken er grunn (shallow clone); datoene kan være feil.",
                        "Hent hele historikken med «git fetch --unshallow» "
                        "(i GitHub Actions: «fetch-depth: 0» i actions/checkout).");
}

void report_unreadable(diag::Diagnostics& diagnostics, const std::string& display_path,
                       const std::string& reason) {
    diagnostics.error(diag::SourcePos{display_path, 0, 0}, "SRC005",
                      quoted_name(display_path) + " kunne ikke leses: " + reason + ".",
                      "Sjekk at du har lesetilgang til den.");
}

void report_missing_object(diag::Diagnostics& diagnostics, const std::string& display_path,
                           const std::string& object_id) {
    diagnostics.error(diag::SourcePos{display_path, 0, 0}, "SRC006",
                      "Git-objektet «" + object_id + "» for " + quoted_name(display_path) +
                          " mangler eller er skadet.",
                      "Kjør «git fsck» i depotet for å finne feilen.");
}

}  // namespace stilas::source
