#include "config/value_reader.hpp"

#include <algorithm>

#include "util/strings.hpp"
#include "util/suggest.hpp"

namespace stilas::config {
namespace {

std::string_view shape_name(const yaml::Node& node) {
    switch (node.kind) {
        case yaml::Node::Kind::scalar:
            return "en tekst";
        case yaml::Node::Kind::sequence:
            return "en liste";
        case yaml::Node::Kind::mapping:
            return "en tabell";
        case yaml::Node::Kind::null:
            break;
    }
    return "tom";
}

std::string quoted(std::string_view s) { return "«" + std::string(s) + "»"; }

}  // namespace

std::string suggestion(std::string_view word, const std::vector<std::string>& candidates,
                       std::string_view fallback_prefix) {
    if (auto close = util::closest_match(word, candidates)) return "Mente du " + quoted(*close) + "?";
    if (candidates.empty()) return {};
    return std::string(fallback_prefix) + util::join(candidates, ", ") + ".";
}

void ValueReader::check_keys(const yaml::Node& map, const std::vector<std::string>& allowed,
                             std::string_view where) const {
    for (const auto& [key, value] : map.entries) {
        if (std::find(allowed.begin(), allowed.end(), key.scalar) != allowed.end()) continue;
        m_diagnostics.error(pos(key), "CFG001",
                            "Ukjent nøkkel " + quoted(key.scalar) + " i " + std::string(where) + ".",
                            suggestion(key.scalar, allowed, "Gyldige nøkler: "));
    }
}

void ValueReader::check_required(const yaml::Node& map, const std::vector<std::string>& required,
                                 std::string_view where, const diag::SourcePos& owner) const {
    for (const auto& name : required) {
        const yaml::Node* value = map.find(name);
        if (value && !value->is_null()) continue;
        diag::SourcePos at = owner;
        for (const auto& [key, v] : map.entries)
            if (key.scalar == name) at = pos(key);
        m_diagnostics.error(at, "CFG002", quoted(name) + " mangler i " + std::string(where) + ".",
                            "Legg til " + quoted(name + ": …") + ".");
    }
}

void ValueReader::wrong_shape(const yaml::Node& node, std::string_view key, std::string_view expected,
                              std::string_view hint) const {
    m_diagnostics.error(
        pos(node), "CFG003",
        quoted(key) + " skal være " + std::string(expected) + ", men er " + std::string(shape_name(node)) + ".",
        std::string(hint));
}

bool ValueReader::expect_root_mapping(const yaml::Node& root, std::string_view file) const {
    if (root.is_mapping() || root.is_null()) return true;
    m_diagnostics.error(pos(root), "CFG003",
                        quoted(file) + " skal være en tabell med nøkler, men er " + std::string(shape_name(root)) + ".",
                        "Skriv én «nøkkel: verdi» på hver linje.");
    return false;
}

bool ValueReader::expect_mapping(const yaml::Node& node, std::string_view key) const {
    if (node.is_mapping()) return true;
    wrong_shape(node, key, "en tabell",
                "Skriv nøklene med innrykk på linjene under " + quoted(std::string(key) + ":") + ".");
    return false;
}

std::optional<PositionedText> ValueReader::text(const yaml::Node& map, std::string_view key) const {
    const yaml::Node* value = map.find(key);
    if (!value || value->is_null()) return std::nullopt;
    if (!value->is_scalar()) {
        wrong_shape(*value, key, "en tekst",
                    "Skriv verdien på samme linje, f.eks. " + quoted(std::string(key) + ": …") + ".");
        return std::nullopt;
    }
    return PositionedText{value->scalar, pos(*value)};
}

std::optional<bool> ValueReader::boolean(const yaml::Node& map, std::string_view key) const {
    const yaml::Node* value = map.find(key);
    if (!value) return std::nullopt;
    if (value->is_scalar() && !value->quoted && (value->scalar == "true" || value->scalar == "false"))
        return value->scalar == "true";
    std::string k(key);
    m_diagnostics.error(pos(*value), "CFG003", quoted(k) + " skal være true eller false.",
                        "Skriv " + quoted(k + ": true") + " eller " + quoted(k + ": false") + ".");
    return std::nullopt;
}

std::vector<PositionedText> ValueReader::text_list(const yaml::Node& map, std::string_view key, ListForm form) const {
    std::vector<PositionedText> out;
    const yaml::Node* value = map.find(key);
    if (!value || value->is_null()) return out;
    if (value->is_scalar() && form == ListForm::scalar_or_list) {
        out.push_back({value->scalar, pos(*value)});
        return out;
    }
    std::string hint = "Skriv en liste, f.eks. " + quoted(std::string(key) + ": [a, b]") + ".";
    if (!value->is_sequence()) {
        wrong_shape(*value, key, "en liste", hint);
        return out;
    }
    for (const yaml::Node& item : value->items) {
        if (item.is_scalar())
            out.push_back({item.scalar, pos(item)});
        else
            wrong_shape(item, key, "en liste med tekster", hint);
    }
    return out;
}

void ValueReader::read_text(const yaml::Node& map, std::string_view key, std::string& target) const {
    if (auto value = text(map, key)) target = value->text;
}

void ValueReader::read_labels(const yaml::Node& map, std::string& title, std::string& singular,
                              std::string& description) const {
    read_text(map, "title", title);
    singular = title;
    read_text(map, "singular", singular);
    read_text(map, "description", description);
}

}  // namespace stilas::config
