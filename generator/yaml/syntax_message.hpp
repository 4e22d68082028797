// Norwegian wording for yaml-cpp's English syntax errors (yaml/ internal).
#pragma once

#include <string>
#include <string_view>

namespace stilas::yaml {

struct SyntaxMessage {
    std::string message;  ///< "Ugyldig YAML: …."
    std::string hint;
};

/// The Norwegian message for yaml-cpp's message `english`; `found` is the character at the
/// error position (0 when none). Rare messages keep the original English text.
SyntaxMessage translate_syntax_error(std::string_view english, char found);

}  // namespace stilas::yaml
