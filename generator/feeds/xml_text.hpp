// Text and attribute values for the XML that feeds write (Atom, sitemap).
#pragma once

#include <string>
#include <string_view>

namespace stilas::feeds {

/// `text` safe inside XML 1.0 character data and quoted attributes: & < > " ' become
/// entities, and the control characters XML forbids (all below U+0020 except tab, LF and CR)
/// are left out. Everything else (UTF-8 included) is kept as it is.
std::string xml_escape(std::string_view text);

}  // namespace stilas::feeds
