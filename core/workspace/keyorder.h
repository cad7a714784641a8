#pragma once
// Rows go into SQLite in their key's order, each keeping its position: an import's example ids are
// random trace ids, and in file order nearly every row went to another page of the key's index (100 MB
// of JSON Lines took twice as long to store).
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace fapo {

// The indexes 0..count-1 in the order `before(a, b)` gives.
template <typename Before> std::vector<size_t> indexesInOrder(size_t count, Before before)
{
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), before);
    return order;
}

} // namespace fapo
