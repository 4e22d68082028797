// Small pages and a site config for the feeds tests, written out field by field.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/document.hpp"

namespace stilas::test {

/// A typed site at https://test.example.no/ titled "Testsiden".
inline config::SiteConfig feed_site() {
    config::SiteConfig site;
    site.typed = true;
    site.title = "Testsiden";
    site.base_url = "https://test.example.no/";
    site.language = "nb";
    return site;
}

/// A published page of `type` at /<type>/<slug>/.
inline content::Document feed_page(const std::string& type, const std::string& slug, const std::string& title) {
    content::Document page;
    page.path = type + "/" + slug + ".md";
    page.display_path = "content/" + page.path;
    page.type = type;
    page.slug = slug;
    page.url = "/" + type + "/" + slug + "/";
    page.title = title;
    return page;
}

/// Sets front-matter field `name` to the scalar `value` (as content/ normalises it).
inline void set_field(content::Document& page, const std::string& name, const std::string& value) {
    content::Field field;
    field.name = name;
    field.value.kind = yaml::Node::Kind::scalar;
    field.value.scalar = value;
    page.fields.push_back(std::move(field));
}

}  // namespace stilas::test
