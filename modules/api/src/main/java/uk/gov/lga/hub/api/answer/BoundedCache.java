package uk.gov.lga.hub.api.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small map that forgets the least recently used entry past its bound; safe to share between threads. */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int bound) {
        entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        });
    }

    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    public V computeIfAbsent(K key, Function<K, V> make) {
        return entries.computeIfAbsent(key, make);
    }
}
