#include "content/field_checker.hpp"

#include "content/scalar_values.hpp"
#include "util/strings.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

namespace stilas::content {

using config::FieldKind;
using config::FieldSchema;

namespace {

// «value», shortened so one long value does not swamp the message.
std::string quoted(std::string_view text) {
    constexpr size_t k_max_points = 60;
    if (util::count_code_points(text) <= k_max_points) return "«" + std::string(text) + "»";
    std::string out;
    size_t pos = 0;
    for (size_t i = 0; i < k_max_points; ++i) util::append_utf8(out, util::decode_utf8(text, pos));
    return "«" + out + "…»";
}

bool is_list_kind(FieldKind kind) {
    return kind == FieldKind::list || kind == FieldKind::refs || kind == FieldKind::terms ||
           kind == FieldKind::records;
}

// What a value of the kind looks like, as the end of "skal være …".
std::string expected_shape(const FieldSchema& schema) {
    switch (schema.kind) {
        case FieldKind::text: case FieldKind::markdown: return "tekst";
        case FieldKind::date: return "en dato";
        case FieldKind::datetime: return "et tidspunkt";
        case FieldKind::url: return "en lenke";
        case FieldKind::enumeration: return "én av verdiene " + util::join(schema.values, ", ");
        case FieldKind::boolean: return "true eller false";
        case FieldKind::number: return "et tall";
        case FieldKind::list: return "en liste med tekst";
        case FieldKind::ref: return "en henvisning til én side";
        case FieldKind::refs: return "en liste med henvisninger til sider";
        case FieldKind::term: return "ett begrep fra " + schema.taxonomy;
        case FieldKind::terms: return "en liste med begreper fra " + schema.taxonomy;
        case FieldKind::records: return "en liste med oppføringer";
        case FieldKind::data: return "data";
    }
    return "tekst";
}

std::string expected_item_shape(const FieldSchema& schema) {
    switch (schema.kind) {
        case FieldKind::refs: return "en henvisning til en side";
        case FieldKind::terms: return "et begrep fra " + schema.taxonomy;
        case FieldKind::records: return "nøkler med verdier (felt: verdi)";
        default: return "tekst";
    }
}

std::string actual_shape(const yaml::Node& node) {
    switch (node.kind) {
        case yaml::Node::Kind::null: return "tomt";
        case yaml::Node::Kind::sequence: return "en liste";
        case yaml::Node::Kind::mapping: return "nøkler med verdier";
        case yaml::Node::Kind::scalar: break;
    }
    if (!node.quoted && (node.scalar == "true" || node.scalar == "false")) return "en sannhetsverdi";
    if (!node.quoted && is_number(node.scalar)) return "et tall";
    return "tekst";
}

std::string field_with_label(const FieldSchema& schema) {
    std::string out = "«" + schema.name + "»";
    if (!schema.label.empty() && schema.label != schema.name) out += " (" + schema.label + ")";
    return out;
}

std::string number_hint(const yaml::Node& value) {
    std::string dotted = util::replace_all(value.scalar, ",", ".");
    if (value.quoted && is_number(value.scalar)) return "Fjern anførselstegnene rundt tallet.";
    if (dotted != value.scalar && is_number(dotted)) return "Bruk punktum som desimaltegn: " + dotted + ".";
    return "Skriv et heltall eller et desimaltall, f.eks. 3 eller 2.5.";
}

}  // namespace

FieldChecker::FieldChecker(const config::SiteConfig& config, std::string display_path, diag::Diagnostics& diagnostics)
    : m_config(config), m_display_path(std::move(display_path)), m_diagnostics(diagnostics) {}

bool FieldChecker::check_blank(const FieldSchema& schema, const yaml::Node& key, const yaml::Node& value) {
    bool blank = value.is_null() || (value.is_scalar() && util::trim(value.scalar).empty()) ||
                 (value.is_sequence() && value.items.empty());
    if (blank && schema.required)
        m_diagnostics.error(pos_of(key), "FM019", "Det obligatoriske feltet " + field_with_label(schema) + " er tomt.",
                            "Skriv en verdi etter «" + schema.name + ":».");
    return blank;
}

std::optional<yaml::Node> FieldChecker::check(const FieldSchema& schema, yaml::Node&& value,
                                              const std::string& top_field) {
    // References and terms of a value that fails are dropped with it.
    size_t references = m_references.size(), terms = m_terms.size();
    auto result = check_kind(schema, std::move(value), top_field);
    if (!result) {
        m_references.resize(references);
        m_terms.resize(terms);
    }
    return result;
}

std::optional<yaml::Node> FieldChecker::check_kind(const FieldSchema& schema, yaml::Node&& value,
                                                   const std::string& top_field) {
    if (schema.kind == FieldKind::data) return std::move(value);
    bool wants_list = is_list_kind(schema.kind);
    if (wants_list != value.is_sequence() || value.is_mapping() || value.is_null()) {
        report_shape(schema, value);
        return std::nullopt;
    }
    return wants_list ? check_sequence(schema, std::move(value), top_field)
                      : check_scalar(schema, std::move(value), top_field);
}

std::optional<yaml::Node> FieldChecker::check_scalar(const FieldSchema& schema, yaml::Node&& value,
                                                     const std::string& top_field) {
    const std::string& text = value.scalar;
    switch (schema.kind) {
        case FieldKind::date:
            if (auto date = normalize_date(text)) { value.scalar = std::move(*date); return std::move(value); }
            report_value(schema, value, "FM015", "ikke en gyldig dato", "Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2024-03-14.");
            return std::nullopt;
        case FieldKind::datetime:
            if (auto datetime = normalize_datetime(text)) {
                value.scalar = std::move(*datetime);
                return std::move(value);
            }
            report_value(schema, value, "FM015", "ikke et gyldig tidspunkt",
                         "Skriv tidspunktet som ÅÅÅÅ-MM-DD TT:MM, f.eks. 2024-03-14 10:00.");
            return std::nullopt;
        case FieldKind::url:
            if (is_allowed_url(text)) return std::move(value);
            report_value(schema, value, "FM017", "ikke en tillatt lenke",
                         "Bruk en adresse som begynner med https://, http:// eller mailto:, "
                         "eller en sti på nettstedet som begynner med /.");
            return std::nullopt;
        case FieldKind::enumeration: {
            for (const auto& allowed : schema.values)
                if (allowed == text) return std::move(value);
            auto close = util::closest_match(text, schema.values);
            report_value(schema, value, "FM013", "ikke en tillatt verdi",
                         close ? "Mente du «" + *close + "»?"
                               : "Tillatte verdier: " + util::join(schema.values, ", ") + ".");
            return std::nullopt;
        }
        case FieldKind::boolean:
            if (!value.quoted && (text == "true" || text == "false")) return std::move(value);
            if (is_boolean_lookalike(text)) {
                report_value(schema, value, "FM016", "ikke en gyldig sannhetsverdi", "Skriv true eller false.");
                return std::nullopt;
            }
            report_shape(schema, value);
            return std::nullopt;
        case FieldKind::number:
            if (!value.quoted && is_number(text)) return std::move(value);
            report_value(schema, value, "FM018", "ikke et tall", number_hint(value));
            return std::nullopt;
        case FieldKind::ref:
            add_reference(schema, value, top_field);
            return std::move(value);
        case FieldKind::term:
            if (check_term(schema, value)) return std::move(value);
            return std::nullopt;
        default:  // text, markdown: any scalar is text
            return std::move(value);
    }
}

// Items are checked in place: the list is only returned when every one of them passed.
std::optional<yaml::Node> FieldChecker::check_sequence(const FieldSchema& schema, yaml::Node&& value,
                                                       const std::string& top_field) {
    bool ok = true;
    for (auto& item : value.items) {
        bool wants_mapping = schema.kind == FieldKind::records;
        if (wants_mapping ? !item.is_mapping() : !item.is_scalar()) {
            report_item_shape(schema, item);
            ok = false;
            continue;
        }
        if (schema.kind == FieldKind::records) {
            auto record = check_record(schema, std::move(item), top_field);
            if (record) item = std::move(*record);
            ok = ok && record.has_value();
            continue;
        }
        if (schema.kind == FieldKind::refs) add_reference(schema, item, top_field);
        if (schema.kind == FieldKind::terms && !check_term(schema, item)) ok = false;
    }
    if (!ok) return std::nullopt;
    return std::move(value);
}

std::optional<yaml::Node> FieldChecker::check_record(const FieldSchema& schema, yaml::Node&& item,
                                                     const std::string& top_field) {
    std::vector<std::string> known;
    for (const auto& field : schema.fields) known.push_back(field.name);
    bool ok = true;
    std::vector<std::pair<const FieldSchema*, std::pair<yaml::Node, yaml::Node>>> found;
    for (auto& [key, value] : item.entries) {
        const FieldSchema* nested = schema.find(key.scalar);
        if (!nested) {
            report_unknown(key, "Oppføringene i «" + schema.name + "» har ikke feltet «" + key.scalar + "».", known,
                           "Tillatte felt: " + util::join(known, ", ") + ".");
            ok = false;
            continue;
        }
        if (check_blank(*nested, key, value)) {
            ok = ok && !nested->required;
            continue;
        }
        // The key stays: the item's keys are looked up below.
        auto checked = check(*nested, std::move(value), top_field);
        if (!checked) { ok = false; continue; }
        found.push_back({nested, {key, std::move(*checked)}});
    }
    std::vector<std::pair<yaml::Node, yaml::Node>> entries;
    for (const auto& field : schema.fields) {
        bool present = false;
        for (auto& [nested, entry] : found)
            if (nested->name == field.name) { entries.push_back(std::move(entry)); present = true; }
        if (!present && field.required && !item.find(field.name)) {
            report_missing(field, pos_of(item), "Oppføringen i «" + schema.name + "» mangler");
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    item.entries = std::move(entries);
    return std::move(item);
}

bool FieldChecker::check_term(const FieldSchema& schema, const yaml::Node& value) {
    const config::Taxonomy* taxonomy = m_config.find_taxonomy(schema.taxonomy);
    if (!taxonomy) return true;  // the config check reports the missing taxonomy once
    if (taxonomy->find(value.scalar)) {
        m_terms.push_back({taxonomy->name, value.scalar});
        return true;
    }
    std::vector<std::string> keys;
    for (const auto& term : taxonomy->terms) keys.push_back(term.key);
    auto close = util::closest_match(value.scalar, keys);
    m_diagnostics.error(pos_of(value), "TAX001", quoted(value.scalar) + " finnes ikke i " + taxonomy->name + ".",
                        close ? "Mente du «" + *close + "»?"
                              : "Begrepene i " + taxonomy->name + " er: " + util::join(keys, ", ") + ".");
    return false;
}

void FieldChecker::add_reference(const FieldSchema& schema, const yaml::Node& value, const std::string& top_field) {
    m_references.push_back({&schema, &top_field, std::string(util::trim(value.scalar)), {value.line, value.col}});
}

void FieldChecker::report_unknown(const yaml::Node& key, const std::string& message,
                                  const std::vector<std::string>& known, const std::string& fallback_hint) {
    auto close = util::closest_match(key.scalar, known);
    m_diagnostics.error(pos_of(key), "FM010", message, close ? "Mente du «" + *close + "»?" : fallback_hint);
}

void FieldChecker::report_missing(const FieldSchema& schema, diag::SourcePos pos, const std::string& prefix) {
    std::string message = prefix.empty() ? "Det obligatoriske feltet " + field_with_label(schema) + " mangler."
                                         : prefix + " det obligatoriske feltet " + field_with_label(schema) + ".";
    m_diagnostics.error(std::move(pos), "FM011", message, "Legg til «" + schema.name + ": …».");
}

void FieldChecker::report_shape(const FieldSchema& schema, const yaml::Node& value) {
    std::string hint = is_list_kind(schema.kind) ? "Skriv en liste: [a, b], eller én verdi per linje med «- » foran."
                       : schema.kind == FieldKind::boolean ? "Skriv true eller false."
                                                           : "Skriv én verdi på samme linje som «" + schema.name + ":».";
    m_diagnostics.error(pos_of(value), "FM012",
                        "Feltet «" + schema.name + "» skal være " + expected_shape(schema) + ", men er " +
                            actual_shape(value) + ".",
                        hint);
}

void FieldChecker::report_item_shape(const FieldSchema& schema, const yaml::Node& item) {
    m_diagnostics.error(pos_of(item), "FM012",
                        "Hvert element i «" + schema.name + "» skal være " + expected_item_shape(schema) +
                            ", men dette er " + actual_shape(item) + ".",
                        schema.kind == FieldKind::records ? "Skriv oppføringen som «- felt: verdi»."
                                                          : "Skriv én verdi per element.");
}

void FieldChecker::report_value(const FieldSchema& schema, const yaml::Node& value, const std::string& code,
                                const std::string& what, const std::string& hint) {
    m_diagnostics.error(pos_of(value), code, quoted(value.scalar) + " er " + what + " i feltet «" + schema.name + "».",
                        hint);
}

}  // namespace stilas::content
