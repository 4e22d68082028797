#include "config/name_checks.hpp"

#include "config/builtin_fields.hpp"

#include "util/slug.hpp"
#include "util/strings.hpp"

namespace stilas::config {
bool check_slug(std::string_view name, const diag::SourcePos& pos, std::string_view subject, const ValueReader& reader,
                std::string_view hint) {
    if (util::is_slug(name)) return true;
    std::string slug = util::slugify(name);
    reader.diagnostics().error(
        pos, "CFG008",
        std::string(subject) + " «" + std::string(name) + "» kan bare inneholde små bokstaver a–z, tall og bindestrek.",
        slug.empty() ? std::string() : util::replace_all(hint, "{}", slug));
    return false;
}

bool is_builtin_page_key(std::string_view name) {
    return find_builtin_page_field(name) != nullptr;
}

}  // namespace stilas::config
