// A fast path for the front matter most pages have: top-level `key: value` lines whose values are
// plain one-line scalars or flow lists of them. yaml-cpp needs about 80 µs for such a block of
// 400 bytes, which at 10,000 pages is a large part of a build; this scanner builds the very tree
// (positions included) yaml-cpp's events would, and declines anything else (which yaml-cpp then
// parses). Internal to yaml/; tests/unit/yaml/simple_scanner_test.cpp checks its events against
// yaml-cpp's event by event and its trees against the yaml-cpp path's node by node.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "yaml/messages.hpp"
#include "yaml/node.hpp"

namespace stilas::yaml {

/// One parser event, as yaml-cpp's EventHandler receives it (only what a tree is built from).
struct Event {
    enum class Kind { document_start, document_end, null, scalar, sequence_start, sequence_end, map_start, map_end };
    Kind kind = Kind::null;
    size_t offset = 0;       ///< where yaml-cpp marks it (document_start: 0, ends: unused)
    std::string value;       ///< scalars
    bool quoted = false;     ///< scalars: quoted or block style (yaml-cpp's tag "!")
    bool flow = false;       ///< sequence and map starts: [ ] or { } style

    bool operator==(const Event&) const = default;
};

/// The events of `text` when it has the simple shape (see above); nullopt when it does not.
std::optional<std::vector<Event>> scan_simple(std::string_view text);

/// The tree of `text` when it has the simple shape, built as read_events would (positions on
/// file lines from `first_line`; duplicate keys go to `reporter`); nullopt, with nothing
/// reported, when it does not. A text of the simple shape has nothing for scan_text to find:
/// no tabs, two levels of nesting at most, and only closed quotes.
std::optional<Node> read_simple(std::string_view text, int first_line, Reporter& reporter);

/// The events yaml-cpp gives for the first document of `text` (the reference the fast path must
/// agree with; ends and marks of ends are not recorded). nullopt when yaml-cpp reports an error.
std::optional<std::vector<Event>> yaml_cpp_events(std::string_view text);

}  // namespace stilas::yaml
