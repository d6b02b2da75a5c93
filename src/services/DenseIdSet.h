// DenseIdSet: a set of small non-negative integers (document ids, line
// numbers) kept as one bit each: an import of millions of rows remembers
// which documents and lines it has seen in a few hundred KB.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace duedesk {

class DenseIdSet final {
public:
    void insert(std::size_t id) {
        const std::size_t word = id / 64;
        if (word >= words_.size()) words_.resize(std::max(word + 1, words_.size() * 2), 0);
        words_[word] |= std::uint64_t(1) << (id % 64);
    }
    bool contains(std::size_t id) const {
        const std::size_t word = id / 64;
        return word < words_.size() && (words_[word] >> (id % 64)) & 1u;
    }

private:
    std::vector<std::uint64_t> words_;
};

} // namespace duedesk
