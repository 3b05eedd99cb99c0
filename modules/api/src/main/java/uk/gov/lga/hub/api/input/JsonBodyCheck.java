package uk.gov.lga.hub.api.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a JSON request body within its limits before anything binds it: at most {@code maxBytes} bytes (reading
 * stops there), UTF-8, well-formed, present (not empty, not {@code null}), nested at most {@value #MAX_DEPTH}
 * deep, each string within its {@link TextLimits text limit}. Returns the bytes read, for the binder to read again.
 */
public final class JsonBodyCheck {

    static final int MAX_DEPTH = 32;
    private static final String NO_NAME = "";

    private final int maxBytes;

    public JsonBodyCheck(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new RefusedBody(
                    413,
                    "body-too-large",
                    "The request body is too large",
                    "A JSON body may have at most " + maxBytes + " bytes.",
                    null,
                    maxBytes);
        }
        String text = utf8(bytes);
        if (text.isBlank() || text.strip().equals("null")) {
            throw missing();
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            walk(parser);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw unreadable("The request body is not valid JSON"
                    + (at == null ? "." : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")."));
        } catch (JsonException e) {
            throw unreadable("The request body is not valid JSON.");
        }
        return bytes;
    }

    static RefusedBody missing() {
        return new RefusedBody(
                422,
                "body-required",
                "A JSON body is required",
                "A JSON body is required: send the object this endpoint takes (see /openapi).");
    }

    private static RefusedBody unreadable(String detail) {
        return new RefusedBody(400, "unreadable-body", "Bad Request", detail);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The request body is not UTF-8 text.");
        }
    }

    /** Each container remembers the member name it was the value of, so a string knows which limit is its own. */
    private static void walk(JsonParser parser) {
        Deque<String> around = new ArrayDeque<>();
        Deque<Boolean> inObject = new ArrayDeque<>();
        String key = NO_NAME;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            switch (event) {
                case KEY_NAME -> {
                    key = parser.getString();
                    checkLength(key, new TextLimits.Named("a member name", TextLimits.SHORT));
                }
                case START_OBJECT, START_ARRAY -> {
                    if (around.size() == MAX_DEPTH) {
                        throw new RefusedBody(
                                422,
                                "body-too-deep",
                                "The request body is nested too deeply",
                                "JSON may be nested at most " + MAX_DEPTH + " levels deep.",
                                null,
                                MAX_DEPTH);
                    }
                    around.push(name(key, around, inObject));
                    inObject.push(event == JsonParser.Event.START_OBJECT);
                    key = NO_NAME;
                }
                case END_OBJECT, END_ARRAY -> {
                    around.pop();
                    inObject.pop();
                }
                case VALUE_STRING -> {
                    List<String> names = new ArrayList<>();
                    names.add(name(key, around, inObject));
                    names.addAll(around);
                    TextLimits.Named limit = TextLimits.limitFor(names);
                    checkLength(
                            parser.getString(),
                            limit == null ? new TextLimits.Named(names.get(0), TextLimits.SHORT) : limit);
                    key = NO_NAME;
                }
                default -> key = NO_NAME;
            }
        }
    }

    /** A member's name, or for an array's element the array's own name. */
    private static String name(String key, Deque<String> around, Deque<Boolean> inObject) {
        return inObject.isEmpty() || inObject.peek() ? key : around.peek();
    }

    private static void checkLength(String value, TextLimits.Named limit) {
        if (value.length() > limit.limit()) {
            String field = limit.field().isEmpty() ? "a text" : limit.field();
            throw new RefusedBody(
                    422,
                    "text-too-long",
                    "A text is too long",
                    "'" + field + "' may have at most " + limit.limit() + " characters; it has " + value.length() + ".",
                    field,
                    limit.limit());
        }
    }
}
