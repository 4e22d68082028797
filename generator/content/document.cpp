#include "content/document.hpp"

namespace stilas::content {

const std::string& type_title(const config::SiteConfig& config, const std::string& type) {
    const config::TypeSchema* schema = config.find_type(type);
    if (!schema) return type;
    return schema->title.empty() ? schema->name : schema->title;
}

const std::string& Reference::backlink_label(const config::SiteConfig& config, const std::string& page_type) const {
    return schema->backlink.empty() ? type_title(config, page_type) : schema->backlink;
}

const Field* Document::find_field(std::string_view name) const {
    for (const auto& field : fields)
        if (field.name == name) return &field;
    return nullptr;
}

}  // namespace stilas::content
