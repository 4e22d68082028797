#include "content/builtin_fields.hpp"

#include "content/scalar_values.hpp"
#include "util/strings.hpp"

namespace stilas::content {

using config::FieldKind;
using config::FieldSchema;

void apply_builtin_field(Document& document, std::string_view name, yaml::Node&& value,
                         const diag::SourcePos& pos) {
    if (name == "title") {
        document.title = std::move(value.scalar);
        document.title_pos = {pos.line, pos.col};
    } else if (name == "summary") {
        document.summary = std::move(value.scalar);
    } else if (name == "date") {
        document.date = std::move(value.scalar);
    } else if (name == "updated") {
        document.updated = std::move(value.scalar);
    } else if (name == "draft") {
        document.draft = value.scalar == "true";
    } else if (name == "lang") {
        document.lang = std::move(value.scalar);
    } else if (name == "example") {
        document.example = value.scalar == "true";
    } else if (name == "aliases") {
        document.aliases.clear();
        document.aliases.reserve(value.items.size());
        for (auto& item : value.items) document.aliases.push_back(std::move(item.scalar));
    } else if (name == "weight") {
        document.weight = parse_number(value.scalar);
    }
}

std::optional<yaml::Node> read_builtin_leniently(const FieldSchema& field, const yaml::Node& value) {
    yaml::Node out = value;
    if (field.kind == FieldKind::list) {
        if (value.is_scalar()) {
            out.kind = yaml::Node::Kind::sequence;
            out.items = {value};
            out.scalar.clear();
        }
        if (!out.is_sequence()) return std::nullopt;
        for (const auto& item : out.items)
            if (!item.is_scalar()) return std::nullopt;
        return out;
    }
    if (!value.is_scalar()) return std::nullopt;
    std::string lower = util::to_lower_ascii(util::trim(value.scalar));
    switch (field.kind) {
        case FieldKind::date: {
            auto date = normalize_date(std::string_view(lower).substr(0, 10));
            if (!date) return std::nullopt;
            out.scalar = *date;
            return out;
        }
        case FieldKind::boolean:
            if (lower != "true" && lower != "false") return std::nullopt;
            out.scalar = lower;
            return out;
        case FieldKind::enumeration:
            for (const auto& allowed : field.values)
                if (allowed == lower) { out.scalar = lower; return out; }
            return std::nullopt;
        case FieldKind::number:
            if (!is_number(lower)) return std::nullopt;
            return out;
        default:
            return out;
    }
}

}  // namespace stilas::content
