#include "yaml/messages.hpp"

#include "yaml/text_guard.hpp"

namespace stilas::yaml {

void Reporter::syntax(FilePos at, std::string message, std::string hint) {
    m_diagnostics.error(pos(at), "YAML001", std::move(message), std::move(hint));
}

void Reporter::indent_tab(FilePos at) {
    m_diagnostics.error(pos(at), "YAML002", "Tabulator brukt til innrykk.", "Bruk mellomrom til innrykk i YAML.");
}

void Reporter::duplicate_key(FilePos at, std::string_view key, int first_line) {
    m_diagnostics.error(
        pos(at), "YAML003",
        "Nøkkelen «" + std::string(key) + "» står to ganger (første gang på linje " + std::to_string(first_line) + ").",
        "Fjern den ene, eller gi den et annet navn.");
}

void Reporter::too_deep(FilePos at) {
    m_diagnostics.error(pos(at), "YAML004",
                        "YAML-strukturen er nøstet dypere enn " + std::to_string(k_max_depth) + " nivåer.",
                        "Gjør strukturen flatere.");
}

void Reporter::too_large(FilePos at, size_t bytes) {
    m_diagnostics.error(pos(at), "YAML004",
                        "YAML-teksten er for stor (" + std::to_string((bytes + 1023) / 1024) + " KiB); grensen er " +
                            std::to_string(k_max_bytes / 1024) + " KiB.",
                        "Del innholdet opp i flere filer.");
}

void Reporter::anchor_or_alias(FilePos at, std::string_view token) {
    std::string what = token.starts_with('&') ? "Ankeret" : "Aliaset";
    m_diagnostics.error(
        pos(at), "YAML005",
        what + " «" + std::string(token) + "» er ikke tillatt: Stilas godtar ikke ankere og alias i YAML.",
        "Skriv verdien ut på hvert sted den trengs.");
}

}  // namespace stilas::yaml
