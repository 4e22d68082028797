#include "config/schema.hpp"

#include <algorithm>
#include <array>

namespace stilas::config {
namespace {

// In FieldKind order.
constexpr std::array<std::string_view, 15> k_kind_names{"text", "markdown", "date",   "datetime", "url",
                                                        "enum", "bool",     "number", "list",     "ref",
                                                        "refs", "term",     "terms",  "records",  "data"};

template <typename T>
const T* find_by(const std::vector<T>& items, std::string_view key, std::string T::*member) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*member == key; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string_view kind_name(FieldKind kind) { return k_kind_names.at(static_cast<size_t>(kind)); }

std::optional<FieldKind> kind_from_name(std::string_view name) {
    auto it = std::find(k_kind_names.begin(), k_kind_names.end(), name);
    if (it == k_kind_names.end()) return std::nullopt;
    return static_cast<FieldKind>(it - k_kind_names.begin());
}

const std::vector<std::string>& kind_names() {
    static const std::vector<std::string> names(k_kind_names.begin(), k_kind_names.end());
    return names;
}

const FieldSchema* FieldSchema::find(std::string_view field) const {
    return find_by(fields, field, &FieldSchema::name);
}

const FieldSchema* TypeSchema::find(std::string_view field) const { return find_by(fields, field, &FieldSchema::name); }

const Term* Taxonomy::find(std::string_view key) const { return find_by(terms, key, &Term::key); }

}  // namespace stilas::config
