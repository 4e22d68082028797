#include "content/document.hpp"

namespace stilas::content {

const Field* Document::find_field(std::string_view name) const {
    for (const auto& field : fields)
        if (field.name == name) return &field;
    return nullptr;
}

}  // namespace stilas::content
