#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "markdown/cmark_arena.hpp"
#include "markdown/cmark_tree.hpp"

using namespace stilas::markdown;

namespace {

bool all_zero(const void* block, size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(block);
    for (size_t i = 0; i < size; ++i)
        if (bytes[i] != 0) return false;
    return true;
}

}  // namespace

TEST_CASE("arena blocks are zeroed, aligned and apart, also after clear and past a chunk") {
    CmarkArena arena;
    for (int round = 0; round < 3; ++round) {
        std::vector<std::pair<char*, size_t>> blocks;
        for (size_t size : {1u, 15u, 16u, 17u, 100u, 300000u, 8u, 1000000u, 24u}) {
            auto* block = static_cast<char*>(arena.allocate(size));
            CHECK(reinterpret_cast<uintptr_t>(block) % 16 == 0);
            CHECK(all_zero(block, size));
            std::memset(block, 0xAB, size);  // dirtied for the next round
            blocks.emplace_back(block, size);
        }
        for (size_t i = 0; i < blocks.size(); ++i)
            for (size_t j = i + 1; j < blocks.size(); ++j)
                CHECK((blocks[i].first + blocks[i].second <= blocks[j].first ||
                       blocks[j].first + blocks[j].second <= blocks[i].first));
        arena.clear();
    }
}

TEST_CASE("cmark's allocator takes from the active arena and from the heap otherwise") {
    cmark_mem* mem = CmarkArena::allocator();
    CmarkArena arena;
    void* from_heap = mem->calloc(4, 8);
    CHECK(all_zero(from_heap, 32));
    {
        const CmarkArena::Active active(arena);
        void* from_arena = mem->calloc(2, 8);
        std::memcpy(from_arena, "0123456789abcdef", 16);
        auto* grown = static_cast<char*>(mem->realloc(from_arena, 64));
        CHECK(std::memcmp(grown, "0123456789abcdef", 16) == 0);
        CHECK(all_zero(grown + 16, 48));
        mem->free(grown);  // nothing to do: the arena is emptied as a whole
        std::memcpy(from_heap, "heap", 4);
        auto* moved = static_cast<char*>(mem->realloc(from_heap, 128));  // now into the arena
        CHECK(std::memcmp(moved, "heap", 4) == 0);
        from_heap = nullptr;
    }
    void* again = mem->realloc(nullptr, 10);
    mem->free(again);
}

TEST_CASE("trees parsed one after another on a thread reuse its arena and stay intact") {
    CmarkTree first = CmarkTree::parse("# Tittel\n\nTekst med *vekt* og [lenke](a.md).\n");
    CmarkTree second = CmarkTree::parse("- en\n- to\n");
    CHECK(cmark_node_get_type(cmark_node_first_child(first.root())) == CMARK_NODE_HEADING);
    CHECK(cmark_node_get_type(cmark_node_first_child(second.root())) == CMARK_NODE_LIST);
    first = CmarkTree();  // gives its arena back while `second` still lives in its own
    CmarkTree third = CmarkTree::parse("Avsnitt\n");
    CHECK(cmark_node_get_type(cmark_node_first_child(second.root())) == CMARK_NODE_LIST);
    CHECK(cmark_node_get_type(cmark_node_first_child(third.root())) == CMARK_NODE_PARAGRAPH);
    cmark_node* paragraph = cmark_node_first_child(third.root());
    cmark_node* added = new_node(CMARK_NODE_TEXT);
    CHECK(cmark_node_append_child(paragraph, added) == 1);  // same allocator: cmark accepts it
}
