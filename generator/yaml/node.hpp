// yaml::Node: a YAML value with its position, in Stilas's own type (yaml-cpp stays inside yaml/).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace stilas::yaml {

struct Node {
    enum class Kind : unsigned char { null, scalar, sequence, mapping };
    /// The scalar's text as written (after YAML unescaping); empty for non-scalars.
    std::string scalar;
    /// Sequence items.
    std::vector<Node> items;
    /// Mapping entries in document order (keys are scalars, with their own positions).
    std::vector<std::pair<Node, Node>> entries;
    /// 1-based line and column (code points) in the file the YAML came from.
    int line = 0;
    int col = 0;
    // (The small fields last: 96 bytes a node, not 104. Every page keeps its fields' nodes.)
    Kind kind = Kind::null;
    /// True when the scalar was quoted ('x' or "x") or a block scalar (| or >): never a bool,
    /// number or null, whatever it says.
    bool quoted = false;

    bool is_null() const { return kind == Kind::null; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }
    /// The value of mapping key `key`, or nullptr.
    const Node* find(std::string_view key) const;
};

}  // namespace stilas::yaml
