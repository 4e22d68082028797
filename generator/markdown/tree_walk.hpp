// The walk over a cmark tree that the markdown component's passes share: first child, next
// sibling, parent (no cmark_iter), iterative so that deep nesting costs no stack. Internal to
// markdown/.
#pragma once

#include <cmark-gfm.h>

namespace stilas::markdown {

// What a walk does after entering a node.
enum class Visit {
    children,  // its children, then leave it
    leave,     // leave it at once (an image, whose description is written on entering)
    done,      // nothing: a leaf, written in full on entering
};

/// Pre-order walk of `root`'s subtree: `enter(node)` returns a Visit; `leave(node)` follows the
/// node's children. `enter` may free the node's next siblings or insert nodes before it; the
/// walk goes on from the node itself.
template <class Enter, class Leave>
void walk(cmark_node* root, Enter&& enter, Leave&& leave) {
    cmark_node* node = root;
    for (;;) {
        const Visit visit = enter(node);
        if (visit == Visit::children) {
            if (cmark_node* child = cmark_node_first_child(node)) {
                node = child;
                continue;
            }
        }
        if (visit != Visit::done) leave(node);
        for (;;) {
            if (node == root) return;
            if (cmark_node* next = cmark_node_next(node)) {
                node = next;
                break;
            }
            node = cmark_node_parent(node);
            leave(node);
        }
    }
}

}  // namespace stilas::markdown
