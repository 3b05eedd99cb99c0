package uk.gov.lga.hub.application.fakes;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What JPA would do to the domain's entities, done by reflection for the in-memory fakes: walk the graph from the
 * stored roots, read and write the fields JPA owns (id, version, the tenant's council code), tell whether an
 * entity changed since it was last written (its own columns, not its one-to-many children, as JPA counts), and
 * put every field back as it was when a unit of work is rolled back.
 */
final class EntityGraph {

    private static final String DOMAIN = "uk.gov.lga.hub.domain";
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private EntityGraph() {}

    static boolean isDomainObject(Object o) {
        return o != null
                && o.getClass().getPackageName().startsWith(DOMAIN)
                && !o.getClass().isEnum()
                && !o.getClass().isRecord();
    }

    /** Every domain object reachable from the roots, each once. */
    static Set<Object> reachable(Collection<?> roots) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        roots.forEach(r -> push(r, todo));
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            for (Field f : fields(next.getClass())) {
                push(read(f, next), todo);
            }
        }
        return seen;
    }

    private static void push(Object value, Deque<Object> todo) {
        if (isDomainObject(value)) {
            todo.push(value);
        } else if (value instanceof Collection<?> c) {
            c.forEach(e -> push(e, todo));
        } else if (value instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> push(k, todo));
            m.values().forEach(v -> push(v, todo));
        }
    }

    static boolean has(Object o, String name) {
        return field(o.getClass(), name) != null;
    }

    static Object get(Object o, String name) {
        return read(require(o, name), o);
    }

    static void set(Object o, String name, Object value) {
        write(require(o, name), o, value);
    }

    static boolean isVersioned(Object o) {
        return fields(o.getClass()).stream().anyMatch(f -> f.isAnnotationPresent(Version.class));
    }

    static long version(Object o) {
        return (long) get(o, "version");
    }

    static void setVersion(Object o, long version) {
        set(o, "version", version);
    }

    /** The entity's own state as JPA compares it: basic columns, references, element collections. */
    static List<Object> fingerprint(Object o) {
        List<Object> state = new ArrayList<>();
        for (Field f : fields(o.getClass())) {
            if (f.isAnnotationPresent(Version.class)
                    || f.isAnnotationPresent(OneToMany.class)
                    || f.isAnnotationPresent(ManyToMany.class)) {
                continue;
            }
            state.add(valueOf(read(f, o)));
        }
        return state;
    }

    private static Object valueOf(Object v) {
        if (isDomainObject(v)) {
            return System.identityHashCode(v);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(EntityGraph::valueOf).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new HashMap<>();
            m.forEach((k, x) -> copy.put(valueOf(k), valueOf(x)));
            return copy;
        }
        return v;
    }

    /** Every field of every object, with a copy of each collection's contents, to be put back by {@link #restore}. */
    static Map<Object, Map<Field, Saved>> capture(Set<Object> objects) {
        Map<Object, Map<Field, Saved>> saved = new IdentityHashMap<>();
        for (Object o : objects) {
            Map<Field, Saved> values = new HashMap<>();
            for (Field f : fields(o.getClass())) {
                Object v = read(f, o);
                values.put(f, new Saved(v, copyOf(v)));
            }
            saved.put(o, values);
        }
        return saved;
    }

    record Saved(Object reference, Object contents) {}

    private static Object copyOf(Object v) {
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof Map<?, ?> m) {
            return new HashMap<>(m);
        }
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void restore(Map<Object, Map<Field, Saved>> saved) {
        saved.forEach((o, values) -> values.forEach((f, was) -> {
            write(f, o, was.reference());
            try {
                if (was.reference() instanceof Collection c && !c.equals(was.contents())) {
                    c.clear();
                    c.addAll((Collection) was.contents());
                } else if (was.reference() instanceof Map m && !m.equals(was.contents())) {
                    m.clear();
                    m.putAll((Map) was.contents());
                }
            } catch (UnsupportedOperationException immutable) {
                // an unmodifiable collection cannot have changed
            }
        }));
    }

    static List<Field> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> all = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        all.add(f);
                    }
                }
            }
            return List.copyOf(all);
        });
    }

    private static Field field(Class<?> type, String name) {
        return fields(type).stream()
                .filter(f -> f.getName().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static Field require(Object o, String name) {
        Field f = field(o.getClass(), name);
        if (f == null) {
            throw new IllegalArgumentException(o.getClass().getSimpleName() + " has no field " + name);
        }
        return f;
    }

    private static Object read(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field f, Object o, Object value) {
        if (Modifier.isFinal(f.getModifiers())) {
            return;
        }
        try {
            f.set(o, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
