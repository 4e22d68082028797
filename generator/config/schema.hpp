// Type schemas and taxonomies as declared in content/_typer/*.yaml and content/stilas.yaml.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace stilas::config {

enum class FieldKind { text, markdown, date, datetime, url, enumeration, boolean, number, list,
                       ref, refs, term, terms, records, data };

/// The kind's name as written in a schema ("text", "refs", …).
std::string_view kind_name(FieldKind kind);

/// The kind called `name` in a schema, or nullopt.
std::optional<FieldKind> kind_from_name(std::string_view name);

/// Every kind's name, in FieldKind order (for "Mente du" hints).
const std::vector<std::string>& kind_names();

/// A `records` field's `chart:`: how its records become bar charts. Every name is a sub-field of
/// the records field (checked when the schema is read).
struct ChartSpec {
    std::string group;                      ///< records with the same value form one figure; "" = by title
    std::string title;                      ///< each figure's title
    std::string series;                     ///< one bar group per record, labelled by this; "" = none
    std::vector<std::string> values;        ///< number sub-fields, one bar each, in order
    std::string unit;                       ///< written after numbers ("%"); may be empty
    diag::SourcePos pos;                    ///< the `chart:` key
};

struct FieldSchema {
    std::string name;
    FieldKind kind = FieldKind::text;
    std::string label;                      ///< display label; defaults to name
    bool required = false;
    std::string help;
    std::vector<std::string> values;        ///< enumeration
    std::vector<std::string> to;            ///< ref/refs: allowed target types
    std::string taxonomy;                   ///< term/terms
    std::string backlink;                   ///< ref/refs: label on the target; "" = source type's title
    std::vector<FieldSchema> fields;        ///< records: the nested fields
    std::optional<ChartSpec> chart;         ///< records: drawn as bar charts (a valid spec only)
    diag::SourcePos pos;                    ///< where it is declared

    const FieldSchema* find(std::string_view field) const;
};

struct TypeSchema {
    std::string name;                       ///< folder and URL segment, e.g. "verktoy"
    std::string title;                      ///< plural label
    std::string singular;
    std::string description;                ///< Markdown, may be empty
    std::vector<FieldSchema> fields;        ///< in declaration order
    diag::SourcePos pos;

    const FieldSchema* find(std::string_view field) const;
};

struct Term {
    std::string key;                        ///< slug
    std::string title;
    std::string description;                ///< Markdown, may be empty
};

struct Taxonomy {
    std::string name;                       ///< front-matter value space and URL folder
    std::string title;
    std::string singular;
    std::string description;
    std::vector<Term> terms;                ///< in declaration order

    const Term* find(std::string_view key) const;
};

}  // namespace stilas::config
