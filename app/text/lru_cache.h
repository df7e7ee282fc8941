// A bounded map that forgets the least recently used entry, so a kiosk that runs for weeks
// keeps its caches at a fixed size.
#pragma once

#include <cstddef>
#include <list>
#include <unordered_map>
#include <utility>

namespace kiosk::text {

template <typename Key, typename Value, typename Hash = std::hash<Key>>
class LruCache {
public:
    explicit LruCache(std::size_t capacity) : m_capacity(capacity) {}

    // The cached value, marked as most recently used; nullptr when absent. Valid until the next
    // insert() or clear().
    Value* find(const Key& key)
    {
        const auto found = m_index.find(key);
        if (found == m_index.end()) return nullptr;
        m_entries.splice(m_entries.begin(), m_entries, found->second);
        return &found->second->second;
    }

    Value& insert(Key key, Value value)
    {
        if (const auto found = m_index.find(key); found != m_index.end()) {
            m_entries.erase(found->second);
            m_index.erase(found);
        }
        m_entries.emplace_front(std::move(key), std::move(value));
        m_index.emplace(m_entries.front().first, m_entries.begin());
        if (m_entries.size() > m_capacity) {
            m_index.erase(m_entries.back().first);
            m_entries.pop_back();
        }
        return m_entries.front().second;
    }

    void clear()
    {
        m_index.clear();
        m_entries.clear();
    }

    std::size_t size() const { return m_entries.size(); }

private:
    std::size_t m_capacity = 0;
    std::list<std::pair<Key, Value>> m_entries;  // most recently used first
    std::unordered_map<Key, typename std::list<std::pair<Key, Value>>::iterator, Hash> m_index;
};

}  // namespace kiosk::text
