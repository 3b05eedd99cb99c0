package uk.gov.lga.hub.application.fakes;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.json.bind.spi.JsonbProvider;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.yasson.JsonBindingProvider;

/**
 * The tests' JSON-B. The one implementation to hand offline is Yasson 2, which predates records: it writes them
 * as {@code {}} (it looks only for getters) and cannot read them back. Here it is told to write every field, and
 * records are read back through their canonical constructors, so the audit log's JSON and the frozen action plan
 * read as they do on the server (whose Yasson 3 handles records). Found first on the test class path through
 * {@code META-INF/services}; the main code is unchanged.
 */
public final class RecordAwareJsonbProvider extends JsonbProvider {

    private static final PropertyVisibilityStrategy FIELDS = new PropertyVisibilityStrategy() {
        @Override
        public boolean isVisible(Field field) {
            return true;
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    };

    @Override
    public JsonbBuilder create() {
        return new Builder();
    }

    private static final class Builder implements JsonbBuilder {

        @Override
        public JsonbBuilder withConfig(JsonbConfig config) {
            return this;
        }

        @Override
        public JsonbBuilder withProvider(JsonProvider jsonpProvider) {
            return this;
        }

        @Override
        public Jsonb build() {
            return new RecordAwareJsonb(new JsonBindingProvider()
                    .create()
                    .withConfig(new JsonbConfig().withPropertyVisibilityStrategy(FIELDS))
                    .build());
        }
    }

    private record RecordAwareJsonb(Jsonb yasson) implements Jsonb {

        @Override
        public <T> T fromJson(String str, Class<T> type) {
            return type.cast(fromJson(str, (Type) type));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T fromJson(String str, Type runtimeType) {
            if (runtimeType instanceof Class<?> c && c.isRecord()) {
                try (var reader = Json.createReader(new StringReader(str))) {
                    return (T) read(reader.readValue(), runtimeType);
                }
            }
            return yasson.fromJson(str, runtimeType);
        }

        @Override
        public <T> T fromJson(Reader reader, Class<T> type) {
            return yasson.fromJson(reader, type);
        }

        @Override
        public <T> T fromJson(Reader reader, Type runtimeType) {
            return yasson.fromJson(reader, runtimeType);
        }

        @Override
        public <T> T fromJson(InputStream stream, Class<T> type) {
            return yasson.fromJson(stream, type);
        }

        @Override
        public <T> T fromJson(InputStream stream, Type runtimeType) {
            return yasson.fromJson(stream, runtimeType);
        }

        @Override
        public String toJson(Object object) {
            return yasson.toJson(object);
        }

        @Override
        public String toJson(Object object, Type runtimeType) {
            return yasson.toJson(object, runtimeType);
        }

        @Override
        public void toJson(Object object, Writer writer) {
            yasson.toJson(object, writer);
        }

        @Override
        public void toJson(Object object, Type runtimeType, Writer writer) {
            yasson.toJson(object, runtimeType, writer);
        }

        @Override
        public void toJson(Object object, OutputStream stream) {
            yasson.toJson(object, stream);
        }

        @Override
        public void toJson(Object object, Type runtimeType, OutputStream stream) {
            yasson.toJson(object, runtimeType, stream);
        }

        @Override
        public void close() {
            // Narrowed from Exception: javac's "try" lint warns of an AutoCloseable whose close may be interrupted.
            try {
                yasson.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(JsonValue value, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return raw == long.class
                    ? 0L
                    : raw == int.class ? 0 : raw == double.class ? 0.0 : raw == boolean.class ? false : null;
        }
        if (raw.isRecord()) {
            JsonObject object = value.asJsonObject();
            RecordComponent[] components = raw.getRecordComponents();
            Object[] args = Arrays.stream(components)
                    .map(c -> read(object.get(c.getName()), c.getGenericType()))
                    .toArray();
            try {
                var constructor = raw.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        Type[] parts = type instanceof ParameterizedType p ? p.getActualTypeArguments() : new Type[0];
        if (List.class.isAssignableFrom(raw)) {
            return value.asJsonArray().stream().map(v -> read(v, parts[0])).toList();
        }
        if (Set.class.isAssignableFrom(raw)) {
            Set<Object> set = new LinkedHashSet<>();
            value.asJsonArray().forEach(v -> set.add(read(v, parts[0])));
            return set;
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.asJsonObject().forEach((k, v) -> map.put(k, read(v, parts[1])));
            return map;
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class) raw, ((JsonString) value).getString());
        }
        if (raw == String.class) {
            return ((JsonString) value).getString();
        }
        if (raw == long.class || raw == Long.class) {
            return ((JsonNumber) value).longValue();
        }
        if (raw == int.class || raw == Integer.class) {
            return ((JsonNumber) value).intValue();
        }
        if (raw == double.class || raw == Double.class) {
            return ((JsonNumber) value).doubleValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value == JsonValue.TRUE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(((JsonString) value).getString());
        }
        if (raw == Instant.class) {
            return Instant.parse(((JsonString) value).getString());
        }
        throw new IllegalArgumentException("The tests' JSON-B cannot read a " + type);
    }
}
