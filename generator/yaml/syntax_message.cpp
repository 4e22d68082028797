#include "yaml/syntax_message.hpp"

#include <array>

namespace stilas::yaml {
namespace {

struct Entry {
    std::string_view english;  // yaml-cpp's ErrorMsg text (prefix match for those with a suffix)
    std::string_view message;
    std::string_view hint;
};

// The messages editors actually meet; the texts come from yaml-cpp 0.7's exceptions.h.
constexpr std::array k_entries{
    Entry{"end of map not found", "innrykket passer ikke med nøklene over",
          "Gi nøkler på samme nivå nøyaktig samme innrykk."},
    Entry{"end of sequence not found", "innrykket passer ikke med listepunktene over",
          "Gi punktene i samme liste nøyaktig samme innrykk."},
    Entry{"end of map flow not found", "«{» blir aldri lukket med «}»", "Legg til «}» der tabellen slutter."},
    Entry{"end of sequence flow not found", "«[» blir aldri lukket med «]»", "Legg til «]» der listen slutter."},
    Entry{"illegal map value", "et kolon står et sted det ikke kan stå",
          "Sett verdien i anførselstegn hvis den inneholder «: », eller rett opp innrykket."},
    Entry{"illegal map key", "en nøkkel står et sted den ikke kan stå", "Sjekk innrykket."},
    Entry{"illegal EOF in scalar", "anførselstegnet blir aldri lukket",
          "Avslutt teksten med samme slags anførselstegn som den begynner med."},
    Entry{"illegal block entry", "et listepunkt («- ») står et sted det ikke kan stå",
          "Sett listen på egne linjer med innrykk under nøkkelen."},
    Entry{"illegal flow end", "en avsluttende parentes lukker ingenting", "Fjern den, eller legg til den som åpner."},
    Entry{"unknown token", "en verdi kan ikke begynne med dette tegnet", "Sett verdien i anførselstegn."},
    Entry{"unknown escape character: ", "ukjent escape-sekvens «\\{}» i tekst med doble anførselstegn",
          "Skriv «\\\\» for en omvendt skråstrek, eller bruk enkle anførselstegn."},
    Entry{"illegal tab when looking for indentation", "tabulator i innrykket", "Bruk mellomrom til innrykk."},
    Entry{"unexpected character in block scalar", "uventet tegn etter «|» eller «>»",
          "Begynn teksten på neste linje, med innrykk."},
    Entry{"illegal document indicator in scalar", "«---» eller «...» inne i en tekst", "Sett teksten i anførselstegn."},
    Entry{"invalid character in single-quoted string", "ugyldig tegn i tekst med enkle anførselstegn",
          "Skriv «''» for et enkelt anførselstegn inne i teksten."},
};

}  // namespace

SyntaxMessage translate_syntax_error(std::string_view english, char found) {
    for (const Entry& e : k_entries) {
        if (english.substr(0, e.english.size()) != e.english) continue;
        std::string message = "Ugyldig YAML: " + std::string(e.message);
        // yaml-cpp appends the offending escape character to this one message.
        if (auto slot = message.find("{}"); slot != std::string::npos)
            message.replace(slot, 2, english.substr(e.english.size()));
        if (found != 0 && (e.english == "unknown token" || e.english == "illegal flow end"))
            message += " («" + std::string(1, found) + "»)";
        return {message + ".", std::string(e.hint)};
    }
    return {"Ugyldig YAML: " + std::string(english) + ".", "Sjekk skrivemåten rundt dette stedet."};
}

}  // namespace stilas::yaml
