#include "yaml/node.hpp"

namespace stilas::yaml {

const Node* Node::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.scalar == key) return &v;
    return nullptr;
}

}  // namespace stilas::yaml
