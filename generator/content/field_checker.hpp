// FieldChecker: checks front-matter values against field schemas (every kind, records
// recursively), reports FM010–FM019 and TAX001, and collects references and terms.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"
#include "diag/diagnostics.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

class FieldChecker {
public:
    FieldChecker(const config::SiteConfig& config, std::string display_path, diag::Diagnostics& diagnostics);

    /// True when `value` is null, empty text or an empty list: the field counts as absent.
    /// For a required field that is FM019 at the key's position.
    bool check_blank(const config::FieldSchema& schema, const yaml::Node& key, const yaml::Node& value);

    /// Checks a present value, which it takes over. Returns it with scalars normalised, or
    /// nullopt after reporting. References and terms found in a valid value are kept (see
    /// take_references/take_terms); `top_field` names the top-level field that references come from
    /// (a schema's name in the site's config: references keep it).
    std::optional<yaml::Node> check(const config::FieldSchema& schema, yaml::Node&& value,
                                    const std::string& top_field);

    /// FM010 for `key`, with "Mente du" from `known`, else `fallback_hint`.
    void report_unknown(const yaml::Node& key, const std::string& message, const std::vector<std::string>& known,
                        const std::string& fallback_hint);

    /// FM011 for a required field that is not there, at `pos`.
    void report_missing(const config::FieldSchema& schema, diag::SourcePos pos, const std::string& prefix = {});

    std::vector<Reference> take_references() { return std::move(m_references); }
    std::vector<TermUse> take_terms() { return std::move(m_terms); }

    diag::SourcePos pos_of(const yaml::Node& node) const { return {m_display_path, node.line, node.col}; }

private:
    std::optional<yaml::Node> check_kind(const config::FieldSchema& schema, yaml::Node&& value,
                                         const std::string& top_field);
    std::optional<yaml::Node> check_scalar(const config::FieldSchema& schema, yaml::Node&& value,
                                           const std::string& top_field);
    std::optional<yaml::Node> check_sequence(const config::FieldSchema& schema, yaml::Node&& value,
                                             const std::string& top_field);
    std::optional<yaml::Node> check_record(const config::FieldSchema& schema, yaml::Node&& item,
                                           const std::string& top_field);
    bool check_term(const config::FieldSchema& schema, const yaml::Node& value);
    void add_reference(const config::FieldSchema& schema, const yaml::Node& value, const std::string& top_field);
    void report_shape(const config::FieldSchema& schema, const yaml::Node& value);
    void report_item_shape(const config::FieldSchema& schema, const yaml::Node& item);
    void report_value(const config::FieldSchema& schema, const yaml::Node& value, const std::string& code,
                      const std::string& what, const std::string& hint);

    const config::SiteConfig& m_config;
    std::string m_display_path;
    diag::Diagnostics& m_diagnostics;
    std::vector<Reference> m_references;
    std::vector<TermUse> m_terms;
};

}  // namespace stilas::content
