// A page for the links tests: its path, type and slug, its URL made from them as the site does.
#pragma once

#include <string>

#include "content/document.hpp"

namespace stilas::links::test {

inline content::Document page(std::string path, std::string type, std::string slug) {
    content::Document d;
    d.path = path;
    d.display_path = "content/" + path;
    d.type = type;
    d.slug = slug;
    d.url = "/" + type + "/" + slug + "/";
    return d;
}

}  // namespace stilas::links::test
